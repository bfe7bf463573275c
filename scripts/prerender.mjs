// Writes the static start screen into index.html: loads the release build in Chromium as a
// first-time English visitor, takes the markup the app renders in its root element, and puts
// it between the prerender markers inside that element, so the page paints the start screen before the wasm arrives. Rerun it
// (then rebuild) whenever the start screen changes; tests/e2e/prerender.test.mjs fails if the
// copy no longer matches what the app renders.
//   trunk build --release --offline && node scripts/prerender.mjs && trunk build --release --offline
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer, launchBrowser, ROOT } from '../tests/e2e/harness.mjs';
import { appMarkup } from '../tests/e2e/prerender-markup.mjs';

const server = await startServer();
const browser = await launchBrowser();
const page = await browser.newPage({ locale: 'en-GB' });
await page.goto(server.url);
await page.locator('[data-testid=start]').waitFor();
const markup = await appMarkup(page);
await browser.close();
await server.stop();

const file = join(ROOT, 'index.html');
const html = await readFile(file, 'utf8');
const START = '<!-- prerender:start -->';
const start = html.indexOf(START);
const end = html.indexOf('<!-- prerender:end -->');
if (start < 0 || end < 0) throw new Error('index.html has no prerender markers');
const updated = `${html.slice(0, start + START.length)}${markup}${html.slice(end)}`;
await writeFile(file, updated);
console.log(`[prerender] wrote ${markup.length} characters of start-screen markup into index.html`);
