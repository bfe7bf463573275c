// End-to-end checks of the full team plan (issue: the complete team plan): every section shows,
// "Why?" opens and closes from the keyboard and names its facts and source, and both charts
// render with text alternatives.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { seedFinished, startE2E, openSections } from './harness.mjs';

const RESULT = '[data-testid=result]';
const SOFTWARE_COMPANY = {
  'gate.solvable': 'yes', 'gate.data': 'yes', 'gate.crucial': 'yes', 'gate.motive': 'problem',
  'org.size': 'growing', 'org.industry': 'software', 'ml.today': 'product_teams', 'ml.reports_to': 'eng_lead',
  'ml.leadership': 'team_budgets', 'ml.data': 'lagging', 'ml.production': 'handed_over', 'ml.emphasis': 'engineering',
  'ml.handoff': 'rebuilt', 'ml.stack': 'custom_platform', 'team.engineers': 'keen', 'team.first_hire': 'data_scientist',
};

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.stop());

async function openPlan(page) {
  await page.locator('[data-testid=start]').waitFor();
  await seedFinished(page, SOFTWARE_COMPANY);
  await openSections(page);
}

test('every section of the plan shows for a growing software company', () =>
  e2e.withApp(async ({ page }) => {
    await openPlan(page);
    for (const id of ['verdict', 'archetype-winner', 'counterfactual', 'anti-patterns', 'design', 'size', 'hiring', 'roles', 'recruiting', 'interviews', 'practice']) {
      assert.equal(await page.locator(`[data-testid=${id}]`).count(), 1, `section ${id}`);
    }
    const warnings = await page.locator('[data-testid=anti-patterns] [data-advice]').evaluateAll((els) => els.map((e) => e.dataset.advice));
    // A growing company hears the large-company platform warning as given to another size.
    assert.deepEqual(warnings.sort(), ['anti.custom_platform.other_size', 'anti.pin_factory', 'anti.vague_title']);
    assert.equal(await page.locator('[data-testid=design] [data-axis=models]').getAttribute('data-fit'), 'differs');
    assert.match(await page.locator('[data-testid=design] [data-axis=models] .fit').innerText(), /you said models handed to users/);
    assert.ok((await page.locator('[data-testid=role-card]').count()) >= 4);
    assert.ok((await page.locator('[data-testid=interview-loop]').count()) >= 2);
    // An established product-embedded company is told its result is stable (two changes would not move it).
    assert.match(await page.locator('[data-testid=counterfactual]').innerText(), /Your result is stable/);
  }));

test('"Why?" opens and closes with the keyboard and shows its facts, source and answers', () =>
  e2e.withApp(async ({ page }) => {
    await openPlan(page);
    const why = page.locator('[data-testid=design] [data-axis=models] details.why');
    const summary = why.locator('summary');
    await summary.focus();
    assert.equal(await why.evaluate((d) => d.open), false);
    await page.keyboard.press('Enter');
    assert.equal(await why.evaluate((d) => d.open), true, 'Enter opens it');
    const body = await why.locator('.why-body').innerText();
    assert.match(body, /D-EMBEDDED/);
    assert.match(body, /The 4 Steps to Build Out Your Machine Learning Team Productively/);
    assert.match(body, /Do models reach production/);
    await page.keyboard.press('Space');
    assert.equal(await why.evaluate((d) => d.open), false, 'Space closes it again');
  }));

test('both charts are inline SVG with a title and a description naming every value', () =>
  e2e.withApp(async ({ page }) => {
    await openPlan(page);
    for (const [chart, expected] of [
      ['score-chart', ['Product-embedded ML', 'ML-first', 'R&D ML', 'Independent ML division', 'Nascent / ad-hoc ML']],
      ['skills-chart', ['ML engineer', 'Data engineer', 'ML researcher', 'ML product manager', 'MLOps / DevOps engineer', 'Data scientist']],
    ]) {
      const svg = page.locator(`[data-testid=${chart}] svg`);
      assert.equal(await svg.getAttribute('role'), 'img');
      const [titleId, descId] = (await svg.getAttribute('aria-labelledby')).split(' ');
      const title = await page.locator(`#${titleId}`).textContent();
      const desc = await page.locator(`#${descId}`).textContent();
      assert.ok(title.trim().length > 0, `${chart} has a title`);
      for (const name of expected) assert.ok(desc.includes(name), `${chart} description names ${name}`);
      const box = await svg.boundingBox();
      assert.ok(box.width > 200 && box.height > 100, `${chart} is drawn (${box.width}x${box.height})`);
    }
    const suggested = await page.locator('[data-testid=skills-chart] .role-point.chosen').evaluateAll((els) => els.map((e) => e.dataset.role));
    const firstAndNext = await page.locator('[data-testid=hire]:not([data-tier=later])').evaluateAll((els) => els.map((e) => e.dataset.role));
    assert.deepEqual(suggested.sort(), firstAndNext.sort(), 'the chart highlights exactly the suggested roles');
  }));
