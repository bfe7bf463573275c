// Starts the app: loads the wasm-bindgen glue and the wasm module whose hashed names Trunk
// wrote on this script's own tag (Trunk.toml `pattern_script`). It is an external file so that
// index.html needs no inline script, which a strict Content-Security-Policy would block.
// First, the start screen in the visitor's language: index.html holds it in English in the
// root element and in Chinese in a template. The language is chosen as the app chooses it
// (src/text/locale.rs): the address's exact `lang`, else the remembered choice, else the first
// English or Chinese entry of the browser's languages, else English.
import { load } from './recover.js';

const LOCALES = ['en', 'zh-CN'];
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
    if (primary === 'en') return 'en';
    if (primary === 'zh') return 'zh-CN';
  }
  return 'en';
}
const locale = chosenLocale();
const translated = document.getElementById(`start-${locale}`);
if (translated) {
  document.getElementById('app')?.replaceChildren(translated.content.cloneNode(true));
  document.documentElement.lang = locale;
}

const tag = document.querySelector('script[data-wasm]');
const glue = new URL(tag.dataset.js, document.baseURI);
const wasm = new URL(tag.dataset.wasm, document.baseURI);
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
// A load that fails is tried once more (the glue under another address, since a failed module
// stays failed at its own); a second failure shows the recovery screen (recover.js).
await load(async (attempt) => {
  const { default: init } = await import(attempt ? `${glue.href}?retry` : glue.href);
  await init({ module_or_path: wasm.href });
});
