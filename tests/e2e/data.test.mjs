// Data that lasts and stays the user's: the whole library (series, dated entries, teams to join)
// downloads as one file; "delete everything" asks first (by keyboard: Escape cancels), then
// leaves nothing of this app in the browser's storage; the file imports back with a preview
// (added, already here, conflicts) and replaces nothing without consent. Both languages, axe.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, assertAccessible, startE2E } from './harness.mjs';

const MARCH = JSON.parse(await readFile(join(ROOT, 'tests', 'fixtures', 'format-2', 'library.json'), 'utf8')).progress.items[0].answers;
const LIBRARY = {
  format: 3,
  rules: 2,
  progress: {
    items: [
      { name: 'Logistics, March', track: 'leader', rules: 1, answers: MARCH, series: 'Logistics' },
      { name: 'Logistics · 2026-06-30', track: 'leader', rules: 2, answers: { ...MARCH, 'ml.today': 'adhoc' }, kept: '2026-06-30', note: 'first pilot', series: 'Logistics' },
      { name: 'Platform', track: 'practitioner', rules: 2, answers: { 'job.owns': 'services', 'me.learn': 'systems' }, kept: '2026-11-02' },
    ],
  },
};

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.stop());


const focused = (page) => page.evaluate(() => document.activeElement?.dataset.testid);
const appKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ml-team-advisor')));

const RUNS = [
  { lang: 'en', added: 'Would be added (3)', deleted: 'Everything this app stored in this browser is deleted.', imported: 'Imported: 3 added, 0 replaced.' },
  { lang: 'zh-CN', added: '将会添加（3）', deleted: '本应用在这个浏览器中存储的所有数据都已删除。', imported: '已导入：添加 3 份，替换 0 份。' },
];

for (const run of RUNS) {
  test(`the whole library is exported, deleted after a confirm step and imported back whole (${run.lang})`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mta-library-'));
    const file = join(dir, 'library.json');
    await e2e.withApp(
      async ({ page }) => {
        await page.evaluate((text) => {
          localStorage.setItem('ml-team-advisor.library', text);
          localStorage.setItem('ml-team-advisor.progress', JSON.stringify({ format: 1, rules: 2, progress: { track: 'leader', answers: { 'org.size': 'early' }, step: 2, finished: false } }));
        }, JSON.stringify(LIBRARY));
        await page.reload();
        await page.click('[data-testid=library-link]');
        const data = page.locator('[data-testid=your-data]');
        await data.waitFor();
        await page.locator('[data-testid=persistence]:not(:empty)').waitFor();
        const stored = await page.evaluate(() => localStorage.getItem('ml-team-advisor.library'));

        const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-library]')]);
        assert.equal(download.suggestedFilename(), 'ml-team-library.json');
        await writeFile(file, await readFile(await download.path()));
        const exported = JSON.parse(await readFile(file, 'utf8'));
        assert.equal(exported.kind, 'ml-team-advisor/backup');
        assert.deepEqual(exported.library, JSON.parse(stored), 'the library section is the stored envelope');

        // The confirm step, by keyboard: it takes the focus on Cancel, Escape closes it.
        await page.locator('[data-testid=delete-everything]').focus();
        await page.keyboard.press('Enter');
        await page.locator('[data-testid=delete-confirm]').waitFor();
        assert.equal(await focused(page), 'delete-cancel');
        await assertAccessible(page, 'library with the confirm step open');
        await page.keyboard.press('Escape');
        await page.locator('[data-testid=delete-confirm]').waitFor({ state: 'detached' });
        assert.equal(await focused(page), 'delete-everything');
        assert.equal((await appKeys(page)).length, 2, 'nothing deleted yet');
        await page.keyboard.press('Enter');
        await page.locator('[data-testid=delete-confirm]').waitFor();
        await page.keyboard.press('Tab');
        assert.equal(await focused(page), 'delete-yes');
        await page.keyboard.press('Enter');
        await page.locator('[data-testid=data-status]', { hasText: run.deleted }).waitFor();
        assert.equal(await page.locator('[data-testid=kept]').count(), 0, 'the list is empty, the current answers too');
        await page.waitForTimeout(200);
        assert.deepEqual(await appKeys(page), [], 'nothing of this app is left in storage');
        await page.reload();
        await page.locator('[data-testid=start]').waitFor();
        assert.deepEqual(await appKeys(page), [], 'and a reload writes nothing back');

        await page.click('[data-testid=library-link]');
        await page.setInputFiles('[data-testid=import-file]', file);
        const preview = page.locator('[data-testid=backup-preview]');
        await preview.waitFor();
        assert.ok((await preview.innerText()).includes(run.added));
        assert.deepEqual(await preview.locator('[data-testid=backup-added] li').allInnerTexts(), LIBRARY.progress.items.map((i) => i.name));
        assert.deepEqual(await appKeys(page), [], 'nothing changes before the user chooses');
        await assertAccessible(page, 'library file preview');
        await page.click('[data-testid=backup-keep-mine]');
        await page.locator('[data-testid=import-status]', { hasText: run.imported }).waitFor();
        await page.locator('[data-testid=series-row][data-series=Logistics]').waitFor();
        await page.waitForTimeout(200);
        const back = JSON.parse(await page.evaluate(() => localStorage.getItem('ml-team-advisor.library')));
        assert.deepEqual(back, JSON.parse(stored), 'the library is back exactly as it was');
      },
      { path: `?lang=${run.lang}` },
    );
  });
}

test('importing over a library with a different entry of the same name keeps mine unless I choose the file\'s', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mta-library-'));
  const file = join(dir, 'library.json');
  await writeFile(file, JSON.stringify({ kind: 'ml-team-advisor/backup', version: 1, library: LIBRARY }));
  await e2e.withApp(async ({ page }) => {
    const mine = { format: 3, rules: 2, progress: { items: [
      { name: 'Platform', track: 'practitioner', rules: 2, answers: { 'job.owns': 'research_area' } },
      { name: 'Logistics, March', track: 'leader', rules: 1, answers: MARCH, series: 'Logistics' },
    ] } };
    await page.evaluate((text) => localStorage.setItem('ml-team-advisor.library', text), JSON.stringify(mine));
    await page.reload();
    await page.click('[data-testid=library-link]');
    await page.setInputFiles('[data-testid=import-file]', file);
    const preview = page.locator('[data-testid=backup-preview]');
    await preview.waitFor();
    assert.deepEqual(await preview.locator('[data-testid=backup-added] li').allInnerTexts(), ['Logistics · 2026-06-30']);
    assert.deepEqual(await preview.locator('[data-testid=backup-same] li').allInnerTexts(), ['Logistics, March']);
    assert.deepEqual(await preview.locator('[data-testid=backup-conflicts] li').allInnerTexts(), ['Platform']);
    await page.click('[data-testid=backup-keep-mine]');
    await page.locator('[data-testid=import-status]', { hasText: 'Imported: 1 added, 0 replaced.' }).waitFor();
    const platform = async () => JSON.parse(await page.evaluate(() => localStorage.getItem('ml-team-advisor.library'))).progress.items.find((i) => i.name === 'Platform');
    await page.waitForTimeout(200);
    assert.deepEqual((await platform()).answers, { 'job.owns': 'research_area' }, 'mine was kept');

    await page.setInputFiles('[data-testid=import-file]', []);
    await page.setInputFiles('[data-testid=import-file]', file);
    await preview.waitFor();
    await page.click('[data-testid=backup-replace]');
    await page.locator('[data-testid=import-status]', { hasText: 'Imported: 0 added, 1 replaced.' }).waitFor();
    await page.waitForTimeout(200);
    assert.deepEqual((await platform()).answers, { 'job.owns': 'services', 'me.learn': 'systems' }, 'replaced, as chosen');

    await writeFile(file, JSON.stringify({ kind: 'ml-team-advisor/backup', version: 1, library: { ...LIBRARY, format: 4 } }));
    await page.setInputFiles('[data-testid=import-file]', []);
    await page.setInputFiles('[data-testid=import-file]', file);
    await page.locator('[data-testid=import-error]', { hasText: 'made by a newer version' }).waitFor();
    assert.equal(await preview.count(), 0);
  });
});
