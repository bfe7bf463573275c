// Accessibility: axe-core finds no WCAG 2.x A/AA violation on any screen (start, a question,
// both result pages, one with the note that the advice was revised, my assessments, about) in both languages and both themes, and a whole quiz can be done with the keyboard
// alone, focus landing on each new question's heading.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, seedProgress, startE2E, openSections } from './harness.mjs';

const RESULT = '[data-testid=result]';

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.stop());


const RUNS = [
  { lang: 'en', scheme: 'light' },
  { lang: 'en', scheme: 'dark' },
  { lang: 'zh-CN', scheme: 'light' },
  { lang: 'zh-CN', scheme: 'dark' },
];

for (const { lang, scheme } of RUNS) {
  test(`every screen passes axe with no WCAG A/AA violation (${lang}, ${scheme})`, () =>
    e2e.withApp(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator('[data-testid=start]').waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      await assertAccessible(page, 'start');

      await page.click('[data-testid=start-button]');
      await page.locator('[data-testid=question]').waitFor();
      await assertAccessible(page, 'question');

      await seedProgress(page, {
        answers: { 'gate.solvable': 'yes', 'gate.data': 'no', 'gate.crucial': 'yes', 'gate.motive': 'investors', 'org.size': 'growing', 'org.industry': 'software', 'ml.today': 'product_teams', 'ml.reports_to': 'eng_lead', 'ml.leadership': 'team_budgets', 'ml.data': 'lagging', 'ml.production': 'handed_over', 'ml.emphasis': 'engineering', 'ml.handoff': 'rebuilt', 'ml.stack': 'custom_platform', 'team.engineers': 'keen', 'team.first_hire': 'researcher' },
        step: 15,
        finished: true,
      });
      await page.locator(RESULT).waitFor();
      await assertAccessible(page, 'leader result, sections closed');
      // Open every section and every "Why?" so their contents are checked too.
      await openSections(page);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      await assertAccessible(page, 'leader result, sections open');

      await seedProgress(page, {
        track: 'practitioner',
        answers: { 'job.title': 'ml_engineer', 'job.owns': 'advises', 'job.customers': 'few', 'job.work': 'experiments', 'job.production': 'handoff', 'me.stack': 'all_new', 'me.background': 'student', 'me.learn': 'systems' },
        step: 7,
        finished: true,
      }, { rules: 1 });
      await page.locator(`${RESULT}[data-track=practitioner]`).waitFor();
      // Saved under rules 1: the note that the advice was revised is checked too.
      await page.locator('[data-testid=revision-note]').waitFor();
      await assertAccessible(page, 'practitioner result, sections closed');
      await openSections(page);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      await assertAccessible(page, 'practitioner result, sections open');

      await page.click('[data-testid=library-link]');
      await page.locator('[data-testid=library]').waitFor();
      await assertAccessible(page, 'my assessments');

      await page.click('[data-testid=about-link]');
      await page.locator('[data-testid=about]').waitFor();
      await assertAccessible(page, 'about');
    }, { path: `?lang=${lang}` }));
}

test('a whole quiz by keyboard alone, with focus on each new question', () =>
  e2e.withApp(async ({ page }) => {
    await page.locator('[data-testid=start]').waitFor();
    await page.focus('[data-testid=start-button]');
    await page.keyboard.press('Enter');
    for (let step = 0; step < 40; step++) {
      await page.locator(`[data-testid=question], ${RESULT}`).first().waitFor();
      if (await page.locator(RESULT).count()) break;
      const id = await page.locator('[data-testid=question]').getAttribute('data-question-id');
      const focused = await page.evaluate(() => document.activeElement?.tagName);
      assert.equal(focused, 'H2', `focus is on the heading of ${id}`);
      await page.keyboard.press('Tab'); // into the radio group
      await page.keyboard.press('Space'); // choose the focused option
      await page.keyboard.press('Enter'); // submit the form: next
      await page.waitForFunction((prev) => {
        const q = document.querySelector('[data-testid=question]');
        return !q || q.dataset.questionId !== prev;
      }, id);
    }
    await page.locator(RESULT).waitFor();
  }));
