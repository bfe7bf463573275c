// Measures the release build: gzip bytes of everything the default page loads (as a static host
// serving gzip would send it), Lighthouse 12 mobile scores and metrics (median of three runs, in
// Debian's Chromium), and the time from answering a question to the next one on screen with the
// CPU throttled 4x. Compares the transfer with SurveyJS (survey-core + survey-js-ui + CSS 2.5.38)
// measured the same way. Run through scripts/bench.sh, which builds first; prints a table and
// writes target/bench.json.
import { createServer } from 'node:http';
import { readFile, readdir, mkdir, writeFile, stat } from 'node:fs/promises';
import { extname, join, resolve, normalize, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const BENCH = join(ROOT, 'scripts', 'bench', 'node_modules');
const require = createRequire(join(BENCH, 'noop.js'));
const { chromium } = await import(join(ROOT, 'scripts', 'node_modules', 'playwright-core', 'index.mjs'));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const GZIP_LEVEL = 6; // what common static hosts and servers use by default
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon' };

const gz = (bytes) => gzipSync(bytes, { level: GZIP_LEVEL }).length;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** A static server for dist/ that gzips what the browser accepts, like a static host. */
function serve() {
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(DIST, path));
      if (!file.startsWith(DIST)) { res.writeHead(403).end(); return; }
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache' };
      if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        headers['content-encoding'] = 'gzip';
        res.writeHead(200, headers).end(gzipSync(body, { level: GZIP_LEVEL }));
      } else {
        res.writeHead(200, headers).end(body);
      }
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** Every file the default page loads, with its raw and gzip size. */
async function firstLoad(url) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const page = await browser.newPage();
  const seen = new Set();
  page.on('request', (r) => seen.add(new URL(r.url()).pathname));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('[data-testid=start]').waitFor();
  await browser.close();
  const files = [];
  for (const path of [...seen].sort()) {
    const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const bytes = await readFile(file);
      files.push({ path, raw: bytes.length, gzip: gz(bytes) });
    } catch { /* a request the page made that dist does not hold: not part of the app */ }
  }
  return files;
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
async function stepTimes(url) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
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
  await browser.close();
  // The last step leads to the result page, a different (and much larger) render.
  const steps = dom.length - 1;
  return {
    steps,
    median: median(dom.slice(0, -1)),
    max: Math.max(...dom.slice(0, -1)),
    paintedMedian: median(painted.slice(0, -1)),
    result: dom.at(-1),
  };
}

/** The SurveyJS files a page needs to show a survey, gzipped the same way. */
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
    out.push({ path: `${pkg}/${name}`, raw: bytes.length, gzip: gz(bytes) });
  }
  return out;
}

const server = await serve();
const url = `http://127.0.0.1:${server.address().port}/`;
const files = await firstLoad(url);
const total = files.reduce((s, f) => s + f.gzip, 0);
const lh = await lighthouseRuns(url);
const steps = await stepTimes(url);
const survey = await surveyjs();
const surveyTotal = survey.reduce((s, f) => s + f.gzip, 0);
server.close();

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(`\nFirst load (gzip level ${GZIP_LEVEL}):`);
for (const f of files) console.log(`  ${f.path.padEnd(52)} ${String(f.raw).padStart(8)} B raw  ${kb(f.gzip).padStart(9)} gzip`);
console.log(`  ${'total'.padEnd(52)} ${' '.repeat(15)}${kb(total).padStart(9)} gzip  (budget 100 kB)`);
console.log(`\nSurveyJS 2.5.38, the same way: ${survey.map((f) => `${f.path} ${kb(f.gzip)}`).join(', ')}; total ${kb(surveyTotal)}`);
const m = lh.median;
console.log(`\nLighthouse 12 mobile, median of ${lh.runs.length}: performance ${m.performance}, accessibility ${m.accessibility}, ` +
  `FCP ${(m.fcp / 1000).toFixed(2)} s, LCP ${(m.lcp / 1000).toFixed(2)} s, TBT ${Math.round(m.tbt)} ms, CLS ${m.cls.toFixed(3)}, SI ${(m.si / 1000).toFixed(2)} s`);
console.log(`\nStep to step, CPU 4x slower: next question in the DOM after median ${steps.median.toFixed(1)} ms (max ${steps.max.toFixed(1)} ms) over ${steps.steps} steps, ` +
  `painted in the frame after that at median ${steps.paintedMedian.toFixed(1)} ms; the last step, to the result page, ${steps.result.toFixed(1)} ms (budget 16 ms)`);

await mkdir(join(ROOT, 'target'), { recursive: true });
await writeFile(join(ROOT, 'target', 'bench.json'), JSON.stringify({ files, total, surveyjs: survey, surveyTotal, lighthouse: lh, steps }, null, 2));
