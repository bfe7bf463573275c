// End-to-end checks of the plan towards a target (issue 13, item 1) and the team through a
// candidate's eyes (item 5): a target chosen with the keyboard-accessible select is drawn, kept
// across a reload, printed and exported as Markdown, in both languages, with axe finding no
// violation on the result with the plan shown.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, seedFinished, startE2E, openSections } from './harness.mjs';

const AXE = join(ROOT, 'scripts', 'node_modules', 'axe-core', 'axe.min.js');
// A growing software company with ML people in product teams (product-embedded, stable).
const SOFTWARE_COMPANY = {
  'gate.solvable': 'yes', 'gate.data': 'yes', 'gate.crucial': 'yes', 'gate.motive': 'problem',
  'org.size': 'growing', 'org.industry': 'software', 'ml.today': 'product_teams', 'ml.reports_to': 'eng_lead',
  'ml.leadership': 'team_budgets', 'ml.data': 'lagging', 'ml.production': 'builders_own', 'ml.emphasis': 'engineering',
  'ml.handoff': 'builders', 'ml.stack': 'open_source', 'team.engineers': 'keen', 'team.first_hire': 'engineer',
};
const PLAN = '[data-testid=target-plan]';

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.stop());

for (const lang of ['en', 'zh-CN']) {
  test(`a target plan is chosen, kept across a reload, printed and exported (${lang})`, () =>
    e2e.withApp(async ({ page }) => {
      await page.locator('[data-testid=start]').waitFor();
      await seedFinished(page, SOFTWARE_COMPANY);
      await openSections(page);
      const body = page.locator('[data-testid=plan-body]');
      // A stable organisation is pointed nowhere else: the plan is empty and says so.
      assert.equal(await body.getAttribute('data-route'), 'same');
      assert.equal(await page.locator(`${PLAN} .plan-part`).count(), 0);

      // Choose ML-first with the keyboard: focus the native select and pick the option.
      const select = page.locator('[data-testid=plan-target]');
      await select.focus();
      await select.selectOption('A-FIRST');
      await page.locator('[data-testid=plan-body][data-target=A-FIRST]').waitFor();
      assert.equal(await body.getAttribute('data-route'), 'changes');
      const parts = await page.locator(`${PLAN} .plan-part`).evaluateAll((els) => els.map((e) => e.dataset.part));
      assert.deepEqual(parts, ['changes', 'design', 'hiring', 'not-yet', 'practices']);
      assert.equal(await page.locator(`${PLAN} [data-part=changes] [data-advice]`).count(), 4);
      const notYet = await page.locator(`${PLAN} [data-part=not-yet] [data-advice]`).evaluateAll((els) => els.map((e) => e.dataset.advice));
      assert.deepEqual(notYet, ['plan.not_yet.custom_platform', 'plan.not_yet.custom_models']);
      // Every plan line has its "Why?", marked as the app's judgement where it is.
      assert.ok((await page.locator(`${PLAN} [data-judgement=true]`).count()) >= 6);

      // The candidate's view: an applied team, no flag raised.
      assert.equal(await page.locator('[data-testid=candidate-type]').getAttribute('data-type'), 'T-APPLIED');
      assert.equal(await page.locator('[data-testid=candidate] [data-testid=red-flag]').count(), 0);
      assert.ok((await page.locator('[data-testid=candidate-mapping] [data-advice]').count()) >= 3);

      // Kept across a reload.
      await page.reload();
      await page.locator('[data-testid=result]').waitFor();
      assert.equal(await page.locator('[data-testid=plan-body]').getAttribute('data-target'), 'A-FIRST');
      assert.equal(await page.locator('[data-testid=plan-target]').inputValue(), 'A-FIRST');

      // Printed: the plan shows, the candidate's view does not, on one or two pages.
      await page.emulateMedia({ media: 'print' });
      assert.ok(await page.locator(`${PLAN} [data-part=not-yet]`).isVisible(), 'the plan prints');
      assert.equal(await page.locator('[data-testid=candidate]').isVisible(), false, 'the candidate view stays on screen');
      await page.emulateMedia({ media: 'screen' });
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
      assert.ok(pages >= 1 && pages <= 2, `the plan prints on ${pages} page(s)`);

      // Exported as Markdown, with the chosen target's plan.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid=download-markdown]'),
      ]);
      const markdown = await readFile(await download.path(), 'utf8');
      const heading = await page.locator(`${PLAN} h2`).innerText();
      assert.ok(markdown.includes(`## ${heading.trim()}`), 'the plan has its section');
      const condition = await page.locator(`${PLAN} [data-part=changes] [data-advice] p`).first().innerText();
      assert.ok(markdown.includes(condition.trim()), 'the chosen plan is in the Markdown');
      const candidate = await page.locator('[data-testid=candidate] h2').innerText();
      assert.ok(markdown.includes(`## ${candidate.trim()}`), 'the candidate view is in the Markdown');

      // axe finds nothing on the result with the plan shown.
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, []);
    }, { path: `?lang=${lang}` }));
}
