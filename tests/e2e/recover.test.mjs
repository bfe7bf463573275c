// A page that recovers: when the app cannot be loaded (the server fails a file twice) or panics
// (a one-off fault of the browser's DOM while the app renders), the visitor sees a recovery screen
// in their language, with a Reload button and the answers they had, kept in this browser and
// copyable; a load that fails once is retried and the visitor never notices.
//
// The faults come from the test only: the server below answers 503 for the files it is told to,
// and the panic is a real Rust panic in Leptos's renderer (`document.createElement` throwing
// makes its `unwrap()` panic), raised through the app's own panic hook. Nothing of it ships.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOST, createStaticServer, extraHeaders } from '../../scripts/serve.mjs';
import { DIST, ROOT, RULES, launchBrowser, waitForStart } from './harness.mjs';

const AXE = readFileSync(join(ROOT, 'scripts', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const PROGRESS_KEY = 'ml-team-advisor.progress';
// The first two answers of the leader track, saved as the app saves them: the app opens on the third.
const PROGRESS = { format: 1, rules: RULES, progress: { answers: { 'gate.solvable': 'yes', 'gate.data': 'yes' }, step: 2, finished: false } };

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await faultyServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Serves dist/ as scripts/serve.mjs does, except that it answers 503 to the next `times`
 * requests whose address (path and query) matches `pattern` (`server.fail(pattern, times)`);
 * `server.asked(pattern)` counts the requests whose address matches.
 */
async function faultyServer() {
  const headers = extraHeaders({ csp: true });
  // `no-cache`: a reload asks the server for every file again, instead of the HTTP cache.
  const http = await createStaticServer({ root: DIST, headers, profile: 'no-cache' });
  const [files] = http.listeners('request');
  http.removeAllListeners('request');
  let failing = null;
  let left = 0;
  const log = [];
  http.on('request', (req, res) => {
    const address = req.url || '/';
    log.push(address);
    if (failing?.test(address) && left > 0) {
      left -= 1;
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end('Service Unavailable\n');
      return;
    }
    files(req, res);
  });
  await new Promise((ok) => http.listen(0, HOST, ok));
  return {
    url: `http://${HOST}:${http.address().port}/`,
    fail: (pattern, times) => {
      failing = pattern;
      left = times;
    },
    asked: (pattern) => log.filter((address) => pattern.test(address)).length,
    stop: () => new Promise((ok) => http.close(ok)),
  };
}

const WASM = /_bg\.wasm$/;
// The first part's glue, at its own address (the first attempt) and at the one boot.js retries at.
const GLUE = /^\/first-[0-9a-f]{13,16}\.js(\?retry=1)?$/;
const GLUE_FIRST = /^\/first-[0-9a-f]{13,16}\.js$/;
const GLUE_RETRY = /^\/first-[0-9a-f]{13,16}\.js\?retry=1$/;

/**
 * Opens the app with two answers saved (it opens on the next question), in a fresh context without
 * service workers (so every load reaches the server), and runs `fn({ page, errors, saved })`;
 * `errors` collects page errors and console errors, `saved` is the progress as the app stored it.
 */
async function withSavedAnswers(fn, { lang = 'en' } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  context.setDefaultTimeout(10000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.slice(0, -1) });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(`console.error: ${msg.text()}`));
    await page.goto(`${server.url}?lang=${lang}`);
    await waitForStart(page);
    await page.evaluate(([key, value]) => localStorage.setItem(key, JSON.stringify(value)), [PROGRESS_KEY, PROGRESS]);
    await page.reload();
    await page.locator('[data-testid=question]').waitFor();
    const saved = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
    assert.deepEqual(JSON.parse(saved).progress.answers, PROGRESS.progress.answers);
    await fn({ page, errors, saved });
  } finally {
    server.fail(null, 0);
    await context.close();
  }
}

/**
 * Checks the recovery screen: its reason, heading, no WCAG A/AA violation (axe), and the answers
 * shown and copied.
 */
async function seeRecovery(page, { reason, heading, saved }) {
  const screen = page.locator('[data-testid=recover]');
  await screen.waitFor();
  assert.equal(await screen.getAttribute('data-reason'), reason);
  assert.equal(await screen.locator('h1').innerText(), heading);
  await page.evaluate(AXE); // run by the test's own channel, so the page's policy does not apply
  const violations = await page.evaluate(async () => {
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], 'the recovery screen is accessible');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY), saved, 'the answers are kept');
  const shown = JSON.parse(await page.locator('[data-testid=recover-answers]').inputValue());
  assert.equal(shown[PROGRESS_KEY], saved, 'the answers are shown as text');
  await page.click('[data-testid=recover-copy]');
  await page.locator('.recover-status:not(:empty)').waitFor();
  assert.deepEqual(JSON.parse(await page.evaluate(() => navigator.clipboard.readText())), shown, 'and copied');
}

/** Reloads from the recovery screen, with the server well again, and is back at the next question. */
async function reloadAndResume(page) {
  await page.click('[data-testid=recover-reload]');
  const question = page.locator('[data-testid=question]');
  await question.waitFor();
  assert.equal(await question.getAttribute('data-question-id'), 'gate.crucial');
}

test('a wasm that cannot be loaded shows the recovery screen, in English, with the answers kept and copyable', () =>
  withSavedAnswers(async ({ page, errors, saved }) => {
    const before = server.asked(WASM);
    server.fail(WASM, Infinity);
    await page.reload();
    await seeRecovery(page, { reason: 'load', heading: 'Something went wrong', saved });
    assert.ok(server.asked(WASM) - before >= 2, 'the load was tried again');
    assert.ok(errors.some((e) => e.includes('could not be loaded')), errors.join('\n'));
    server.fail(null, 0);
    await reloadAndResume(page);
  }));

test('glue that cannot be loaded shows the recovery screen in Chinese for a Chinese visitor', () =>
  withSavedAnswers(
    async ({ page, saved }) => {
      server.fail(GLUE, Infinity);
      await page.reload();
      await seeRecovery(page, { reason: 'load', heading: '出了点问题', saved });
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
      assert.ok(server.asked(GLUE_RETRY) >= 1, 'the load was tried again');
      server.fail(null, 0);
      await reloadAndResume(page);
    },
    { lang: 'zh-CN' },
  ));

test('a wasm that fails to load once is loaded again, and the app starts', () =>
  withSavedAnswers(async ({ page }) => {
    const before = server.asked(WASM);
    server.fail(WASM, 1);
    await page.reload();
    await page.locator('[data-testid=question]').waitFor();
    assert.equal(server.asked(WASM) - before, 2, 'asked twice');
    assert.equal(await page.locator('[data-testid=recover]').count(), 0);
  }));

test('glue that fails to load at its address is loaded again at another, and the app starts', () =>
  withSavedAnswers(async ({ page }) => {
    const before = server.asked(GLUE_RETRY);
    server.fail(GLUE_FIRST, Infinity);
    await page.reload();
    await page.locator('[data-testid=question]').waitFor();
    assert.equal(server.asked(GLUE_RETRY) - before, 1, 'asked again once');
    assert.equal(await page.locator('[data-testid=recover]').count(), 0);
  }));

test('a panic while the app renders shows the recovery screen, with the answers kept and copyable', () =>
  withSavedAnswers(async ({ page, errors, saved }) => {
    // The next `document.createElement` throws, once: Leptos's renderer unwraps its result.
    await page.evaluate(() => {
      const create = Document.prototype.createElement;
      Document.prototype.createElement = function (...args) {
        Document.prototype.createElement = create;
        throw new DOMException('a fault injected by the test', 'InvalidStateError');
      };
    });
    await page.click('[data-testid=about-link]');
    await seeRecovery(page, { reason: 'panic', heading: 'Something went wrong', saved });
    assert.ok(errors.some((e) => e.includes('panicked at')), `the panic was reported:\n${errors.join('\n')}`);
    await reloadAndResume(page);
  }));
