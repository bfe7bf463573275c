// A thin, engine-neutral driver over two automation protocols, for the scenarios that must pass
// in every browser engine (scenarios.mjs). Debian's browsers only, never a download:
//
//   chromium /usr/bin/chromium, launched by playwright-core (as the rest of tests/e2e/ does)
//   firefox  /usr/bin/firefox-esr, launched by puppeteer-core over WebDriver BiDi
//   webkit   WebKitGTK's MiniBrowser through /usr/bin/WebKitWebDriver (classic WebDriver, driven
//            by selenium-webdriver), which needs a display: run under `xvfb-run -a`
//
// A session is one fresh browser state (empty storage, no service worker). It offers only
//   goto(url), run(fn, arg), runIn(iframeSelector, fn, arg), close()
// where `fn` is an async function's source text run in the page (or in the iframe) with the
// in-page helpers of scenarios.mjs in scope, and whatever it returns must be JSON.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT, launchBrowser } from '../harness.mjs';

const require = createRequire(join(ROOT, 'scripts', 'package.json'));

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const SCRIPT_TIMEOUT_MS = 90000;

/** The page-side call of `fn` with `arg`, as one expression. */
const call = (fn, arg) => `(${fn})(${JSON.stringify(arg ?? null)})`;

/** Debian's Chromium through Playwright; each session is a fresh browser context. */
async function chromium() {
  const browser = await launchBrowser();
  return {
    name: 'chromium',
    version: browser.version(),
    async session() {
      const context = await browser.newContext();
      context.setDefaultTimeout(SCRIPT_TIMEOUT_MS);
      const page = await context.newPage();
      return {
        goto: (url) => page.goto(url, { waitUntil: 'load' }).then(() => undefined),
        run: (fn, arg) => page.evaluate(call(fn, arg)),
        runIn: async (selector, fn, arg) => {
          const frame = await (await page.waitForSelector(selector)).contentFrame();
          return frame.evaluate(call(fn, arg));
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** Firefox ESR over WebDriver BiDi; each session is a fresh user context. */
async function firefox() {
  const puppeteer = require('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocolTimeout: SCRIPT_TIMEOUT_MS,
  });
  return {
    name: 'firefox',
    version: await browser.version(),
    async session() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.setDefaultTimeout(SCRIPT_TIMEOUT_MS);
      const frameOf = async (selector) => {
        const handle = await page.waitForSelector(selector);
        const frame = await handle.contentFrame();
        if (!frame) throw new Error(`${selector} has no frame`);
        return frame;
      };
      return {
        goto: (url) => page.goto(url, { waitUntil: 'load' }).then(() => undefined),
        run: (fn, arg) => page.evaluate(call(fn, arg)),
        runIn: async (selector, fn, arg) => (await frameOf(selector)).evaluate(call(fn, arg)),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/** WebKitGTK through its WebDriver; each session is a new MiniBrowser. */
async function webkit() {
  const { Builder, By } = require('selenium-webdriver');
  const port = await freePort();
  const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore' });
  const server = `http://127.0.0.1:${port}`;
  // The driver takes a moment to listen.
  for (let i = 0; ; i++) {
    try {
      await fetch(`${server}/status`);
      break;
    } catch (err) {
      if (i === 100) throw new Error(`WebKitWebDriver did not start: ${err.message}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  };
  let version = '';
  return {
    name: 'webkit',
    get version() {
      return version;
    },
    async session() {
      const driver = await new Builder().usingServer(server).withCapabilities(capabilities).build();
      version = (await driver.getCapabilities()).get('browserVersion') || version;
      await driver.manage().setTimeouts({ script: SCRIPT_TIMEOUT_MS, pageLoad: SCRIPT_TIMEOUT_MS });
      // Classic WebDriver awaits a promise the script returns.
      const run = (fn, arg) => driver.executeScript(`return ${call(fn, arg)};`);
      return {
        goto: (url) => driver.get(url),
        run,
        async runIn(selector, fn, arg) {
          const frame = await driver.wait(async () => (await driver.findElements(By.css(selector)))[0], 15000);
          await driver.switchTo().frame(frame);
          try {
            return await run(fn, arg);
          } finally {
            await driver.switchTo().defaultContent();
          }
        },
        close: () => driver.quit(),
      };
    },
    async close() {
      driverProcess.kill('SIGTERM');
    },
  };
}

/** Launches the named engine: 'chromium', 'firefox' or 'webkit'. */
export async function launch(engine) {
  if (engine === 'chromium') return chromium();
  if (engine === 'firefox') return firefox();
  if (engine === 'webkit') return webkit();
  throw new Error(`unknown engine ${engine} (chromium, firefox or webkit)`);
}
