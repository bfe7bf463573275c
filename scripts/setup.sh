#!/usr/bin/env bash
# Installs every tool the build and the tests need, skipping what is already there at the
# right version. Idempotent. Reaches only the package registries (crates.io, npm, Debian).
#
#   bash scripts/setup.sh        # install / check
#   source scripts/env.sh        # then put the tools on PATH in your shell
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/env.sh
source "$HERE/env.sh"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
WASM_TARGET="wasm32-unknown-unknown"

say()  { printf '[setup] %s\n' "$*"; }
die()  { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif have sudo; then sudo "$@"
  else die "need root (or sudo) for: $*"
  fi
}

APT_UPDATED=0
apt_install() {
  have apt-get || die "apt-get not found: install $* by hand"
  if [ "$APT_UPDATED" -eq 0 ]; then
    say "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  say "apt-get install $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# --- Rust toolchain and the wasm target ------------------------------------------------------
have cargo || die "cargo not found: this project needs a Rust toolchain (rustup) on the machine"
if have rustup; then
  if rustup target list --installed | grep -qx "$WASM_TARGET"; then
    say "rust target $WASM_TARGET: present"
  else
    say "rust target $WASM_TARGET: installing"
    rustup target add "$WASM_TARGET"
  fi
else
  rustc --print target-libdir --target "$WASM_TARGET" >/dev/null 2>&1 \
    || die "rustup not found and the $WASM_TARGET target is missing"
fi

# --- Trunk -----------------------------------------------------------------------------------
if have trunk && trunk --version 2>/dev/null | grep -qw "$TRUNK_VERSION"; then
  say "trunk $TRUNK_VERSION: present"
else
  say "trunk $TRUNK_VERSION: installing with cargo (takes 10-20 min on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --quiet
  trunk --version | grep -qw "$TRUNK_VERSION" || die "trunk $TRUNK_VERSION did not install"
fi

# --- wasm-bindgen CLI, exactly the version in Cargo.lock --------------------------------------
WBG_VERSION="$(awk '
  $0 == "[[package]]" { name = "" }
  $1 == "name" && $3 == "\"wasm-bindgen\"" { name = "wasm-bindgen" }
  $1 == "version" && name == "wasm-bindgen" { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock)"
[ -n "$WBG_VERSION" ] || die "could not read the wasm-bindgen version from Cargo.lock"
wbg_ok() {
  have wasm-bindgen && have wasm-bindgen-test-runner \
    && [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" = "$WBG_VERSION" ] \
    && [ "$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}')" = "$WBG_VERSION" ]
}
if wbg_ok; then
  say "wasm-bindgen-cli $WBG_VERSION: present"
else
  # No --locked: for 0.2.130 a locked dependency is missing from the registry.
  say "wasm-bindgen-cli $WBG_VERSION: installing with cargo (takes ~7 min)"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force --quiet
  wbg_ok || die "wasm-bindgen-cli $WBG_VERSION did not install"
fi
if ! grep -q "wasm_bindgen = \"$WBG_VERSION\"" Trunk.toml; then
  die "Trunk.toml [tools] wasm_bindgen must be \"$WBG_VERSION\" (the version in Cargo.lock)"
fi

# --- Node tools: wasm-opt (binaryen@132) and playwright-core ---------------------------------
if ! have node || ! have npm; then
  apt_install nodejs npm
fi
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" -ge 20 ] || die "Node $(node --version) is too old: need Node 20 or newer"

STAMP="scripts/node_modules/.setup-stamp"
LOCK_SUM="$(sha256sum scripts/package-lock.json scripts/package.json | sha256sum | cut -c1-16)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$LOCK_SUM" ] \
   && [ -x scripts/node_modules/.bin/wasm-opt ] && [ -d scripts/node_modules/playwright-core ]; then
  say "npm packages (scripts/node_modules): present"
else
  say "npm packages: npm ci in scripts/"
  (cd scripts && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  echo "$LOCK_SUM" > "$STAMP"
fi
wasm-opt --version 2>/dev/null | grep -q "version_132" \
  || die "wasm-opt on PATH is not binaryen version_132: $(command -v wasm-opt) $(wasm-opt --version 2>&1 || true)"

# --- Chromium and its driver (Debian), for the browser tests ----------------------------------
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "chromium + chromedriver: present"
else
  apt_install chromium chromium-driver
fi

# --- fuzzing: the nightly toolchain and cargo-fuzz (fuzz/ is its own crate) ---------------------
if have rustup && ! rustup toolchain list | grep -q '^nightly'; then
  say "rust nightly toolchain: installing (for cargo fuzz)"
  rustup toolchain install nightly --profile minimal
fi
if have cargo-fuzz; then
  say "cargo-fuzz: present"
else
  say "cargo-fuzz: installing with cargo (takes ~3 min)"
  cargo install cargo-fuzz --locked --quiet
fi

# --- crates for offline builds -----------------------------------------------------------------
# `trunk build --offline` passes --offline to cargo, so the registry cache must be filled first.
say "cargo fetch"
cargo fetch --quiet

say "done. PATH additions (or: source scripts/env.sh):"
say "  ${CARGO_HOME:-$HOME/.cargo}/bin"
say "  $ROOT/scripts/node_modules/.bin"
