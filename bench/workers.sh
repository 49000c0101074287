#!/usr/bin/env bash
# workers.sh: the queue's throughput with 1 and 2 workers, and the latency
# from publishing a document to its being queryable at a steady rate.
# Environment: N (documents, default 3000), DB (a postgres:// URL; default
# SQLite; on this machine add ?sslmode=disable, as TLS over loopback costs
# CPU the workers need), QUEUE (a nats:// URL; default an embedded server),
# RATE (default 100 a second), DURATION (seconds of the latency run, default
# 15), PREFILL (documents of the N stored and fused before each run, the
# earliest published: a desk's store in its steady state; default 0),
# REPEATS (throughput runs of 1 and of 2 workers, in turn; the median counts;
# default 3).
set -euo pipefail
N=${N:-3000}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tmp=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-workers.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
go run ./bench/gen -n "$N" -o "$tmp/corpus.jsonl" >/dev/null
args=(-corpus "$tmp/corpus.jsonl" -rate "${RATE:-100}" -seconds "${DURATION:-15}" -repeats "${REPEATS:-3}")
[[ -n ${DB:-} ]] && args+=(-db "$DB")
[[ -n ${PREFILL:-} ]] && args+=(-prefill "$PREFILL")
[[ -n ${QUEUE:-} ]] && args+=(-queue "$QUEUE")
go run ./bench/workers "${args[@]}"
