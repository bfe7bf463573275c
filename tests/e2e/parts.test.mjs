// The app arrives in two parts (README, "The first load"): the first part (start screen and
// quiz) with the visitor's first-screen text, then, when the visitor leaves the quiz, the full
// app with the rest of the text, which takes over with the answers kept. A part that fails to
// load is fetched once more; if it fails again the visitor is told, and the answers stay saved.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, completeQuiz, waitForStart, TIMEOUT_MS } from './harness.mjs';

const FULL_WASM = /\/ml-team-advisor-[0-9a-f]{16}_bg\.wasm/;
let e2e;
before(async () => {
  e2e = await startE2E({ csp: true });
});
after(async () => {
  await e2e?.stop();
});

/** A fresh page that records the paths it requested (without query); `fail(url, n)` may abort. */
async function visit(path = '', fail = () => false) {
  const context = await e2e.browser.newContext();
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = await context.newPage();
  const requested = [];
  const tries = new Map();
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const n = (tries.get(url.pathname) || 0) + 1;
    tries.set(url.pathname, n);
    requested.push(url.pathname);
    return fail(url.pathname, n) ? route.abort() : route.continue();
  });
  await page.goto(new URL(path, e2e.baseURL).href);
  await waitForStart(page);
  return { page, requested, close: () => context.close() };
}
const count = (requested, pattern) => requested.filter((p) => pattern.test(p)).length;

/** From the question on screen to the end of the quiz, each with its first option. */
async function answerAll(page) {
  const question = page.locator('[data-testid=question]');
  for (let step = 0; step < 40 && (await question.count()); step++) {
    const id = await question.getAttribute('data-question-id');
    await question.locator('input[type=radio]').first().check();
    await page.locator('[data-testid=next]').click();
    await page.locator(`[data-testid=question]:not([data-question-id="${id}"]), [data-testid=loading]`).first().waitFor();
  }
}

test('a whole leader quiz: the full app arrives once, after the quiz, and shows the result', async () => {
  const { page, requested, close } = await visit();
  try {
    await page.locator('[data-testid=start-button]').click();
    await page.locator('[data-testid=question]').waitFor();
    assert.equal(count(requested, FULL_WASM), 0, 'the quiz runs without the full app');
    assert.equal(count(requested, /\/text-.*\.txt$/), 1, 'and with one text file');
    await answerAll(page);
    await page.locator('[data-testid=result]').waitFor();
    assert.equal(count(requested, FULL_WASM), 1, 'the full app, once');
    assert.deepEqual(
      requested.filter((p) => /\/text-/.test(p)).map((p) => p.replace(/-[0-9a-f]{16}/, '')),
      ['/text-en-first.txt', '/text-en-later.txt'],
      'the English texts only',
    );
  } finally {
    await close();
  }
});

test('My assessments and About, from the start screen, open through the full app', async () => {
  for (const [link, screen] of [['library-link', 'library'], ['about-link', 'about']]) {
    const { page, close } = await visit();
    try {
      await page.locator(`[data-testid=${link}]`).click();
      await page.locator(`[data-testid=${screen}]`).waitFor();
    } finally {
      await close();
    }
  }
});

test('switching language in the quiz fetches only the first-screen text of the other language', async () => {
  const { page, requested, close } = await visit();
  try {
    await page.locator('[data-testid=start-button]').click();
    await page.locator('[data-testid=question]').waitFor();
    await page.locator('[data-testid=locale-switch]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    assert.match(await page.locator('[data-testid=question] h2').innerText(), /[\u4e00-\u9fff]/);
    assert.deepEqual(
      requested.filter((p) => /\/text-/.test(p)).map((p) => p.replace(/-[0-9a-f]{16}/, '')),
      ['/text-en-first.txt', '/text-zh-CN-first.txt'],
    );
    assert.equal(count(requested, FULL_WASM), 0, 'still without the full app');
  } finally {
    await close();
  }
});

test('a full app that fails to load once is fetched again, and the result shows', async () => {
  const { page, requested, close } = await visit('', (path, n) => FULL_WASM.test(path) && n === 1);
  try {
    await completeQuiz(page);
    assert.equal(count(requested, FULL_WASM), 2, 'one failure, one retry');
  } finally {
    await close();
  }
});

test('a full app that cannot be loaded: the recovery screen says so, and the finished answers stay saved', async () => {
  const { page, requested, close } = await visit('', (path) => FULL_WASM.test(path));
  try {
    await page.locator('[data-testid=start-button]').click();
    await answerAll(page);
    const told = page.locator('[data-testid=recover]');
    await told.waitFor();
    assert.equal(await told.getAttribute('data-reason'), 'load');
    assert.match(await told.innerText(), /reload/i);
    assert.equal(count(requested, FULL_WASM), 2, 'tried twice');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('ml-team-advisor.progress')));
    assert.equal(saved.progress.finished, true, 'the finished quiz is saved');
  } finally {
    await close();
  }
});
