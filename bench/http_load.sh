#!/usr/bin/env bash
# HTTP load benchmark on loopback, bounded in time; stops the server it started by its PID.
#   bench/http_load.sh [BINARY] [SECONDS]
# Measures: cold start with demo data (exec -> /readyz answers), idle RSS, sign-in latency, then
# wrk as the signed-in demo analyst against GET /api/v1/countries (a cached list), GET
# /api/v1/countries/VN (one record from the database) and GET /healthz at 64 and 512 connections.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-build/bench/attache}
seconds=${2:-10}
threads=${WRK_THREADS:-2}
work=$(mktemp -d /tmp/attache-bench.XXXXXX)
pid=""
cleanup() {
  [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

command -v wrk >/dev/null || { echo "http_load: wrk is not installed (scripts/bootstrap test)" >&2; exit 1; }
port=$(( 30000 + RANDOM % 20000 ))
start_ns=$(date +%s%N)
"$binary" serve --data "$work" --listen "127.0.0.1:$port" --demo --web-root "$work/none" \
  >"$work/server.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.005
done
ready_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
sleep 1
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")

echo "cold start with demo data (exec to /readyz): ${ready_ms} ms"
echo "idle RSS: $(( rss_kb / 1024 )) MB"

sign_in() {
  curl -sf -o /dev/null -c "$work/cookies" -w '%{time_total}' -H 'Content-Type: application/json' \
    -d '{"email":"analyst@attache.demo","password":"analyst-demo-2026"}' \
    "http://127.0.0.1:$port/api/v1/session"
}
total=0
for _ in 1 2 3 4 5; do total=$(awk -v a="$total" -v b="$(sign_in)" 'BEGIN {print a + b}'); done
echo "sign-in (argon2id verify + session write), mean of 5: $(awk -v t="$total" 'BEGIN {printf "%.0f", t * 200}') ms"
cookie=$(awk '$6 == "attache_session" {print $7}' "$work/cookies")

printf '\n%-22s %6s %12s %9s %9s %9s %8s %7s\n' path conns req/s p50 p99 max timeouts errors
for path in /api/v1/countries /api/v1/countries/VN /healthz; do
  for conns in 64 512; do
    out=$(wrk -t"$threads" -c"$conns" -d"${seconds}s" --timeout 5s --latency \
      -H "Cookie: attache_session=$cookie" "http://127.0.0.1:$port$path")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    max=$(awk '/Latency/ && !/Distribution/ {print $4; exit}' <<<"$out")
    timeouts=$(grep -o 'timeout [0-9]*' <<<"$out" | awk '{print $2}' || true)
    errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
    printf '%-22s %6s %12s %9s %9s %9s %8s %7s\n' "$path" "$conns" "$rps" "$p50" "$p99" "$max" \
      "${timeouts:-0}" "${errors:-0}"
  done
done
echo
echo "server: $("$binary" version), $(nproc) cores, wrk -t$threads -d${seconds}s"
