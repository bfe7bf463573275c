// Old results keep opening, and an older build never destroys newer data. The rules-1 fixtures
// (tests/fixtures/rules-1/, written by the rules-1 build) open in the release build with the
// note that the advice has been revised since; two tabs follow each other's saves; a tab never
// saves over what a newer release stored.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, RULES, startE2E, waitForStart } from './harness.mjs';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'rules-1');
const fixture = (name) => readFileSync(join(FIXTURES, name), 'utf8');
const LINKS = JSON.parse(fixture('links.json'));
const PROGRESS = 'ml-team-advisor.progress';
const LIBRARY = 'ml-team-advisor.library';
const RESULT = '[data-testid=result]';
const NOTE = '[data-testid=revision-note]';

let e2e;
before(async () => {
  e2e = await startE2E({ csp: true });
});
after(() => e2e?.stop());

/** Puts exact stored values in local storage and reloads onto them. */
async function seed(page, values) {
  await page.evaluate((v) => {
    for (const [key, value] of Object.entries(v)) localStorage.setItem(key, value);
  }, values);
  await page.reload();
}

const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

for (const persona of ['bank-division', 'platform-team']) {
  const { link, track } = LINKS.find((l) => l.persona === persona);
  test(`a rules-1 share link (${persona}, ${track} track) opens with the note that the advice was revised, in both languages`, async () => {
    for (const [query, words] of [['', /advice has been revised since/], ['?lang=zh-CN', /建议已经修订过/]]) {
      await e2e.withApp(
        async ({ page }) => {
          await page.locator(`${RESULT}[data-origin=shared][data-track=${track}]`).waitFor();
          const note = page.locator(NOTE);
          await note.waitFor();
          assert.equal(await note.getAttribute('data-rules'), '1');
          assert.match(await note.innerText(), words);
          assert.equal(await page.locator('[data-testid=notice]').count(), 0, 'nothing was refused');
        },
        { path: `${query}#${link}` },
      );
    }
  });
}

/** The share link's two-character check over `body`, as src/share/link.rs computes it. */
function check(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum = (sum * 31 + body.charCodeAt(i) * ((i % 7) + 1)) % 1296;
  return Math.floor(sum / 36).toString(36) + (sum % 36).toString(36);
}

test('a link from a newer release is refused with its message, and the own answers stay', () =>
  e2e.withApp(async ({ page }) => {
    await waitForStart(page);
    const { link } = LINKS[0];
    const ours = link.slice(2, link.lastIndexOf('.'));
    assert.equal(check(ours), link.slice(-2), 'the check is computed as the app does');
    const body = ours.replace(/^1\./, `${RULES + 1}.`);
    await page.goto(new URL(`#a=${body}.${check(body)}`, page.url()).href);
    const notice = page.locator('[data-testid=notice]');
    await notice.waitFor();
    assert.equal(await notice.getAttribute('data-notice'), 'share.error.unknown_rules');
    assert.match(await notice.innerText(), /newer version/);
    assert.equal(await page.locator(RESULT).count(), 0);
  }));

for (const [name, track] of [['progress-leader.json', 'leader'], ['progress-practitioner.json', 'practitioner']]) {
  test(`rules-1 saved progress (${track} track) opens at its result with the note; once accepted it is saved under today's rules`, () =>
    e2e.withApp(async ({ page }) => {
      await waitForStart(page);
      await seed(page, { [PROGRESS]: fixture(name) });
      await page.locator(`${RESULT}[data-origin=own][data-track=${track}]`).waitFor();
      await page.locator(NOTE).waitFor();
      const before = JSON.parse(fixture(name)).progress.answers;
      assert.deepEqual(JSON.parse(await stored(page, PROGRESS)).progress.answers, before, 'nothing lost');
      await page.click('[data-testid=accept-revision]');
      await page.locator(NOTE).waitFor({ state: 'detached' });
      const saved = JSON.parse(await stored(page, PROGRESS));
      assert.equal(saved.rules, RULES);
      assert.deepEqual(saved.progress.answers, before);
      await page.reload();
      await page.locator(`${RESULT}[data-origin=own]`).waitFor();
      assert.equal(await page.locator(NOTE).count(), 0);
    }));
}

test('a rules-1 library lists every kept assessment as kept before the revision, opens each with the note, and is saved in the new format with nothing lost', () =>
  e2e.withApp(async ({ page }) => {
    await waitForStart(page);
    await seed(page, { [LIBRARY]: fixture('library.json') });
    await page.click('[data-testid=library-link]');
    const rows = page.locator('[data-testid=kept]');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 5);
    assert.equal(await page.locator('[data-testid=kept-revised]').count(), 5);
    const saved = JSON.parse(await stored(page, LIBRARY));
    assert.equal(saved.format, 3);
    const old = JSON.parse(fixture('library.json')).progress.items;
    assert.deepEqual(
      saved.progress.items.map((i) => [i.name, i.track, i.rules, i.answers]),
      old.map((i) => [i.name, i.track, 1, i.answers]),
    );
    await page.locator('[data-testid=kept][data-name="Platform team offer"] [data-testid=open-kept]').click();
    await page.locator(`${RESULT}[data-origin=kept][data-track=practitioner]`).waitFor();
    await page.locator(NOTE).waitFor();
  }));

test('two tabs follow each other, and a tab never saves over a library a newer release wrote', async () => {
  const app = await e2e.openApp();
  try {
    const { page, context } = app;
    await waitForStart(page);
    const other = await context.newPage();
    await other.goto(page.url());
    await waitForStart(other);
    // The other tab keeps a shared assessment: this tab's library follows.
    await other.goto(new URL(`#${LINKS[0].link}`, page.url()).href);
    await other.reload();
    await other.locator(`${RESULT}[data-origin=shared]`).waitFor();
    await other.fill('[data-testid=keep-name]', 'From the other tab');
    await other.click('[data-testid=keep-button]');
    await page.click('[data-testid=library-link]');
    await page.locator('[data-testid=kept][data-name="From the other tab"]').waitFor();
    // A newer release writes the library: this tab stops saving it and says so.
    const newer = '{"format":3,"rules":3,"progress":{"series":[{"name":"Q1","dated":"2027-01-05"}]}}';
    await other.evaluate(([key, value]) => localStorage.setItem(key, value), [LIBRARY, newer]);
    await page.locator('[data-testid=notice][data-notice="notice.library_newer"]').waitFor();
    await page.locator('[data-testid=library-locked]').waitFor();
    await page.click('[data-testid=delete-kept]');
    assert.equal(await stored(page, LIBRARY), newer, 'deleting here wrote nothing');
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test('a tab on the quiz follows the answers given in another tab', async () => {
  const app = await e2e.openApp();
  try {
    const { page, context } = app;
    await waitForStart(page);
    await page.click('[data-testid=start-button]');
    await page.locator('[data-testid=question][data-question-id="gate.solvable"] input[type=radio]').first().check();
    // A second tab opens on the same progress and goes on to the next question.
    const other = await context.newPage();
    await other.goto(page.url());
    await other.locator('[data-testid=question][data-question-id="gate.solvable"] input[type=radio]:checked').waitFor();
    await other.click('[data-testid=next]');
    await other.locator('[data-testid=question][data-question-id="gate.data"]').waitFor();
    await page.locator('[data-testid=question][data-question-id="gate.data"]').waitFor();
    assert.equal(JSON.parse(await stored(page, PROGRESS)).progress.answers['gate.solvable'], 'yes');
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test('a tab that loaded before a newer release saved progress does not save over it when the user answers', () =>
  e2e.withApp(async ({ page }) => {
    await waitForStart(page);
    await page.click('[data-testid=start-button]');
    await page.locator('[data-testid=question]').waitFor();
    // Written behind this tab's back (no storage event reaches the tab that did not write).
    const newer = '{"format":2,"rules":3,"progress":{"anything":true}}';
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS, newer]);
    await page.locator('[data-testid=question] input[type=radio]').first().check();
    await page.locator('[data-testid=notice][data-notice="notice.save_unknown_format"]').waitFor();
    assert.equal(await stored(page, PROGRESS), newer);
  }));
