#!/usr/bin/env node
// Tiny dependency-free static file server for the release build in dist/.
//
//   node scripts/serve.mjs [PORT] [--root DIR] [--csp] [--no-cache]
//     PORT also from $PORT; default 8080; 0 = any free port
//     --csp       sends the strict Content-Security-Policy below with every response (as a host should)
//     --no-cache  sends `Cache-Control: no-cache` for every file, as some hosts do; by default the
//                 README's headers: files with a content hash in their name are cached for a year,
//                 the rest are revalidated
//
// Every file gets an ETag (a hash of its bytes), and a request that names it in If-None-Match
// is answered 304 Not Modified with no body.
// Binds 127.0.0.1 only. GET and HEAD; no directory listings; nothing outside the root is served.
// When it is listening it prints one line:  Serving ML Team Advisor at http://127.0.0.1:PORT/
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HOST = '127.0.0.1';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

// The policy the app runs under with no violation (README, "Hosting it"): only its own files,
// WebAssembly compiled from them, and data: images; no inline script or style attribute.
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'self'";

// Response headers added to every successful response. Access-Control-Allow-Origin lets a
// sandboxed iframe (whose origin is opaque, so every fetch of the app's own files is cross-origin)
// load the module scripts and the wasm; the files are public anyway.
export function extraHeaders({ csp = false } = {}) {
  return {
    'Access-Control-Allow-Origin': '*',
    ...(csp ? { 'Content-Security-Policy': CSP } : {}),
  };
}

// Trunk's hashed names (`filehash = true`): a 64-bit content hash in hex before the extension,
// e.g. main-6c1b65d24eadd60b.css, ml-team-advisor-57b80b43be022f7_bg.wasm. Its leading zeros
// are left out, so it has 16 digits or fewer (fewer than 13 once in 65,536 builds).
export const HASHED_NAME = /-[0-9a-f]{13,16}(_bg)?\.[a-z0-9]+$/;
export const CACHE_PROFILES = ['recommended', 'no-cache'];

/** The Cache-Control header for the file at `urlPath` under a profile (CACHE_PROFILES). */
export function cacheControl(urlPath, profile = 'recommended') {
  if (profile === 'recommended' && HASHED_NAME.test(urlPath)) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/** Does an If-None-Match header name `etag`? */
function matches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Resolves a request path to a file under `root`, or null (404). `root` must be a realpath. */
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  let file = resolve(root, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded));
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return null;
    // Symlinks must not lead outside the root either.
    const real = await realpath(file);
    if (!real.startsWith(root + sep)) return null;
    return { file: real, size: info.size };
  } catch {
    return null;
  }
}

// With `gzip`, text and wasm are sent gzipped (level 6, what common hosts use) to a browser that
// accepts it, as a static host would (the benchmark measures what a visitor is sent).
const GZIP_LEVEL = 6;
const COMPRESSIBLE = /^(text\/|application\/(wasm|json|manifest\+json)|image\/svg)/;

/**
 * Creates (does not start) an http.Server serving the files under `root`, with the caching of
 * `profile` (CACHE_PROFILES), gzipped when `gzip`.
 */
export async function createStaticServer({ root, headers = extraHeaders(), profile = 'recommended', gzip = false } = {}) {
  if (!CACHE_PROFILES.includes(profile)) throw new Error(`unknown cache profile: ${profile}`);
  const rootReal = await realpath(root);
  return createServer(async (req, res) => {
    const send = (status, body, extra = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    }
    const urlPath = (req.url || '/').split('?')[0].split('#')[0];
    const found = await resolveFile(rootReal, urlPath);
    if (!found) return send(404, 'Not Found\n');
    let body;
    try {
      body = await readFile(found.file);
    } catch {
      return send(404, 'Not Found\n');
    }
    const type = MIME_TYPES[extname(found.file).toLowerCase()] || 'application/octet-stream';
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    const common = {
      'Cache-Control': cacheControl(urlPath, profile),
      ETag: etag,
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    };
    if (matches(req.headers['if-none-match'], etag)) {
      res.writeHead(304, common);
      return res.end();
    }
    if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      body = gzipSync(body, { level: GZIP_LEVEL });
      common['Content-Encoding'] = 'gzip';
      common.Vary = 'Accept-Encoding';
    }
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, ...common });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

/**
 * Starts serving `root` on 127.0.0.1:`port` (0 = a free port), with the strict policy when
 * `csp` and the caching of `profile`. Resolves to { server, port, url }.
 */
export async function serve({ root, port = 8080, csp = false, profile = 'recommended' } = {}) {
  const headers = extraHeaders({ csp });
  const server = await createStaticServer({ root, headers, profile });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, HOST, ok);
  });
  const actual = server.address().port;
  return { server, port: actual, url: `http://${HOST}:${actual}/` };
}

function parseArgs(argv) {
  const scriptDir = fileURLToPath(new URL('.', import.meta.url));
  const opts = { root: resolve(scriptDir, '..', 'dist'), port: process.env.PORT ?? '8080', csp: false, profile: 'recommended' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--root') opts.root = resolve(argv[++i] ?? '');
    else if (argv[i] === '--csp') opts.csp = true;
    else if (argv[i] === '--no-cache') opts.profile = 'no-cache';
    else if (/^\d+$/.test(argv[i])) opts.port = argv[i];
    else throw new Error(`unknown argument: ${argv[i]} (usage: serve.mjs [PORT] [--root DIR] [--csp] [--no-cache])`);
  }
  opts.port = Number(opts.port);
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    throw new Error(`bad port: ${opts.port}`);
  }
  return opts;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    if (!existsSync(opts.root)) {
      throw new Error(`no ${opts.root}: build first (trunk build --release --offline)`);
    }
    if (!existsSync(join(opts.root, 'index.html'))) {
      console.error(`serve.mjs: warning: ${opts.root} has no index.html`);
    }
    const { server, url } = await serve(opts);
    console.log(`Serving ML Team Advisor at ${url}${opts.csp ? ' with the strict Content-Security-Policy' : ''}`);
    const stop = () => {
      server.close();
      server.closeAllConnections();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (err) {
    console.error(`serve.mjs: ${err.message}`);
    process.exit(1);
  }
}
