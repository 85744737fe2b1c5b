#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL cluster the database tests run against: its own data
# directory, a private port on loopback and a private socket directory; trust authentication for
# the `postgres` superuser, SCRAM passwords for every other role.
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` system user.
#   pg_cluster.sh start DIR PORT   → creates DIR/data, starts the server, creates innodesk_test
#   pg_cluster.sh stop DIR         → stops the server and removes DIR
set -euo pipefail

action=${1:?start or stop}
dir=${2:?directory}
port=${3:-55432}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
# Exit code 77 is CTest's "skipped" (SKIP_RETURN_CODE): with INNODESK_REQUIRE_TEST_TOOLS on, the
# configure step has already refused a machine without the server; off, the tests that need it
# skip themselves too (tests/support/test_tools.h).
[ -x "$bindir/initdb" ] || { echo "SKIPPED: pg_cluster.sh: PostgreSQL server binaries not found (Debian package postgresql)" >&2; exit 77; }

as_server_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    "$0" stop "$dir" >/dev/null 2>&1 || true
    mkdir -p "$dir/data" "$dir/socket"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$dir"
    as_server_user "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # The `postgres` superuser sets the tests up without a password; every other role proves its
    # password with SCRAM over TCP, as in a department (docs/DEPLOYMENT.md).
    printf '%s\n' 'local all all trust' 'host all postgres 127.0.0.1/32 trust' \
      'host all all 127.0.0.1/32 scram-sha-256' >"$dir/data/pg_hba.conf"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir/data/pg_hba.conf"
    as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    as_server_user "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres innodesk_test
    echo "postgresql://postgres@127.0.0.1:$port/innodesk_test"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_server_user "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *) echo "usage: pg_cluster.sh start|stop DIR [PORT]" >&2; exit 2 ;;
esac
