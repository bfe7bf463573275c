#!/usr/bin/env node
// Writes the precache list and the build version into sw.js. Runs as Trunk's post_build hook
// (Trunk.toml), on the staging folder Trunk is about to move into dist/; by hand:
//
//   node scripts/precache.mjs [DIR]      (DIR defaults to $TRUNK_STAGING_DIR)
//
// The list is every file of the build except sw.js itself, relative to sw.js; the version is a
// hash of their names and contents, so any change to any file gives sw.js new bytes, which is
// what makes browsers install the new build. Running it again on a built folder (after changing
// a file) writes the list anew.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const WORKER = 'sw.js';
// `const BUILD = __BUILD__;` in the source, `const BUILD = {...};` once filled.
const BUILD_LINE = /^const BUILD = (__BUILD__|\{.*\});$/m;

/** Every file below `dir`, as sorted '/'-separated paths relative to it. */
function listFiles(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.')) return [];
      return entry.isDirectory() ? listFiles(path, root) : [relative(root, path).split(sep).join('/')];
    })
    .sort();
}

/** Fills sw.js in `dir`; returns { version, files }. */
export function precache(dir) {
  const worker = join(dir, WORKER);
  const source = readFileSync(worker, 'utf8');
  if (!BUILD_LINE.test(source)) throw new Error(`${worker} has no \`const BUILD = __BUILD__;\` line`);
  const files = listFiles(dir).filter((file) => file !== WORKER);
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(dir, file)));
    hash.update('\0');
  }
  const build = { version: hash.digest('hex').slice(0, 16), files };
  writeFileSync(worker, source.replace(BUILD_LINE, () => `const BUILD = ${JSON.stringify(build)};`));
  return build;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('precache.mjs: give the build folder, or run as a Trunk hook');
    process.exit(1);
  }
  const { version, files } = precache(dir);
  console.log(`precache.mjs: sw.js version ${version}, ${files.length} files`);
}
