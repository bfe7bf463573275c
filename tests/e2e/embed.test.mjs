// Embedding: a host page on another origin includes embed.js with one script tag and a
// placeholder; the iframe it creates grows and shrinks with the app's content (no scrollbar),
// host options arrive checked, and embed.js takes a height only from its own iframe.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectErrors, completeQuiz, openSections, startE2E, startHostServer, waitForStart } from './harness.mjs';

const APP_ORIGIN_PLACEHOLDER = '%APP%';
const HOST_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>A blog post</title><link rel="icon" href="data:,"></head>
<body>
  <h1>Our notes on hiring</h1>
  <p>Try the assessment below.</p>
  <div id="good" data-ml-team-advisor data-track="practitioner" data-lang="en" data-theme="dark"
       data-accent="#0a7" data-background="transparent"></div>
  <div id="bad" data-ml-team-advisor data-track="admin" data-lang="xx" data-theme="neon"
       data-accent="red;background:url(//evil.example)"></div>
  <p id="after">The rest of the post.</p>
  <script src="${APP_ORIGIN_PLACEHOLDER}embed.js"></script>
</body>
</html>
`;

let e2e;
let host;
before(async () => {
  e2e = await startE2E({ csp: true });
  // The host is served from localhost, the app from 127.0.0.1: different origins (and sites).
  const served = await startHostServer({ 'host.html': HOST_PAGE.replace(APP_ORIGIN_PLACEHOLDER, e2e.baseURL) });
  host = { ...served, url: served.url.replace('127.0.0.1', 'localhost') };
});
after(async () => {
  await host?.stop();
  await e2e?.stop();
});

/** Opens the host page; returns { page, errors, close, frame(id) }. */
async function openHost() {
  const context = await e2e.browser.newContext({ viewport: { width: 900, height: 700 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${host.url}host.html`);
  const frame = async (id) => {
    const element = page.locator(`#${id} iframe`);
    await element.waitFor();
    const handle = await element.elementHandle();
    return { element, content: await handle.contentFrame() };
  };
  return { page, errors, frame, close: () => context.close() };
}

/** The iframe's height on the host page and the app's content height inside it. */
async function heights({ element, content }) {
  const outer = await element.evaluate((el) => el.getBoundingClientRect().height);
  const inner = await content.evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    scrollable: document.documentElement.scrollHeight > document.documentElement.clientHeight,
  }));
  return { outer, ...inner };
}

/** Waits until the iframe is exactly as tall as its content, with nothing to scroll. */
async function settled(frame) {
  let last;
  for (let i = 0; i < 100; i++) {
    last = await heights(frame);
    if (Math.abs(last.outer - last.content) <= 1 && !last.scrollable) return last.outer;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  assert.fail(`the iframe never fitted its content: ${JSON.stringify(last)}`);
}

test('one script tag embeds the app from another origin, without page chrome, options checked', async () => {
  const { page, errors, frame, close } = await openHost();
  try {
    const good = await frame('good');
    const bad = await frame('bad');
    const goodSrc = new URL(await good.element.getAttribute('src'));
    assert.equal(goodSrc.origin + goodSrc.pathname, `${e2e.baseURL}index.html`, 'the iframe loads the app beside embed.js');
    assert.deepEqual(Object.fromEntries(goodSrc.searchParams), {
      embed: '1',
      track: 'practitioner',
      lang: 'en',
      theme: 'dark',
      accent: '#0a7',
      background: 'transparent',
    });
    const badSrc = new URL(await bad.element.getAttribute('src'));
    assert.deepEqual(Object.fromEntries(badSrc.searchParams), { embed: '1' }, 'values that do not fit are left out');

    await waitForStart(good.content);
    const tracks = (frame) => frame.locator('.track-card').evaluateAll((cards) => cards.map((c) => c.dataset.track));
    const root = await good.content.evaluate(() => ({
      classes: [...document.documentElement.classList].sort(),
      accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
      header: document.querySelectorAll('header, nav, .skip').length,
    }));
    assert.deepEqual(root, { classes: ['embed', 'theme-dark', 'transparent'], accent: '#00aa77', header: 0 });
    assert.deepEqual(await tracks(good.content), ['practitioner'], 'the host chose the track');
    await waitForStart(bad.content);
    assert.equal(await bad.content.evaluate(() => document.documentElement.className), 'embed');
    assert.deepEqual(await tracks(bad.content), ['leader', 'practitioner'], 'no valid track: both offered');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the iframe grows to the long result page and shrinks back on the start screen, with no scrollbar', async () => {
  const { errors, frame, close } = await openHost();
  try {
    const good = await frame('good');
    await waitForStart(good.content);
    const start = await settled(good);

    await completeQuiz(good.content);
    await openSections(good.content);
    const result = await settled(good);
    assert.ok(result > start + 500, `the result (${result}px) is much taller than the start (${start}px)`);

    await good.content.locator('[data-testid=restart]').click();
    await waitForStart(good.content);
    const again = await settled(good);
    assert.ok(again < result / 2, `back on the start screen the iframe shrank to ${again}px (from ${result}px)`);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('embed.js takes a height only from its own iframe, and only a well-formed one', async () => {
  const { page, errors, frame, close } = await openHost();
  try {
    const good = await frame('good');
    await waitForStart(good.content);
    const fitted = await settled(good);
    const outer = () => good.element.evaluate((el) => el.getBoundingClientRect().height);

    // The host page itself, and a frame embed.js did not create, send a perfect message.
    await page.evaluate(() => window.postMessage({ type: 'ml-team-advisor:height', height: 40 }, '*'));
    await page.evaluate(() => {
      const stranger = document.createElement('iframe');
      stranger.srcdoc = "<script>parent.postMessage({type:'ml-team-advisor:height',height:41},'*')<\/script>";
      document.body.append(stranger);
    });
    // The app's own iframe sends messages that are not a well-formed height.
    for (const data of [
      { type: 'ml-team-advisor:height', height: '42' },
      { type: 'ml-team-advisor:height', height: -1 },
      { type: 'ml-team-advisor:height', height: 1e9 },
      { type: 'something-else', height: 43 },
      44,
      null,
    ]) {
      await good.content.evaluate((d) => parent.postMessage(d, '*'), data);
    }
    await page.waitForTimeout(300);
    assert.equal(await outer(), fitted, 'no stray or malformed message moved the iframe');

    // The same message from the app's own iframe is obeyed, so the checks above could fail.
    await good.content.evaluate(() => parent.postMessage({ type: 'ml-team-advisor:height', height: 345 }, '*'));
    await page.waitForFunction(() => document.querySelector('#good iframe').getBoundingClientRect().height === 345);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
