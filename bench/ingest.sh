#!/usr/bin/env bash
# ingest.sh: how fast `sitrep ingest --json` stores a synthetic corpus.
#
# Builds ./cmd/sitrep, generates N reports with bench/gen, ingests them into a
# fresh database and prints one summary block: reports/s, MB/s (input bytes /
# wall seconds, 1 MB = 10^6 bytes), peak RSS and the mean start-up time of
# `sitrep --version`.
#
# Needs only bash, Go and coreutils. Peak RSS comes from GNU time (-v) when it
# is there, else from polling VmHWM in /proc/<pid>/status.
#
# Environment:
#   N=20000         reports to generate
#   SEED=1          corpus seed
#   RUNS=20         `sitrep --version` runs for the start-up time
#   SITREP=path     benchmark this binary instead of building ./cmd/sitrep
#   GNU_TIME=path   GNU time (default /usr/bin/time); a missing path forces polling
#   KEEP=1          keep the temporary directory (corpus, db, logs)
set -euo pipefail

N=${N:-20000}
SEED=${SEED:-1}
RUNS=${RUNS:-20}
GNU_TIME=${GNU_TIME:-/usr/bin/time}

die() { echo "ingest.sh: $*" >&2; exit 1; }
log() { echo "ingest.sh: $*" >&2; }

[[ $N =~ ^[0-9]+$ && $N -gt 0 ]] || die "N must be a positive integer, got '$N'"
[[ $SEED =~ ^-?[0-9]+$ ]] || die "SEED must be an integer, got '$SEED'"
[[ $RUNS =~ ^[0-9]+$ && $RUNS -gt 0 ]] || die "RUNS must be a positive integer, got '$RUNS'"
command -v go >/dev/null || die "go not found in PATH"
N=$((10#$N)) RUNS=$((10#$RUNS))

cd "$(dirname "${BASH_SOURCE[0]}")/.."

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-bench.XXXXXX")
if [[ ${KEEP:-} == 1 ]]; then
	trap 'log "kept $tmp"' EXIT
else
	trap 'rm -rf "$tmp"' EXIT
fi

# now_ns prints the wall clock in nanoseconds.
now_ns() {
	if [[ -n ${EPOCHREALTIME:-} ]]; then
		local t=${EPOCHREALTIME/[.,]/}
		echo "${t}000"
		return
	fi
	local t
	t=$(date +%s%N)
	if [[ $t =~ ^[0-9]+$ ]]; then
		echo "$t"
	else # a date(1) without %N: whole seconds only
		echo "$(date +%s)000000000"
	fi
}

# fixed NUM DEN PLACES prints NUM/DEN with PLACES decimals, rounded, using
# integer arithmetic only.
fixed() {
	local num=$1 den=$2 places=$3 scale=1 i
	((den > 0)) || { echo "n/a"; return; }
	for ((i = 0; i < places; i++)); do scale=$((scale * 10)); done
	local q=$(((num * scale + den / 2) / den))
	if ((places == 0)); then
		echo "$q"
	else
		printf '%d.%0*d\n' $((q / scale)) "$places" $((q % scale))
	fi
}

# millis TEXT turns seconds written "1.23", "1,23" or "0:01.23" / "1:02:03"
# into milliseconds.
millis() {
	local s=${1//,/.} total=0 part ms frac
	IFS=: read -ra parts <<<"$s"
	for part in "${parts[@]:0:${#parts[@]}-1}"; do total=$((total * 60 + 10#$part)); done
	part=${parts[-1]}
	frac=${part#*.}
	[[ $frac == "$part" ]] && frac=0
	frac=${frac}000
	ms=$(((total * 60 + 10#${part%%.*}) * 1000 + 10#${frac:0:3}))
	echo "$ms"
}

# --- build -------------------------------------------------------------------
if [[ -n ${SITREP:-} ]]; then
	[[ -x $SITREP ]] || die "SITREP=$SITREP is not an executable"
	bin=$SITREP
else
	log "building ./cmd/sitrep"
	go build -o "$tmp/sitrep" ./cmd/sitrep || die "go build ./cmd/sitrep failed"
	bin=$tmp/sitrep
fi

# --- corpus ------------------------------------------------------------------
corpus=$tmp/corpus.jsonl
log "generating $N reports (seed $SEED)"
go run ./bench/gen -n "$N" -seed "$SEED" -o "$corpus" || die "bench/gen failed"
bytes=$(wc -c <"$corpus")
bytes=${bytes//[!0-9]/}

# --- ingest ------------------------------------------------------------------
db=$tmp/bench.db
rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
cmd=("$bin" --db "$db" ingest --json "$corpus")

status=0 rss_kb="" rss_how="" user_ms="" sys_ms="" cpu_note=""
if [[ -x $GNU_TIME ]] && "$GNU_TIME" -v -o /dev/null true >/dev/null 2>&1; then
	log "ingesting under $GNU_TIME -v"
	t0=$(now_ns)
	"$GNU_TIME" -v -o "$tmp/time.txt" "${cmd[@]}" >"$tmp/ingest.out" 2>"$tmp/ingest.err" || status=$?
	t1=$(now_ns)
	while IFS= read -r line; do
		line=${line#"${line%%[![:space:]]*}"}
		case $line in
		"Maximum resident set size (kbytes): "*) rss_kb=${line##*: } ;;
		"User time (seconds): "*) user_ms=$(millis "${line##*: }") ;;
		"System time (seconds): "*) sys_ms=$(millis "${line##*: }") ;;
		esac
	done <"$tmp/time.txt"
	rss_how="GNU time"
else
	log "ingesting, polling /proc for peak RSS ($GNU_TIME -v not available)"

	# poll_hwm PID prints the highest VmHWM (kB) seen until PID exits. A
	# process that has exited but not been reaped is a zombie with no memory
	# lines, so the State line ends the loop.
	poll_hwm() {
		local pid=$1 hwm=0 line v state
		while kill -0 "$pid" 2>/dev/null; do
			state=""
			{
				while IFS= read -r line; do
					case $line in
					State:*) state=${line#State:} ;;
					VmHWM:*)
						v=${line//[!0-9]/}
						if ((v > hwm)); then hwm=$v; fi
						;;
					esac
				done
			} 2>/dev/null <"/proc/$pid/status" || break
			[[ $state == *Z* || $state == *X* ]] && break
			sleep 0.02
		done
		echo "$hwm"
	}

	run_polled() {
		"${cmd[@]}" >"$tmp/ingest.out" 2>"$tmp/ingest.err" &
		local pid=$!
		if [[ -r /proc/$pid/status ]]; then
			rss_kb=$(poll_hwm "$pid")
			rss_how="VmHWM, polled"
		fi
		wait "$pid" || status=$?
	}

	TIMEFORMAT='%3U %3S'
	t0=$(now_ns)
	{ time run_polled; } 2>"$tmp/time.txt"
	t1=$(now_ns)
	# bash writes its timing last, after anything the polling may have said.
	read -r u s < <(tail -n 1 "$tmp/time.txt") || true
	if [[ ${u:-} =~ ^[0-9] && ${s:-} =~ ^[0-9] ]]; then
		user_ms=$(millis "$u") sys_ms=$(millis "$s")
		cpu_note=" (includes polling)"
	fi
fi
wall_ns=$((t1 - t0))

if ((status != 0)); then
	echo "ingest.sh: sitrep ingest exited with status $status; last lines of its stderr:" >&2
	tail -n 20 "$tmp/ingest.err" >&2 || true
fi

# --- start-up ----------------------------------------------------------------
log "timing $RUNS runs of sitrep --version"
startup="n/a"
if "$bin" --version >"$tmp/version.txt" 2>&1; then
	s0=$(now_ns)
	for ((i = 0; i < RUNS; i++)); do
		"$bin" --version >/dev/null 2>&1 || true
	done
	s1=$(now_ns)
	startup="$(fixed $((s1 - s0)) $((RUNS * 1000000)) 2) ms (mean of $RUNS)"
else
	startup="failed: $(head -n 1 "$tmp/version.txt")"
fi

# --- summary -----------------------------------------------------------------
rss="n/a"
if [[ -n $rss_kb && $rss_kb != 0 ]]; then
	rss="$(fixed "$rss_kb" 1024 1) MB ($rss_how)"
fi
cpu="n/a"
if [[ -n $user_ms && -n $sys_ms ]]; then
	cpu="$(fixed "$user_ms" 1000 2) s user, $(fixed "$sys_ms" 1000 2) s sys$cpu_note"
fi

cat <<EOF
== sitrep ingest benchmark ==
binary       $bin ($(head -n 1 "$tmp/version.txt" 2>/dev/null || echo "?"))
reports      $N (seed $SEED)
input        $(fixed "$bytes" 1000000 2) MB ($bytes bytes)
wall         $(fixed "$wall_ns" 1000000000 3) s
cpu          $cpu
reports/s    $(fixed $((N * 1000000000)) "$wall_ns" 1)
MB/s         $(fixed $((bytes * 1000)) "$wall_ns" 2)
peak RSS     $rss
start-up     $startup
exit status  $status
EOF

exit "$status"
