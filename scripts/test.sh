#!/usr/bin/env bash
# Runs every test stage; exits non-zero if any fails.
#   1 setup  2 fmt, clippy (native and wasm32), import circles  3 native cargo test  4 browser (wasm-bindgen-test, headless Chromium)
#   5 trunk build --release --offline  6 end-to-end (node --test tests/e2e/ against dist/, in
#   Chromium)  7 the engine scenarios (tests/e2e/engines/) in Chromium, Firefox ESR, WebKitGTK
# Later stages still run after a failed one (except e2e, which needs the build), so one run
# shows every problem. Full logs: target/test-logs/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

LOG_DIR="target/test-logs"
FAILED_STAGES=()
STAGE_ERRORS=0

header() { printf '\n==== %s\n' "$*"; }

# run_stage NAME LOG CMD... : shows the output (less cargo's per-crate progress lines), keeps
# all of it in LOG_DIR/LOG.
run_stage() {
  local name="$1" log="$LOG_DIR/$2.log"
  shift 2
  header "$name"
  if "$@" 2>&1 | tee "$log" | { grep -Ev '^ +(Compiling|Checking|Downloaded|Downloading|Locking|Adding) ' || true; }; then
    echo "---- $name: ok"
  else
    echo "---- $name: FAILED"
    FAILED_STAGES+=("$name")
  fi
}

# quiet_stage NAME LOG CMD... : output only goes to the log, and is shown if the command fails.
quiet_stage() {
  local name="$1" log="$LOG_DIR/$2.log"
  shift 2
  header "$name"
  if "$@" >"$log" 2>&1; then
    echo "---- $name: ok (log: $log)"
  else
    tail -n 80 "$log"
    echo "---- $name: FAILED (full log: $log)"
    FAILED_STAGES+=("$name")
  fi
}

header "setup"
bash scripts/setup.sh test
# shellcheck source=scripts/env.sh
source scripts/env.sh
mkdir -p "$LOG_DIR"
rm -f "$LOG_DIR"/*.log

# Style and structure, on both targets: formatting, clippy with warnings as errors (the browser
# build's modules are only seen by the wasm32 pass), and no import circle among the modules.
quiet_stage "format (cargo fmt --check)" fmt cargo fmt --check
quiet_stage "clippy, native (all targets, warnings are errors)" clippy-native cargo clippy --all-targets -- -D warnings
quiet_stage "clippy, wasm32 (library, both parts of the app, browser tests; warnings are errors)" clippy-wasm \
  cargo clippy --target wasm32-unknown-unknown --lib --bins --test web -- -D warnings
quiet_stage "import circles (scripts/cycles.mjs, browser-only modules included)" cycles node scripts/cycles.mjs

run_stage "native tests (cargo test)" native cargo test --quiet

mapfile -t WASM_TESTS < <(grep -l '^#!\[cfg(target_arch = "wasm32")\]' tests/*.rs 2>/dev/null \
  | xargs -r -n1 basename | sed 's/\.rs$//')
if [ "${#WASM_TESTS[@]}" -gt 0 ]; then
  WASM_ARGS=()
  for t in "${WASM_TESTS[@]}"; do WASM_ARGS+=(--test "$t"); done
  run_stage "browser tests (wasm-bindgen-test in headless Chromium: ${WASM_TESTS[*]})" browser \
    cargo test --target wasm32-unknown-unknown "${WASM_ARGS[@]}"
else
  header "browser tests: none (no tests/*.rs with #![cfg(target_arch = \"wasm32\")])"
fi

run_stage "fuzz smoke run (50,000 runs per decoder; the full run is scripts/fuzz.sh)" fuzz bash scripts/fuzz.sh 50000

quiet_stage "release build (trunk build --release --offline)" trunk trunk build --release --offline

if [ -f dist/index.html ] && [[ ! " ${FAILED_STAGES[*]} " =~ "release build" ]]; then
  NODE_TEST_ARGS=(--test --test-reporter=spec)
  if node --help 2>/dev/null | grep -q -- '--test-timeout'; then
    NODE_TEST_ARGS+=(--test-timeout=180000)
  fi
  run_stage "end-to-end tests (node --test tests/e2e/, release dist/ in headless Chromium)" e2e \
    node "${NODE_TEST_ARGS[@]}" tests/e2e/
  # The scenarios that matter most (tests/e2e/engines/), in each engine, one at a time.
  run_stage "end-to-end scenarios in Chromium (playwright-core)" engine-chromium \
    node tests/e2e/engines/run.mjs chromium
  run_stage "end-to-end scenarios in Firefox ESR (puppeteer-core over WebDriver BiDi)" engine-firefox \
    node tests/e2e/engines/run.mjs firefox
  run_stage "end-to-end scenarios in WebKitGTK (WebKitWebDriver under xvfb-run)" engine-webkit \
    xvfb-run -a node tests/e2e/engines/run.mjs webkit
else
  header "end-to-end tests: NOT RUN (no release build)"
  FAILED_STAGES+=("end-to-end tests (not run)")
fi

# ---- summary --------------------------------------------------------------------------------
sum_cargo() { # passed failed ignored, from libtest "test result:" lines
  cat "$@" 2>/dev/null | sed -n 's/^test result: [A-Za-z]*\. \([0-9]*\) passed; \([0-9]*\) failed; \([0-9]*\) ignored.*/\1 \2 \3/p' \
    | awk '{p+=$1; f+=$2; i+=$3} END {printf "%d %d %d\n", p, f, i}'
}
sum_node() { # passed failed skipped(+todo), from the spec reporter's closing lines
  awk '/^ℹ pass /{p+=$3} /^ℹ fail /{f+=$3} /^ℹ cancelled /{f+=$3} /^ℹ skipped /{s+=$3} /^ℹ todo /{s+=$3}
       END {printf "%d %d %d\n", p, f, s}' "$@" 2>/dev/null || echo "0 0 0"
}
read -r CP CF CI_ < <(sum_cargo "$LOG_DIR/native.log" "$LOG_DIR/browser.log")
read -r NP NF NS < <(sum_node "$LOG_DIR/e2e.log")
read -r EP EF < <(cat "$LOG_DIR"/engine-*.log 2>/dev/null \
  | sed -n 's/^\[engines\] .* scenarios ran, \([0-9]*\) passed, \([0-9]*\) failed.*/\1 \2/p' \
  | awk '{p+=$1; f+=$2} END {printf "%d %d\n", p, f}')
PASSED=$((CP + NP + EP))
FAILED=$((CF + NF + EF))
SKIPPED=$((CI_ + NS))
# A stage that failed without a failing test (build error, crash) still counts as a failure.
if [ "${#FAILED_STAGES[@]}" -gt 0 ] && [ "$FAILED" -eq 0 ]; then FAILED=${#FAILED_STAGES[@]}; fi

header "summary"
echo "cargo (native + browser): $CP passed, $CF failed, $CI_ ignored"
echo "end-to-end files (tests/e2e/*.test.mjs, Chromium): $NP passed, $NF failed, $NS skipped/todo"
cat "$LOG_DIR"/engine-chromium.log "$LOG_DIR"/engine-firefox.log "$LOG_DIR"/engine-webkit.log 2>/dev/null \
  | sed -n 's/^\[engines\] /per engine: /p'
if [ "${#FAILED_STAGES[@]}" -gt 0 ]; then
  printf 'FAILED stage: %s\n' "${FAILED_STAGES[@]}"
fi
echo "total: $PASSED passed, $FAILED failed, $SKIPPED skipped"
[ "${#FAILED_STAGES[@]}" -eq 0 ]
