// "Old build, new data" in real browsers: the release build of the rules-1 commit (a5dfcaf) and
// this release build served side by side on one origin (so they share local storage), as when
// a tab of the old build stays open after an update. The old build must leave the library this
// build wrote exactly as it was, and what it does to progress must lose nothing.
//
// Needs that old build: E2E_OLD_DIST=<its dist/>. To make one:
//   git archive a5dfcaf | tar -x -C /tmp/old && cd /tmp/old && trunk build --release --offline
// Without it the test is skipped (tests/old_build.rs makes the same check natively, always).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, RULES, collectErrors, startOldBesideNew, waitForStart } from './harness.mjs';

const OLD_DIST = process.env.E2E_OLD_DIST;
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'rules-1');
const fixture = (name) => readFileSync(join(FIXTURES, name), 'utf8');
const PROGRESS = 'ml-team-advisor.progress';
const LIBRARY = 'ml-team-advisor.library';
const RESULT = '[data-testid=result]';

let server;
let browser;
let stop;
before(async () => {
  if (!OLD_DIST) return;
  ({ server, browser, stop } = await startOldBesideNew(OLD_DIST));
});
after(() => stop?.());

const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

test('the rules-1 build leaves a library this build saved intact, and its progress round trip loses nothing', { skip: !OLD_DIST && 'E2E_OLD_DIST is not set' }, async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = collectErrors(page);
    // This build takes up what the rules-1 build saved, and saves it in its own format.
    await page.goto(`${server.url}new/`);
    await waitForStart(page);
    await page.evaluate(([p, pv, l, lv]) => {
      localStorage.setItem(p, pv);
      localStorage.setItem(l, lv);
    }, [PROGRESS, fixture('progress-leader.json'), LIBRARY, fixture('library.json')]);
    await page.reload();
    await page.locator(`${RESULT}[data-origin=own]`).waitFor();
    await page.click('[data-testid=accept-revision]');
    await page.fill('[data-testid=keep-name]', 'Kept by the new build');
    await page.click('[data-testid=keep-button]');
    await page.locator('[data-testid=keep-status]', { hasText: 'Kept by the new build' }).waitFor();
    const library = await stored(page, LIBRARY);
    assert.equal(JSON.parse(library).format, 3);
    assert.equal(JSON.parse(library).progress.items.length, 6);
    assert.equal(JSON.parse(await stored(page, PROGRESS)).rules, RULES);

    // The old build in the same browser: it reads the progress, refuses the library, and keeps
    // nothing over it.
    await page.goto(`${server.url}old/`);
    await page.locator(`${RESULT}[data-origin=own]`).waitFor();
    await page.locator('[data-testid=notice][data-notice="notice.save_unknown_format"]').waitFor();
    await page.fill('[data-testid=keep-name]', 'Kept by the old build');
    await page.click('[data-testid=keep-button]');
    await page.locator('[data-testid=keep-status]', { hasText: /cannot be kept here/ }).waitFor();
    await page.click('[data-testid=library-link]');
    await page.locator('[data-testid=library]').waitFor();
    assert.equal(await stored(page, LIBRARY), library, 'the library is byte for byte what the new build wrote');
    const fromOld = JSON.parse(await stored(page, PROGRESS));
    assert.deepEqual(fromOld.progress.answers, JSON.parse(fixture('progress-leader.json')).progress.answers);

    // Back in this build: all six kept assessments with their rules, and the progress whole.
    await page.goto(`${server.url}new/`);
    await page.locator(`${RESULT}[data-origin=own]`).waitFor();
    await page.click('[data-testid=library-link]');
    // Kept rows have an Open button; the row of the current answers has none.
    const kept = page.locator('[data-testid=kept]:has([data-testid=open-kept])');
    await kept.first().waitFor();
    assert.equal(await kept.count(), 6);
    assert.equal(await kept.locator('[data-testid=kept-revised]').count(), 5, 'the new entry is of today\'s rules');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
