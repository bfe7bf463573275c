#!/usr/bin/env bash
# The benchmark (not a test): builds the release and measures what a visitor pays (every file
# gzip and brotli; the critical path, the whole first visit with the service worker and a host
# page with the widget below the fold, counted on the server), Lighthouse scores and step-to-step
# time. Prints a table; the figures go in the README's performance section.
#   bash scripts/bench.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh test >/dev/null
source scripts/env.sh
if [ ! -d scripts/bench/node_modules/lighthouse ]; then
  echo "[bench] installing Lighthouse 12 and SurveyJS (scripts/bench)"
  (cd scripts/bench && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
echo "[bench] trunk build --release --offline"
trunk build --release --offline >/dev/null 2>&1
node scripts/bench.mjs
