// A first visit downloads every file once: the page's own requests and the service worker's
// precache, counted on the server side, under the README's headers (hashed files cached for a
// year, the rest revalidated) and under a host that sends `Cache-Control: no-cache` on everything.
// A 304 Not Modified sends no body, so it does not count as a download. Afterwards the app works
// offline in both languages.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { HOST, createStaticServer, extraHeaders } from '../../scripts/serve.mjs';
import { DIST, collectErrors, launchBrowser, waitForStart } from './harness.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/**
 * Serves dist/ with the strict policy and the caching of `profile`, and records every response:
 * [path, status]. Resolves to { url, log, stop() }.
 */
async function countingServer(profile) {
  const server = await createStaticServer({ root: DIST, headers: extraHeaders({ csp: true }), profile });
  const log = [];
  server.on('request', (req, res) => {
    // The folder and its index.html are one file: the page opens one, the worker may ask for the other.
    const path = (req.url || '/').split('?')[0].replace(/\/$/, '/index.html');
    res.on('finish', () => log.push([path, res.statusCode]));
  });
  await new Promise((ok) => server.listen(0, HOST, ok));
  return {
    url: `http://${HOST}:${server.address().port}/`,
    log,
    stop: () => new Promise((ok) => server.close(ok)),
  };
}

/** Paths the server sent a body for more than once, with how often. */
function downloadedTwice(log) {
  const bodies = new Map();
  for (const [path, status] of log) {
    if (status === 200) bodies.set(path, (bodies.get(path) || 0) + 1);
  }
  return Object.fromEntries([...bodies].filter(([, n]) => n > 1));
}

/** Waits until the server has had no request for `quiet` ms. */
async function settle(log, quiet = 1000) {
  for (let seen = -1; seen !== log.length; ) {
    seen = log.length;
    await new Promise((ok) => setTimeout(ok, quiet));
  }
}

const BUILD_FILES = readdirSync(DIST).filter((file) => file !== 'sw.js');

for (const profile of ['recommended', 'no-cache']) {
  test(`a first visit downloads each file once (${profile} headers), and then the app works offline in both languages`, async (t) => {
    const server = await countingServer(profile);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(server.url);
      await waitForStart(page);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await settle(server.log);

      const cached = await page.evaluate(async () => {
        const [name] = await caches.keys();
        return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname.slice(1));
      });
      assert.deepEqual(cached.sort(), [...BUILD_FILES].sort(), 'the worker holds every file of the build');
      t.diagnostic(`served: ${server.log.map(([path, status]) => `${path} ${status}`).join(', ')}`);
      assert.deepEqual(downloadedTwice(server.log), {}, `no body sent twice: ${JSON.stringify(server.log)}`);
      const bodies = server.log.filter(([, status]) => status === 200).length;
      assert.equal(bodies, BUILD_FILES.length + 1, 'the build and sw.js, each once');

      await context.setOffline(true);
      for (const [lang, heading] of [['zh-CN', '你是在组建机器学习团队'], ['en', 'Building an ML team']]) {
        await page.goto(`${server.url}?lang=${lang}`);
        await waitForStart(page);
        assert.match(await page.locator('h1').first().innerText(), new RegExp(heading));
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      await server.stop();
    }
  });
}
