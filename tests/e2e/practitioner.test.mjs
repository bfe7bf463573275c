// End-to-end tests of the practitioner track ("I'm choosing an ML team to join") in real
// Chromium against the release build, written against the UI's data-testid contract:
//
//   start screen   [data-testid=track-practitioner] starts this track
//   question step  [data-testid=question][data-track=practitioner][data-question-id=job.*|me.*]
//   result         [data-testid=result][data-track=practitioner] with
//                  three [data-testid=team-type-score][data-id=T-INFRA|T-APPLIED|T-RESEARCH],
//                  [data-testid=team-type-winner][data-team-type=…],
//                  [data-testid=skill-gap][data-state=too-small|workable|too-large|unknown],
//                  [data-testid=red-flag][data-flag=T-OWNERSHIP|T-PIN-FACTORY] for each raised flag
//                  ([data-testid=flag-check] for the others), and a "why?" under every advice line.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSections, startE2E, waitForStart } from './harness.mjs';
import { PIN_FACTORY_TEAM } from './personas.mjs';

const practitionerTest = (name, fn) => test(`[practitioner] ${name}`, fn);

const TEAM_TYPES = ['T-APPLIED', 'T-INFRA', 'T-RESEARCH'];
const MAX_STEPS = 20;
const Q = '[data-testid=question]';
const RESULT = '[data-testid=result]';


// As `platform_team()` in tests/practitioner.rs, but its service has hardly any users.
const LONELY_PLATFORM = {
  'job.title': 'ml_engineer',
  'job.owns': 'services',
  'job.customers': 'few',
  'job.work': 'systems',
  'job.production': 'serves_others',
  'me.stack': 'some_new',
  'me.background': 'software',
  'me.learn': 'systems',
};

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.stop());

/** Runs the practitioner track for `persona` from the start screen; returns the question ids asked. */
async function answerTrack(page, persona) {
  await waitForStart(page);
  await page.click('[data-testid=track-practitioner]');
  const asked = [];
  for (let step = 0; step < MAX_STEPS; step++) {
    await page.locator(`${Q}, ${RESULT}`).first().waitFor();
    if (await page.locator(RESULT).count()) return asked;
    const form = page.locator(Q);
    assert.equal(await form.getAttribute('data-track'), 'practitioner', 'only practitioner questions are asked');
    const id = await form.getAttribute('data-question-id');
    assert.ok(!asked.includes(id), `question ${id} is not asked twice`);
    assert.ok(id in persona, `the persona answers ${id}`);
    const counter = await page.locator('[data-testid=progress] .counter').innerText();
    assert.match(counter, new RegExp(`${step + 1} of ${Object.keys(persona).length}$`), 'progress counts the track only');
    await form.locator(`input[type=radio][value="${persona[id]}"]`).check();
    asked.push(id);
    await page.click('[data-testid=next]');
    await page.waitForFunction(
      ([q, r, prev]) => document.querySelector(r) || document.querySelector(q)?.getAttribute('data-question-id') !== prev,
      [Q, RESULT, id],
    );
  }
  assert.fail(`no result after ${MAX_STEPS} steps; asked: ${asked.join(', ')}`);
}

async function readResult(page) {
  const result = page.locator(RESULT);
  await result.waitFor();
  return {
    track: await result.getAttribute('data-track'),
    scores: await result
      .locator('[data-testid=team-type-score]')
      .evaluateAll((els) => els.map((el) => ({ type: el.dataset.id, points: Number(el.dataset.points) }))),
    winner: await result.locator('[data-testid=team-type-winner]').getAttribute('data-team-type'),
    gap: await result.locator('[data-testid=skill-gap]').getAttribute('data-state'),
    flags: await result.locator('[data-testid=red-flag]').evaluateAll((els) => els.map((el) => el.dataset.flag)),
    checks: await result.locator('[data-testid=flag-check]').evaluateAll((els) => els.map((el) => el.dataset.flag)),
    advice: await result.locator('.advice').count(),
    whys: await result.locator('.advice > [data-testid=why]').count(),
  };
}

practitionerTest('a team that hands its models over: applied, pin-factory flag, too small a gap', () =>
  e2e.withApp(async ({ page }) => {
    const asked = await answerTrack(page, PIN_FACTORY_TEAM);
    assert.deepEqual([...asked].sort(), Object.keys(PIN_FACTORY_TEAM).sort(), 'every practitioner question was asked');
    const r = await readResult(page);
    assert.equal(r.track, 'practitioner');
    assert.deepEqual(r.scores.map((s) => s.type).sort(), [...TEAM_TYPES].sort(), 'one score per team type');
    assert.equal(r.winner, 'T-APPLIED');
    assert.equal(r.scores[0].type, 'T-APPLIED', 'the winner is listed first');
    assert.equal(r.gap, 'too-small');
    assert.deepEqual(r.flags, ['T-PIN-FACTORY']);
    assert.deepEqual(r.checks, ['T-OWNERSHIP'], 'the flag not raised is still there to check');
    assert.ok(r.advice > 20, `a full report (${r.advice} advice lines)`);
    assert.equal(r.whys, r.advice, 'every advice line has its why');

    // The flag names the answer that raised it, one click away.
    await openSections(page);
    const flag = page.locator('[data-testid=red-flag][data-flag=T-PIN-FACTORY]');
    await flag.locator('[data-testid=why] summary').first().click();
    const why = await flag.locator('[data-testid=why]').first().innerText();
    assert.match(why, /T-PIN-FACTORY/);
    assert.match(why, /hand the trained model to engineers/);
  }));

practitionerTest('an infra service with hardly any users: infra, ownership flag; reload keeps the result', () =>
  e2e.withApp(async ({ page }) => {
    await answerTrack(page, LONELY_PLATFORM);
    const r = await readResult(page);
    assert.equal(r.winner, 'T-INFRA');
    assert.equal(r.gap, 'workable');
    assert.deepEqual(r.flags, ['T-OWNERSHIP']);

    await page.waitForLoadState('networkidle');
    await page.reload();
    const again = await readResult(page);
    assert.deepEqual(again, r, 'the saved practitioner result comes back after a reload');

    // Starting afresh goes back to the choice of track, and the leader track still starts.
    await page.click('[data-testid=restart]');
    await waitForStart(page);
    await page.click('[data-testid=start-button]');
    await page.locator(Q).waitFor();
    assert.equal(await page.locator(Q).getAttribute('data-track'), 'leader');
  }));
