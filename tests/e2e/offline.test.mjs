// Offline and updates, from a sub-path of a plain static host: once loaded, the app works
// with the network gone; a new build replaces the old one cleanly (the visitor is told, the
// new files take over, the old cache goes, the answers stay), with the README's caching headers
// and from a host that sends no-cache on everything; the manifest makes it installable.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { precache } from '../../scripts/precache.mjs';
import { DIST, collectErrors, completeQuiz, launchBrowser, startServer, waitForStart } from './harness.mjs';

const SUB_PATH = 'tools/ml-team/';
const PROGRESS_KEY = 'ml-team-advisor.progress';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** A site folder with the build at SUB_PATH; `swap(dir)` replaces the build, as a deployment. */
function site() {
  const root = mkdtempSync(join(tmpdir(), 'mta-site-'));
  const app = join(root, SUB_PATH);
  const swap = (build) => {
    rmSync(app, { recursive: true, force: true });
    cpSync(build, app, { recursive: true });
  };
  swap(DIST);
  return { root, swap, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * The next release, made from this build: its hashed files get new names (as a code change
 * would give them), index.html says which build it is, and sw.js lists the new files.
 */
function nextBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'mta-next-'));
  cpSync(DIST, dir, { recursive: true });
  let html = readFileSync(join(dir, 'index.html'), 'utf8');
  for (const file of readdirSync(dir)) {
    const hashed = file.match(/^(.*-)([0-9a-f]{13,16})((?:_bg)?\.(?:js|wasm))$/);
    if (!hashed) continue;
    const renamed = `${hashed[1]}${'0'.repeat(15)}1${hashed[3]}`;
    renameSync(join(dir, file), join(dir, renamed));
    html = html.replaceAll(file, renamed);
  }
  html = html.replace('<title>', '<meta name="build" content="next"><title>');
  writeFileSync(join(dir, 'index.html'), html);
  return { dir, ...precache(dir) };
}

/**
 * Serves the build at SUB_PATH of a fresh site with the strict policy (and `no-cache` on every
 * file when `noCache`), opens it in a fresh browser context and runs
 * `fn({ page, url, files, server, context })`; then checks that the browser reported no error,
 * and cleans up.
 */
async function atSubPath(fn, { noCache = false } = {}) {
  const files = site();
  const server = await startServer({ root: files.root, index: `${SUB_PATH}index.html`, csp: true, noCache });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = collectErrors(page);
    const url = `${server.url}${SUB_PATH}`;
    await page.goto(url);
    await fn({ page, url, files, server, context });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.stop();
    files.remove();
  }
}

/** Resolves once the service worker is active; returns its scope. */
const serviceWorkerReady = (page) => page.evaluate(async () => (await navigator.serviceWorker.ready).scope);

test('once loaded, the app works offline: reload with the server gone and the network cut, and finish the quiz', () =>
  atSubPath(async ({ page, url, server, context }) => {
    await waitForStart(page);
    assert.equal(await serviceWorkerReady(page), url, 'the worker is scoped to the folder the app is in');

    await server.stop();
    await context.setOffline(true);
    const served = [];
    page.on('response', (response) => served.push([response.url(), response.fromServiceWorker()]));
    await page.reload();
    const result = await completeQuiz(page);
    await result.locator('[data-testid=verdict]').waitFor();
    assert.ok(served.length >= 4, `the reload loaded the app: ${JSON.stringify(served)}`);
    assert.deepEqual(served.filter(([, cached]) => !cached), [], 'every file came from the service worker');
  }));

for (const noCache of [false, true]) {
  test(`a new build replaces the old one${noCache ? ', from a host that sends no-cache on everything' : ''}: the visitor is told, the new files take over, answers are kept`, async () => {
    const next = nextBuild();
    try {
      await atSubPath(async ({ page, url, files }) => {
        await waitForStart(page);
        await serviceWorkerReady(page);
        await page.click('[data-testid=start-button]');
        for (let i = 0; i < 2; i++) {
          await page.locator('[data-testid=question] input[type=radio]').first().check();
          await page.click('[data-testid=next]');
        }
        await page.locator('[data-testid=question]').waitFor();
        const saved = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
        assert.ok(saved, 'progress is saved');

        files.swap(next.dir);
        await page.reload();
        await page.locator('[data-testid=question]').waitFor();
        assert.equal(await page.locator('meta[name=build]').count(), 0, 'the old build is still in charge');
        await page.locator('[data-testid=update-notice]').waitFor({ timeout: 30000 });

        const fetched = [];
        page.on('request', (request) => fetched.push(request.url()));
        await Promise.all([page.waitForEvent('load'), page.click('[data-testid=update-reload]')]);
        await page.locator('[data-testid=question]').waitFor();
        assert.equal(await page.getAttribute('meta[name=build]', 'content'), 'next', 'the new build took over');
        assert.ok(
          fetched.some((u) => u.endsWith('0000000000000001_bg.wasm')),
          `the new build's files were loaded: ${fetched.join(' ')}`,
        );
        assert.deepEqual(
          await page.evaluate(() => caches.keys()),
          [`ml-team-advisor ${url} ${next.version}`],
          'only the new build is cached',
        );
        assert.equal(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY), saved, 'answers are kept');
        assert.equal(await page.locator('[data-testid=update-notice]').count(), 0, 'the notice is gone');
      }, { noCache });
    } finally {
      rmSync(next.dir, { recursive: true, force: true });
    }
  });
}

test('with two tabs open, either one switches to the new build, in either order', async () => {
  const next = nextBuild();
  try {
    await atSubPath(async ({ page, url, files, context }) => {
      await serviceWorkerReady(page);
      const other = await context.newPage();
      const otherErrors = collectErrors(other);
      await other.goto(url);
      files.swap(next.dir);
      for (const tab of [page, other]) {
        await tab.reload();
        await tab.locator('[data-testid=update-notice]').waitFor({ timeout: 30000 });
      }
      // The first tab lets the new version take over; the second one's button must still work.
      for (const tab of [page, other]) {
        await Promise.all([tab.waitForEvent('load'), tab.click('[data-testid=update-reload]')]);
        await waitForStart(tab);
        assert.equal(await tab.getAttribute('meta[name=build]', 'content'), 'next');
      }
      assert.deepEqual(otherErrors, []);
    });
  } finally {
    rmSync(next.dir, { recursive: true, force: true });
  }
});

test('the manifest and its icons make the app installable wherever it is hosted', () =>
  atSubPath(async ({ page, url }) => {
    const manifestUrl = await page.evaluate(() => document.querySelector('link[rel=manifest]').href);
    const manifest = await (await page.request.get(manifestUrl)).json();
    assert.equal(new URL(manifest.start_url, manifestUrl).href, url);
    assert.equal(new URL(manifest.scope, manifestUrl).href, url);
    assert.ok(manifest.name && manifest.short_name && manifest.display === 'standalone');
    const sizes = [];
    for (const icon of manifest.icons) {
      const response = await page.request.get(new URL(icon.src, manifestUrl).href);
      assert.equal(response.status(), 200, icon.src);
      assert.equal(response.headers()['content-type'], icon.type, icon.src);
      sizes.push(icon.sizes);
    }
    assert.ok(sizes.includes('192x192') && sizes.includes('512x512'), 'the sizes browsers ask for');
  }));
