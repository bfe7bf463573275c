// Starts the app: loads the wasm-bindgen glue and the wasm module whose hashed names Trunk
// wrote on this script's own tag (Trunk.toml `pattern_script`). It is an external file so that
// index.html needs no inline script, which a strict Content-Security-Policy would block.
const tag = document.querySelector('script[data-wasm]');
const glue = new URL(tag.dataset.js, document.baseURI);
const wasm = new URL(tag.dataset.wasm, document.baseURI);
const { default: init } = await import(glue.href);
await init({ module_or_path: wasm.href });
