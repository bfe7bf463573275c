// Locked down: the built index.html has nothing a strict Content-Security-Policy would block,
// a full run served with that policy as a response header has no violation and no console
// error, and no request of that run leaves the app's origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP } from '../../scripts/serve.mjs';
import { DIST, collectErrors, completeQuiz, startE2E, waitForStart } from './harness.mjs';

const POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'self'";

let e2e;
before(async () => {
  e2e = await startE2E({ csp: true });
});
after(() => e2e?.stop());

test('the server sends exactly the policy the issue asks for', () => {
  assert.equal(CSP, POLICY);
});

test('the built index.html has no inline script, style or event handler', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  assert.ok(scripts.length >= 1, 'the loader script is there');
  for (const tag of scripts) assert.match(tag, /\ssrc=/i, `${tag} loads an external file`);
  assert.doesNotMatch(html, /<script\b[^>]*>[^<]+<\/script>/i, 'no script body');
  assert.doesNotMatch(html, /<style\b/i, 'no style element');
  assert.doesNotMatch(html, /\sstyle=/i, 'no style attribute');
  assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handler');
});

test('a full run under the policy: no violation, no console error, no request off the origin', async () => {
  // The quiz, the result with a "why?", keeping results, the library, the about page, and a
  // reload served by the service worker.
  const context = await e2e.browser.newContext();
  try {
    const origin = new URL(e2e.baseURL).origin;
    const requests = [];
    context.on('request', (request) => requests.push(request.url()));
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
      );
    });
    const page = await context.newPage();
    const errors = collectErrors(page);
    // An accent colour too: it reaches the page through the CSSOM, which the policy allows.
    const response = await page.goto(`${e2e.baseURL}?accent=%23ffdd00&theme=dark`);
    assert.equal(response.headers()['content-security-policy'], POLICY);
    await waitForStart(page);
    const result = await completeQuiz(page);
    await result.locator('details summary').first().click();
    // Keeping results: a share link, both downloads (blob: addresses), a named copy, the library.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.click('[data-testid=share-link]');
    for (const id of ['download-markdown', 'download-answers']) {
      await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${id}]`)]);
    }
    await page.fill('[data-testid=keep-name]', 'Under the policy');
    await page.click('[data-testid=keep-button]');
    await page.click('[data-testid=library-link]');
    await page.click('[data-testid=about-link]');
    await page.locator('[data-testid=about]').waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.locator('[data-testid=result]').waitFor();

    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'no violation');
    assert.deepEqual(errors, [], 'no console error');
    const away = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
    assert.deepEqual(away, [], 'every request stays on the app origin');
    assert.ok(requests.some((url) => url.endsWith('.wasm')), `the log saw the app load: ${requests.join(' ')}`);

    // The listener does catch a violation: a style attribute set from script is refused.
    await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await page.waitForFunction(() => window.cspViolations.length > 0);
    assert.match((await page.evaluate(() => window.cspViolations))[0], /^style-src-attr/);
  } finally {
    await context.close();
  }
});
