// ML Team Advisor's service worker: serves the build from the cache, so that once loaded the
// app works offline, and installs a new build beside the old one until the page says to switch.
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

self.addEventListener('install', (event) => {
  // `reload` skips the HTTP cache, so a file with a fixed name (index.html) is this build's.
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll([...FILES].map((url) => new Request(url, { cache: 'reload' }))),
    ),
  );
});

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
// The query string is ignored (`?embed=1&theme=dark` is the same index.html).
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  const key = url.href === SCOPE ? INDEX : url.href;
  if (!FILES.has(key)) return;
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(key)).then((hit) => hit || fetch(request)),
  );
});
