// End-to-end harness: serves the release build (dist/) with scripts/serve.mjs on a free port and
// drives Debian's Chromium (never a downloaded browser) with playwright-core.
//
//   import { startE2E } from './harness.mjs';
//   let e2e;
//   before(async () => { e2e = await startE2E(); });
//   after(() => e2e?.stop());
//   test('…', () => e2e.withApp(async ({ page }) => { … }));
//
// withApp() opens the app in a fresh browser context (empty localStorage) and fails the test on
// ANY console error, uncaught page error, failed request or HTTP error response.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = resolve(process.env.E2E_DIST || join(ROOT, 'dist'));
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Flags from shared/docs/toolchain.md: root needs --no-sandbox; the rest keep Chromium quiet
// and off the network.
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 15000);

// playwright-core is installed in scripts/node_modules by scripts/setup.sh.
const require = createRequire(join(ROOT, 'scripts', 'package.json'));
const { chromium } = require('playwright-core');

/**
 * Starts scripts/serve.mjs on a free port; resolves to { url, stop() }. `index` is the app's
 * index.html below `root` (checked first, for a clear error when nothing was built); `csp` sends
 * the strict Content-Security-Policy with every response; `noCache` sends `Cache-Control:
 * no-cache` on every file instead of the README's caching.
 */
export async function startServer({ root = DIST, index = 'index.html', csp = false, noCache = false } = {}) {
  if (!existsSync(join(root, index))) {
    throw new Error(`${join(root, index)} not found: run \`trunk build --release --offline\` first`);
  }
  const args = [join(ROOT, 'scripts', 'serve.mjs'), '0', '--root', root, ...(csp ? ['--csp'] : []), ...(noCache ? ['--no-cache'] : [])];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`serve.mjs did not start:\n${output}`)), 10000);
    const onData = (chunk) => {
      output += chunk;
      const m = output.match(/Serving ML Team Advisor at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`serve.mjs exited (${code}):\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  return {
    url,
    stop: () =>
      new Promise((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Launches headless Chromium. Playwright gives every launch its own fresh temporary profile
 * (user-data dir), removed again on close, so no state leaks between runs.
 */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 30000,
  });
}

/** Wires a page so that every console error, page error and failed request is recorded. */
export function collectErrors(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      errors.push(`console.error: ${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.stack || err.message || err}`));
  page.on('requestfailed', (req) => {
    const why = req.failure()?.errorText ?? '';
    // A request cut off by the test's own navigation (a reload while loading) is not a fault.
    if (why !== 'net::ERR_ABORTED') errors.push(`requestfailed: ${req.method()} ${req.url()} ${why}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on('crash', () => errors.push('page crashed'));
  return errors;
}

/**
 * Starts the server and the browser once (per test file); see withApp(). With `csp`, the server
 * sends the strict Content-Security-Policy with every response.
 */
export async function startE2E({ csp = false } = {}) {
  const server = await startServer({ csp });
  let browser;
  try {
    browser = await launchBrowser();
  } catch (err) {
    await server.stop();
    throw err;
  }

  /** Opens the app at `path` in a fresh context; returns { page, context, errors, url, close }. */
  async function openApp(path = '') {
    const context = await browser.newContext();
    context.setDefaultTimeout(TIMEOUT_MS);
    const page = await context.newPage();
    const errors = collectErrors(page);
    const url = new URL(path, server.url).href;
    await page.goto(url, { waitUntil: 'load' });
    return { page, context, errors, url, close: () => context.close() };
  }

  /**
   * Runs `fn(app)` against a freshly opened app; fails if `fn` throws or if any console error,
   * page error or failed request happened meanwhile.
   */
  async function withApp(fn, { path = '' } = {}) {
    const app = await openApp(path);
    let failure;
    try {
      await fn(app);
      await app.page.waitForTimeout(100); // let late console errors arrive
    } catch (err) {
      failure = err;
    } finally {
      await app.close().catch(() => {});
    }
    if (app.errors.length) {
      const msg = `browser reported ${app.errors.length} error(s):\n  ${app.errors.join('\n  ')}`;
      if (failure) failure.message += `\n${msg}`;
      else failure = new Error(msg);
    }
    if (failure) throw failure;
  }

  async function stop() {
    await browser.close().catch(() => {});
    await server.stop();
  }

  return { baseURL: server.url, browser, openApp, withApp, stop };
}

const AXE = join(ROOT, 'scripts', 'node_modules', 'axe-core', 'axe.min.js');

/** Runs axe on the page as it is; fails listing every WCAG A/AA violation. */
export async function assertAccessible(page, screen) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], `${screen}: ${violations.join('\n')}`);
}

/**
 * Serves an older release build (`oldDist`) and this one side by side on one origin, at `old/`
 * and `new/`, so that they share local storage as when a tab of the older build stays open after
 * an update; resolves to { server, browser, stop() }.
 */
export async function startOldBesideNew(oldDist) {
  assert.ok(existsSync(join(oldDist, 'index.html')), `${oldDist}/index.html not found`);
  const site = mkdtempSync(join(tmpdir(), 'mta-old-new-'));
  cpSync(DIST, join(site, 'new'), { recursive: true });
  cpSync(oldDist, join(site, 'old'), { recursive: true });
  const server = await startServer({ root: site, index: 'new/index.html' });
  const browser = await launchBrowser();
  const stop = async () => {
    await browser.close().catch(() => {});
    await server.stop();
    rmSync(site, { recursive: true, force: true });
  };
  return { server, browser, stop };
}

/** Waits for the start screen and returns its locator. */
export async function waitForStart(page) {
  const start = page.locator('[data-testid=start]');
  await start.waitFor({ state: 'visible' });
  return start;
}

/**
 * Serves the given files ({ 'host.html': '<!doctype html>…' }) from a fresh temporary folder on
 * another port, that is another origin than the app: a page that embeds the app. Resolves to
 * { url, stop() }; stop() also removes the folder.
 */
export async function startHostServer(files) {
  const dir = mkdtempSync(join(tmpdir(), 'mta-host-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const server = await startServer({ root: dir, index: Object.keys(files)[0] });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts the first track offered (or resumes), answers every question with its first option
 * and goes on until the result shows; works in a page or in an iframe (`scope` is a Page,
 * Frame or FrameLocator). Resolves to the result.
 */
export async function completeQuiz(scope, { maxSteps = 40 } = {}) {
  const result = scope.locator('[data-testid=result]');
  const question = scope.locator('[data-testid=question]');
  const starter = scope
    .locator('[data-testid=resume-button], [data-testid=start-button], [data-testid=track-practitioner]')
    .first();
  // In an embed the iframe may still be moving into place (a lazy frame loading, a resize),
  // so a click can miss: while the start screen is still there, click again.
  for (let attempt = 1; ; attempt++) {
    await starter.click();
    try {
      await result.or(question).first().waitFor({ timeout: 5000 });
      break;
    } catch (err) {
      if (attempt === 3 || !(await starter.count())) throw err;
    }
  }
  for (let step = 0; step < maxSteps; step++) {
    await result.or(question).first().waitFor();
    if (await result.count()) return result;
    const id = await question.getAttribute('data-question-id');
    // In an embed the iframe is resized to its content as a step renders, so a click can land
    // while the frame is still moving; try again rather than fail on the test's own timing.
    for (let attempt = 1; ; attempt++) {
      try {
        await question.locator('input[type=radio]').first().check({ timeout: 5000 });
        break;
      } catch (err) {
        if (attempt === 3) throw err;
      }
    }
    const moved = scope.locator(`[data-testid=question]:not([data-question-id="${id}"]), [data-testid=result]`).first();
    for (let attempt = 1; ; attempt++) {
      await scope.locator('[data-testid=next]').click();
      try {
        await moved.waitFor({ timeout: 5000 });
        break;
      } catch (err) {
        // Still on the same question: the click missed the moving frame.
        if (attempt === 3) throw err;
      }
    }
  }
  throw new Error(`no result after ${maxSteps} steps`);
}

/** The rules version of this build (`RULES_VERSION` in src/engine/answers.rs). */
export const RULES = 2;

/**
 * Puts progress in storage, in the envelope the app saves (of today's rules unless `rules` says
 * otherwise), and reloads the page onto it.
 */
export async function seedProgress(page, progress, { rules = RULES } = {}) {
  await page.evaluate(([p, r]) => {
    localStorage.setItem('ml-team-advisor.progress', JSON.stringify({ format: 1, rules: r, progress: p }));
  }, [progress, rules]);
  await page.reload();
}

/** Puts a finished leader assessment in storage and reloads onto its result page. */
export async function seedFinished(page, answers) {
  await seedProgress(page, { answers, step: 15, finished: true });
  await page.locator('[data-testid=result]').waitFor();
}

/** Opens every section of a result page (they start closed, below "at a glance"). */
export async function openSections(scope) {
  await scope.locator('[data-testid=open-all]').click();
  await scope.locator('.report-section .section-body:not([hidden])').first().waitFor();
}
