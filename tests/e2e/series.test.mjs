// Dated series: a library kept by the format-2 build opens with nothing lost; its undated
// "Logistics, March" joins a series by keyboard, two later results are added to it as dated
// entries with notes, and the series shows each entry's conclusions, chart and exactly which
// answers changed, exports as a Markdown decision record, and passes axe, in both languages.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, assertAccessible, seedFinished, startE2E } from './harness.mjs';

const FORMAT_2_LIBRARY = await readFile(join(ROOT, 'tests', 'fixtures', 'format-2', 'library.json'), 'utf8');
const MARCH = JSON.parse(FORMAT_2_LIBRARY).progress.items[0].answers;
const JUNE = { ...MARCH, 'gate.data': 'unsure', 'ml.today': 'adhoc', 'ml.leadership': 'team_budgets', 'ml.production': 'builders_own', 'ml.emphasis': 'engineering' };
const SEPTEMBER = { ...JUNE, 'gate.data': 'yes', 'ml.today': 'product_teams', 'ml.reports_to': 'eng_lead', 'ml.data': 'lagging' };

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.stop());


/** Keeps the finished result in storage as a dated entry of a series, on the given day. */
async function addToSeries(page, answers, day, note, added) {
  await page.clock.setFixedTime(new Date(`${day}T12:00:00`));
  await seedFinished(page, answers);
  await page.fill('[data-testid=keep-series]', 'Logistics');
  await page.fill('[data-testid=keep-note]', note);
  await page.click('[data-testid=add-to-series]');
  await page.locator('[data-testid=keep-status]', { hasText: added }).waitFor();
}

const RUNS = [
  {
    lang: 'en',
    added: 'Added to the series "Logistics" as "Logistics · 2026-09-30"',
    line: 'Logistics: 3 entries',
    whens: ['Undated · Logistics, March', 'Kept on 2026-06-30 · Logistics · 2026-06-30', 'Kept on 2026-09-30 · Logistics · 2026-09-30'],
    undated: 'Kept before this app recorded dates',
    note: 'Note: after the reorg',
    change: 'Whom do the people doing ML report to?: Nobody in particular: there are no ML people yet → The engineering or tech lead of their product team',
    record: '# Decision record: Logistics',
  },
  {
    lang: 'zh-CN',
    added: '已加入系列“Logistics”，名称为“Logistics · 2026-09-30”',
    line: 'Logistics：3 条记录',
    whens: ['无日期 · Logistics, March', '保存于 2026-06-30 · Logistics · 2026-06-30', '保存于 2026-09-30 · Logistics · 2026-09-30'],
    undated: '保存于本应用开始记录日期之前',
    note: '备注：after the reorg',
    change: '做机器学习的人向谁汇报？：没有特定的人：目前还没有机器学习人员 → 所在产品团队的工程或技术主管',
    record: '# 决策记录：Logistics',
  },
];

for (const run of RUNS) {
  test(`three dated entries of one series show what changed and export as a decision record (${run.lang})`, () =>
    e2e.withApp(
      async ({ page }) => {
        await page.evaluate((text) => localStorage.setItem('ml-team-advisor.library', text), FORMAT_2_LIBRARY);
        await addToSeries(page, JUNE, '2026-06-30', 'first pilot', 'Logistics · 2026-06-30');
        await addToSeries(page, SEPTEMBER, '2026-09-30', 'after the reorg', run.added);

        await page.click('[data-testid=library-link]');
        await page.locator('[data-testid=library]').waitFor();
        assert.equal(await page.locator('[data-testid=kept-details]').count(), 9, 'the seven format-2 entries and two new ones');
        // The format-2 entry joins the series with the keyboard alone: its field, then Enter.
        const march = page.locator('[data-testid=kept][data-name="Logistics, March"]');
        await march.locator('[data-testid=series-of]').focus();
        await page.keyboard.type('Logistics');
        await page.keyboard.press('Enter');
        await page.locator('[data-testid=series-row][data-series=Logistics]', { hasText: run.line }).waitFor();
        // The list is drawn anew; the keyboard user is still in that entry's field.
        await page.waitForFunction(() => document.activeElement?.closest('[data-testid=kept]')?.dataset.name === 'Logistics, March'
          && document.activeElement.dataset.testid === 'series-of');
        await assertAccessible(page, 'library with a series');

        await page.locator('[data-testid=series-row][data-series=Logistics] [data-testid=open-series]').focus();
        await page.keyboard.press('Enter');
        const series = page.locator('[data-testid=series]');
        await series.waitFor();
        const entries = series.locator('[data-testid=series-entry]');
        assert.deepEqual(await entries.locator('h2').allInnerTexts(), run.whens);
        assert.match(await entries.nth(0).locator('[data-testid=series-undated]').innerText(), new RegExp(run.undated));
        assert.equal(await entries.nth(2).locator('[data-testid=series-note]').innerText(), run.note);
        assert.equal(await entries.nth(0).locator('[data-testid=series-changes] li').count(), 0);
        assert.equal(await entries.nth(1).locator('[data-testid=series-changes] li').count(), 5);
        const changes = await entries.nth(2).locator('[data-testid=series-changes] li').allInnerTexts();
        assert.equal(changes.length, 4);
        assert.ok(changes.includes(run.change), changes.join('\n'));
        assert.equal(await series.locator('[data-testid=score-chart] svg[role=img]').count(), 3, 'a chart per entry');
        await assertAccessible(page, 'series');

        const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=series-export]')]);
        const text = await readFile(await download.path(), 'utf8');
        assert.ok(text.startsWith(`${run.record}\n`), text.slice(0, 200));
        assert.ok(text.includes(run.change), 'the record lists the changed answers');

        // What was stored is format 3, with the dates, notes and series.
        const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('ml-team-advisor.library')));
        assert.equal(stored.format, 3);
        const june = stored.progress.items.find((i) => i.name === 'Logistics · 2026-06-30');
        assert.deepEqual([june.kept, june.note, june.series], ['2026-06-30', 'first pilot', 'Logistics']);
        assert.equal(stored.progress.items.length, 9);
      },
      { path: `?lang=${run.lang}` },
    ));
}
