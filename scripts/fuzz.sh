#!/usr/bin/env bash
# Fuzzes every decoder of outside input (share links, answer files, saved progress, the saved
# library, the library file, the page's URL options, combined team links with the paste box and kept team views)
# with cargo-fuzz on the nightly toolchain, starting from the seeds in fuzz/seeds/.
#
#   bash scripts/fuzz.sh             # 10 million runs per target (the release check)
#   bash scripts/fuzz.sh 50000       # a short smoke run (what scripts/test.sh does)
#
# Prints one line per target with the runs made; exits non-zero if any target finds a crash
# (the crashing input is then in fuzz/artifacts/<target>/).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS="${1:-10000000}"
TARGETS=(share_link answer_file saved_progress saved_library backup_file url_options team_link)

for target in "${TARGETS[@]}"; do
  corpus="fuzz/corpus/$target"
  mkdir -p "$corpus"
  cp -n fuzz/seeds/"$target"/* "$corpus"/ 2>/dev/null || true
  log="target/fuzz-$target.log"
  mkdir -p target
  if cargo +nightly fuzz run --fuzz-dir fuzz "$target" "$corpus" -- -runs="$RUNS" -max_len=4096 >"$log" 2>&1; then
    done_line="$(grep -E '^Done [0-9]+ runs' "$log" | tail -n 1)"
    printf '[fuzz] %-15s ok: %s\n' "$target" "${done_line:-finished}"
  else
    tail -n 40 "$log"
    printf '[fuzz] %-15s FAILED (log: %s)\n' "$target" "$log"
    exit 1
  fi
done
