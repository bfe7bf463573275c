// A real web server: Debian's nginx runs scripts/hosting/nginx.conf (only its port, sub-path and
// folder replaced) and serves the release build from a sub-path with the README's headers: the
// strict CSP, the right MIME type for every kind of file, a year of caching for hashed names
// and no-cache for the rest. Chromium then runs the app from there with no error and no CSP
// violation, the service worker scoped to the sub-path.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSP } from '../../scripts/serve.mjs';
import { DIST, ROOT, collectErrors, completeQuiz, launchBrowser, waitForStart } from './harness.mjs';

const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
const SUB_PATH = '/blog/tools/advisor/';

/** A free port on 127.0.0.1, found by listening briefly. */
async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((ok) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/** Starts nginx in the foreground, as one process, on the shipped configuration. */
async function startNginx() {
  const dir = mkdtempSync(join(tmpdir(), 'mta-nginx-'));
  const port = await freePort();
  const shipped = readFileSync(join(ROOT, 'scripts', 'hosting', 'nginx.conf'), 'utf8');
  const site = shipped
    .replace('listen 8080;', `listen 127.0.0.1:${port};`)
    .replaceAll('/tools/ml-team', SUB_PATH.replace(/\/$/, ''))
    .replaceAll('/srv/ml-team-advisor/dist/', `${DIST}/`);
  assert.notEqual(site, shipped);
  writeFileSync(join(dir, 'site.conf'), site);
  writeFileSync(
    join(dir, 'nginx.conf'),
    `pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  const child = spawn(NGINX, ['-e', `${dir}/error.log`, '-p', dir, '-c', `${dir}/nginx.conf`, '-g', 'daemon off; master_process off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(`${base}/`);
      break;
    } catch {
      if (i === 100 || child.exitCode !== null) {
        const log = (() => { try { return readFileSync(`${dir}/error.log`, 'utf8'); } catch { return ''; } })();
        throw new Error(`nginx did not start:\n${output}\n${log}`);
      }
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  return {
    base,
    url: `${base}${SUB_PATH}`,
    stop: () =>
      new Promise((ok) => {
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          ok();
        });
        child.kill('SIGQUIT');
      }),
  };
}

let nginx;
let browser;
before(async () => {
  nginx = await startNginx();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await nginx?.stop();
});

const HASHED = /-[0-9a-f]{13,16}(_bg)?\.(js|wasm|css|svg|txt)$/;
const TYPES = {
  '.html': /^text\/html/,
  '.js': /^(application|text)\/javascript/,
  '.css': /^text\/css/,
  '.wasm': /^application\/wasm$/,
  '.webmanifest': /^application\/manifest\+json/,
  '.svg': /^image\/svg\+xml/,
  '.png': /^image\/png$/,
  '.txt': /^text\/plain/,
};

test('nginx serves every file of the build from a sub-path with the headers the README gives', async () => {
  const files = readdirSync(DIST);
  assert.ok(files.some((f) => f.endsWith('.wasm')) && files.includes('index.html'), 'a release build');
  for (const file of files) {
    const response = await fetch(`${nginx.url}${file}`);
    assert.equal(response.status, 200, file);
    const type = TYPES[file.slice(file.lastIndexOf('.'))];
    assert.ok(type, `a known kind of file: ${file}`);
    assert.match(response.headers.get('content-type'), type, file);
    assert.equal(response.headers.get('content-security-policy'), CSP, `${file}: the README's policy`);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', file);
    const cache = response.headers.get('cache-control');
    if (HASHED.test(file)) assert.equal(cache, 'public, max-age=31536000, immutable', file);
    else assert.equal(cache, 'no-cache', file);
    if (file.endsWith('.wasm')) assert.equal(response.headers.get('content-encoding'), 'gzip', 'the wasm goes gzipped');
    await response.arrayBuffer();
  }
  const folder = await fetch(nginx.url);
  assert.equal(folder.status, 200, 'the sub-path itself is the app');
  assert.match(await folder.text(), /<html/);
  const bare = await fetch(nginx.url.replace(/\/$/, ''), { redirect: 'manual' });
  assert.equal(bare.status, 301, 'without its slash the sub-path redirects');
});

test('the app runs from nginx under its policy: a whole quiz, the worker scoped to the sub-path, no violation', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective));
    });
    const errors = collectErrors(page);
    await page.goto(nginx.url);
    await waitForStart(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, nginx.url);
    await completeQuiz(page);
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
