// The report is worded once: for several personas of both tracks, in both languages, the text
// of the result page (every section open) and the downloaded Markdown hold the same lines in the
// same order. And the decision comes first: right after finishing a quiz on a 390×844 phone,
// "at a glance" lies wholly above the fold.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { completeQuiz, openSections, seedProgress, startE2E, waitForStart } from './harness.mjs';
import { ML_FIRST_STARTUP, PIN_FACTORY_TEAM } from './personas.mjs';

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.stop());

/** A hospital network that cannot get its outcome data: the gate says "not yet". */
const HOSPITAL_WITHOUT_DATA = {
  'gate.solvable': 'yes', 'gate.data': 'no', 'gate.crucial': 'yes', 'gate.motive': 'problem',
  'org.size': 'large', 'org.industry': 'traditional', 'ml.today': 'adhoc', 'ml.reports_to': 'nobody',
  'ml.leadership': 'small_bets', 'ml.data': 'hard', 'ml.production': 'nothing', 'ml.emphasis': 'unsure',
  'ml.handoff': 'not_yet', 'ml.stack': 'not_yet', 'team.engineers': 'few', 'team.first_hire': 'undecided',
};

/** The seed's ML-first startup, with its team questions answered too. */
const ML_FIRST_WHOLE = {
  ...ML_FIRST_STARTUP,
  'ml.handoff': 'builders', 'ml.stack': 'open_source', 'team.engineers': 'keen', 'team.first_hire': 'engineer',
};

/** A growing software company whose product teams run ML, with open team questions. */
const SOFTWARE_COMPANY = {
  'gate.solvable': 'yes', 'gate.data': 'yes', 'gate.crucial': 'yes', 'gate.motive': 'problem',
  'org.size': 'growing', 'org.industry': 'software', 'ml.today': 'product_teams', 'ml.reports_to': 'eng_lead',
  'ml.leadership': 'team_budgets', 'ml.data': 'lagging', 'ml.production': 'handed_over', 'ml.emphasis': 'engineering',
  'ml.handoff': 'rebuilt', 'ml.stack': 'custom_platform', 'team.engineers': 'keen', 'team.first_hire': 'data_scientist',
};

const PERSONAS = [
  ['an ML-first startup', 'leader', ML_FIRST_WHOLE],
  ['a hospital network without its data', 'leader', HOSPITAL_WITHOUT_DATA],
  ['a growing software company', 'leader', SOFTWARE_COMPANY],
  ['a candidate looking at a pin factory', 'practitioner', PIN_FACTORY_TEAM],
];

/** The lines of the page: every element the page model words, in document order. */
async function pageLines(page) {
  return page
    .locator('[data-testid=result] [data-line]')
    .evaluateAll((els) => els.map((el) => el.innerText.replace(/\s+/g, ' ').trim()).filter(Boolean));
}

/** The lines of the Markdown, its syntax and citations taken off, up to the list of sources. */
function markdownLines(markdown) {
  const lines = markdown.split('\n').map((line) => line.trim()).filter(Boolean);
  const sources = lines.findLastIndex((line) => line.startsWith('## '));
  return lines
    .slice(0, sources)
    .map((line) =>
      line
        .replace(/^#+ /, '')
        .replace(/^(- |\d+\. |> )/, '')
        .replace(/ _\([^)]*\)_$/, '')
        .replace(/\*\*/g, '')
        .replace(/^_(.*)_$/, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    );
}

for (const lang of ['en', 'zh-CN']) {
  for (const [who, track, answers] of PERSONAS) {
    test(`[${lang}] ${who}: the page and its Markdown say the same lines in the same order`, () =>
      e2e.withApp(
        async ({ page }) => {
          await waitForStart(page);
          await seedProgress(page, { track, answers, step: 15, finished: true });
          await page.locator(`[data-testid=result][data-track=${track}]`).waitFor();
          await openSections(page);
          const onPage = await pageLines(page);
          const [download] = await Promise.all([
            page.waitForEvent('download'),
            page.click('[data-testid=download-markdown]'),
          ]);
          const inMarkdown = markdownLines(await readFile(await download.path(), 'utf8'));
          assert.ok(onPage.length > 40, `the page has its lines (${onPage.length})`);
          assert.deepEqual(onPage, inMarkdown);
        },
        { path: `?lang=${lang}` },
      ));
  }
}

for (const lang of ['en', 'zh-CN']) {
  for (const track of ['leader', 'practitioner']) {
    test(`[${lang}] right after a ${track} quiz on a phone, "at a glance" is above the fold`, async () => {
      const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      try {
        const page = await context.newPage();
        await page.goto(new URL(`?lang=${lang}&track=${track}`, e2e.baseURL).href);
        await waitForStart(page);
        await completeQuiz(page);
        const glance = page.locator('[data-testid=glance]');
        await glance.waitFor();
        const box = await glance.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, fold: window.innerHeight };
        });
        assert.ok(box.top >= 0 && box.bottom <= box.fold, `glance from ${box.top} to ${box.bottom}, fold at ${box.fold}`);
        assert.equal(await page.locator('[data-testid=glance-next] li').count() > 0, true, 'it names the next steps');
      } finally {
        await context.close();
      }
    });
  }
}
