#!/usr/bin/env bash
# load.sh: `sitrep serve` under CLIENTS concurrent clients (default 200) for
# DUR (default 60s) while a second process ingests into the same store.
#
# Builds sitrep and bench/load, ingests BASE generated reports (default
# 20,000), starts the server, then ingests further generated reports in
# batches of 2,000 (each an `sitrep ingest` run: store and incremental
# fusion) for as long as the clients ask. Prints the load generator's
# figures (requests/s, errors, p50/p90/p99/max, the server's resident
# memory) and how many documents went in meanwhile. Exits 1 on any error.
#
# Needs only Go and bash. Environment: BASE, CLIENTS, DUR, ADDR (default
# 127.0.0.1:18089), KEEP=1 keeps the temporary directory, CPUPROFILE=FILE
# writes the server's CPU profile.
set -euo pipefail
BASE=${BASE:-20000}
CLIENTS=${CLIENTS:-200}
DUR=${DUR:-60s}
ADDR=${ADDR:-127.0.0.1:18089}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tmp=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-load.XXXXXX")
pid= ingest=
cleanup() {
	[ -n "$ingest" ] && kill "$ingest" 2>/dev/null
	[ -n "$pid" ] && kill -INT "$pid" 2>/dev/null
	wait 2>/dev/null
	if [ "${KEEP:-}" = 1 ]; then echo "load.sh: kept $tmp" >&2; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
go build -o "$tmp/sitrep" ./cmd/sitrep
go build -o "$tmp/load" ./bench/load
go run ./bench/gen -n "$BASE" -seed 1 -o "$tmp/base.jsonl"
# Other reports under other ids (the generator numbers its ids from 1).
go run ./bench/gen -n 60000 -seed 2 | sed 's/^{"id":"/{"id":"more-/' >"$tmp/more.jsonl"
mkdir "$tmp/more"
split -l 2000 -d -a 3 --additional-suffix=.jsonl "$tmp/more.jsonl" "$tmp/more/part-"
"$tmp/sitrep" --db "$tmp/load.db" ingest "$tmp/base.jsonl" >&2
SITREP_CPUPROFILE=${CPUPROFILE:-} "$tmp/sitrep" --db "$tmp/load.db" serve --addr "$ADDR" 2>"$tmp/serve.log" &
pid=$!
for _ in $(seq 100); do curl -fs "http://$ADDR/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
# The second process: batches of reports, one ingest after another.
(
	for part in "$tmp"/more/part-*.jsonl; do
		"$tmp/sitrep" --db "$tmp/load.db" ingest --json "$part" >>"$tmp/ingest.log" 2>>"$tmp/ingest.err" || echo "ingest of $part failed" >>"$tmp/ingest.err"
	done
) &
ingest=$!
echo "== $CLIENTS clients for $DUR against $BASE reports' incidents, ingest running beside =="
status=0
"$tmp/load" -url "http://$ADDR" -clients "$CLIENTS" -duration "$DUR" -pid "$pid" || status=1
kill "$ingest" 2>/dev/null || true
wait "$ingest" 2>/dev/null || true
ingest=
docs=$(grep -o '"new":[0-9]*' "$tmp/ingest.log" | cut -d: -f2 | paste -sd+ | bc)
runs=$(wc -l <"$tmp/ingest.log")
echo "meanwhile: $runs ingest runs stored ${docs:-0} new documents"
if grep -v '^$' "$tmp/ingest.err" | grep -q .; then
	echo "ingest errors:"; head -5 "$tmp/ingest.err"; status=1
fi
exit $status
