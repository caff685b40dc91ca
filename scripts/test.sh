#!/usr/bin/env bash
# The one test command: installs what is missing, builds, starts its own PostgreSQL and SMTP
# server on loopback, and runs every test (unit, contract on both engines, API, mail, browser).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

bash scripts/install-deps.sh

echo "== build (preset ci)"
cmake --preset ci >/dev/null
cmake --build --preset ci

# The run command builds with optimisation, where g++ warns differently: prove that build too.
echo "== build (preset release, as scripts/run.sh does)"
cmake --preset release >/dev/null
cmake --build --preset release

echo "== web: type check, unit tests, build"
(cd web && npm run --silent check && npm run --silent test && npm run --silent build)

run=$(mktemp -d /tmp/leerplek-test.XXXXXX)
chmod 755 "$run"
pids=()
cleanup() {
  for p in "${pids[@]+"${pids[@]}"}"; do kill "$p" 2>/dev/null || true; done
  bash scripts/pg-scratch.sh stop "$run/pg" >/dev/null 2>&1 || true
  rm -rf "$run"
}
trap cleanup EXIT

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

echo "== PostgreSQL (scratch, $run/pg)"
pg_url=$(bash scripts/pg-scratch.sh start "$run/pg" "$(free_port)" | tail -n 1)
export LEERPLEK_TEST_PG_URL="${pg_url%/*}/leerplek_test"

echo "== SMTP on loopback (aiosmtpd, maildir $run/mail)"
smtp_port=$(free_port)
/usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$smtp_port" -c aiosmtpd.handlers.Mailbox "$run/mail" &
pids+=($!)
for _ in $(seq 50); do [[ -d $run/mail/new ]] && break; sleep 0.1; done
export LEERPLEK_TEST_SMTP_URL="smtp://127.0.0.1:$smtp_port"
export LEERPLEK_TEST_MAILDIR="$run/mail"

echo "== C++ tests (ctest)"
ctest --preset ci

echo "== browser tests (Chromium via playwright-core) on SQLite and on PostgreSQL"
for engine in sqlite postgres; do
  if [[ $engine == sqlite ]]; then db="$run/e2e.db"; else db="${pg_url%/*}/leerplek"; fi
  port=$(free_port)
  export LEERPLEK_DOCUMENTS_DIR="$run/documents-$engine"
  ./build/ci/leerplek demo --db "$db" >"$run/accounts-$engine.txt"
  LEERPLEK_SMTP_URL="$LEERPLEK_TEST_SMTP_URL" ./build/ci/leerplek serve --db "$db" --port "$port" \
    --web-root web/dist >"$run/server-$engine.log" 2>&1 &
  server=$!
  pids+=("$server")
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/ready" >/dev/null && break; sleep 0.1; done
  (cd web && LEERPLEK_URL="http://127.0.0.1:$port" LEERPLEK_ACCOUNTS="$run/accounts-$engine.txt" \
     LEERPLEK_SCREENSHOTS="${LEERPLEK_SCREENSHOTS:-}" npm run --silent e2e) || {
    echo "-- server log ($engine):"; tail -n 50 "$run/server-$engine.log"; exit 1; }
  kill -TERM "$server"
  wait "$server" || { echo "server did not stop cleanly on SIGTERM"; exit 1; }
done

echo "== all tests passed"
