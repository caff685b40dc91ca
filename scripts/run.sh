#!/usr/bin/env bash
# The one run command: installs what is missing, builds the server and the web UI,
# creates the demo data, prints the demo accounts and serves on http://127.0.0.1:8080.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

bash scripts/install-deps.sh

echo "== build (preset release)"
cmake --preset release >/dev/null
cmake --build --preset release

echo "== web UI"
(cd web && npm run --silent build)

db=${LEERPLEK_DB:-data/leerplek.db}
mkdir -p data
echo "== demo data in $db"
echo "Demo-accounts (rol, e-mail, wachtwoord):"
./build/release/leerplek demo --db "$db" | tee data/demo-accounts.txt

echo "== Leerplek on http://${LEERPLEK_HOST:-127.0.0.1}:${LEERPLEK_PORT:-8080} (Ctrl+C stops)"
exec ./build/release/leerplek serve --db "$db" --web-root web/dist
