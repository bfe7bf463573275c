// End-to-end tests of the quiz, written against the UI's data-testid contract:
//
//   start screen   [data-testid=start] with a button [data-testid=start-button]
//   question step  [data-testid=question][data-question-id=…], options input[type=radio]
//                  (value = option id, each labelled), [data-testid=next], [data-testid=back],
//                  [data-testid=progress]
//   result         [data-testid=result] with [data-testid=verdict][data-state=go|not-yet],
//                  five [data-testid=archetype-score][data-id=…],
//                  [data-testid=archetype-winner][data-archetype=…],
//                  [data-testid=hiring] holding [data-testid=hire][data-role=…][data-tier=first|next|later]

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, waitForStart } from './harness.mjs';
import { ML_FIRST_STARTUP } from './personas.mjs';

const quizTest = (name, fn) => test(`[quiz UI] ${name}`, fn);

const ARCHETYPES = ['A-NASCENT', 'A-RND', 'A-EMBEDDED', 'A-DIVISION', 'A-FIRST'];
const ROLES = ['R-PM', 'R-OPS', 'R-DE', 'R-MLE', 'R-RES', 'R-DS'];
const TIERS = ['first', 'next', 'later'];
const MAX_STEPS = 40;

const NO_DATA = { ...ML_FIRST_STARTUP, 'gate.data': 'no' };

const Q = '[data-testid=question]';
const RESULT = '[data-testid=result]';

let e2e;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.stop());

async function startQuiz(page) {
  await waitForStart(page);
  await page.click('[data-testid=start-button]');
  await page.locator(Q).waitFor();
}

/** The current question id, or null if the result is showing. Waits for one of the two. */
async function currentStep(page) {
  await page.locator(`${Q}, ${RESULT}`).first().waitFor();
  if (await page.locator(RESULT).count()) return null;
  const id = await page.locator(Q).getAttribute('data-question-id');
  assert.ok(id, 'the question carries data-question-id');
  return id;
}

/** Waits until the question shown is no longer `previousId` (or the result shows). */
async function waitForStepChange(page, previousId) {
  await page.waitForFunction(
    ([q, r, prev]) => {
      if (document.querySelector(r)) return true;
      const el = document.querySelector(q);
      return el && el.getAttribute('data-question-id') !== prev;
    },
    [Q, RESULT, previousId],
  );
}

/** Checks the structure of one question step; returns the option ids offered. */
async function checkQuestionStep(page) {
  const question = page.locator(Q);
  await assert.doesNotReject(page.locator('[data-testid=progress]').waitFor(), 'progress is shown');
  await assert.doesNotReject(page.locator('[data-testid=next]').waitFor(), 'a next button is shown');
  await assert.doesNotReject(page.locator('[data-testid=back]').waitFor({ state: 'attached' }), 'a back button exists');
  const radios = question.locator('input[type=radio]');
  const options = await radios.evaluateAll((els) =>
    els.map((el) => ({
      value: el.value,
      label: [...(el.labels || [])].map((l) => l.textContent.trim()).join(' '),
    })),
  );
  assert.ok(options.length >= 2, `at least two options, got ${JSON.stringify(options)}`);
  for (const o of options) {
    assert.ok(o.value, 'each option has a value (its option id)');
    assert.ok(o.label, `option ${o.value} has a label`);
  }
  return options.map((o) => o.value);
}

/** A question not answered yet must not show any option as chosen. */
async function assertNothingChecked(page, questionId) {
  const checked = await page.locator(`${Q} input[type=radio]:checked`).evaluateAll((els) => els.map((el) => el.value));
  assert.deepEqual(checked, [], `unanswered question ${questionId} shows no option as chosen`);
}

/** Picks the persona's option (or the first one) for the current, not yet answered, question. */
async function answer(page, questionId, persona) {
  const offered = await checkQuestionStep(page);
  await assertNothingChecked(page, questionId);
  const want = persona[questionId] ?? offered[0];
  assert.ok(offered.includes(want), `question ${questionId} offers ${want} (offered: ${offered.join(', ')})`);
  await page.locator(`${Q} input[type=radio][value="${want}"]`).check();
  return want;
}

/** Answers the whole quiz for `persona`; returns the list of [questionId, optionId] answered. */
async function answerQuiz(page, persona) {
  await startQuiz(page);
  const answered = [];
  for (let step = 0; step < MAX_STEPS; step++) {
    const id = await currentStep(page);
    if (id === null) return answered;
    assert.ok(!answered.some(([q]) => q === id), `question ${id} is not asked twice`);
    answered.push([id, await answer(page, id, persona)]);
    await page.click('[data-testid=next]');
    await waitForStepChange(page, id);
  }
  assert.fail(`no result after ${MAX_STEPS} steps; answered: ${JSON.stringify(answered)}`);
}

async function readResult(page) {
  const result = page.locator(RESULT);
  await result.waitFor();
  const verdict = await result.locator('[data-testid=verdict]').getAttribute('data-state');
  const scores = await result
    .locator('[data-testid=archetype-score]')
    .evaluateAll((els) => els.map((el) => el.dataset.id));
  const winnerEl = result.locator('[data-testid=archetype-winner]');
  const winner = (await winnerEl.count()) ? await winnerEl.getAttribute('data-archetype') : null;
  const hires = await result
    .locator('[data-testid=hiring] [data-testid=hire]')
    .evaluateAll((els) => els.map((el) => ({ role: el.dataset.role, tier: el.dataset.tier })));
  return { verdict, scores, winner, hires };
}

quizTest('ML-first startup: verdict go, winner A-FIRST, a first hire', () =>
  e2e.withApp(async ({ page }) => {
    const answered = await answerQuiz(page, ML_FIRST_STARTUP);
    const seen = new Set(answered.map(([q]) => q));
    for (const q of Object.keys(ML_FIRST_STARTUP)) {
      assert.ok(seen.has(q), `question ${q} was asked (asked: ${[...seen].join(', ')})`);
    }
    const r = await readResult(page);
    assert.equal(r.verdict, 'go');
    assert.deepEqual([...r.scores].sort(), [...ARCHETYPES].sort(), 'one score per archetype');
    assert.equal(r.winner, 'A-FIRST');
    assert.ok(r.hires.length > 0, 'hiring recommendations are shown');
    for (const h of r.hires) {
      assert.ok(ROLES.includes(h.role), `known role: ${h.role}`);
      assert.ok(TIERS.includes(h.tier), `known tier: ${h.tier}`);
    }
    assert.ok(r.hires.some((h) => h.tier === 'first'), `a first hire: ${JSON.stringify(r.hires)}`);
  }));

quizTest('no data: verdict not-yet', () =>
  e2e.withApp(async ({ page }) => {
    const answered = await answerQuiz(page, NO_DATA);
    assert.deepEqual(
      answered.find(([q]) => q === 'gate.data'),
      ['gate.data', 'no'],
      'gate.data was asked and answered no',
    );
    const r = await readResult(page);
    assert.equal(r.verdict, 'not-yet');
  }));

quizTest('reload mid-quiz resumes on the same question with answers kept', () =>
  e2e.withApp(async ({ page }) => {
    await startQuiz(page);
    const answered = [];
    for (let i = 0; i < 2; i++) {
      const id = await currentStep(page);
      assert.ok(id, 'still in the questions');
      answered.push([id, await answer(page, id, ML_FIRST_STARTUP)]);
      await page.click('[data-testid=next]');
      await waitForStepChange(page, id);
    }
    const here = await currentStep(page);
    assert.ok(here, 'a third question is shown');
    const saved = await page.evaluate(() => localStorage.length);
    assert.ok(saved > 0, 'answers are saved in localStorage');

    await page.reload();
    await page.locator(Q).waitFor();
    assert.equal(await currentStep(page), here, 'resumes on the same question');

    // The answer given before the reload is still there one step back.
    const [prevId, prevAnswer] = answered[answered.length - 1];
    await page.click('[data-testid=back]');
    await waitForStepChange(page, here);
    assert.equal(await currentStep(page), prevId, 'back goes to the previous question');
    const checked = await page.locator(`${Q} input[type=radio]:checked`).getAttribute('value');
    assert.equal(checked, prevAnswer, 'the earlier answer is kept');
  }));

/** Presses Tab (bounded) until the focused element matches `selector`. */
async function tabTo(page, selector, max = 30) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

quizTest('keyboard only: Tab to the options, arrows/Space to choose, Enter to go on', () =>
  e2e.withApp(async ({ page }) => {
    await waitForStart(page);
    await tabTo(page, '[data-testid=start-button]');
    await page.keyboard.press('Enter');
    await page.locator(Q).waitFor();

    for (let step = 0; step < 2; step++) {
      const id = await currentStep(page);
      assert.ok(id, `step ${step + 1} is a question`);
      const values = await checkQuestionStep(page);
      await assertNothingChecked(page, id);

      await tabTo(page, `${Q} input[type=radio]`);
      const focused = await page.evaluate(() => document.activeElement.value);
      assert.equal(focused, values[0], 'Tab lands on the first option');
      await page.keyboard.press('Space');
      assert.equal(
        await page.locator(`${Q} input[type=radio]:checked`).getAttribute('value'),
        values[0],
        'Space chooses the focused option',
      );
      await page.keyboard.press('ArrowDown');
      assert.equal(
        await page.locator(`${Q} input[type=radio]:checked`).getAttribute('value'),
        values[1],
        'ArrowDown moves the choice to the next option',
      );

      await tabTo(page, '[data-testid=next]');
      await page.keyboard.press('Enter');
      await waitForStepChange(page, id);
    }
    assert.ok(await currentStep(page), 'a third step is shown after two keyboard-answered steps');
  }));
