// Starts the app: loads the wasm-bindgen glue and the wasm module whose hashed names Trunk
// wrote on this script's own tag (Trunk.toml `pattern_script`). It is an external file so that
// index.html needs no inline script, which a strict Content-Security-Policy would block.
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
const { default: init } = await import(glue.href);
await init({ module_or_path: wasm.href });
