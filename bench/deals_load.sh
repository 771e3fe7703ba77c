#!/usr/bin/env bash
# Export deals under load on loopback at the size issue 5 sets, bounded in time; stops the server
# it started by its PID.
#   bench/deals_load.sh [BINARY] [SECONDS]
# Loads the demo data into a temporary SQLite database, adds the synthetic catalogue (`attache
# demo generate`: COMPANIES 20,000, SOLUTIONS 100,000) and casework (`attache demo casework`:
# REQUESTS 300,000, DEALS 200,000, ACTIVITIES 1,000,000, seed SEED 1, with daily exchange rates),
# starts the server and
#  - runs wrk with bench/deal_moves.lua: WRITERS (16) concurrent writers, one connection each,
#    moving deals of their own between stages for SECONDS; then one writer alone;
#  - runs bench/deals_load.mjs: ROUNDS (40) cold reads of the country desk and the reports, each
#    right after a write so that no answer comes from the response cache;
#  - runs wrk at 16 connections against the same reads, as served between writes.
# Targets: a stage move p99 < 20 ms, the country desk < 100 ms, the reports < 300 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
binary=${1:-build/bench/attache}
seconds=${2:-10}
connections=${CONNECTIONS:-16}
threads=${WRK_THREADS:-2}
companies=${COMPANIES:-20000}
solutions=${SOLUTIONS:-100000}
requests=${REQUESTS:-300000}
deals=${DEALS:-200000}
activities=${ACTIVITIES:-1000000}
writers=${WRITERS:-16}
rounds=${ROUNDS:-40}
seed=${SEED:-1}
work=$(mktemp -d /tmp/attache-deals.XXXXXX)
pid=""
cleanup() {
  [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

command -v wrk >/dev/null || { echo "deals_load: wrk is not installed (scripts/bootstrap test)" >&2; exit 1; }
command -v node >/dev/null || { echo "deals_load: node is not installed" >&2; exit 1; }

"$binary" demo load --data "$work" >/dev/null
"$binary" demo generate --data "$work" --companies "$companies" --solutions "$solutions" \
  --contacts 0 --seed "$seed" | tail -n 1
"$binary" demo casework --data "$work" --requests "$requests" --deals "$deals" \
  --activities "$activities" --seed "$seed" |
  tail -n 1
echo "database: $(du -m "$work/attache.db" | cut -f1) MB"

serve_and_sign_in analyst@attache.demo analyst-demo-2026
# Deals of their own for the concurrent writers, and one more for the writer alone.
node bench/deals_api.mjs "$port" $((writers + 1)) >"$work/movable"
head -n "$writers" "$work/movable" >"$work/deals.$writers"
tail -n 1 "$work/movable" >"$work/deals.1"
move_deals() {
  local out
  out=$(DEALS_FILE="$work/deals.$1" COOKIE="$cookie" CSRF="$csrf" wrk -t"$1" -c"$1" -d"${seconds}s" \
    --timeout 5s --latency -s bench/deal_moves.lua "http://127.0.0.1:$port")
  printf '%-44s %9s req/s  p50 %s  p99 %s  max %s  non-2xx %s  (target p99 < 20 ms)\n' \
    "POST /api/v1/deals/{id}/transition x $1" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$out")" "$(awk '$1 == "99%" {print $2}' <<<"$out")" \
    "$(awk '/Latency/ && !/Distribution/ {print $4; exit}' <<<"$out")" \
    "$(awk '/Non-2xx/ {print $5}' <<<"$out" | grep . || echo 0)"
}
move_deals "$writers"
move_deals 1
node bench/deals_load.mjs "$port" "$rounds"

echo "as served between writes (wrk):"
wrk_cases \
  "/api/v1/deals/board?country=VN|100" \
  "/api/v1/reports/pipeline?group=stage,country|300" \
  "/api/v1/reports/wins?group=year,country,category|300"

echo "server: $("$binary" version), $(nproc) cores, wrk -t$threads -c$connections -d${seconds}s;" \
  "catalogue: --companies $companies --solutions $solutions;" \
  "casework: --requests $requests --deals $deals --activities $activities --seed $seed"
