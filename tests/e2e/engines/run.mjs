// Runs the scenarios of scenarios.mjs against the release build (dist/) in the named engines,
// one engine at a time, and prints per engine how many ran and which were skipped (and why).
// Exits non-zero if any scenario failed. WebKit needs a display: run under `xvfb-run -a`.
//
//   node tests/e2e/engines/run.mjs chromium
//   node tests/e2e/engines/run.mjs firefox
//   xvfb-run -a node tests/e2e/engines/run.mjs webkit
import { createServer } from 'node:http';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT } from '../harness.mjs';
import { CSP, createStaticServer, extraHeaders } from '../../../scripts/serve.mjs';
import { launch } from './drivers.mjs';
import { SCENARIOS } from './scenarios.mjs';

/**
 * The fixed list of scenarios an engine's automation cannot run, each with its reason. Every
 * entry is printed in the summary; a name that is not a scenario is an error.
 */
export const SKIPS = {
  chromium: {},
  firefox: {},
  webkit: {},
};

const REPORT_PATH = '/csp-report';

/**
 * Serves `root` on 127.0.0.1 (a free port, or `port`): the static server of scripts/serve.mjs,
 * plus, with `csp`, the strict policy with a report-uri whose reports are kept.
 */
async function startServer(root, { csp = false, port = 0, host = '127.0.0.1' } = {}) {
  const reports = [];
  const headers = csp
    ? { ...extraHeaders(), 'Content-Security-Policy': `${CSP}; report-uri ${REPORT_PATH}` }
    : extraHeaders();
  const files = await createStaticServer({ root, headers });
  const server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === REPORT_PATH) {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        reports.push(body);
        res.writeHead(204).end();
      });
      return;
    }
    files.emit('request', req, res);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const actual = server.address().port;
  return {
    port: actual,
    url: `http://${host}:${actual}/`,
    reports,
    stop: () => closeAll(server),
  };
}

/** Closes a server and every connection it holds (a browser keeps them alive). */
function closeAll(server) {
  return new Promise((ok) => {
    server.close(() => ok());
    server.closeAllConnections?.();
  });
}

/** A folder with a host page that embeds the app at `appUrl` with embed.js. */
function hostPage(appUrl) {
  const dir = mkdtempSync(join(tmpdir(), 'mta-engines-host-'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title>
<link rel="icon" href="data:,"></head><body><h1>Notes on hiring</h1>
<div id="w" data-ml-team-advisor data-track="leader"></div>
<script src="${appUrl}embed.js"></script></body></html>\n`,
  );
  return dir;
}

const SCENARIO_TIMEOUT_MS = 60000;
const TIMED_OUT = Symbol('timed out');

/** Resolves to `value` after `ms`, unless cancelled through the returned `cancel`. */
function timer(ms, value) {
  let id;
  const promise = new Promise((ok) => {
    id = setTimeout(() => ok(value), ms);
  });
  return { promise, cancel: () => clearTimeout(id) };
}

/**
 * Runs one scenario in fresh sessions, one at a time (WebKitGTK's driver allows no more): a
 * scenario's `freshSession()` replaces its session. Resolves to undefined when it passed, the
 * error when it failed, or TIMED_OUT.
 */
async function attempt(engine, scenario, env) {
  let current = null;
  const freshSession = async () => {
    await current?.close().catch(() => {});
    current = await engine.session();
    return current;
  };
  const limit = timer(SCENARIO_TIMEOUT_MS, TIMED_OUT);
  const run = (async () => scenario.run(await freshSession(), { ...env, freshSession }))().then(
    () => undefined,
    (err) => err ?? new Error('failed'),
  );
  const outcome = await Promise.race([run, limit.promise]);
  limit.cancel();
  const closing = timer(20000, undefined);
  await Promise.race([current?.close().catch(() => {}), closing.promise]);
  closing.cancel();
  return outcome;
}

const HUGO = process.env.HUGO_PATH || '/usr/bin/hugo';
const README_HOST = 'https://intranet.example/tools/ml-team/';

/**
 * Builds the blog of tests/e2e/blog/ with Hugo into `out`, for the app at `appUrl` and the
 * blog's own address `blogUrl`: a copy of the site with the app's placeholder address
 * replaced, as a blog's author would fill in theirs. Its plain-iframe post must hold the
 * README's snippet.
 */
function buildBlog(appUrl, blogUrl, out) {
  const site = join(ROOT, 'tests', 'e2e', 'blog');
  const snippet = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n').find((l) => l.startsWith('<iframe src="'));
  const post = readFileSync(join(site, 'content', 'posts', 'iframe.md'), 'utf8');
  if (!snippet || !post.includes(snippet)) throw new Error("the blog's iframe post does not hold the README's snippet");
  const source = mkdtempSync(join(tmpdir(), 'mta-blog-src-'));
  cpSync(site, source, { recursive: true });
  for (const file of ['hugo.toml', join('content', 'posts', 'iframe.md')]) {
    const path = join(source, file);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(README_HOST, appUrl));
  }
  mkdirSync(out, { recursive: true });
  const built = spawnSync(HUGO, ['--quiet', '--noBuildLock', '--source', source, '--destination', out, '--baseURL', blogUrl], {
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`hugo failed: ${built.error ?? ''}${built.stderr}${built.stdout}`);
}

async function main(engines) {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html not found: build the release first`);
  for (const engine of engines) {
    for (const name of Object.keys(SKIPS[engine] ?? {})) {
      if (!SCENARIOS.some((s) => s.name === name)) throw new Error(`SKIPS.${engine} names no scenario: ${name}`);
    }
  }
  const app = await startServer(DIST, { csp: true });
  let offline = await startServer(DIST);
  const offlinePort = offline.port;
  // The host page is on localhost, the app on 127.0.0.1: another origin and another site.
  const host = await startServer(hostPage(app.url));
  const env = {
    app: { url: app.url, cspReports: () => app.reports },
    offline: {
      url: offline.url,
      stop: () => offline.stop(),
      start: async () => {
        offline = await startServer(DIST, { port: offlinePort });
      },
    },
    host: { url: host.url.replace('127.0.0.1', 'localhost') },
  };
  // The blog is on localhost too, on a port of its own: another origin than the app.
  const blogDir = mkdtempSync(join(tmpdir(), 'mta-blog-'));
  const blog = await startServer(blogDir);
  env.blog = { url: blog.url.replace('127.0.0.1', 'localhost') };
  buildBlog(app.url, env.blog.url, blogDir);

  const summaries = [];
  let failed = 0;
  for (const name of engines) {
    const skips = SKIPS[name] ?? {};
    const engine = await launch(name);
    const counts = { ran: 0, passed: 0, failed: 0 };
    const started = Date.now();
    for (const scenario of SCENARIOS) {
      // While developing, ENGINES_ONLY=<part of a name> runs the matching scenarios only.
      if (process.env.ENGINES_ONLY && !scenario.name.includes(process.env.ENGINES_ONLY)) continue;
      if (skips[scenario.name]) {
        console.log(`[${name}] SKIP ${scenario.name}: ${skips[scenario.name]}`);
        continue;
      }
      counts.ran++;
      const t0 = Date.now();
      let outcome = await attempt(engine, scenario, env);
      if (outcome === TIMED_OUT) {
        // A driver that stops answering is the automation's fault, not the app's: once more.
        console.log(`[${name}] ${scenario.name}: no answer in ${SCENARIO_TIMEOUT_MS / 1000} s, trying once more`);
        outcome = await attempt(engine, scenario, env);
      }
      const took = `${((Date.now() - t0) / 1000).toFixed(1)} s`;
      if (outcome === undefined) {
        counts.passed++;
        console.log(`[${name}] ok   ${scenario.name} (${took})`);
      } else {
        counts.failed++;
        const why = outcome === TIMED_OUT ? `no answer in ${SCENARIO_TIMEOUT_MS / 1000} s, twice` : outcome?.stack || outcome;
        console.log(`[${name}] FAIL ${scenario.name} (${took}): ${why}`);
      }
    }
    await engine.close().catch(() => {});
    failed += counts.failed;
    const skipped = Object.entries(skips).map(([s, why]) => `${s} (${why})`);
    summaries.push(
      `[engines] ${name} ${engine.version}: ${counts.ran} of ${SCENARIOS.length} scenarios ran, ` +
        `${counts.passed} passed, ${counts.failed} failed, in ${Math.round((Date.now() - started) / 1000)} s; ` +
        `skipped: ${skipped.length ? skipped.join('; ') : 'none'}`,
    );
  }
  await Promise.all([app.stop(), offline.stop(), host.stop(), blog.stop()]);
  for (const line of summaries) console.log(line);
  return failed;
}

const engines = process.argv.slice(2);
if (engines.length === 0) {
  console.error('usage: node tests/e2e/engines/run.mjs firefox|webkit ...');
  process.exit(2);
}
main(engines).then(
  (failed) => process.exit(failed ? 1 : 0),
  (err) => {
    console.error(err?.stack || err);
    process.exit(1);
  },
);
