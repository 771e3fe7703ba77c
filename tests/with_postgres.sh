#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL 15 cluster on a free loopback port:
#   tests/with_postgres.sh COMMAND [ARG...]
# The command sees ATTACHE_TEST_PG_URL (a superuser URL to the `postgres` database). The cluster
# lives in a temporary directory and is stopped and deleted when the command ends, whatever way.
set -euo pipefail

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "with_postgres: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  exit 1
fi

work=$(mktemp -d /tmp/attache-pg.XXXXXX)
run_as=()
if [ "$(id -u)" = 0 ]; then
  # initdb refuses to run as root: the cluster belongs to the postgres user.
  chown postgres:postgres "$work"
  chmod 700 "$work"
  run_as=(runuser -u postgres --)
fi

stop() {
  "${run_as[@]}" "$pg_bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT INT TERM

"${run_as[@]}" "$pg_bin/initdb" -D "$work/data" -U postgres --auth=trust --encoding=UTF8 \
  --locale=C.UTF-8 >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; exit 1; }

started=""
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
  if "${run_as[@]}" "$pg_bin/pg_ctl" -D "$work/data" -w -t 30 -l "$work/server.log" \
       -o "-c listen_addresses=127.0.0.1 -p $port -k $work -c fsync=off -c max_connections=200" \
       start >/dev/null 2>&1; then
    started=$port
    break
  fi
done
if [ -z "$started" ]; then
  echo "with_postgres: could not start PostgreSQL:" >&2
  tail -n 20 "$work/server.log" >&2 || true
  exit 1
fi

export ATTACHE_TEST_PG_URL="postgresql://postgres@127.0.0.1:$started/postgres"
echo "with_postgres: PostgreSQL on 127.0.0.1:$started" >&2
"$@"
