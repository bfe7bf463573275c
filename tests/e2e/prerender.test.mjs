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

test('a Chinese visitor is shown the static start screen in Chinese before the app arrives, the same markup the app renders', async () => {
  for (const [how, path, locale] of [
    ['by the address', '?lang=zh-CN', 'en-GB'],
    ['by the browser', '', 'zh-CN'],
  ]) {
    // The wasm never arrives (held, not failed: a failed load shows the recovery screen): what
    // shows is the static copy the loader chose.
    const context = await e2e.browser.newContext({ locale });
    const page = await context.newPage();
    await page.route('**/*.wasm', () => {});
    await page.goto(new URL(path, e2e.baseURL).href);
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    const stat = await appMarkup(page);
    assert.match(await page.locator('#app h1').innerText(), /[\u4e00-\u9fff]/, `${how}: the heading is Chinese`);
    await context.close();

    await e2e.withApp(
      async ({ page: live }) => {
        await live.locator('[data-testid=start]').waitFor();
        assert.equal(stat, await appMarkup(live), `${how}: rerun scripts/prerender.mjs after changing the start screen`);
      },
      { path: '?lang=zh-CN' },
    );
  }
});

test('an English visitor keeps the English static start screen', async () => {
  const context = await e2e.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.route('**/*.wasm', () => {}); // held: the app never starts
  await page.goto(e2e.baseURL);
  await page.locator('#app h1').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.doesNotMatch(await page.locator('#app h1').innerText(), /[\u4e00-\u9fff]/);
  await context.close();
});
