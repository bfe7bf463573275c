#!/usr/bin/env bash
# Installs the tools of one purpose, skipping what is already there at the right version.
# Idempotent. Reaches only the package registries (crates.io, npm, Debian).
#
#   bash scripts/setup.sh build   # what building and serving need: the wasm target, Trunk,
#                                 # the wasm-bindgen CLI, wasm-opt (npm binaryen@132)
#   bash scripts/setup.sh test    # (the default) all of build, plus what the tests need: the
#                                 # npm test libraries, Chromium and its driver, Firefox ESR,
#                                 # WebKitGTK's driver and Xvfb, nginx, Hugo, nightly and cargo-fuzz
#   source scripts/env.sh         # then put the tools on PATH in your shell
set -euo pipefail

PURPOSE="${1:-test}"
case "$PURPOSE" in
  build | test) ;;
  *) printf '[setup] usage: bash scripts/setup.sh [build|test]\n' >&2; exit 2 ;;
esac

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
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 update -qq
    APT_UPDATED=1
  fi
  say "apt-get install $*"
  # RUNLEVEL=1 keeps invoke-rc.d from starting a package's service (nginx) on install: the
  # tests start their own server on a free port.
  as_root env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get -o DPkg::Lock::Timeout=900 \
    install -y -qq --no-install-recommends "$@" >/dev/null
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

# --- Node tools: wasm-opt (binaryen@132); for the tests playwright-core, puppeteer-core, selenium-webdriver, axe-core
if ! have node || ! have npm; then
  apt_install nodejs npm
fi
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" -ge 20 ] || die "Node $(node --version) is too old: need Node 20 or newer"

# binaryen is the one npm dependency of the build; the test libraries are devDependencies, so
# `setup.sh build` installs with --omit=dev. The stamp records the lock files and the purpose.
STAMP="scripts/node_modules/.setup-stamp"
LOCK_SUM="$(sha256sum scripts/package-lock.json scripts/package.json | sha256sum | cut -c1-16)"
npm_ok() {
  [ -f "$STAMP" ] && [ -x scripts/node_modules/.bin/wasm-opt ] || return 1
  case "$(cat "$STAMP")" in
    "$LOCK_SUM test") return 0 ;;
    "$LOCK_SUM build") [ "$PURPOSE" = build ] ;;
    *) return 1 ;;
  esac
}
if npm_ok; then
  say "npm packages for $PURPOSE (scripts/node_modules): present"
else
  say "npm packages for $PURPOSE: npm ci in scripts/"
  NPM_OMIT=()
  [ "$PURPOSE" = build ] && NPM_OMIT=(--omit=dev)
  # The test libraries drive the browsers installed below; none may fetch a browser of its own.
  (cd scripts && PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
    npm ci "${NPM_OMIT[@]}" --no-audit --no-fund --loglevel=error >/dev/null)
  echo "$LOCK_SUM $PURPOSE" > "$STAMP"
fi
wasm-opt --version 2>/dev/null | grep -q "version_132" \
  || die "wasm-opt on PATH is not binaryen version_132: $(command -v wasm-opt) $(wasm-opt --version 2>&1 || true)"

# --- crates for offline builds -----------------------------------------------------------------
# `trunk build --offline` passes --offline to cargo, so the registry cache must be filled first.
say "cargo fetch"
cargo fetch --quiet

if [ "$PURPOSE" = build ]; then
  say "done (build tools). PATH additions (or: source scripts/env.sh):"
  say "  ${CARGO_HOME:-$HOME/.cargo}/bin"
  say "  $ROOT/scripts/node_modules/.bin"
  exit 0
fi

# --- browsers, their drivers and the hosts the tests serve from (Debian) ------------------------
# Chromium and chromedriver (Playwright and wasm-bindgen-test); Firefox ESR (puppeteer-core over
# WebDriver BiDi); WebKitGTK's WebDriver and MiniBrowser, under Xvfb; nginx and Hugo for the
# hosting and blog tests. Each is checked by the file the tests use.
DEBIAN_TOOLS=(
  "/usr/bin/chromium chromium"
  "/usr/bin/chromedriver chromium-driver"
  "/usr/bin/firefox-esr firefox-esr"
  "/usr/bin/WebKitWebDriver webkit2gtk-driver"
  "/usr/bin/xvfb-run xvfb"
  "/usr/bin/xauth xauth"
  "/usr/sbin/nginx nginx"
  "/usr/bin/hugo hugo"
)
MISSING=()
for entry in "${DEBIAN_TOOLS[@]}"; do
  read -r file package <<<"$entry"
  [ -x "$file" ] || MISSING+=("$package")
done
if [ "${#MISSING[@]}" -eq 0 ]; then
  say "browsers, drivers, xvfb, nginx, hugo: present"
else
  apt_install "${MISSING[@]}"
fi

# --- the linters the test command runs: rustfmt and clippy ------------------------------------
if have rustup; then
  for component in rustfmt clippy; do
    if rustup component list --installed | grep -q "^$component"; then
      say "rust component $component: present"
    else
      say "rust component $component: installing"
      rustup component add "$component"
    fi
  done
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

say "done (build and test tools). PATH additions (or: source scripts/env.sh):"
say "  ${CARGO_HOME:-$HOME/.cargo}/bin"
say "  $ROOT/scripts/node_modules/.bin"
