// Comparing two teams to join: a leader and a practitioner assessment are refused with a reason,
// two practitioner assessments compare side by side (kind of team, skill gap, red flags, which
// fits what each says the user wants to learn, and that the two disagree about it), by keyboard,
// with no axe violation, in both languages.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { assertAccessible, startE2E } from './harness.mjs';

const PLATFORM = { 'job.owns': 'services', 'job.customers': 'ml_teams', 'job.work': 'systems', 'job.production': 'serves_others', 'me.stack': 'some_new', 'me.background': 'software', 'me.learn': 'systems' };
const CHECKOUT = { 'job.owns': 'models', 'job.customers': 'app_users', 'job.work': 'experiments', 'job.production': 'handoff', 'me.stack': 'some_new', 'me.background': 'software', 'me.learn': 'impact' };
const LIBRARY = {
  format: 3,
  rules: 2,
  progress: {
    items: [
      { name: 'Platform', track: 'practitioner', rules: 2, answers: PLATFORM, kept: '2026-11-02' },
      { name: 'Checkout', track: 'practitioner', rules: 2, answers: CHECKOUT, kept: '2026-11-03' },
      { name: 'Our plan', track: 'leader', rules: 2, answers: { 'org.size': 'early' } },
    ],
  },
};

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.stop());


/** Ticks a kept assessment's box with the keyboard. */
async function pick(page, name) {
  await page.locator(`[data-testid=kept][data-name="${name}"] [data-testid=pick]`).focus();
  await page.keyboard.press('Space');
}

const RUNS = [
  {
    lang: 'en',
    refused: 'two teams you might join',
    heading: 'Platform and Checkout: two teams side by side',
    fits: 'Both teams do the kind of work you want to learn next, so that does not separate them.',
    aboutYou: 'What do you most want to learn or do next?: Build ML systems: scale, efficiency, automation → Solve real product problems and see the impact',
    types: ['Kind of team', 'Infra ML team', 'Applied ML team'],
    pin: 'Red flag',
  },
  {
    lang: 'zh-CN',
    refused: '两个你可能加入的团队',
    heading: 'Platform 与 Checkout：两个团队并排比较',
    fits: '两个团队都在做你接下来想学的那类工作，因此这一点分不出高下。',
    aboutYou: null,
    types: ['团队类型', '基础 ML 团队', '应用 ML 团队'],
    pin: '危险信号',
  },
];

for (const run of RUNS) {
  test(`two teams to join compare side by side, and a plan with a team is refused (${run.lang})`, () =>
    e2e.withApp(
      async ({ page }) => {
        await page.evaluate((text) => localStorage.setItem('ml-team-advisor.library', text), JSON.stringify(LIBRARY));
        await page.reload();
        await page.click('[data-testid=library-link]');
        await page.locator('[data-testid=library]').waitFor();

        await pick(page, 'Our plan');
        await pick(page, 'Platform');
        await page.click('[data-testid=compare-button]');
        await page.locator('[data-testid=compare-error]', { hasText: run.refused }).waitFor();

        await pick(page, 'Checkout'); // at most two stay picked: "Our plan" drops out
        await page.locator('[data-testid=compare-button]').focus();
        await page.keyboard.press('Enter');
        const compare = page.locator('[data-testid=compare-teams]');
        await compare.waitFor();
        assert.equal(await compare.locator('h1').innerText(), run.heading);
        assert.equal(await compare.locator('[data-testid=teams-fits]').innerText(), run.fits);
        if (run.aboutYou) {
          assert.deepEqual(await compare.locator('[data-testid=about-you] li').allInnerTexts(), [run.aboutYou]);
        } else {
          assert.equal(await compare.locator('[data-testid=about-you] li').count(), 1);
        }
        const first = await compare.locator('tr[data-id=team_type] > *').allInnerTexts();
        assert.deepEqual(first, run.types);
        const pin = await compare.locator('tr[data-id=T-PIN-FACTORY] td').allInnerTexts();
        assert.equal(pin[1], run.pin, 'the hand-off team is a pin factory');
        assert.notEqual(pin[0], run.pin);
        await assertAccessible(page, 'teams compared');
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=teams-export]')]);
        const text = await readFile(await download.path(), 'utf8');
        assert.ok(text.startsWith(`# ${run.heading}\n`), text.slice(0, 120));
      },
      { path: `?lang=${run.lang}` },
    ));
}
