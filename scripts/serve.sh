#!/usr/bin/env bash
# Installs what is missing, builds the release bundle into dist/ and serves it on 127.0.0.1.
#   bash scripts/serve.sh [PORT]      (PORT also from $PORT; default 8080)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
# shellcheck source=scripts/env.sh
source scripts/env.sh

echo "== trunk build --release --offline"
trunk build --release --offline

PORT="${1:-${PORT:-8080}}"
# serve.mjs prints: Serving ML Team Advisor at http://127.0.0.1:PORT/
exec node scripts/serve.mjs "$PORT" --root dist
