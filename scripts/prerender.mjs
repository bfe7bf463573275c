// Writes the static start screen into index.html: loads the release build in Chromium as a
// first-time English visitor, takes the markup the app renders in its root element, and puts
// it between the prerender markers inside that element, so the page paints the start screen
// before the wasm arrives; then the same as a Chinese visitor, into the `start-zh-CN` template
// that src/web/boot.js puts in the root for a Chinese visitor. Rerun it
// (then rebuild) whenever the start screen changes; tests/e2e/prerender.test.mjs fails if the
// copy no longer matches what the app renders.
//   trunk build --release --offline && node scripts/prerender.mjs && trunk build --release --offline
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer, launchBrowser, ROOT } from '../tests/e2e/harness.mjs';
import { appMarkup } from '../tests/e2e/prerender-markup.mjs';

const server = await startServer();
const browser = await launchBrowser();
/** The start screen's markup as a first-time visitor whose browser prefers `locale` sees it. */
async function startScreen(locale) {
  const page = await browser.newPage({ locale });
  await page.goto(server.url);
  await page.locator('[data-testid=start]').waitFor();
  const markup = await appMarkup(page);
  await page.close();
  return markup;
}
const english = await startScreen('en-GB');
const chinese = await startScreen('zh-CN');
await browser.close();
await server.stop();

/** `html` with `markup` between the two markers named `name`. */
function between(html, name, markup) {
  const start = `<!-- ${name}:start -->`;
  const from = html.indexOf(start);
  const to = html.indexOf(`<!-- ${name}:end -->`);
  if (from < 0 || to < 0) throw new Error(`index.html has no ${name} markers`);
  return `${html.slice(0, from + start.length)}${markup}${html.slice(to)}`;
}

const file = join(ROOT, 'index.html');
const html = await readFile(file, 'utf8');
await writeFile(file, between(between(html, 'prerender', english), 'prerender:zh-CN', chinese));
console.log(`[prerender] wrote ${english.length} + ${chinese.length} characters of start-screen markup into index.html`);
