#!/usr/bin/env bash
# run.sh: sitrep's dates against chrono-node (npm) on the same texts: the
# 20 documents of the TempEval-3 platinum test set, speed over REPS passes
# and relaxed-extent P/R/F1 against the gold TIMEX3 spans.
#
# chrono-node is installed into a temporary directory (never the repo) from
# the npm registry at a pinned version. Needs Go, Node and npm; skips with
# a message when Node or the data is missing. Environment: DIR (the
# platinum directory), REPS (default 200), KEEP=1 keeps the temporary files.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
DIR=${DIR:-../shared/evaldata/suites/tempeval3-platinum}
REPS=${REPS:-200}
CHRONO_VERSION=2.10.3
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
	echo "run.sh: node or npm not found: skipped" >&2
	exit 0
fi
if [[ ! -d $DIR ]]; then
	echo "run.sh: $DIR not found (../shared is absent): skipped" >&2
	exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-chrono.XXXXXX")
if [[ ${KEEP:-} == 1 ]]; then trap 'echo "kept $tmp" >&2' EXIT; else trap 'rm -rf "$tmp"' EXIT; fi
npm install --silent --no-audit --no-fund --prefix "$tmp" "chrono-node@$CHRONO_VERSION" >/dev/null
go build -o "$tmp/sitrep" ./cmd/sitrep
bytes=$(node bench/chrono/chrono.mjs prepare "$DIR" "$tmp/docs.jsonl" "$tmp/gold.json")
docs=$(wc -l <"$tmp/docs.jsonl")
# sitrep: REPS copies of the documents in one run, so that start-up counts once.
for r in $(seq "$REPS"); do sed "s/\"id\":\"/\"id\":\"r$r-/" "$tmp/docs.jsonl"; done >"$tmp/many.jsonl"
# The difference between REPS passes and one takes out start-up (the
# gazetteer load): what one more document costs.
t0=$(date +%s.%N)
"$tmp/sitrep" dates --format jsonl "$tmp/docs.jsonl" >"$tmp/dates.jsonl"
t1=$(date +%s.%N)
"$tmp/sitrep" dates --format jsonl "$tmp/many.jsonl" >"$tmp/many.out"
t2=$(date +%s.%N)
echo "sitrep dates: one pass $(echo "$t1 - $t0" | bc) s (start-up included), $REPS passes $(echo "$t2 - $t1" | bc) s" >&2
sitrep_score=$(node bench/chrono/chrono.mjs score "$tmp/gold.json" "$tmp/dates.jsonl")
chrono_line=$(CHRONO="$tmp/node_modules/chrono-node/dist/esm/index.js" node bench/chrono/chrono.mjs chrono "$tmp/gold.json" "$REPS")
node -e '
const [s, c, secs, n, bytes] = [JSON.parse(process.argv[1]), JSON.parse(process.argv[2]), +process.argv[3], +process.argv[4], +process.argv[5]];
s.docs_per_s = n / secs; s.mb_per_s = bytes / 1e6 / secs;
const f = (x) => x.toFixed(3);
console.log("tool         docs/s     MB/s  predicted  P      R      F1 (relaxed extent, TempEval-3 platinum)");
for (const r of [s, c]) console.log(r.tool.padEnd(12), r.docs_per_s.toFixed(0).padStart(7), r.mb_per_s.toFixed(2).padStart(8), String(r.predicted).padStart(10), f(r.precision), f(r.recall), f(r.f1));
' "$sitrep_score" "$chrono_line" "$(echo "($t2 - $t1) - ($t1 - $t0)" | bc)" "$((docs * (REPS - 1)))" "$((bytes * (REPS - 1)))"
