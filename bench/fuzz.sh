#!/usr/bin/env bash
# The long fuzz run: every native fuzz target for FUZZTIME (default 10m)
# with FUZZPARALLEL workers (default 1, so two targets can share the machine
# with other work), one after another. Prints a line per target: package,
# target, time, executions, new interesting inputs, and the verdict. A crash
# is written by Go under the package's testdata/fuzz (commit it: it is then a
# regression test) and the script goes on with the next target; the exit
# status is 1 when any target failed.
#
#   bash bench/fuzz.sh                 # all targets, 10 minutes each
#   FUZZTIME=90s bash bench/fuzz.sh extract ingest   # only these packages
set -uo pipefail
cd "$(dirname "$0")/.."
fuzztime=${FUZZTIME:-10m}
parallel=${FUZZPARALLEL:-1}
only=" $* "
logdir=${FUZZLOGS:-$(mktemp -d /tmp/sitrep-fuzz.XXXXXX)}
mkdir -p "$logdir"
status=0
printf '%-12s %-20s %8s %12s %8s %s\n' package target time execs new verdict
for dir in $(grep -rl --include='*_test.go' '^func Fuzz' . | xargs -n1 dirname | sort -u); do
	[ "$only" != "  " ] && [[ "$only" != *" ${dir#./} "* ]] && continue
	for target in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go | sed 's/^func //' | sort -u); do
		log="$logdir/${dir#./}-$target.log"
		start=$(date +%s)
		if go test "$dir" -run='^$' -fuzz="^${target}\$" -fuzztime="$fuzztime" -parallel="$parallel" -timeout=0 >"$log" 2>&1; then
			verdict=ok
		else
			verdict="FAILED (see $log)"
			status=1
		fi
		secs=$(($(date +%s) - start))
		last=$(grep -E '^fuzz: elapsed: .*execs:' "$log" | tail -1)
		execs=$(sed -E 's/.*execs: ([0-9]+).*/\1/' <<<"$last")
		new=$(sed -E 's/.*new interesting: ([0-9]+).*/\1/' <<<"$last")
		printf '%-12s %-20s %7ss %12s %8s %s\n' "${dir#./}" "$target" "$secs" "${execs:-?}" "${new:-?}" "$verdict"
	done
done
echo "logs: $logdir"
exit $status
