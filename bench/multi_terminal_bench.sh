#!/usr/bin/env bash
# Sales per second with 1, 2 and 4 terminals on one PostgreSQL, and with one
# terminal on SQLite (docs/performance.md, "Several terminals").
#
#   bench/multi_terminal_bench.sh [BUILD_DIR] [SECONDS] [IN_FLIGHT]
#
# Each run: a fresh database with a 40-title catalog (stock large enough never
# to run out), one gateway simulator, N quire-test-terminal processes (the
# real CoreServices with a robot at the till) selling for SECONDS with
# IN_FLIGHT sales under way each. A sale = order, payment attempt, checkout
# session, simulator pays, callback (all to terminal 1), payment and order
# paid in the shared database. Prints one line per run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-build}
seconds=${2:-20}
in_flight=${3:-2}
terminal=$build/tests/quire-test-terminal
sim=$build/app/gateway-sim/quire-gateway-sim
quire=$build/app/quire
for exe in "$terminal" "$sim" "$quire"; do
    [[ -x $exe ]] || { echo "bench: build $exe first" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/quire-mt-bench.XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    scripts/pg-test-cluster.sh stop "$work/pg" || true
    [[ ${QUIRE_BENCH_KEEP:-0} == 1 ]] && echo "bench: kept $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT

# Durable, like a store's server (and like SQLite's synchronous=FULL).
url=$(QUIRE_PG_DURABLE=1 scripts/pg-test-cluster.sh start "$work/pg")
export PGPASSWORD
PGPASSWORD=$(cat "$work/pg/password")
export QT_LOGGING_RULES="quire.*.info=false;quire.*.warning=false"

{
    echo "isbn,title,authors,price,currency,stock,cover_path"
    for i in $(seq 0 39); do
        body=$(printf '978000100%03d' "$i")
        sum=0
        for ((d = 0; d < 12; d++)); do
            digit=${body:d:1}
            ((sum += (d % 2 == 0 ? digit : 3 * digit)))
        done
        echo "$body$(((10 - sum % 10) % 10)),Bench Title $i,Bench Author,$((5 + i % 20)).99,EUR,1000000,"
    done
} >"$work/catalog.csv"
isbns=$(tail -n +2 "$work/catalog.csv" | cut -d, -f1 | paste -sd,)

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

run() { # backend terminals
    local backend=$1 count=$2 db
    if [[ $backend == postgresql ]]; then
        local name="bench_${count}_$RANDOM"
        psql "$url" -q -c "CREATE DATABASE $name" >/dev/null
        db="${url%/*}/$name"
    else
        db="$work/sqlite-$count-$RANDOM.sqlite"
    fi
    "$quire" --db "$db" --db-password-file "$work/pg/password" \
        --import-catalog "$work/catalog.csv" --strict >/dev/null

    local port
    port=$(free_port)
    QUIRE_SIM_API_KEY=sk_bench QUIRE_SIM_WEBHOOK_SECRET=whsec_bench \
        "$sim" --listen 127.0.0.1:0 --webhook-url "http://127.0.0.1:$port/webhooks/gateway" \
        >"$work/sim.out" 2>"$work/sim.log" &
    local sim_pid=$!
    pids+=("$sim_pid")
    for _ in $(seq 300); do grep -q '^listening on' "$work/sim.out" && break; sleep 0.1; done
    local sim_url
    sim_url=$(sed -n 's/^listening on //p' "$work/sim.out")
    [[ -n $sim_url ]] || { echo "bench: the simulator did not start" >&2; cat "$work/sim.log" >&2; exit 1; }

    local t outs=()
    for t in $(seq "$count"); do
        local listen="127.0.0.1:0"
        [[ $t == 1 ]] && listen="127.0.0.1:$port"
        QUIRE_GATEWAY_API_KEY=sk_bench QUIRE_WEBHOOK_SECRETS=whsec_bench \
            "$terminal" --db "$db" --db-password-file "$work/pg/password" --terminal-id "t$t" \
            --callback-listen "$listen" --gateway-url "$sim_url" --isbns "$isbns" \
            --sell-seconds "$seconds" --in-flight "$in_flight" --seed "$t" \
            >"$work/t$t.out" 2>"$work/t$t.log" &
        pids+=($!)
        outs+=("$work/t$t.out")
    done
    wait "${pids[@]:1}" 2>/dev/null || true
    kill "$sim_pid" 2>/dev/null || true
    wait "$sim_pid" 2>/dev/null || true
    pids=()
    python3 - "$backend" "$count" "$seconds" "${outs[@]}" <<'PY'
import json, sys
backend, count, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
paid = errors = retries = 0
for path in sys.argv[4:]:
    lines = open(path).read().strip().splitlines()
    if len(lines) < 2:
        log = path[:-4] + ".log"
        sys.exit(f"bench: {path} has no summary; its log ends:\n" + open(log).read()[-2000:])
    summary = json.loads(lines[-1])
    paid += summary["paid"]; errors += summary["errors"]; retries += summary["conflictRetries"]
print(f"{backend:10s} terminals={count} sales={paid} sales/s={paid / seconds:6.1f} "
      f"errors={errors} conflict-retries={retries}")
PY
}

echo "selling for ${seconds}s, ${in_flight} sales under way per terminal"
run sqlite 1
for n in 1 2 4; do run postgresql "$n"; done
