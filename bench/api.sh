#!/usr/bin/env bash
# api.sh: how fast `sitrep serve` answers GET /api/v1/incidents on a store of
# N incidents (default 100,000, written by bench/apistore), with wrk.
#
# Prints wrk's figures for the first page after one warming request (the
# case the issue's bar names: >= 5,000 requests/s, p99 <= 20 ms), then for
# a page deep in a filtered listing, cold: its first request computes it.
#
# Needs Go and wrk (Debian: apt-get install wrk). Environment: N, ADDR
# (default 127.0.0.1:18088), DUR (wrk duration, default 10s), CONN (default 16).
set -euo pipefail
N=${N:-100000}
ADDR=${ADDR:-127.0.0.1:18088}
DUR=${DUR:-10s}
CONN=${CONN:-16}
command -v wrk >/dev/null || { echo "api.sh: wrk not found (apt-get install wrk)" >&2; exit 1; }
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tmp=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-api.XXXXXX")
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
go build -o "$tmp/sitrep" ./cmd/sitrep
go run ./bench/apistore -n "$N" -db "$tmp/api.db" >&2
"$tmp/sitrep" --db "$tmp/api.db" serve --addr "$ADDR" 2>"$tmp/serve.log" &
pid=$!
for _ in $(seq 50); do curl -fs "http://$ADDR/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
url="http://$ADDR/api/v1/incidents"
curl -fs -o /dev/null "$url"
echo "== GET /api/v1/incidents ($N incidents, $CONN connections, $DUR) =="
wrk -t2 -c"$CONN" -d"$DUR" --latency "$url" | grep -E "Requests/sec|Latency|50%|90%|99%"
echo "== GET /api/v1/incidents?country=IQ&offset=20000 (cold first request) =="
wrk -t2 -c"$CONN" -d"$DUR" --latency "$url?country=IQ&offset=20000" | grep -E "Requests/sec|Latency|50%|90%|99%"
