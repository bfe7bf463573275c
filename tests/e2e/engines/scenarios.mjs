// The scenarios that matter most, written once for every engine (drivers.mjs): each is an async
// function of (session, env) that throws on failure. The page-side steps are plain DOM code
// (HELPERS below is in scope of every `run`), so they mean the same in Firefox and WebKit.
//
// env: { app: { url, cspReports() } (the release build under the strict CSP, which asks the
// browser to report any violation to the server), offline: { url, stop(), start() } (a server
// of its own that a scenario may stop), host: { url } (a page on another origin that embeds the
// app with embed.js), blog: { url } (the Hugo site of tests/e2e/blog/, on another origin),
// freshSession() (closes the session and opens a fresh browser state) }

/** Page-side helpers, prepended to every function run in the page. */
export const HELPERS = `
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
const $ = (selector) => document.querySelector(selector);
async function until(what, label, ms = 20000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = what();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out waiting for ' + label);
    await sleep(50);
  }
}
async function completeQuiz(startSelector) {
  (await until(() => $(startSelector), startSelector)).click();
  for (let step = 0; step < 40; step++) {
    const shown = await until(() => $('[data-testid=result]') || $('[data-testid=question]'), 'a question');
    if (shown.matches('[data-testid=result]')) return step;
    const id = shown.getAttribute('data-question-id');
    shown.querySelector('input[type=radio]').click();
    $('[data-testid=next]').click();
    await until(() => $('[data-testid=result]') || $('[data-testid=question]:not([data-question-id="' + id + '"])'), 'the next step');
  }
  throw new Error('no result after 40 steps');
}
`;

/** An async page function with the helpers in scope, as source text for session.run. */
const page = (body) => `async (arg) => { ${HELPERS}\n${body} }`;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

export const SCENARIOS = [
  {
    name: 'both tracks to a result',
    async run(s, env) {
      await s.goto(env.app.url);
      const leader = await s.run(page(`
        const steps = await completeQuiz('[data-testid=start-button]');
        return { steps, archetype: !!$('[data-testid=result]').textContent.trim() };`));
      check(leader.steps >= 10 && leader.archetype, `leader track: ${JSON.stringify(leader)}`);
      const practitioner = await s.run(page(`
        $('[data-testid=restart]').click();
        const steps = await completeQuiz('[data-testid=track-practitioner]');
        return { steps };`));
      check(practitioner.steps >= 5, `practitioner track: ${JSON.stringify(practitioner)}`);
    },
  },
  {
    name: 'share link round trip',
    async run(s, env) {
      await s.goto(env.app.url);
      const link = await s.run(page(`
        await completeQuiz('[data-testid=start-button]');
        const text = $('[data-testid=result]').innerText;
        // Whatever the engine's clipboard permits, the link is caught where the app puts it.
        let copied = null;
        try { navigator.clipboard.writeText = async (t) => { copied = t; }; } catch (e) {}
        $('[data-testid=share-link]').click();
        await until(() => copied || $('[data-testid=manual-link]')?.value, 'the share link');
        return { href: copied || $('[data-testid=manual-link]').value, text };`));
      check(/#a=/.test(link.href), `a share link: ${link.href}`);
      const fresh = await env.freshSession();
      await fresh.goto(link.href);
      const opened = await fresh.run(page(`
        const result = await until(() => $('[data-testid=result]'), 'the shared result');
        return { text: result.innerText };`));
      const heading = (text) => text.split('\n').find((line) => line.trim()) ?? '';
      check(heading(opened.text) !== '' && opened.text.includes(heading(link.text).slice(0, 20)),
        'the shared result is the same assessment');
    },
  },
  {
    name: 'a corrupt save kept aside',
    async run(s, env) {
      await s.goto(env.app.url);
      await s.run(page(`
        await until(() => $('[data-testid=start]'), 'the start');
        localStorage.setItem('ml-team-advisor.progress', '{"format":1,"rules":1,"progress":{"answers":');
        return true;`));
      await s.goto(env.app.url);
      const after = await s.run(page(`
        const notice = await until(() => $('[data-testid=notice]'), 'the notice');
        await until(() => $('[data-testid=start]'), 'the start');
        return { notice: notice.dataset.notice, aside: localStorage.getItem('ml-team-advisor.progress.unreadable') };`));
      check(after.aside === '{"format":1,"rules":1,"progress":{"answers":', `kept aside: ${after.aside}`);
      check(/unreadable/.test(after.notice), `the notice says so: ${after.notice}`);
    },
  },
  {
    name: 'offline reload after one visit',
    async run(s, env) {
      await s.goto(env.offline.url);
      const scope = await s.run(page(`
        await until(() => $('[data-testid=start]'), 'the start');
        const registration = await navigator.serviceWorker.ready;
        await until(() => navigator.serviceWorker.controller || registration.active?.state === 'activated', 'the worker');
        return registration.scope;`));
      check(scope === env.offline.url, `the worker's scope: ${scope}`);
      await env.offline.stop();
      try {
        await s.goto(env.offline.url);
        const steps = await s.run(page(`return completeQuiz('[data-testid=start-button]');`));
        check(steps >= 10, 'the whole quiz ran with the server gone');
      } finally {
        await env.offline.start();
      }
    },
  },
  {
    name: 'strict CSP with zero violations',
    async run(s, env) {
      const before = env.app.cspReports().length;
      await s.goto(`${env.app.url}?lang=zh-CN`);
      const seen = await s.run(page(`
        const violations = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
        await completeQuiz('[data-testid=start-button]');
        await sleep(300);
        const accent = getComputedStyle(document.documentElement).getPropertyValue('--accent').trim();
        return { violations, styled: accent !== '' };`));
      await new Promise((ok) => setTimeout(ok, 500)); // reports are posted asynchronously
      const reports = env.app.cspReports().slice(before);
      check(seen.styled, 'the style sheet applied');
      check(seen.violations.length === 0 && reports.length === 0,
        `violations: ${JSON.stringify(seen.violations)} reports: ${JSON.stringify(reports)}`);
      // The same watch sees a violation when there is one, so the zero above could fail.
      const caught = await s.run(page(`
        const violations = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
        const probe = document.createElement('script');
        probe.textContent = 'window.inlineRan = true';
        document.body.append(probe);
        await until(() => violations.length, 'the violation event');
        return { violations, ran: window.inlineRan === true };`));
      check(!caught.ran && caught.violations.length === 1, `an inline script is refused: ${JSON.stringify(caught)}`);
      for (let i = 0; i < 50 && env.app.cspReports().length === before; i++) await new Promise((ok) => setTimeout(ok, 100));
      check(env.app.cspReports().length > before, 'and reported to the server');
    },
  },
  {
    name: "the embed's auto-resize",
    run: (s, env) => autoResize(s, env.host.url),
  },
  {
    name: "an embed's storage is the host site's; its link carries the answers to the full app",
    async run(s, env) {
      await s.goto(env.host.url);
      const inside = await s.runIn('[data-ml-team-advisor] iframe', page(`
        await completeQuiz('[data-testid=start-button]');
        const link = await until(() => $('[data-testid=open-full]'), 'the link to the full app');
        let saved = false;
        try { saved = localStorage.getItem('ml-team-advisor.progress') !== null; } catch (e) {}
        return { href: link.href, target: link.target, saved, said: !!$('[data-testid=embed-storage]') };`));
      check(/#a=/.test(inside.href) && !/embed=/.test(inside.href) && inside.target === '_blank', `the link: ${JSON.stringify(inside)}`);
      check(inside.saved === inside.said, `the note speaks of storage exactly where the embed saves: ${JSON.stringify(inside)}`);
      // The app on its own page, in the same browser: a finished quiz in its storage would open
      // on the result; partitioned (or refused) storage leaves it on the start screen.
      await s.goto(env.app.url);
      const own = await s.run(page(`
        const shown = await until(() => $('[data-testid=start]') || $('[data-testid=result]'), 'a screen');
        return shown.dataset.testid;`));
      check(own === 'start', "the app on its own page does not see the embed's answers");
      await s.goto(inside.href);
      await s.run(page(`await until(() => $('[data-testid=result]'), 'the shared result'); return true;`));
    },
  },
  {
    name: 'a Hugo blog post embeds it with a shortcode: loads, resizes, completes a quiz',
    run: (s, env) => autoResize(s, `${env.blog.url}posts/shortcode/`),
  },
  {
    name: "a Hugo blog post embeds it with the README's plain iframe: loads, completes a quiz",
    async run(s, env) {
      await s.goto(`${env.blog.url}posts/iframe/`);
      const steps = await s.runIn('iframe', page(`return completeQuiz('[data-testid=start-button]');`));
      check(steps >= 10, 'the whole quiz ran in the plain iframe');
      const height = await s.run(page(`return document.querySelector('iframe').clientHeight;`));
      check(height === 720, `the iframe kept its fixed height: ${height}`);
    },
  },
  {
    name: 'the Chinese locale',
    async run(s, env) {
      await s.goto(`${env.app.url}?lang=zh-CN`);
      const shown = await s.run(page(`
        const start = await until(() => $('[data-testid=start]'), 'the start');
        return { lang: document.documentElement.lang, heading: start.querySelector('h1').textContent, title: document.title };`));
      check(shown.lang === 'zh-CN', `lang ${shown.lang}`);
      check(/[\u4e00-\u9fff]/.test(shown.heading) && /[\u4e00-\u9fff]/.test(shown.title), `Chinese: ${JSON.stringify(shown)}`);
    },
  },
];

/**
 * On a host page at `url` with one embedded app (`[data-ml-team-advisor] iframe`): the iframe
 * fits its content at the start, and again, much taller, on the result of a whole quiz.
 */
async function autoResize(s, url) {
  const frame = '[data-ml-team-advisor] iframe';
  await s.goto(url);
  await s.runIn(frame, page(`await until(() => $('[data-testid=start]'), 'the start'); return true;`));
  const fitted = async (label) => {
    for (let i = 0; i < 100; i++) {
      const outer = await s.run(page(`return document.querySelector('${frame}').getBoundingClientRect().height;`));
      const inner = await s.runIn(frame, page(`return Math.ceil(document.documentElement.getBoundingClientRect().height);`));
      if (Math.abs(outer - inner) <= 1) return outer;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    throw new Error(`the iframe never fitted its content (${label})`);
  };
  const start = await fitted('start');
  await s.runIn(frame, page(`return completeQuiz('[data-testid=start-button]');`));
  const result = await fitted('result');
  check(result > start + 500, `grew from ${start}px to ${result}px`);
}
