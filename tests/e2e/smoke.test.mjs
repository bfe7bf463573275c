// Smoke tests for the release build: the page loads in Chromium with no error of any kind, the
// start screen appears, and the bundle works from a sub-path (relative asset URLs).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launchBrowser, collectErrors, startE2E, startServer, waitForStart } from './harness.mjs';

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.stop());

test('release build shows the start screen with no console or page errors', () =>
  e2e.withApp(async ({ page }) => {
    const start = await waitForStart(page);
    assert.ok((await start.locator('h1').innerText()).trim(), 'the start screen has a heading');
    await start.locator('[data-testid=start-button]').waitFor();
    assert.equal(await page.title(), 'ML Team Advisor');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    const description = await page.getAttribute('meta[name=description]', 'content');
    assert.ok(description && description.length > 20, 'has a meta description');
  }));

test('wasm is served as application/wasm and loaded', () =>
  e2e.withApp(async ({ page }) => {
    // Let the first load finish (the favicon is fetched after the load event): a reload in the
    // middle would abort that request, and the harness rightly counts aborted requests.
    await page.waitForLoadState('networkidle');
    const wasm = page.waitForResponse((res) => res.url().endsWith('.wasm'));
    await page.reload();
    const res = await wasm;
    assert.equal(res.status(), 200);
    assert.equal(res.headers()['content-type'], 'application/wasm');
    await waitForStart(page);
  }));

test('the bundle also works from a sub-path', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mta-subpath-'));
  cpSync(DIST, join(dir, 'some', 'sub', 'path'), { recursive: true });
  const server = await startServer({ root: dir, index: 'some/sub/path/index.html' });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}some/sub/path/`);
    await waitForStart(page);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
