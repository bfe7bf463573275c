// End-to-end tests of the zh-CN locale in real Chromium against the release build:
//
//   ?lang=zh-CN | ?lang=en   the address (what an embedding page passes) picks the language
//   [data-testid=locale-switch]   the header button that switches language; the choice is kept
//                                 in localStorage under ml-team-advisor.locale
//   <html lang>, document.title   follow the language
//
// A full leader and a full practitioner assessment run in Chinese; the result page must hold no
// text of the English catalog (read from src/text/en*.rs) and no "[?]" missing-text marker.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, TIMEOUT_MS, collectErrors, startE2E, waitForStart } from './harness.mjs';
import { ML_FIRST_STARTUP, PIN_FACTORY_TEAM } from './personas.mjs';

const localeTest = (name, fn) => test(`[zh-CN] ${name}`, fn);

const Q = '[data-testid=question]';
const RESULT = '[data-testid=result]';
const SWITCH = '[data-testid=locale-switch]';
const MAX_STEPS = 40;
const ZH_TITLE = '机器学习团队顾问';

/** Every (key, text) pair of a catalog source file, on one line or split over three by rustfmt. */
function catalog(...files) {
  const pairs = new Map();
  // An entry is on one line, or split over three by rustfmt when that fits the line width.
  for (const file of files) {
    const source = readFileSync(join(ROOT, 'src', 'text', file), 'utf8');
    // A pair on one line, or split over several by rustfmt when it is long.
    for (const m of source.matchAll(/\(\s*"([^"]+)",\s*"((?:[^"\\]|\\.)*)",?\s*\)/g)) {
      pairs.set(m[1], m[2].replace(/\\"/g, '"'));
    }
  }
  return pairs;
}

const EN = catalog('en.rs', 'en_practitioner.rs', 'en_rules.rs', 'en_embed.rs', 'en_page.rs', 'en_facts.rs');
const ZH = catalog('zh.rs', 'zh_practitioner.rs', 'zh_rules.rs', 'zh_embed.rs', 'zh_page.rs', 'zh_facts.rs');

// The pieces of English text that must never show on a Chinese page: each English template
// split at its placeholders, keeping pieces long enough to be a phrase and absent from the
// Chinese text of the same key (brand and tool names are kept in both).
const ENGLISH_PHRASES = [...EN]
  .filter(([key]) => !key.startsWith('locale.switch'))
  .flatMap(([key, text]) =>
    text
      .split(/\{[a-z_]+\}/)
      .map((piece) => piece.trim())
      .filter((piece) => piece.length >= 12 && /[a-z]{3}/.test(piece) && !ZH.get(key)?.includes(piece))
      .map((piece) => ({ key, piece })),
  );



let e2e;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.stop());

/**
 * Like the harness's withApp, in a browser context whose preferred language is `browserLocale`
 * (navigator.languages): fails on any console error, page error or failed request.
 */
async function withBrowserLocale(browserLocale, path, fn) {
  const context = await e2e.browser.newContext({ locale: browserLocale });
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = await context.newPage();
  const errors = collectErrors(page);
  let failure;
  try {
    await page.goto(new URL(path, e2e.baseURL).href, { waitUntil: 'load' });
    await fn({ page });
    await page.waitForTimeout(100);
  } catch (err) {
    failure = err;
  } finally {
    await context.close().catch(() => {});
  }
  if (errors.length) {
    const msg = `browser reported ${errors.length} error(s):\n  ${errors.join('\n  ')}`;
    if (failure) failure.message += `\n${msg}`;
    else failure = new Error(msg);
  }
  if (failure) throw failure;
}

async function documentLanguage(page) {
  return page.evaluate(() => ({ lang: document.documentElement.lang, title: document.title }));
}

/** Waits until <html lang> is `lang` (it follows the locale once the app has drawn). */
async function waitForLang(page, lang) {
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** Answers a whole track from the start screen: the persona's option, else the first one. */
async function answerTrack(page, startSelector, persona) {
  await waitForStart(page);
  await page.click(startSelector);
  const asked = [];
  for (let step = 0; step < MAX_STEPS; step++) {
    await page.locator(`${Q}, ${RESULT}`).first().waitFor();
    if (await page.locator(RESULT).count()) return asked;
    const form = page.locator(Q);
    const id = await form.getAttribute('data-question-id');
    const want = persona[id] ?? (await form.locator('input[type=radio]').first().getAttribute('value'));
    await form.locator(`input[type=radio][value="${want}"]`).check();
    asked.push(id);
    await page.click('[data-testid=next]');
    await page.waitForFunction(
      ([q, r, prev]) => document.querySelector(r) || document.querySelector(q)?.getAttribute('data-question-id') !== prev,
      [Q, RESULT, id],
    );
  }
  assert.fail(`no result after ${MAX_STEPS} steps; asked: ${asked.join(', ')}`);
}

/** The page is wholly in Chinese: lang and title, no missing text, no English catalog text. */
async function assertChinesePage(page, where) {
  assert.deepEqual(await documentLanguage(page), { lang: 'zh-CN', title: ZH_TITLE }, `${where}: <html lang> and title`);
  // textContent, not innerText: closed "why?" details and hidden text count too. The static
  // <noscript> message is for browsers without JavaScript, which never see a locale.
  const text = await page.evaluate(() => {
    const body = document.body.cloneNode(true);
    body.querySelectorAll('noscript, script').forEach((el) => el.remove());
    return body.textContent;
  });
  assert.ok(!text.includes('[?]'), `${where}: no missing-text marker`);
  const leaks = ENGLISH_PHRASES.filter(({ piece }) => text.includes(piece));
  assert.deepEqual(leaks, [], `${where}: English catalog text on the Chinese page`);
  assert.match(text, /[\u4e00-\u9fff]{20}/, `${where}: the page reads in Chinese`);
}

localeTest('the English phrases to look for were read from the catalog', () => {
  assert.ok(EN.size > 600 && ZH.size === EN.size, `catalogs read: ${EN.size} English, ${ZH.size} Chinese`);
  assert.ok(ENGLISH_PHRASES.length > 500, `${ENGLISH_PHRASES.length} English phrases`);
  assert.ok(ENGLISH_PHRASES.some(({ piece }) => piece === 'Whom to hire, in what order'));
});

localeTest('?lang=zh-CN: a full leader assessment in Chinese, with no English left on the result', () =>
  e2e.withApp(
    async ({ page }) => {
      await waitForStart(page);
      await waitForLang(page, 'zh-CN');
      await assertChinesePage(page, 'start screen');
      const asked = await answerTrack(page, '[data-testid=start-button]', ML_FIRST_STARTUP);
      assert.ok(asked.length >= Object.keys(ML_FIRST_STARTUP).length, `the whole quiz was asked (${asked.length} questions)`);
      const result = page.locator(RESULT);
      await result.waitFor();
      assert.equal(await result.locator('[data-testid=verdict]').getAttribute('data-state'), 'go');
      assert.equal(await result.locator('[data-testid=archetype-winner]').getAttribute('data-archetype'), 'A-FIRST');
      await assertChinesePage(page, 'leader result');
      assert.match(await result.innerText(), /你的机器学习团队计划/);
      assert.match(await result.innerText(), /机器学习优先/, 'the archetype has the seed\'s name');

      // The Markdown export speaks the page's language.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-markdown]')]);
      const markdown = await readFile(await download.path(), 'utf8');
      assert.match(markdown, /^# 你的机器学习团队计划/);
      assert.ok(markdown.includes('## 来源与致谢') && !markdown.includes('[?]'), 'credits the sources, misses nothing');
    },
    { path: '?lang=zh-CN' },
  ));

localeTest('the switch: a full practitioner assessment in Chinese, remembered across a reload, and back', () =>
  e2e.withApp(async ({ page }) => {
    await waitForStart(page);
    await waitForLang(page, 'en');
    const button = page.locator(SWITCH);
    assert.equal(await button.innerText(), '中文', 'the switch names Chinese in Chinese');
    assert.equal(await button.locator('[lang]').getAttribute('lang'), 'zh-CN', 'and marks it as Chinese');

    // Keyboard: focus the switch and press Enter; the focus stays on the redrawn switch.
    await button.focus();
    await page.keyboard.press('Enter');
    await waitForLang(page, 'zh-CN');
    await waitForStart(page);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'locale-switch');
    assert.equal(await page.evaluate(() => localStorage.getItem('ml-team-advisor.locale')), 'zh-CN');

    await answerTrack(page, '[data-testid=track-practitioner]', PIN_FACTORY_TEAM);
    const result = page.locator(RESULT);
    await result.waitFor();
    assert.equal(await result.getAttribute('data-track'), 'practitioner');
    assert.deepEqual(
      await result.locator('[data-testid=red-flag]').evaluateAll((els) => els.map((el) => el.dataset.flag)),
      ['T-PIN-FACTORY'],
    );
    await assertChinesePage(page, 'practitioner result');
    assert.match(await result.innerText(), /大头针工厂/, 'the pin factory has the seed\'s name');

    // A reload keeps both the result and the language.
    await page.waitForLoadState('networkidle');
    await page.reload();
    await page.locator(RESULT).waitFor();
    await waitForLang(page, 'zh-CN');
    await assertChinesePage(page, 'practitioner result after a reload');

    // Switching back redraws the same result in English.
    await page.click(SWITCH);
    await waitForLang(page, 'en');
    await page.locator(RESULT).waitFor();
    assert.equal((await documentLanguage(page)).title, 'ML Team Advisor');
    assert.match(await page.locator(RESULT).innerText(), /Your ML team check/);
    assert.equal(await page.evaluate(() => localStorage.getItem('ml-team-advisor.locale')), 'en');
  }));

localeTest('a Chinese browser gets Chinese; the address\'s lang wins over it and over the remembered choice', () =>
  withBrowserLocale('zh-CN', '', async ({ page }) => {
    await waitForStart(page);
    await waitForLang(page, 'zh-CN');
    await assertChinesePage(page, 'start screen in a Chinese browser');

    await page.goto(new URL('?lang=en', e2e.baseURL).href);
    await waitForStart(page);
    await waitForLang(page, 'en');

    // A remembered Chinese choice still yields to ?lang=en; switching rewrites the address.
    await page.evaluate(() => localStorage.setItem('ml-team-advisor.locale', 'zh-CN'));
    await page.reload();
    await waitForStart(page);
    await waitForLang(page, 'en');
    await page.click(SWITCH);
    await waitForLang(page, 'zh-CN');
    assert.match(page.url(), /[?&]lang=zh-CN/, 'the address now names the language shown');
    await page.reload();
    await waitForStart(page);
    await waitForLang(page, 'zh-CN');
  }));

localeTest('an unknown lang in the address or in storage is ignored', () =>
  withBrowserLocale('en-US', '?lang=zh-cn', async ({ page }) => {
    await waitForStart(page);
    await waitForLang(page, 'en');
    await page.evaluate(() => localStorage.setItem('ml-team-advisor.locale', '"><script>alert(1)</script>'));
    await page.goto(new URL('?lang=klingon', e2e.baseURL).href);
    await waitForStart(page);
    await waitForLang(page, 'en');
    assert.equal((await documentLanguage(page)).title, 'ML Team Advisor');
  }));

// The one order of choice (src/web/boot.js), as each visit meets it: the address's exact `lang`,
// else the remembered choice (exactly a known tag), else the first of the browser's languages
// the app speaks by its primary subtag, else English. The loader fetches that language's texts
// and the app starts in it: the title, which only the app sets, says so.
localeTest('the language a visit starts in: the address, then the remembered choice, then the browser', async () => {
  const cases = [
    { browser: ['zh-CN'], expect: 'zh-CN' },
    { browser: ['zh-TW', 'en'], expect: 'zh-CN', why: 'any Chinese gets the Chinese texts' },
    { browser: ['fr-FR', 'ZH'], expect: 'zh-CN', why: 'the first language the app speaks decides' },
    { browser: ['en-GB', 'zh-CN'], expect: 'en', why: 'English preferred over Chinese stays English' },
    { browser: ['de', 'fr'], expect: 'en', why: 'without either, English' },
    { browser: [], expect: 'en' },
    { browser: ['zh-CN'], query: '?lang=en', stored: 'zh-CN', expect: 'en', why: 'the address wins' },
    { browser: ['en'], query: '?embed=1&lang=zh-CN', expect: 'zh-CN', why: 'an embedding page names it' },
    { browser: ['zh-CN'], stored: 'en', expect: 'en', why: 'the remembered choice wins over the browser' },
    { browser: ['en'], stored: 'zh-CN', expect: 'zh-CN' },
    { browser: ['zh-CN'], query: '?lang=zh', stored: 'zh-cn', expect: 'zh-CN', why: 'inexact tags are ignored' },
    { browser: ['en-US'], query: '?Lang=zh-CN', stored: 'ZH-CN', expect: 'en' },
  ];
  for (const { browser, query = '', stored, expect, why = '' } of cases) {
    const context = await e2e.browser.newContext({ locale: browser[0] || 'en-US' });
    context.setDefaultTimeout(TIMEOUT_MS);
    await context.addInitScript(({ languages, stored }) => {
      Object.defineProperty(navigator, 'languages', { get: () => languages });
      if (stored !== undefined) localStorage.setItem('ml-team-advisor.locale', stored);
    }, { languages: browser, stored });
    const page = await context.newPage();
    const errors = collectErrors(page);
    try {
      await page.goto(new URL(query, e2e.baseURL).href);
      await waitForStart(page);
      const shown = await documentLanguage(page);
      const label = `${JSON.stringify(browser)} ${query} stored=${stored}: ${why}`;
      assert.equal(shown.lang, expect, label);
      assert.equal(shown.title, expect === 'zh-CN' ? ZH_TITLE : 'ML Team Advisor', `the app agrees: ${label}`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close().catch(() => {});
    }
  }
});
