// Where storage is refused, the quiz runs in memory: it completes, and says once that answers
// will not be saved. Two ways a browser refuses: a sandboxed iframe without allow-same-origin
// (an opaque origin has no storage and no service worker), and local storage that throws.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectErrors, completeQuiz, startE2E, startHostServer, waitForStart } from './harness.mjs';

const UNAVAILABLE = '[data-testid=notice][data-notice="notice.storage_unavailable"]';

let e2e;
before(async () => {
  e2e = await startE2E({ csp: true });
});
after(() => e2e?.stop());

/** Completes the quiz in `scope` and checks it said that saving is unavailable. */
async function completesInMemory(scope) {
  await waitForStart(scope);
  await scope.locator(UNAVAILABLE).waitFor();
  const result = await completeQuiz(scope);
  await result.locator('[data-testid=verdict]').waitFor();
}

test('in a sandboxed iframe without allow-same-origin the quiz completes and says saving is unavailable', async () => {
  const host = await startHostServer({
    'host.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title>
      <link rel="icon" href="data:,"></head><body>
      <iframe sandbox="allow-scripts" title="ML Team Advisor" src="${e2e.baseURL}index.html?embed=1"></iframe>
      </body></html>`,
  });
  const context = await e2e.browser.newContext();
  try {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${host.url}host.html`);
    const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
    await completesInMemory(frame);
    assert.equal(await frame.evaluate(() => window.origin), 'null', 'the frame really is sandboxed');
    const accent = await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent'));
    assert.ok(accent.trim(), 'the style sheet loaded too (its integrity is checked through CORS)');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await host.stop();
  }
});

test('when local storage throws, the quiz completes in memory and says so', async () => {
  const context = await e2e.browser.newContext();
  try {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('storage is disabled', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(e2e.baseURL);
    await completesInMemory(page);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
