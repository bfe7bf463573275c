// Measures what a visitor of the release build pays, counted on the server side: every file's
// size raw, gzip (level 6, what static hosts use by default) and brotli (level 11, as a host that
// precompresses would send it); the critical path (bytes sent until the first question can be
// answered); the whole first visit, the service worker's precache included, until the worker is
// active and the server has been quiet for a second; and a host page with the widget far below
// the fold (embed.js, a lazy iframe), before and after the visitor scrolls to it. Then Lighthouse
// 12 mobile scores and metrics (median of three runs, in Debian's Chromium), and the time from
// answering a question to the next one on screen with the CPU throttled 4x. Compares with
// SurveyJS (survey-core + survey-js-ui + CSS 2.5.38) measured the same way. Run through
// scripts/bench.sh, which builds first; prints a table and writes target/bench.json.
//
// The app is served by scripts/serve.mjs with the README's headers (hashed files cached for a
// year, the rest revalidated, ETags) and gzip, as a static host would.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve, dirname } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { HOST, createStaticServer } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const BENCH = join(ROOT, 'scripts', 'bench', 'node_modules');
const require = createRequire(join(BENCH, 'noop.js'));
const { chromium } = await import(join(ROOT, 'scripts', 'node_modules', 'playwright-core', 'index.mjs'));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const GZIP_LEVEL = 6; // what common static hosts and servers use by default

const gz = (bytes) => gzipSync(bytes, { level: GZIP_LEVEL }).length;
const br = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pause = (ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Serves `root` (scripts/serve.mjs, gzip on) on a free port and records what it sends:
 * log entries { path, status, bytes } (bytes as sent, gzipped or not; a 304 sends none).
 */
async function countingServer(root) {
  const server = await createStaticServer({ root, gzip: true });
  const log = [];
  server.on('request', (req, res) => {
    const path = (req.url || '/').split('?')[0];
    // The static server gives the body's length to writeHead (none for a 304).
    let bytes = 0;
    const writeHead = res.writeHead.bind(res);
    res.writeHead = (status, headers) => {
      bytes = Number(headers?.['Content-Length']) || 0;
      return writeHead(status, headers);
    };
    res.on('finish', () => log.push({ path, status: res.statusCode, bytes }));
  });
  await new Promise((ok) => server.listen(0, HOST, ok));
  return { server, log, url: `http://${HOST}:${server.address().port}/` };
}

const sent = (entries) => entries.reduce((sum, e) => sum + e.bytes, 0);

/** Waits until the log has had no new entry for `quiet` ms. */
async function settle(log, quiet = 1000) {
  for (let seen = -1; seen !== log.length; ) {
    seen = log.length;
    await pause(quiet);
  }
}

/** Every file of the build, raw, gzip and brotli. */
async function buildFiles() {
  const files = [];
  for (const name of (await readdir(DIST)).sort()) {
    const bytes = await readFile(join(DIST, name));
    files.push({ path: name, raw: bytes.length, gzip: gz(bytes), brotli: br(bytes) });
  }
  return files;
}

/**
 * First visits in fresh browser contexts: the critical path (what the page itself is served
 * until the first question is on screen, after pressing Start; the service worker, which
 * registers once the page is idle, is kept out of this one) and the whole visit (until the
 * worker is active and the server is quiet). Returns { critical, visit } as server log entries.
 */
async function firstVisit(app) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const visit = async (serviceWorkers) => {
      const context = await browser.newContext({ serviceWorkers });
      const page = await context.newPage();
      const from = app.log.length;
      await page.goto(app.url);
      await page.locator('[data-testid=start-button]').click();
      await page.locator('[data-testid=question]').waitFor();
      if (serviceWorkers === 'allow') await page.evaluate(() => navigator.serviceWorker.ready);
      await settle(app.log);
      await context.close();
      return app.log.slice(from);
    };
    const critical = await visit('block');
    return { critical, visit: await visit('allow') };
  } finally {
    await browser.close();
  }
}

/**
 * A blog post with the widget 6000 px down (embed.js, from the app's origin): what the app's
 * server sends while the visitor reads the top, and once they scroll to the widget and it starts.
 */
async function belowTheFold(app) {
  const dir = join(ROOT, 'target', 'bench-host');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A blog post</title><link rel="icon" href="data:,"></head>
<body><h1>Our notes on hiring</h1><div style="height: 6000px">A long post.</div>
<div id="w" data-ml-team-advisor></div><script src="${app.url}embed.js"></script></body></html>
`);
  const host = await countingServer(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const page = await browser.newPage();
    const from = app.log.length;
    await page.goto(host.url);
    await pause(2000);
    const unseen = app.log.slice(from);
    const frame = page.locator('#w iframe');
    await frame.scrollIntoViewIfNeeded();
    await (await frame.elementHandle()).contentFrame().then((f) => f.locator('[data-testid=start]').waitFor());
    await settle(app.log);
    return { host: sent(host.log), unseen, scrolled: app.log.slice(from) };
  } finally {
    await browser.close();
    host.server.close();
  }
}

/** Lighthouse mobile (its default), three runs; the median of each figure. */
async function lighthouseRuns(url, runs = 3) {
  process.env.CHROME_PATH = CHROMIUM;
  const { default: lighthouse } = await import(require.resolve('lighthouse'));
  const chromeLauncher = await import(require.resolve('chrome-launcher'));
  const results = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
    try {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      const a = lhr.audits;
      results.push({
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        fcp: a['first-contentful-paint'].numericValue,
        lcp: a['largest-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
        si: a['speed-index'].numericValue,
      });
    } finally {
      await chrome.kill();
    }
  }
  const pick = (k) => median(results.map((r) => r[k]));
  return { runs: results, median: Object.fromEntries(Object.keys(results[0]).map((k) => [k, pick(k)])) };
}

/**
 * Time from pressing Next to the next question, CPU throttled 4x: until the new question is in
 * the DOM (script and Leptos rendering, polled with zero-delay tasks so no frame wait counts),
 * and until the frame after that (when it can be painted; a frame is ~16.7 ms at 60 Hz, so this
 * figure includes waiting for the display).
 */
async function stepPass(browser, url) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  await page.click('[data-testid=start-button]');
  const dom = [];
  const painted = [];
  for (let i = 0; i < 40; i++) {
    const q = page.locator('[data-testid=question]');
    if (!(await q.count())) break;
    await q.locator('input[type=radio]').first().check();
    const [d, p] = await page.evaluate(() => new Promise((done) => {
      const before = document.querySelector('[data-testid=question]')?.dataset.questionId;
      const t0 = performance.now();
      document.querySelector('[data-testid=next]').click();
      const poll = () => {
        const now = document.querySelector('[data-testid=question]')?.dataset.questionId;
        if (now === before) return setTimeout(poll, 0);
        const t1 = performance.now();
        requestAnimationFrame(() => done([t1 - t0, performance.now() - t0]));
      };
      setTimeout(poll, 0);
    }));
    dom.push(d);
    painted.push(p);
  }
  await page.close();
  // The last step leads to the result page, a different (and much larger) render.
  return {
    steps: dom.length - 1,
    median: median(dom.slice(0, -1)),
    max: Math.max(...dom.slice(0, -1)),
    paintedMedian: median(painted.slice(0, -1)),
    result: dom.at(-1),
  };
}

/**
 * Three passes through the quiz, each in a fresh page, as Lighthouse runs three times: a shared
 * virtual machine's speed drifts by half from one minute to the next, so one pass says little.
 * Reports the pass whose median is the median of the three, with every pass's median.
 */
async function stepTimes(url) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const passes = [];
  for (let i = 0; i < 3; i++) passes.push(await stepPass(browser, url));
  await browser.close();
  const middle = [...passes].sort((a, b) => a.median - b.median)[1];
  return { ...middle, passes: passes.map((p) => p.median) };
}

/** The SurveyJS files a page needs to show a survey, compressed the same way. */
async function surveyjs() {
  const files = [
    ['survey-core', 'survey.core.min.js'],
    ['survey-js-ui', 'survey-js-ui.min.js'],
    ['survey-core', 'survey-core.min.css'],
  ];
  const out = [];
  for (const [pkg, name] of files) {
    const dir = join(BENCH, pkg);
    const bytes = await readFile(join(dir, name));
    out.push({ path: `${pkg}/${name}`, raw: bytes.length, gzip: gz(bytes), brotli: br(bytes) });
  }
  return out;
}

const files = await buildFiles();
const app = await countingServer(DIST);
const visit = await firstVisit(app);
const fold = await belowTheFold(app);
const lh = await lighthouseRuns(app.url);
const steps = await stepTimes(app.url);
app.server.close();
const survey = await surveyjs();
const surveyTotal = { gzip: survey.reduce((s, f) => s + f.gzip, 0), brotli: survey.reduce((s, f) => s + f.brotli, 0) };

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
/** One line per request: path, status, bytes sent. */
const requests = (entries) => entries.map((e) => `${e.path} ${e.status}${e.status === 200 ? ` ${kb(e.bytes)}` : ''}`).join(', ');
/** Paths whose body was sent more than once. */
const twice = (entries) => {
  const n = {};
  for (const e of entries) if (e.status === 200) n[e.path.replace(/\/$/, '/index.html')] = (n[e.path.replace(/\/$/, '/index.html')] || 0) + 1;
  return Object.entries(n).filter(([, c]) => c > 1).map(([p, c]) => `${p} ${c}x`);
};

console.log(`\nFiles of the build: raw, gzip level ${GZIP_LEVEL}, brotli level 11`);
for (const f of files) console.log(`  ${f.path.padEnd(44)} ${String(f.raw).padStart(8)} B ${kb(f.gzip).padStart(10)} gzip ${kb(f.brotli).padStart(10)} br`);
const sum = (k) => files.reduce((s, f) => s + f[k], 0);
console.log(`  ${'all'.padEnd(44)} ${String(sum('raw')).padStart(8)} B ${kb(sum('gzip')).padStart(10)} gzip ${kb(sum('brotli')).padStart(10)} br`);
console.log(`\nCritical path (served, gzip, until the first question is on screen): ${kb(sent(visit.critical))} in ${visit.critical.length} requests (budget 150 kB, goal 100 kB)`);
console.log(`  ${requests(visit.critical)}`);
console.log(`First visit (until the service worker is active and the server quiet): ${kb(sent(visit.visit))} in ${visit.visit.length} requests; ` +
  `bodies sent twice: ${twice(visit.visit).join(', ') || 'none'}`);
console.log(`  ${requests(visit.visit)}`);
console.log(`Host page, widget 6000 px below the fold: the app's server sends ${kb(sent(fold.unseen))} (${requests(fold.unseen)}) before the visitor scrolls, ` +
  `${kb(sent(fold.scrolled))} in all once the widget has started (the host's own page: ${kb(fold.host)})`);
console.log(`\nSurveyJS 2.5.38, the same way: ${survey.map((f) => `${f.path} ${kb(f.gzip)} gzip / ${kb(f.brotli)} br`).join(', ')}; ` +
  `total ${kb(surveyTotal.gzip)} gzip, ${kb(surveyTotal.brotli)} br`);
const m = lh.median;
console.log(`\nLighthouse 12 mobile, median of ${lh.runs.length}: performance ${m.performance} (runs: ${lh.runs.map((r) => r.performance).join(', ')}), accessibility ${m.accessibility}, ` +
  `FCP ${(m.fcp / 1000).toFixed(2)} s, LCP ${(m.lcp / 1000).toFixed(2)} s, TBT ${Math.round(m.tbt)} ms, CLS ${m.cls.toFixed(3)}, SI ${(m.si / 1000).toFixed(2)} s`);
console.log(`\nStep to step, CPU 4x slower, median of 3 passes (${steps.passes.map((m) => m.toFixed(1)).join(', ')} ms): next question in the DOM after median ${steps.median.toFixed(1)} ms (max ${steps.max.toFixed(1)} ms) over ${steps.steps} steps, ` +
  `painted in the frame after that at median ${steps.paintedMedian.toFixed(1)} ms; the last step, to the result page, ${steps.result.toFixed(1)} ms (budget 16 ms)`);

await mkdir(join(ROOT, 'target'), { recursive: true });
await writeFile(join(ROOT, 'target', 'bench.json'), JSON.stringify({ files, visit, fold, surveyjs: survey, surveyTotal, lighthouse: lh, steps }, null, 2));
