#!/usr/bin/env bash
# Measures, in one run, the bare /health route, an authenticated GET /api/v1/me (session lookup in the
# database), a cohort's whole calendar (curriculum version, rules, days, holiday warnings) and the
# coordinator's placement list (every placement with names, days, R13 conflicts and R17 blockers) with wrk,
# and prints the rates and their ratios to the bare route. A benchmark, not a test.
# Usage: bench/run.sh [seconds per route, default 10] [connections, default 64]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
duration=${1:-10}
connections=${2:-64}

command -v wrk >/dev/null || bash scripts/install-deps.sh
cmake --preset release >/dev/null && cmake --build --preset release | tail -n 1

work=$(mktemp -d /tmp/leerplek-bench.XXXXXX)
server=""
cleanup() { [[ -n $server ]] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

db="$work/bench.db"
./build/release/leerplek demo --db "$db" >"$work/accounts.txt"
./build/release/leerplek serve --db "$db" --port 0 --port-file "$work/port" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do [[ -s $work/port ]] && break; sleep 0.05; done
port=$(cat "$work/port")
base="http://127.0.0.1:$port"

read -r _ email password < <(grep '^programme_lead ' "$work/accounts.txt")
cookie=$(curl -fs -D - -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$base/api/v1/session" |
  sed -n 's/^Set-Cookie: \(leerplek_session=[^;]*\).*/\1/p')
[[ -n $cookie ]] || { echo "log-in failed"; exit 1; }
read -r _ email password < <(grep '^coordinator ' "$work/accounts.txt")
coordinator=$(curl -fs -D - -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$base/api/v1/session" |
  sed -n 's/^Set-Cookie: \(leerplek_session=[^;]*\).*/\1/p')

measure() {  # route, extra wrk args…
  local out
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$@")
  local rps p50 p99
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  echo "$rps $p50 $p99"
}

echo "Leerplek bench: wrk -t2 -c$connections -d${duration}s, release build, SQLite, $(nproc) cores"
read -r health_rps health_p50 health_p99 < <(measure "$base/health")
read -r me_rps me_p50 me_p99 < <(measure -H "Cookie: $cookie" "$base/api/v1/me")
cohort=$(curl -fs -H "Cookie: $cookie" "$base/api/v1/cohorts" | sed -n 's/.*"id":\([0-9]*\),"mentor_count".*/\1/p' | head -n1)
read -r cal_rps cal_p50 cal_p99 < <(measure -H "Cookie: $cookie" "$base/api/v1/cohorts/${cohort:-1}/calendar")
printf '%-28s %12s req/s  p50 %-9s p99 %s\n' "GET /health (bare)" "$health_rps" "$health_p50" "$health_p99"
printf '%-28s %12s req/s  p50 %-9s p99 %s\n' "GET /api/v1/me (session)" "$me_rps" "$me_p50" "$me_p99"
printf '%-28s %12s req/s  p50 %-9s p99 %s\n' "GET /api/v1/cohorts/{id}/calendar" "$cal_rps" "$cal_p50" "$cal_p99"
read -r pl_rps pl_p50 pl_p99 < <(measure -H "Cookie: $coordinator" "$base/api/v1/placements")
printf '%-28s %12s req/s  p50 %-9s p99 %s\n' "GET /api/v1/placements" "$pl_rps" "$pl_p50" "$pl_p99"
awk -v a="$me_rps" -v c="$cal_rps" -v p="$pl_rps" -v b="$health_rps" \
  'BEGIN { printf "ratio me/health: %.2f, calendar/health: %.2f, placements/health: %.2f\n", a / b, c / b, p / b }'
