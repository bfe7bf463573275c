// The start screen is painted from static markup before the wasm arrives, and that markup is
// exactly what the app renders, so taking over causes no change on screen.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E } from './harness.mjs';
import { appMarkup } from './prerender-markup.mjs';

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.stop());

test('without any script the start screen is already on the page, without test hooks', async () => {
  const context = await e2e.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(e2e.baseURL);
  const heading = page.locator('#app h1');
  assert.ok(await heading.isVisible(), 'the static start screen shows');
  assert.ok((await heading.innerText()).length > 10);
  assert.equal(await page.locator('[data-testid]').count(), 0, 'tests can only ever find the live app');
  await context.close();
});

test('the static start screen is the markup the app renders in the same place, and the app replaces it', async () => {
  const context = await e2e.browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(e2e.baseURL);
  const stat = await appMarkup(page);
  await context.close();

  await e2e.withApp(async ({ page: live }) => {
    await live.locator('[data-testid=start]').waitFor();
    assert.equal(await live.locator('[data-testid=start]').count(), 1, 'exactly one start screen');
    const rendered = await appMarkup(live);
    assert.equal(stat, rendered, 'rerun scripts/prerender.mjs after changing the start screen');
  });
});
