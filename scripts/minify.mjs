#!/usr/bin/env node
// Minifies the build's scripts with terser: the loader (boot.js), the wasm-bindgen glue of both
// parts, the recovery screen (recover.js) and embed.js, which host pages load. Trunk's own
// minifier leaves the glue whole (it gives up on its `export default`) and copies the plain JS
// files as they are. Runs first in Trunk's post_build hook (Trunk.toml), on the staging folder,
// so that scripts/parts.mjs hashes and scripts/precache.mjs lists the minified files; where
// index.html names a file with its integrity (Trunk's modulepreload of the first part's glue),
// the digest is written anew. sw.js stays as it is: scripts/precache.mjs fills it in, also on a
// built folder.
//   node scripts/minify.mjs [DIR]   (DIR defaults to $TRUNK_STAGING_DIR)
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

/** The scripts to minify: ES modules, and the classic scripts whose globals must keep their names. */
const MODULES = [/^boot\.js$/, /^recover\.js$/, /^first-[0-9a-f]+\.js$/, /^ml-team-advisor\.js$/];
const CLASSIC = [/^embed\.js$/];

const OPTIONS = { ecma: 2020, compress: { passes: 2 }, format: { comments: false } };

/** Minifies the scripts of `dir` in place; returns [name, bytes before, bytes after] for each. */
export async function minifyScripts(dir) {
  const html = join(dir, 'index.html');
  let page = readFileSync(html, 'utf8');
  const done = [];
  for (const name of readdirSync(dir).sort()) {
    const module = MODULES.some((pattern) => pattern.test(name));
    if (!module && !CLASSIC.some((pattern) => pattern.test(name))) continue;
    const path = join(dir, name);
    const source = readFileSync(path, 'utf8');
    const { code } = await minify(source, { ...OPTIONS, module });
    if (!code) throw new Error(`terser gave nothing for ${name}`);
    writeFileSync(path, code);
    page = withIntegrity(page, name, code);
    done.push([name, source.length, code.length]);
  }
  writeFileSync(html, page);
  return done;
}

/** The page with the integrity of every tag that names `name` (quoted or not) set to `code`'s. */
function withIntegrity(page, name, code) {
  const digest = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tag = new RegExp(`<[^>]*\\bhref="?[^" >]*\\b${escaped}"?[^>]*>`, 'g');
  return page.replace(tag, (found) => found.replace(/\bintegrity=("?)sha(256|384|512)-[A-Za-z0-9+/=]+\1/, `integrity=$1${digest}$1`));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('usage: node scripts/minify.mjs DIR (or run as a Trunk hook)');
  const done = await minifyScripts(dir);
  console.log(`[minify] ${done.map(([name, before, after]) => `${name} ${before} → ${after} B`).join(', ')}`);
}
