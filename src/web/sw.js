// ML Team Advisor's service worker: serves the build from the cache, so that once loaded the
// app works offline, and installs a new build beside the old one until the page says to switch.
// Its precache downloads nothing the page already has (see `precache` below): a first visit
// sends each file once (tests/e2e/first-visit.test.mjs).
//
// BUILD is written at build time by scripts/precache.mjs (a Trunk post_build hook): the build's
// version, a hash of every file, and the list of files to precache, relative to this script.
// Left unfilled, this script fails to evaluate and registration fails: the app then runs online.
const BUILD = __BUILD__;

// Caches are shared by the whole origin, so each name carries the scope: two copies of the app
// under different paths of one host never delete each other's files.
const PREFIX = `ml-team-advisor ${self.registration.scope} `;
const CACHE = PREFIX + BUILD.version;
const FILES = new Set(BUILD.files.map((file) => new URL(file, self.location).href));
const INDEX = new URL('index.html', self.location).href;
const SCOPE = self.registration.scope;

// A file with a content hash in its name never changes, so any copy of it will do, the one in
// the browser's HTTP cache included. Any other file is asked for again (`no-cache`): the host
// answers 304 Not Modified when the copy the page just loaded is still current, and sends the
// new file when a new build replaced it. Either way no file the page already has is sent twice.
const HASHED = /-[0-9a-f]{13,16}(_bg)?\.[a-z0-9]+$/;

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

async function precache() {
  const cache = await caches.open(CACHE);
  // The page that registered this worker was opened at some address of index.html (the folder,
  // perhaps with options in the query): asking for that very address finds the page's copy.
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const opened = pages.map((page) => page.url).find((url) => cacheKey(url) === INDEX);
  await Promise.all(
    [...FILES].map(async (file) => {
      const source = file === INDEX && opened ? opened : file;
      const response = await fetch(new Request(source, { cache: HASHED.test(file) ? 'default' : 'no-cache' }));
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      await cache.put(file, response);
    }),
  );
}

/** The cache entry for a URL: the query string is ignored (`?embed=1&theme=dark` is the same index.html). */
function cacheKey(href) {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  return url.href === SCOPE ? INDEX : url.href;
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))),
      ),
  );
});

// The page asks the waiting version to take over once the visitor agrees to reload.
self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

// Cache first, for this build's files only; everything else goes to the network untouched.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const key = cacheKey(request.url);
  if (!FILES.has(key)) return;
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(key)).then((hit) => hit || fetch(request)),
  );
});
