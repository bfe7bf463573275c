// "Old build, new data" for the build before dated series and team views (library format 2,
// commit 4177522): that build and this one served side by side on one origin (so they share
// local storage), as when its tab stays open after an update. This build keeps a dated series
// entry, a team view and its progress; the older build then reads the library as newer, says
// so, keeps nothing over it and leaves the team views' key, which it never reads, alone; back
// in this build, everything is there.
//
// Needs that old build: E2E_FORMAT_2_DIST=<its dist/>. To make one:
//   git archive 4177522 | tar -x -C /tmp/format-2 && cd /tmp/format-2 && trunk build --release --offline
// Without it the test is skipped (tests/old_build.rs makes the same check natively, always).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, collectErrors, seedFinished, startOldBesideNew, waitForStart } from './harness.mjs';

const OLD_DIST = process.env.E2E_FORMAT_2_DIST;
const LIBRARY = 'ml-team-advisor.library';
const TEAMS = 'ml-team-advisor.teams';
const RESULT = '[data-testid=result]';
// A whole leader assessment, as the format-2 build saved it.
const ANSWERS = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'format-2', 'progress-leader.json'), 'utf8')).progress.answers;

let server;
let browser;
let stop;
before(async () => {
  if (!OLD_DIST) return;
  ({ server, browser, stop } = await startOldBesideNew(OLD_DIST));
});
after(() => stop?.());

const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

test('the format-2 build leaves a library with a dated series, and the team views, as this build wrote them', { skip: !OLD_DIST && 'E2E_FORMAT_2_DIST is not set' }, async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}new/`);
    await waitForStart(page);
    await seedFinished(page, ANSWERS);
    await page.locator(`${RESULT}[data-origin=own]`).waitFor();
    await page.fill('[data-testid=keep-series]', 'Acme');
    await page.fill('[data-testid=keep-note]', 'before the reorg');
    await page.click('[data-testid=add-to-series]');
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes('Acme'), LIBRARY);
    const teams = '{"format":1,"rules":2,"progress":{"teams":[]}}';
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [TEAMS, teams]);
    const library = await stored(page, LIBRARY);
    assert.equal(JSON.parse(library).format, 3);

    // The older build: the library is newer than it knows; it says so and keeps nothing over it.
    await page.goto(`${server.url}old/`);
    await page.locator(`${RESULT}[data-origin=own]`).waitFor();
    await page.locator('[data-testid=notice][data-notice="notice.library_newer"]').waitFor();
    await page.fill('[data-testid=keep-name]', 'Kept by the old build');
    await page.click('[data-testid=keep-button]');
    await page.click('[data-testid=library-link]');
    await page.locator('[data-testid=library-locked]').waitFor();
    assert.equal(await stored(page, LIBRARY), library, 'the library is byte for byte what this build wrote');
    assert.equal(await stored(page, TEAMS), teams, 'the team views are untouched');

    // Back in this build: the dated entry with its series and note.
    await page.goto(`${server.url}new/`);
    await page.locator(`${RESULT}[data-origin=own]`).waitFor();
    const entry = JSON.parse(await stored(page, LIBRARY)).progress.items.find((item) => item.series === 'Acme');
    assert.equal(entry?.note, 'before the reorg');
    assert.deepEqual(errors.filter((e) => !e.includes('/old/')), []);
  } finally {
    await context.close();
  }
});
