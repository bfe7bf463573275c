// Deciding together, in the release build: three colleagues' share links pasted in give the
// team view (the question that flips the gate to settle first), the agenda downloads, and the
// combined link reopens the same view in a fresh browser profile, in both languages; axe finds
// no WCAG A/AA violation on the team view, and it works by keyboard alone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { assertAccessible, startE2E } from './harness.mjs';

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.stop());

/** The share link's two-digit check (src/share/link.rs), to write links by hand. */
function check(text) {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum * 31 + text.charCodeAt(i) * ((i % 7) + 1)) % 1296;
  return Math.floor(sum / 36).toString(36) + (sum % 36).toString(36);
}
const link = (picks) => `a=2.L${picks}.${check(`2.L${picks}`)}`;

// A software company's planning meeting (tests/team.rs): the CTO, the head of product and the
// would-be ML lead, who alone says the training data cannot be had.
const CTO = link('0000113222210001');
const PRODUCT = link('0000111220210013');
const ML_LEAD = link('0100113222220011');
const PRACTITIONER = `a=2.P0000000_.${check('2.P0000000_')}`;

const TEXT = {
  en: { settle: 'Questions to settle first', yes: 'Yes (the team\'s answer)', who: '#1, #2', ml: 'ML' },
  'zh-CN': { settle: '需要先解决的问题', yes: '能（团队答案）', who: '#1、#2', ml: '机器学习' },
};


/** What the team view shows, in a form two views can be compared by. */
async function teamView(page) {
  const view = page.locator('[data-testid=team-view]');
  await view.waitFor();
  return {
    respondents: await view.locator('[data-testid=respondent] strong').allTextContents(),
    roles: await view.locator('[data-testid=team-role]').evaluateAll((els) => els.map((e) => e.value)),
    disagreements: await view.locator('[data-testid=disagreements] > li').evaluateAll((els) => els.map((e) => `${e.dataset.question}:${e.dataset.consequence}`)),
    settle: await view.locator('[data-testid=settle] > li').count(),
    verdict: await view.locator('[data-testid=team-result] [data-testid=verdict]').getAttribute('data-state'),
  };
}

for (const lang of ['en', 'zh-CN']) {
  test(`three colleagues' links merge into the team view, the agenda downloads and the combined link reopens it (${lang})`, async () => {
    const app = await e2e.openApp(`?lang=${lang}`);
    let combined;
    try {
      const { page } = app;
      await page.click('[data-testid=team-entry]');
      await page.fill('[data-testid=team-links]', `${app.url}#${CTO}\n\n${PRODUCT}\n  ${app.url}#${ML_LEAD}  `);
      await page.click('[data-testid=team-merge]');
      const view = await teamView(page);
      assert.equal(view.respondents.length, 3);
      assert.equal(view.disagreements[0], 'gate.data:gate', 'the data question flips the gate, so it ranks first');
      assert.equal(view.disagreements.length, 6);
      assert.equal(view.verdict, 'go', 'the consensus says yes to every condition');
      assert.equal(await page.locator('[data-testid=settle] > li').first().locator('[data-advice]').count(), 1);
      const yes = page.locator('[data-question="gate.data"] tr[data-id=yes] > *');
      assert.deepEqual(await yes.allTextContents(), [TEXT[lang].yes, '2', TEXT[lang].who]);
      // A role given to the ML lead names them in the spread.
      await page.selectOption('[data-testid=team-role] >> nth=2', 'ml');
      await page.locator('[data-question="gate.data"] tr[data-id=no] td', { hasText: TEXT[lang].ml }).waitFor();
      const tagged = await teamView(page);
      assert.deepEqual(tagged.roles, ['', '', 'ml']);
      await assertAccessible(page, `team view (${lang})`);
      // Dark, with every section and every "Why?" open.
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.evaluate(() => document.querySelectorAll('[data-testid=team-view] [aria-expanded=false]').forEach((b) => b.click()));
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      await assertAccessible(page, `team view, dark, open (${lang})`);
      await page.emulateMedia({ colorScheme: 'light' });

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=team-download-agenda]')]);
      assert.equal(download.suggestedFilename(), 'ml-team-agenda.md');
      const agenda = await readFile(await download.path(), 'utf8');
      assert.ok(agenda.indexOf(TEXT[lang].settle) > 0, 'the agenda has the questions to settle');
      assert.match(agenda.split(TEXT[lang].settle)[1], /^\s*\n1\. [^\n]*G-DATA/, 'the data question comes first');

      await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
      await page.click('[data-testid=team-copy-link]');
      await page.locator('[data-testid=team-status]').filter({ hasText: /./ }).waitFor();
      combined = await page.evaluate(() => navigator.clipboard.readText());
      assert.match(combined, /#m=1\.-2L0000113222210001~-2L0000111220210013~m2L0100113222220011\.[0-9a-z]{2}$/);
      assert.ok(await page.locator('[data-testid=team-share-note]').isVisible(), 'the page says what the link reveals');
      assert.deepEqual(app.errors, []);

      // A change of language draws the view anew and keeps the roles given.
      await page.click('[data-testid=locale-switch]');
      await page.waitForFunction((l) => document.documentElement.lang !== l, lang);
      assert.deepEqual((await teamView(page)).roles, ['', '', 'ml']);

      // A fresh profile opens the combined link to the same view, roles included.
      const again = await e2e.openApp(combined.slice(combined.indexOf('?')));
      try {
        assert.deepEqual(await teamView(again.page), tagged);
        assert.equal(await again.page.evaluate(() => document.documentElement.lang), lang);
        assert.deepEqual(again.errors, []);
      } finally {
        await again.close();
      }
    } finally {
      await app.close();
    }
  });
}

test('a practitioner link or a damaged combined link is refused with a message, and a team view is kept in My assessments', () =>
  e2e.withApp(async ({ page }) => {
    await page.click('[data-testid=team-entry]');
    await page.fill('[data-testid=team-links]', `${CTO}\n${PRACTITIONER}`);
    await page.click('[data-testid=team-merge]');
    await page.locator('[data-testid=team-error]', { hasText: 'Line 2' }).waitFor();
    assert.match(await page.locator('[data-testid=team-error]').textContent(), /choosing a team to join/);
    await page.fill('[data-testid=team-links]', `${CTO}\n${PRODUCT}\n${ML_LEAD}`);
    await page.click('[data-testid=team-merge]');
    await page.locator('[data-testid=team-view]').waitFor();
    await page.fill('[data-testid=team-keep-name]', 'Planning meeting');
    await page.click('[data-testid=team-keep]');
    await page.locator('[data-testid=team-status]', { hasText: 'Planning meeting' }).waitFor();
    const stored = await page.evaluate(() => localStorage.getItem('ml-team-advisor.teams'));
    assert.match(stored, /^\{"format":1,"rules":2,"progress":\{"teams":\[\{"name":"Planning meeting","link":"m=1\./);
    const library = await page.evaluate(() => localStorage.getItem('ml-team-advisor.library'));
    assert.doesNotMatch(library ?? '', /Planning/, 'the library is left alone');
    await page.click('[data-testid=library-link]');
    await page.click('[data-testid=open-team][data-name="Planning meeting"]');
    assert.equal((await teamView(page)).disagreements[0], 'gate.data:gate');
    await page.evaluate(() => { window.location.hash = 'm=1.-2L0000113222210001.zz'; });
    await page.locator('[data-testid=team-link-error]').waitFor();
  }));

test('the team view works by keyboard alone', () =>
  e2e.withApp(async ({ page }) => {
    await page.locator('[data-testid=team-entry]').waitFor();
    const tabTo = async (testid) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((id) => document.activeElement?.dataset?.testid === id, testid)) return;
      }
      throw new Error(`Tab never reached ${testid}`);
    };
    await tabTo('team-entry');
    await page.keyboard.press('Enter');
    await tabTo('team-links');
    await page.keyboard.type(`${CTO}\n${PRODUCT}\n${ML_LEAD}`);
    await tabTo('team-merge');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=team-view]').waitFor();
    await tabTo('team-role');
    await page.keyboard.press('ArrowDown');
    await page.locator('[data-question="gate.data"] tr[data-id=yes] td', { hasText: 'engineering' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'team-role-1', 'a new role keeps the focus');
    await tabTo('team-download-agenda');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.equal(download.suggestedFilename(), 'ml-team-agenda.md');
  }));
