#!/usr/bin/env bash
# Casework load benchmark on loopback at the size issue 5 sets, bounded in time; stops the server
# it started by its PID.
#   bench/casework_load.sh [BINARY] [SECONDS]
# Loads the demo data (for its users) into a temporary SQLite database, adds the synthetic
# catalogue (`attache demo generate`: COMPANIES 20,000, SOLUTIONS 100,000, CONTACTS 50,000) and
# synthetic support requests (`attache demo casework`: REQUESTS 300,000, seed SEED 1), starts the
# server and runs wrk at 16 connections against the request queue with its filters, a request's
# page and thread, and the requests report, as the demo analyst (every country) and as the
# demo attaché (Vietnam). Targets: queue p99 < 50 ms, a request < 20 ms, the report < 300 ms.
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
contacts=${CONTACTS:-50000}
requests=${REQUESTS:-300000}
seed=${SEED:-1}
work=$(mktemp -d /tmp/attache-casework.XXXXXX)
pid=""
cleanup() {
  [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

command -v wrk >/dev/null || { echo "casework_load: wrk is not installed (scripts/bootstrap test)" >&2; exit 1; }

"$binary" demo load --data "$work" >/dev/null
"$binary" demo generate --data "$work" --companies "$companies" --solutions "$solutions" \
  --contacts "$contacts" --seed "$seed" | tail -n 1
"$binary" demo casework --data "$work" --requests "$requests" --activities 0 --seed "$seed" | tail -n 1
echo "database: $(du -m "$work/attache.db" | cut -f1) MB"

serve_and_sign_in analyst@attache.demo analyst-demo-2026
one=$(api '/api/v1/requests?country=VN&status=open&limit=1' | grep -o '"id":[0-9]*' | head -n 1 |
  cut -d: -f2)
[ -n "$one" ] || { echo "casework_load: no request found" >&2; exit 1; }
year=$(date -u +%Y)

# path | target p99 in ms
echo "as the analyst (every country):"
wrk_cases \
  "/api/v1/requests|50" \
  "/api/v1/requests?status=open&sort=due_at|50" \
  "/api/v1/requests?country=VN&status=open|50" \
  "/api/v1/requests?overdue=true|50" \
  "/api/v1/requests?type=legal&sort=-updated_at|50" \
  "/api/v1/requests?q=tender|50" \
  "/api/v1/requests/$one|20" \
  "/api/v1/requests/$one/comments|20" \
  "/api/v1/reports/requests?group=country,type|300" \
  "/api/v1/reports/requests?group=assignee|300" \
  "/api/v1/reports/requests?from=$year-01-01&group=country|300"

sign_in attache.vn@attache.demo attache-demo-2026
echo "as the attaché in Vietnam:"
wrk_cases \
  "/api/v1/requests?assignee=me&status=open&sort=due_at|50" \
  "/api/v1/requests?overdue=true|50" \
  "/api/v1/reports/requests?group=type|300"

echo "server: $("$binary" version), $(nproc) cores, wrk -t$threads -c$connections -d${seconds}s;" \
  "catalogue: --companies $companies --solutions $solutions --contacts $contacts;" \
  "casework: --requests $requests --seed $seed"
