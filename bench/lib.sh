# What the load scripts share; sourced, not run. Expects `binary`, `work` and `pid` (for the
# caller's cleanup trap) to be set by the caller.

# Starts the server on a random loopback port over the data in $work (extra arguments go to
# `serve`), waits until it is ready, signs in as $1 (an e-mail) with password $2, and sets
# `port`, `pid` and `cookie`.
serve_and_sign_in() {
  local email=$1 password=$2
  shift 2
  port=$(( 30000 + RANDOM % 20000 ))
  "$binary" serve --data "$work" --listen "127.0.0.1:$port" --web-root "$work/none" \
    --log-level warn "$@" >"$work/server.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.05
  done
  sign_in "$email" "$password"
}

# Signs in again as another user: sets `cookie` and `csrf` (the token writes send back).
sign_in() {
  curl -sf -o "$work/session.json" -c "$work/cookies" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$2\"}" "http://127.0.0.1:$port/api/v1/session"
  cookie=$(awk '$6 == "attache_session" {print $7}' "$work/cookies")
  csrf=$(sed -n 's/.*"csrf_token" *: *"\([^"]*\)".*/\1/p' "$work/session.json")
}

api() { curl -sf -H "Cookie: attache_session=$cookie" "http://127.0.0.1:$port$1"; }

# Runs wrk against each "path|target p99 in ms" argument for $seconds at $connections and prints
# a table: requests/s, p50, p99, max, non-2xx answers and whether p99 met the target.
wrk_cases() {
  printf '\n%-82s %9s %9s %9s %9s %7s %7s\n' path req/s p50 p99 max errors target
  local entry path target out rps p50 p99 max errors p99_ms verdict
  for entry in "$@"; do
    path=${entry%|*}
    target=${entry##*|}
    out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 5s --latency \
      -H "Cookie: attache_session=$cookie" "http://127.0.0.1:$port$path")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    max=$(awk '/Latency/ && !/Distribution/ {print $4; exit}' <<<"$out")
    errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
    # wrk prints us, ms or s: compare in milliseconds.
    p99_ms=$(awk -v v="$p99" 'BEGIN {
      n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000;
      print n }')
    verdict=$(awk -v p="$p99_ms" -v t="$target" 'BEGIN {print (p < t) ? "ok" : "MISSED"}')
    printf '%-82s %9s %9s %9s %9s %7s %7s\n' "$path" "$rps" "$p50" "$p99" "$max" "${errors:-0}" \
      "<${target}ms $verdict"
  done
  echo
}
