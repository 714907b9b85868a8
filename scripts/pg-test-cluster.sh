#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL cluster for tests, CI and benchmarks.
#
#   scripts/pg-test-cluster.sh start STATE_DIR   # prints the URL
#   scripts/pg-test-cluster.sh stop STATE_DIR
#
# `start` makes a new cluster in a temporary folder, on a free loopback port,
# with a superuser `quire` whose random password is in STATE_DIR/password
# (mode 600). STATE_DIR/url holds postgresql://quire@127.0.0.1:PORT/postgres
# (no password). Durability is off (fsync, synchronous_commit): the data is
# thrown away, and tests should measure Quire, not the disk. Never use these
# settings for a store. QUIRE_PG_DURABLE=1 keeps PostgreSQL's durable
# defaults (benchmarks compare with SQLite's synchronous=FULL).
#
# PostgreSQL refuses to run as root; as root the server runs as the
# `postgres` user (the Debian package creates it), in a folder it owns.
set -euo pipefail

usage() { echo "usage: $0 start|stop STATE_DIR" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
action=$1
state=$2

pg_bin=${QUIRE_PG_BIN:-}
if [[ -z $pg_bin ]]; then
    for candidate in /usr/lib/postgresql/*/bin; do
        [[ -x $candidate/pg_ctl ]] && pg_bin=$candidate
    done
fi
[[ -n $pg_bin && -x $pg_bin/pg_ctl ]] || { echo "pg-test-cluster: PostgreSQL server not found (install postgresql)" >&2; exit 1; }

as_owner=()
if [[ $EUID -eq 0 ]]; then
    as_owner=(runuser -u postgres --)
fi

stop_cluster() {
    [[ -f $state/datadir ]] || return 0
    local datadir
    datadir=$(cat "$state/datadir")
    if [[ -d $datadir ]]; then
        "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$datadir/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$datadir"
    fi
    rm -f "$state/datadir" "$state/url" "$state/password"
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

case $action in
stop)
    stop_cluster
    ;;
start)
    mkdir -p "$state"
    stop_cluster # a cluster left over from an interrupted run
    datadir=$(mktemp -d "${TMPDIR:-/tmp}/quire-pg.XXXXXX")
    echo "$datadir" >"$state/datadir"
    password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    (umask 077; printf '%s\n' "$password" >"$state/password")
    (umask 077; printf '%s\n' "$password" >"$datadir/pwfile")
    if [[ $EUID -eq 0 ]]; then
        chown -R postgres: "$datadir"
    fi
    "${as_owner[@]}" "$pg_bin/initdb" -D "$datadir/data" -U quire --pwfile="$datadir/pwfile" \
        --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$datadir/initdb.log" 2>&1 \
        || { cat "$datadir/initdb.log" >&2; exit 1; }
    rm -f "$datadir/pwfile"
    durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [[ ${QUIRE_PG_DURABLE:-0} == 1 ]] && durability=""
    # Another process may take the port between picking and binding: retry.
    for attempt in 1 2 3 4 5; do
        port=$(free_port)
        if "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$datadir/data" -l "$datadir/server.log" -w -t 60 \
            -o "-h 127.0.0.1 -p $port -k $datadir $durability -c max_connections=200" \
            start >/dev/null; then
            url="postgresql://quire@127.0.0.1:$port/postgres"
            echo "$url" >"$state/url"
            echo "$url"
            exit 0
        fi
        echo "pg-test-cluster: start on port $port failed (attempt $attempt)" >&2
    done
    cat "$datadir/server.log" >&2 || true
    exit 1
    ;;
*)
    usage
    ;;
esac
