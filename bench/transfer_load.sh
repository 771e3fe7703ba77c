#!/usr/bin/env bash
# Export and import at the catalogue's full size, on loopback; stops the server it started by its
# PID and removes its temporary data.
#   bench/transfer_load.sh [BINARY]
# Loads the demo data and the synthetic catalogue (20,000 companies, 100,000 solutions, 50,000
# contacts, seed 1; COMPANIES, SOLUTIONS, CONTACTS, SEED change it) into a temporary SQLite
# database, starts the server, and as the demo analyst exports every solution to CSV and XLSX
# while sampling the server's resident memory (target: CSV in < 5 s, memory flat). Then stops
# the server and checks the exported CSV with `attache import solutions --dry-run` (every row
# validated and matched, nothing written; target < 10 s), and imports the exported organisations
# into a fresh demo database for real (every row created, with its audit entry).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-build/bench/attache}
companies=${COMPANIES:-20000}
solutions=${SOLUTIONS:-100000}
contacts=${CONTACTS:-50000}
seed=${SEED:-1}
work=$(mktemp -d /tmp/attache-transfer.XXXXXX)
pid=""
cleanup() {
  [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
# Anonymous memory (the heap): SQLite maps the database file, whose pages count in VmRSS too.
rss_mb() { awk '/RssAnon/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }

"$binary" demo load --data "$work/db" >/dev/null
"$binary" demo generate --data "$work/db" --companies "$companies" --solutions "$solutions" \
  --contacts "$contacts" --seed "$seed" | tail -n 1

port=$(( 30000 + RANDOM % 20000 ))
"$binary" serve --data "$work/db" --listen "127.0.0.1:$port" --web-root "$work/none" \
  --log-level warn >"$work/server.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.05
done
curl -sf -o /dev/null -c "$work/cookies" -H 'Content-Type: application/json' \
  -d '{"email":"analyst@attache.demo","password":"analyst-demo-2026"}' \
  "http://127.0.0.1:$port/api/v1/session"
cookie=$(awk '$6 == "attache_session" {print $7}' "$work/cookies")

# Downloads $1 to $2 while sampling the server's memory every 50 ms; prints time, size, peak RSS.
export_timed() {
  local before peak=0 start sampler
  before=$(rss_mb "$pid")
  ( while kill -0 "$pid" 2>/dev/null; do rss_mb "$pid"; echo; sleep 0.05; done ) >"$work/rss" &
  sampler=$!
  start=$(date +%s%N)
  curl -sf -H "Cookie: attache_session=$cookie" -o "$2" "http://127.0.0.1:$port$1"
  local took
  took=$(ms_since "$start")
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  peak=$(sort -n "$work/rss" | tail -n 1)
  printf '%-52s %7s ms %6s MB  heap %s -> peak %s MB\n' "$1" "$took" \
    "$(( $(stat -c %s "$2") / 1048576 ))" "$before" "${peak:-?}"
}

echo "exports (server: $(nproc) cores)"
export_timed "/api/v1/solutions/export?format=csv&lang=en" "$work/solutions.csv"
export_timed "/api/v1/solutions/export?format=xlsx&lang=ru" "$work/solutions.xlsx"
export_timed "/api/v1/organisations/export?format=csv&lang=en" "$work/organisations.csv"
export_timed "/api/v1/contacts/export?format=csv&lang=en" "$work/contacts.csv"
kill -TERM "$pid" && wait "$pid" 2>/dev/null || true
pid=""

echo "imports"
start=$(date +%s%N)
"$binary" import solutions "$work/solutions.csv" --dry-run --data "$work/db" | tail -n 1
echo "  solutions CSV, dry run: $(ms_since "$start") ms"
start=$(date +%s%N)
"$binary" import solutions "$work/solutions.xlsx" --dry-run --data "$work/db" | tail -n 1
echo "  solutions XLSX, dry run: $(ms_since "$start") ms"
"$binary" demo load --data "$work/fresh" >/dev/null
# Ids and owners of another database mean nothing here: drop the ID column.
cut -d, -f2- "$work/organisations.csv" >"$work/organisations-new.csv"
start=$(date +%s%N)
"$binary" import companies "$work/organisations-new.csv" --skip-invalid --data "$work/fresh" |
  tail -n 1
echo "  organisations CSV into a fresh database, written: $(ms_since "$start") ms"
