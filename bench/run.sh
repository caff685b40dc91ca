#!/usr/bin/env bash
# Measures, in one run, the bare /health route, an authenticated GET /api/v1/me (session lookup in the
# database), a cohort's whole calendar (curriculum version, rules, days, holiday warnings) and the
# coordinator's placement list (every placement with names, days, R13 conflicts and R17 blockers) with wrk,
# and prints the rates and their ratios to the bare route. Then a student's logbook submission (PUT
# …/logbook/{date} with submit, a real write every time) with wrk, and the raw durable single-row insert
# rate of the same SQLite settings (bench/raw_insert_bench.cpp, one thread, one transaction per row, a file
# next to the server's), and their ratio. A benchmark, not a test.
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

log_in() {  # demo role → "cookie csrf-token"
  local email password response
  read -r _ email password < <(grep "^$1 " "$work/accounts.txt")
  response=$(curl -fs -D - -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$base/api/v1/session")
  local session csrf
  session=$(sed -n 's/^Set-Cookie: \(leerplek_session=[^;]*\).*/\1/p' <<<"$response")
  csrf=$(sed -n 's/.*"csrf_token":"\([^"]*\)".*/\1/p' <<<"$response")
  [[ -n $session && -n $csrf ]] || { echo "log-in as $1 failed" >&2; exit 1; }
  echo "$session $csrf"
}
read -r cookie lead_csrf < <(log_in programme_lead)
read -r coordinator _ < <(log_in coordinator)
read -r student student_csrf < <(log_in student)
read -r supervisor _ < <(log_in supervisor)
[[ -n ${cookie:-} && -n ${coordinator:-} && -n ${student:-} && -n ${supervisor:-} ]] || { echo "log-in failed"; exit 1; }

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
# The evaluation (issue 6): the supervisor's view of Lotte's HR Support (rubric with its 7 criteria and
# descriptions, interim feedback, attendance, the calculation as it stands) and his caseload.
hr_support=$(curl -fs -H "Cookie: $supervisor" "$base/api/v1/me/caseload" | python3 -c 'import json,sys
print(next(i["placement"]["id"] for i in json.load(sys.stdin)["items"] if i["placement"]["module"]["code"] == "hr-support"))')
read -r ev_rps ev_p50 ev_p99 < <(measure -H "Cookie: $supervisor" "$base/api/v1/placements/$hr_support/evaluation")
printf '%-28s %12s req/s  p50 %-9s p99 %s\n' "GET …/{id}/evaluation" "$ev_rps" "$ev_p50" "$ev_p99"
read -r cl_rps cl_p50 cl_p99 < <(measure -H "Cookie: $supervisor" "$base/api/v1/me/caseload")
printf '%-28s %12s req/s  p50 %-9s p99 %s\n' "GET /api/v1/me/caseload" "$cl_rps" "$cl_p50" "$cl_p99"
awk -v a="$me_rps" -v c="$cal_rps" -v p="$pl_rps" -v e="$ev_rps" -v l="$cl_rps" -v b="$health_rps" \
  'BEGIN { printf "ratio me/health: %.2f, calendar/health: %.2f, placements/health: %.2f, evaluation/health: %.2f, caseload/health: %.2f\n", a / b, c / b, p / b, e / b, l / b }'

# Logbook submission. The demo student (Lotte) has an approved Instroom placement whose planned days lie
# ahead (February–March 2027), and a day is loggable only from that day on. So, as the programme lead
# would, add the server's "today" to Instroom's calendar (the rule as it is, plus one added day); then
# Lotte submits that day again and again with a new text each time (bench/logbook_submit.lua).
read -r today placement < <(curl -fs -H "Cookie: $student" "$base/api/v1/me/today" | python3 -c 'import json,sys
t = json.load(sys.stdin); print(t["date"], next(i["placement"]["id"] for i in t["items"] if i["placement"]["module"]["code"] == "instroom"))')
[[ -n ${placement:-} ]] || { echo "the demo student has no approved Instroom placement"; exit 1; }
curl -fs -H "Cookie: $cookie" "$base/api/v1/cohorts/${cohort:-1}/calendar" |
  python3 -c 'import json,sys
m = next(m for m in json.load(sys.stdin)["modules"] if m["code"] == "instroom")
rule = m["rule"]; rule["added"] = sorted(set(rule["added"]) | {sys.argv[1]})
print(json.dumps({"rule": rule, "confirm_started": True}))' "$today" |
  curl -fs -o /dev/null -X PUT -H "Cookie: $cookie" -H "X-CSRF-Token: $lead_csrf" -H 'Content-Type: application/json' \
    --data-binary @- "$base/api/v1/cohorts/${cohort:-1}/calendar/instroom" ||
  { echo "adding $today to the Instroom calendar failed"; exit 1; }
entry_path="/api/v1/placements/$placement/logbook/$today"
curl -fs -o /dev/null -X PUT -H "Cookie: $student" -H "X-CSRF-Token: $student_csrf" -H 'Content-Type: application/json' \
  -d '{"start":"08:30","end":"16:30","break_minutes":30,"goals":[1],"activities":"Eerste versie.","submit":true}' \
  "$base$entry_path" || { echo "a first logbook submission on $today failed"; exit 1; }
# The disk's fsync time drifts a lot on a shared machine (a durable commit took from 0.3 to 4 ms within
# minutes here), so the two rates are taken in turns of half the duration each — raw, submissions, raw,
# submissions, raw, submissions, raw — and each submission turn is compared with the mean of the raw
# turns just before and after it. The raw inserts go to one file next to the server's, each turn after
# an untimed warm-up, the first one as long as a turn: after the quiet read benchmarks the disk commits
# several times faster for a while, which the submissions, writing without pause, never see.
turn=$(( duration / 2 > 2 ? duration / 2 : 2 ))
raw_turn() { ./build/release/raw_insert_bench "$work/raw.db" "$turn" "$1" | awk '{print $3}'; }
raw=("$(raw_turn "$turn")")
lb=() lb_p50=() lb_p99=() lb_requests=0
for round in 1 2 3; do
  out=$(wrk -t2 -c"$connections" -d"${turn}s" --latency -s bench/logbook_submit.lua "$base$entry_path" -- \
    "$entry_path" "$student" "$student_csrf")
  if grep -q 'Non-2xx\|Socket errors' <<<"$out"; then echo "$out"; echo "logbook submissions failed"; exit 1; fi
  lb+=("$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")")
  lb_p50+=("$(awk '$1=="50%" {print $2}' <<<"$out")")
  lb_p99+=("$(awk '$1=="99%" {print $2}' <<<"$out")")
  lb_requests=$(( lb_requests + $(awk '/requests in/ {print $1}' <<<"$out") ))
  raw+=("$(raw_turn 2)")
done
# Every answered request wrote a version: the entry's version counts them (1 for the first submission,
# and the requests still in flight when wrk stopped).
lb_version=$(curl -fs -H "Cookie: $student" "$base/api/v1/placements/$placement/logbook" |
  python3 -c 'import json,sys; print(max(d["entry"]["version"] for d in json.load(sys.stdin)["days"] if d["entry"]))')
for round in 0 1 2; do
  printf '%-28s %12s req/s  p50 %-9s p99 %-9s raw before/after %s / %s inserts/s\n' \
    "PUT …/logbook/{date} turn $((round + 1))" "${lb[round]}" "${lb_p50[round]}" "${lb_p99[round]}" \
    "${raw[round]}" "${raw[round + 1]}"
done
awk -v l="${lb[*]}" -v r="${raw[*]}" -v n="$lb_requests" -v v="$lb_version" 'BEGIN {
  split(l, lb, " "); split(r, raw, " ")
  for (i = 1; i <= 3; i++) { ratio[i] = lb[i] / ((raw[i] + raw[i + 1]) / 2); sl += lb[i] }
  for (i = 1; i <= 4; i++) sr += raw[i]
  for (i = 1; i <= 3; i++) for (j = i + 1; j <= 3; j++) if (ratio[j] < ratio[i]) { t = ratio[i]; ratio[i] = ratio[j]; ratio[j] = t }
  printf "%-28s %12.1f req/s  (%d answered, entry now at version %d)\n", "PUT …/logbook/{date} submit", sl / 3, n, v
  printf "%-28s %12.1f inserts/s  (one thread, one transaction per row, mean of 4 turns)\n", "raw durable insert (SQLite)", sr / 4
  printf "ratio logbook submissions/raw inserts: %.2f (median of the 3 turns; %.2f–%.2f)\n", ratio[2], ratio[1], ratio[3]
}'
