// Fails if the modules of src/ import each other in a circle, on any target: it reads the source
// files, so modules compiled only for the browser (ui, web) are seen too.
//
//   node scripts/cycles.mjs
//
// An edge A -> B is any `crate::…` or `super::…` path in A's file that names module B (or an
// item of B). A module may use what its ancestors define (a parent holds what its children
// share, and declares them), and a parent may use its own children; every other edge counts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

/** Every .rs file of the library, with its module path (`engine::glance`; `` for lib.rs). */
function modules() {
  const found = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.rs') && path !== join(SRC, 'main.rs')) {
        const parts = relative(SRC, path).replace(/\.rs$/, '').split('/');
        if (parts.at(-1) === 'mod' || parts.at(-1) === 'lib') parts.pop();
        found.set(parts.join('::'), readFileSync(path, 'utf8'));
      }
    }
  };
  walk(SRC);
  return found;
}

/** The source without comments and string literals, which may hold paths that are not code. */
function code(source) {
  return source
    .replace(/\/\/[^\n]*/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/r#*"[\s\S]*?"#*/g, '""')
    .replace(/"(?:\\.|[^"\\])*"/g, '""');
}

/** `use a::{b, c::{d, e}}` as the paths it names: a::b, a::c::d, a::c::e. */
function expand(tree) {
  const open = tree.indexOf('{');
  if (open < 0) return [tree.replace(/\s+as\s+\w+$/, '').trim()];
  const prefix = tree.slice(0, open);
  const inner = tree.slice(open + 1, tree.lastIndexOf('}'));
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '{') depth++;
    else if (inner[i] === '}') depth--;
    else if (inner[i] === ',' && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean).flatMap((p) => expand(prefix + p));
}

/** The absolute module-relative path segments a path names from module `here`. */
function absolute(path, here) {
  const segments = path.split('::').map((s) => s.trim()).filter(Boolean);
  let base = here ? here.split('::') : [];
  if (segments[0] === 'crate') return segments.slice(1);
  if (segments[0] === 'self') return [...base, ...segments.slice(1)];
  if (segments[0] !== 'super') return null;
  while (segments[0] === 'super') {
    segments.shift();
    base = base.slice(0, -1);
  }
  return [...base, ...segments];
}

const all = modules();
const isModule = (segments) => all.has(segments.join('::'));
const edges = new Map([...all.keys()].map((m) => [m, new Set()]));

for (const [here, source] of all) {
  const text = code(source);
  // A file's own `mod x;` children resolve `super::` from the file's module; mod.rs and lib.rs
  // are their folder's module, so the module path above is the right base.
  const paths = [];
  for (const m of text.matchAll(/\buse\s+([^;]+);/g)) paths.push(...expand(m[1].replace(/\s+/g, ' ')));
  for (const m of text.matchAll(/\b((?:crate|super)(?:::\w+)+)/g)) paths.push(m[1]);
  for (const path of paths) {
    const segments = absolute(path, here);
    if (!segments) continue;
    // The longest prefix that is a module is the module the path names.
    let target = null;
    for (let n = segments.length; n >= 0; n--) {
      if (isModule(segments.slice(0, n))) {
        target = segments.slice(0, n).join('::');
        break;
      }
    }
    if (target === null || target === here) continue;
    const ancestor = here === '' || target === '' || (here + '::').startsWith(target + '::') || target === '';
    const descendant = here === '' || (target + '::').startsWith(here + '::');
    if (ancestor || descendant) continue;
    edges.get(here).add(target);
  }
}

// Tarjan's strongly connected components: any with two or more modules is a circle.
let index = 0;
const stack = [];
const info = new Map();
const circles = [];
function connect(v) {
  info.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of edges.get(v)) {
    if (!info.has(w)) {
      connect(w);
      info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
    } else if (info.get(w).onStack) {
      info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
    }
  }
  if (info.get(v).low === info.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      info.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1) circles.push(component);
  }
}
for (const v of edges.keys()) if (!info.has(v)) connect(v);

const edgeCount = [...edges.values()].reduce((n, s) => n + s.size, 0);
if (circles.length) {
  for (const circle of circles) {
    console.log(`import circle: ${circle.map((m) => `crate::${m}`).join(' <-> ')}`);
    for (const m of circle) {
      const into = [...edges.get(m)].filter((t) => circle.includes(t));
      console.log(`  crate::${m} uses ${into.map((t) => `crate::${t}`).join(', ')}`);
    }
  }
  process.exit(1);
}
console.log(`no import circle among ${all.size} modules (${edgeCount} edges, browser-only modules included)`);
