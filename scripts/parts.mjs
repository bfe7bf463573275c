#!/usr/bin/env node
// Puts the parts fetched after the first screen into the build, under hashed names, and names
// them on boot.js's tag in index.html. Runs in Trunk's post_build hook (Trunk.toml), on the
// staging folder, before scripts/precache.mjs lists its files:
//   - the full app, which Trunk builds as a "worker" (index.html) under fixed names:
//     ml-team-advisor.js and ml-team-advisor_bg.wasm become ml-team-advisor-HASH.js and
//     ml-team-advisor-HASH_bg.wasm (`data-full-js`, `data-full-wasm`);
//   - two text files per language, written by the pre_build hook (src/catalog.rs) into
//     target/text: what the first part shows (text-TAG-first.txt) and the rest
//     (text-TAG-later.txt), each renamed text-TAG-first-HASH.txt and so on
//     (`data-texts="TAG=FIRST,LATER …"`, the default language first).
// By hand:  node scripts/parts.mjs [DIR]   (DIR defaults to $TRUNK_STAGING_DIR)
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FULL = 'ml-team-advisor';
const TEXTS = resolve(fileURLToPath(new URL('..', import.meta.url)), 'target/text');
const DEFAULT_LOCALE = 'en';

const hashOf = (...buffers) => {
  const hash = createHash('sha256');
  for (const buffer of buffers) hash.update(buffer);
  return hash.digest('hex').slice(0, 16);
};

/** Renames the full app's two files in `dir` with one hash of both; returns their names. */
function full(dir) {
  const [js, wasm] = [`${FULL}.js`, `${FULL}_bg.wasm`].map((name) => join(dir, name));
  const hash = hashOf(readFileSync(js), readFileSync(wasm));
  const names = { js: `${FULL}-${hash}.js`, wasm: `${FULL}-${hash}_bg.wasm` };
  renameSync(js, join(dir, names.js));
  renameSync(wasm, join(dir, names.wasm));
  return names;
}

/** Copies each language's two text files into `dir` with a hash; returns [tag, [names]]. */
function texts(dir) {
  const tags = readdirSync(TEXTS)
    .map((name) => /^text-(.+)-first\.txt$/.exec(name)?.[1])
    .filter(Boolean)
    .sort((a, b) => (b === DEFAULT_LOCALE) - (a === DEFAULT_LOCALE) || a.localeCompare(b));
  if (!tags.includes(DEFAULT_LOCALE)) throw new Error(`${TEXTS} has no text-${DEFAULT_LOCALE}-first.txt`);
  return tags.map((tag) => [
    tag,
    ['first', 'later'].map((file) => {
      const from = join(TEXTS, `text-${tag}-${file}.txt`);
      const name = `text-${tag}-${file}-${hashOf(readFileSync(from))}.txt`;
      copyFileSync(from, join(dir, name));
      return name;
    }),
  ]);
}

export function parts(dir) {
  const html = join(dir, 'index.html');
  const source = readFileSync(html, 'utf8');
  const names = full(dir);
  const pairs = texts(dir);
  const base = process.env.TRUNK_PUBLIC_URL || './';
  const attributes =
    `data-full-js="${base}${names.js}" data-full-wasm="${base}${names.wasm}" ` +
    `data-texts="${pairs.map(([tag, names]) => `${tag}=${names.map((n) => base + n).join(',')}`).join(' ')}" data-wasm=`;
  const tagged = source.replace(/(<script[^>]*?)\bdata-wasm=/, `$1${attributes}`);
  if (tagged === source) throw new Error(`${html} has no script tag with data-wasm`);
  writeFileSync(html, tagged);
  return { ...names, texts: pairs };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('usage: node scripts/parts.mjs DIR (or run as a Trunk hook)');
  const done = parts(dir);
  console.log(`[parts] ${done.js}, ${done.wasm}, ${done.texts.flatMap(([, names]) => names).join(', ')}`);
}
