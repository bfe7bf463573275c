// End-to-end tests of results that travel: share links (in a fresh profile, and tampered),
// Markdown and answer-file downloads, import with preview, compare, and print to PDF.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, seedFinished, startE2E } from './harness.mjs';

const RESULT = '[data-testid=result]';
const BANK = {
  'gate.solvable': 'yes',
  'gate.data': 'unsure',
  'gate.crucial': 'yes',
  'gate.motive': 'problem',
  'org.size': 'large',
  'org.industry': 'finance',
  'ml.today': 'central',
  'ml.reports_to': 'ml_leader',
  'ml.leadership': 'division',
  'ml.data': 'governed',
  'ml.production': 'handed_maintained',
  'ml.emphasis': 'mixed',
  'ml.handoff': 'rebuilt',
  'ml.stack': 'open_source',
  'team.engineers': 'keen',
  'team.first_hire': 'engineer',
};
const STARTUP = { ...BANK, 'org.size': 'early', 'org.industry': 'software', 'ml.today': 'none', 'ml.reports_to': 'nobody', 'ml.leadership': 'none', 'ml.data': 'none', 'ml.production': 'nothing', 'ml.emphasis': 'unsure' };

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.stop());

/** What a result page decided: verdict, scores, winner and hiring order. */
async function decided(page) {
  const result = page.locator(RESULT);
  return {
    verdict: await result.locator('[data-testid=verdict]').getAttribute('data-state'),
    winner: await result.locator('[data-testid=archetype-winner]').getAttribute('data-archetype'),
    scores: await result.locator('[data-testid=archetype-score]').evaluateAll((els) => els.map((e) => `${e.dataset.id}=${e.dataset.points}`)),
    hires: await result.locator('[data-testid=hire]').evaluateAll((els) => els.map((e) => `${e.dataset.role}:${e.dataset.tier}`)),
  };
}

async function copiedShareLink(app) {
  const origin = new URL(app.url).origin;
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await app.page.click('[data-testid=share-link]');
  await app.page.locator('[data-testid=keep-status]', { hasText: 'Link copied' }).waitFor();
  return app.page.evaluate(() => navigator.clipboard.readText());
}

test('a share link opened in a fresh profile shows the same result, and leaves that profile’s own answers alone', async () => {
  let link;
  let original;
  await e2e.withApp(async (app) => {
    await seedFinished(app.page, BANK);
    original = await decided(app.page);
    link = await copiedShareLink(app);
    assert.match(link, /#a=2\.L[0-9a-z_]{16}\.[0-9a-z]{2}$/);
  });
  await e2e.withApp(async ({ page }) => {
    await seedFinished(page, STARTUP);
    const own = await decided(page);
    await page.goto(link); // same page, new fragment: the app opens it without a reload
    await page.locator(`${RESULT}[data-origin=shared]`).waitFor();
    assert.deepEqual(await decided(page), original, 'the same verdict, scores, winner and hiring order');
    await page.click('[data-testid=close-view]');
    await page.locator(`${RESULT}[data-origin=own]`).waitFor();
    assert.deepEqual(await decided(page), own, 'the visitor’s own assessment is untouched');
  });
});

test('a tampered share link is refused with a clear message and nothing is lost', async () => {
  let link;
  await e2e.withApp(async (app) => {
    await seedFinished(app.page, BANK);
    link = await copiedShareLink(app);
  });
  // Change one answer character: a different but well-formed answer.
  const i = link.indexOf('.L') + 4;
  const tampered = link.slice(0, i) + (link[i] === '0' ? '1' : '0') + link.slice(i + 1);
  await e2e.withApp(async ({ page }) => {
    await seedFinished(page, STARTUP);
    const before = await page.evaluate(() => localStorage.getItem('ml-team-advisor.progress'));
    await page.goto(tampered);
    await page.reload();
    const notice = page.locator('[data-testid=notice]');
    await notice.waitFor();
    assert.equal(await notice.getAttribute('data-notice'), 'share.error.altered');
    assert.match(await notice.innerText(), /changed since it was made/);
    await page.locator(`${RESULT}[data-origin=own]`).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('ml-team-advisor.progress')), before);
  });
});

test('the Markdown download holds the whole plan with its sources', () =>
  e2e.withApp(async ({ page }) => {
    await seedFinished(page, BANK);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-markdown]')]);
    assert.equal(download.suggestedFilename(), 'ml-team-plan.md');
    const text = await readFile(await download.path(), 'utf8');
    for (const heading of ['# Your ML team plan', '## Whom to hire, in what order', '## Interviewing', '## Sources and credits']) {
      assert.ok(text.includes(heading), `has ${heading}`);
    }
    assert.match(text, /A-DIVISION/);
  }));

test('an exported answer file imports in a fresh profile after a preview, and a bad file changes nothing', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mta-'));
  const good = join(dir, 'answers.json');
  await e2e.withApp(async ({ page }) => {
    await seedFinished(page, BANK);
    await page.fill('[data-testid=keep-name]', 'bank today');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-answers]')]);
    await writeFile(good, await readFile(await download.path()));
  });
  const bad = join(dir, 'bad.json');
  await writeFile(bad, '{"kind":"something else"}');
  await e2e.withApp(async ({ page }) => {
    await page.click('[data-testid=library-link]');
    await page.locator('[data-testid=library]').waitFor();
    await page.setInputFiles('[data-testid=import-file]', bad);
    await page.locator('[data-testid=import-error]', { hasText: 'not an ML Team Advisor answer file' }).waitFor();
    assert.equal(await page.locator('[data-testid=kept]').count(), 0, 'nothing was imported');

    await page.setInputFiles('[data-testid=import-file]', good);
    const preview = page.locator('[data-testid=import-preview]');
    await preview.waitFor();
    assert.match(await preview.innerText(), /Independent ML division/);
    assert.equal(await page.locator('[data-testid=kept]').count(), 0, 'nothing changes before the user chooses');
    await page.click('[data-testid=import-keep]');
    await page.locator('[data-testid=kept][data-name="bank today"]').waitFor();
  });
});

test('two kept assessments compare side by side with what changes between them', () =>
  e2e.withApp(async ({ page }) => {
    await seedFinished(page, STARTUP);
    await page.fill('[data-testid=keep-name]', 'today');
    await page.click('[data-testid=keep-button]');
    await page.locator('[data-testid=keep-status]', { hasText: 'Kept as "today"' }).waitFor();
    await seedFinished(page, BANK);
    await page.fill('[data-testid=keep-name]', 'in a year');
    await page.click('[data-testid=keep-button]');
    await page.locator('[data-testid=keep-status]', { hasText: 'Kept as "in a year"' }).waitFor();

    await page.click('[data-testid=library-link]');
    await page.locator('[data-testid=kept][data-name="today"] [data-testid=pick]').check();
    await page.locator('[data-testid=kept][data-name="in a year"] [data-testid=pick]').check();
    await page.click('[data-testid=compare-button]');
    const compare = page.locator('[data-testid=compare]');
    await compare.waitFor();
    const differences = await compare.locator('[data-testid=differences] li').allInnerTexts();
    assert.ok(differences.some((d) => d.startsWith('Kind of organisation: Nascent / ad-hoc ML → Independent ML division')), differences.join('\n'));
    assert.ok(differences.length >= 5);
    assert.equal(await compare.locator('table').count(), 3);
    // The same comparison, kept as Markdown: the page's heading, its differences, its tables.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=compare-export]')]);
    assert.equal(download.suggestedFilename(), 'ml-team-plans-compared.md');
    const text = await readFile(await download.path(), 'utf8');
    assert.ok(text.startsWith('# today compared with in a year\n'), text.slice(0, 120));
    for (const difference of differences) assert.ok(text.includes(`\n- ${difference}\n`), `${difference} is in the record`);
    assert.equal(text.split('\n').filter((line) => line.startsWith('## ')).length, 4, 'what changes and the three tables');
  }));

test('printing the result gives the plan on at most two pages, without navigation chrome', () =>
  e2e.withApp(async ({ page }) => {
    await seedFinished(page, BANK);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['header.topbar', '[data-testid=keep]', '[data-testid=change-answers]', 'details.why', '[data-testid=open-all]']) {
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is hidden in print`);
    }
    // The plan on paper: at a glance first, then the gate, the archetype with its chart and the
    // hiring order, whether or not those sections were open on screen.
    for (const kept of ['[data-testid=glance]', '[data-testid=score-chart]', '[data-testid=hiring] [data-testid=hire]', '[data-testid=verdict]', '[data-testid=counterfactual]', '.print-only']) {
      assert.ok(await page.locator(kept).first().isVisible(), `${kept} is printed`);
    }
    const bars = await page.locator('[data-testid=score-chart] rect.chart-bar').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().width > 0).length);
    assert.equal(bars, 5, 'the score chart draws its five bars in print');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 1 && pages <= 2, `printed on ${pages} page(s)`);
  }));

test('a practitioner assessment shared by link opens as the same practitioner result', async () => {
  let link;
  let team;
  await e2e.withApp(async (app) => {
    await app.page.evaluate(() => {
      const answers = { 'job.owns': 'models', 'job.customers': 'app_users', 'job.production': 'handoff', 'me.stack': 'same', 'me.background': 'academic' };
      localStorage.setItem('ml-team-advisor.progress', JSON.stringify({ format: 1, rules: 1, progress: { track: 'practitioner', answers, step: 0, finished: false } }));
    });
    await app.page.reload();
    // Finish the remaining questions with their first options.
    for (let i = 0; i < 20 && !(await app.page.locator(RESULT).count()); i++) {
      const q = app.page.locator('[data-testid=question]');
      await q.waitFor();
      if (!(await q.locator('input[type=radio]:checked').count())) await q.locator('input[type=radio]').first().check();
      await app.page.click('[data-testid=next]');
      await app.page.waitForTimeout(50);
    }
    await app.page.locator(`${RESULT}[data-track=practitioner]`).waitFor();
    team = await app.page.locator('[data-testid=team-type-winner]').getAttribute('data-team-type');
    link = await copiedShareLink(app);
    assert.match(link, /#a=2\.P/);
  });
  await e2e.withApp(async ({ page }) => {
    await page.goto(link);
    await page.locator(`${RESULT}[data-origin=shared][data-track=practitioner]`).waitFor();
    assert.equal(await page.locator('[data-testid=team-type-winner]').getAttribute('data-team-type'), team);
    assert.equal(await page.locator('[data-testid=red-flag][data-flag=T-PIN-FACTORY]').count(), 1, 'the pin-factory flag travels too');
  });
});

test('deleting kept assessments with the keyboard keeps the focus in the list', () =>
  e2e.withApp(async ({ page }) => {
    const library = await readFile(join(ROOT, 'tests', 'fixtures', 'format-2', 'library.json'), 'utf8');
    await page.evaluate((text) => localStorage.setItem('ml-team-advisor.library', text), library);
    await page.reload();
    await page.click('[data-testid=library-link]');
    const kept = (name) => page.locator(`[data-testid=kept][data-name="${name}"]`);
    const focused = () => page.evaluate(() => [document.activeElement?.closest('[data-testid=kept]')?.dataset.name, document.activeElement?.dataset.testid ?? document.activeElement?.tagName]);
    const deleteWithEnter = async (name) => {
      await kept(name).locator('[data-testid=delete-kept]').focus();
      await page.keyboard.press('Enter');
      await kept(name).waitFor({ state: 'detached' });
    };

    // From the middle of the list, the next entry's Open button takes the focus.
    await deleteWithEnter('Bank');
    assert.deepEqual(await focused(), ['Platform team offer', 'open-kept']);
    // From the end, the entry before it.
    await deleteWithEnter('Platform team, second look');
    assert.deepEqual(await focused(), ['Logistics, June', 'open-kept']);
    // With nothing left, the heading of the page.
    for (const name of ['Logistics, March', 'Platform team offer', 'Lab offer', 'Hospital (unfinished)', 'Logistics, June']) {
      await deleteWithEnter(name);
    }
    assert.deepEqual(await focused(), [undefined, 'H1']);
    assert.equal(await page.locator('[data-testid=kept]').count(), 0);
  }));
