#!/usr/bin/env bash
# Catalogue load benchmark on loopback at the size issue 4 sets, bounded in time; stops the server
# it started by its PID.
#   bench/catalogue_load.sh [BINARY] [SECONDS]
# Loads the demo data (for its users) into a temporary SQLite database, adds the synthetic
# catalogue (`attache demo generate`, 20,000 companies, 100,000 solutions, 50,000 contacts, seed 1;
# COMPANIES, SOLUTIONS, CONTACTS and SEED change it), starts the server, signs in as the demo
# analyst and runs wrk at 16 connections against the catalogue's lists, filters, searches, the
# largest organisation's page and the public showcase. Targets: lists p99 < 50 ms, the
# organisation page p99 < 20 ms.
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
seed=${SEED:-1}
work=$(mktemp -d /tmp/attache-catalogue.XXXXXX)
pid=""
cleanup() {
  [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

command -v wrk >/dev/null || { echo "catalogue_load: wrk is not installed (scripts/bootstrap test)" >&2; exit 1; }

"$binary" demo load --data "$work" >/dev/null
start_ns=$(date +%s%N)
"$binary" demo generate --data "$work" --companies "$companies" --solutions "$solutions" \
  --contacts "$contacts" --seed "$seed" | tail -n 1
generate_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
echo "demo generate, wall clock: ${generate_ms} ms; database: $(du -m "$work/attache.db" | cut -f1) MB"

# The showcase's per-address budget (spent by cached answers too) would answer most of wrk's
# requests with 429: raise it far above what one address can ask for.
serve_and_sign_in analyst@attache.demo analyst-demo-2026 --showcase-rate 100000000

# The organisation with the most solutions: the heaviest page there is.
largest=$(api '/api/v1/organisations?kind=domestic_company&sort=-solutions&limit=1' |
  grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
[ -n "$largest" ] || { echo "catalogue_load: no organisation found" >&2; exit 1; }

# path | target p99 in ms
cases=(
  "/api/v1/organisations|50"
  "/api/v1/organisations?q=soft|50"
  "/api/v1/organisations?q=%D0%B2%D0%B5%D0%B3%D0%B0|50"
  "/api/v1/organisations?kind=domestic_company&country=RU&sector=dat.bi&accredited=true|50"
  "/api/v1/organisations?market=VN&market_status=exporting|50"
  "/api/v1/organisations?sort=name_ru|50"
  "/api/v1/organisations?sort=-solutions|50"
  "/api/v1/solutions|50"
  "/api/v1/solutions?class=dat.bi&kind=software&maturity=stable&readiness=2|50"
  "/api/v1/solutions?q=vega|50"
  "/api/v1/solutions?country=VN&sort=-readiness|50"
  "/api/v1/organisations/$largest|20"
  "/api/v1/solutions?organisation=$largest|20"
  "/api/v1/contacts?organisation=$largest|20"
  "/api/v1/contacts?q=ivanova|50"
  "/api/v1/showcase/solutions|50"
  "/api/v1/showcase/solutions?class=isc.antivirus&readiness=2|50"
)

wrk_cases "${cases[@]}"
echo "server: $("$binary" version), $(nproc) cores, wrk -t$threads -c$connections -d${seconds}s;" \
  "catalogue: --companies $companies --solutions $solutions --contacts $contacts --seed $seed"
