# shellcheck shell=bash
# Source this file (`source scripts/env.sh`) to put the project's tools on PATH.
# Safe to source more than once; changes nothing but environment variables.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT

_mta_path_add() {
  case ":$PATH:" in
    *":$1:"*) ;;
    *) PATH="$1:$PATH" ;;
  esac
}

# cargo-installed tools (trunk, wasm-bindgen, wasm-bindgen-test-runner)
_mta_path_add "${CARGO_HOME:-$HOME/.cargo}/bin"
# npm-installed tools: wasm-opt from binaryen@132 (Trunk picks it from PATH by its version)
_mta_path_add "$ROOT/scripts/node_modules/.bin"
export PATH
unset -f _mta_path_add

# Browser tests: Debian's Chromium and its driver, never a downloaded browser.
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
