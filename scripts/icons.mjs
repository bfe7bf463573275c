#!/usr/bin/env node
// Renders the app icon style/icon.svg into the PNG sizes the web app manifest lists
// (style/icon-192.png, style/icon-512.png), with Debian's Chromium: no network, no image tool.
// Run it after changing the SVG, and commit the PNGs:
//
//   node scripts/icons.mjs
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [192, 512];

const require = createRequire(join(ROOT, 'scripts', 'package.json'));
const { chromium } = require('playwright-core');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.goto(pathToFileURL(join(ROOT, 'style', 'icon.svg')).href);
    const out = join(ROOT, 'style', `icon-${size}.png`);
    await page.screenshot({ path: out, omitBackground: false });
    console.log(`icons.mjs: wrote ${out}`);
    await page.close();
  }
} finally {
  await browser.close();
}
