// Starts the app: loads the wasm-bindgen glue and the wasm module of the app's first part
// (the start screen and the quiz), whose hashed names Trunk wrote on this script's own tag
// (Trunk.toml `pattern_script`), with the catalog file of the visitor's language only. It is
// an external file so that index.html needs no inline script, which a strict
// Content-Security-Policy would block. The full app (every other screen) and the other
// language are fetched when the visitor asks for them; scripts/parts.mjs wrote their hashed
// names on the tag too (`data-full-js`, `data-full-wasm`, `data-texts`).
const tag = document.querySelector('script[data-wasm]');
// A second attempt names the file afresh: browsers remember a module that failed to load.
const at = (name, attempt = 0) => {
  const url = new URL(name, document.baseURI);
  if (attempt) url.searchParams.set('retry', attempt);
  return url.href;
};
// `data-texts="en=FIRST,LATER zh-CN=FIRST,LATER"`: the app's locales (written from the app's
// own list at build time), the default first, each with its two catalog files: what the first
// part shows, and the rest, which only the full app needs (src/text/data.rs).
const TEXTS = new Map(
  (tag.dataset.texts || '')
    .split(' ')
    .filter(Boolean)
    .map((pair) => pair.split('=', 2))
    .map(([locale, files]) => [locale, files.split(',')]),
);
const LOCALES = [...TEXTS.keys()];

// First, the start screen in the visitor's language: index.html holds it in English in the
// root element and in Chinese in a template. This is the one place the language is chosen: the
// address's exact `lang` (what a link or an embedding page passes), else the choice the visitor
// last switched to, else the first of the browser's languages the app speaks (by its primary
// subtag), else the default. The app starts in the language on `<html lang>`, set here
// (src/web/locale.rs), and keeps it there when the visitor switches.
function chosenLocale() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (LOCALES.includes(asked)) return asked;
  try {
    const kept = localStorage.getItem('ml-team-advisor.locale');
    if (LOCALES.includes(kept)) return kept;
  } catch {
    // Storage refused: no remembered choice.
  }
  for (const language of navigator.languages || []) {
    const primary = language.split(/[-_]/)[0].toLowerCase();
    const spoken = LOCALES.find((tag) => tag.split('-')[0].toLowerCase() === primary);
    if (spoken) return spoken;
  }
  return LOCALES[0] || 'en';
}
const locale = chosenLocale();
document.documentElement.lang = locale;
const translated = document.getElementById(`start-${locale}`);
if (translated) {
  document.getElementById('app')?.replaceChildren(translated.content.cloneNode(true));
}

// A part that fails to load is tried once more; then the recovery screen takes over. It is
// fetched only then (recover.js: not on the first load's critical path, and the service worker
// keeps it for offline use); if even it cannot be loaded, a plain message in the visitor's
// language goes above the app's root element. The panic hook (src/web/recover.rs) comes in
// through `window.mlTeamAdvisorRecover`.
let recovering = false;
async function recovery(reason) {
  recovering = true;
  try {
    const { recover } = await import('./recover.js');
    recover(reason);
  } catch {
    const message = document.getElementById('load-failed')?.content;
    const line = message?.querySelector(`[lang="${locale}"]`) || message?.firstElementChild;
    if (line && !document.querySelector('[data-testid=load-failed]')) {
      document.getElementById('app')?.before(line.cloneNode(true));
    }
  }
}
window.mlTeamAdvisorRecover = recovery;
async function twice(reason, attempt) {
  try {
    return await attempt(0);
  } catch (first) {
    // A panic while starting has already shown the recovery screen: no second start.
    if (recovering) throw first;
    try {
      return await attempt(1);
    } catch (error) {
      console.error(`ML Team Advisor could not be loaded (${reason}):`, error);
      if (!recovering) recovery('load');
      throw error;
    }
  }
}
async function fetched(name, attempt, read) {
  const response = await fetch(at(name, attempt));
  if (!response.ok) throw new Error(`${response.status} ${response.url}`);
  return read(response);
}

// The texts fetched so far, by locale, for the first part and the full app to read; and how
// the app fetches a locale's (src/web/text.rs): its first file, and its other one too once the
// full app is wanted.
window.mlTeamAdvisorText = {};
const textFiles = new Map();
const textFile = (name) => {
  if (!textFiles.has(name)) {
    const text = twice(`texts ${name}`, (n) => fetched(name, n, (r) => r.text()));
    textFiles.set(name, text.catch((error) => { textFiles.delete(name); throw error; }));
  }
  return textFiles.get(name);
};
let fullWanted = false;
window.mlTeamAdvisorFetchText = async (wanted) => {
  const files = TEXTS.get(wanted);
  if (!files) throw new Error(`no texts for ${wanted}`);
  const text = (await Promise.all((fullWanted ? files : files.slice(0, 1)).map(textFile))).join('');
  window.mlTeamAdvisorText[wanted] = text;
  return text;
};

// The full app, fetched once when the first part asks for it (src/web/parts.rs): the visitor
// left the quiz, or opened a screen only the full app has. It takes over the root element from
// the first part and picks up the answers saved in this browser; `mlTeamAdvisorHanded` tells it
// which screen was asked for.
let full;
window.mlTeamAdvisorFull = (screen) => {
  window.mlTeamAdvisorHanded = screen;
  fullWanted = true;
  full ??= (async () => {
    const [{ default: start }, module] = await Promise.all([
      ...Object.keys(window.mlTeamAdvisorText).map(window.mlTeamAdvisorFetchText),
      twice('full app', (n) => import(at(tag.dataset.fullJs, n))),
      twice('full app', (n) => fetched(tag.dataset.fullWasm, n, (r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b))),
    ]).then((loaded) => loaded.slice(-2));
    // Once the recovery screen is up (the first part panicked meanwhile), it stays.
    if (recovering) return;
    await start({ module_or_path: module });
  })();
  return full;
};

// The app is fetched only once the static start screen in index.html has been painted (the
// browser's first contentful paint), so that screen is the first and largest thing painted and
// the wasm never delays it. Hidden tabs and off-screen frames may never paint, so after a second
// the app starts there anyway.
await new Promise((painted) => {
  const contentful = (entries) => entries.some((e) => e.name === 'first-contentful-paint');
  if (contentful(performance.getEntriesByType('paint'))) return painted();
  new PerformanceObserver((list, observer) => {
    if (contentful(list.getEntries())) {
      observer.disconnect();
      painted();
    }
  }).observe({ type: 'paint', buffered: true });
  setTimeout(painted, document.visibilityState === 'hidden' ? 0 : 1000);
});
const [{ default: init }] = await Promise.all([
  twice('app', (n) => import(at(tag.dataset.js, n))),
  window.mlTeamAdvisorFetchText(locale),
]);
await twice('app', () => init({ module_or_path: at(tag.dataset.wasm) }));
