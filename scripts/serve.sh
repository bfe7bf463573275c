#!/usr/bin/env bash
# Installs the build tools that are missing (not the test tools), builds the release bundle into dist/ and serves it on 127.0.0.1.
#   bash scripts/serve.sh [PORT] [--csp]   (PORT also from $PORT; default 8080; --csp sends the
#                                           strict Content-Security-Policy of the README)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh build
# shellcheck source=scripts/env.sh
source scripts/env.sh

echo "== trunk build --release --offline"
trunk build --release --offline

PORT="${PORT:-8080}"
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then PORT="$1"; shift; fi
# serve.mjs prints: Serving ML Team Advisor at http://127.0.0.1:PORT/
exec node scripts/serve.mjs "$PORT" --root dist "$@"
