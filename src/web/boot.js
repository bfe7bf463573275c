// Starts the app: loads the wasm-bindgen glue and the wasm module whose hashed names Trunk
// wrote on this script's own tag (Trunk.toml `pattern_script`). It is an external file so that
// index.html needs no inline script, which a strict Content-Security-Policy would block.
const tag = document.querySelector('script[data-wasm]');
const glue = new URL(tag.dataset.js, document.baseURI);
const wasm = new URL(tag.dataset.wasm, document.baseURI);
// The app is fetched only once the static start screen in index.html has been painted, so that
// screen is the first (and largest) thing painted and the wasm never delays it. Hidden tabs and
// off-screen frames get no animation frames, so a short timeout starts the app there anyway.
await new Promise((painted) => {
  requestAnimationFrame(() => setTimeout(painted, 0));
  setTimeout(painted, 100);
});
const { default: init } = await import(glue.href);
await init({ module_or_path: wasm.href });
