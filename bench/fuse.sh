#!/usr/bin/env bash
# fuse.sh: how fast and how well copy detection and fusion scale.
#
# Builds bench/fuse and runs it on generated stress corpora (bench/stress) of
# each size in SIZES mentions, printing each run's summary block: times of
# copies.Origins and cluster.Fuse, peak RSS, Go heap, pairwise precision and
# recall against the truth, copy detection precision and recall. Then prints
# the ratio of the fusion time (and of the copy detection time) of the
# largest size to the smallest, and whether fusion scales within 1.2 times
# the ratio of the sizes (12x for 10x the data).
#
# Needs only bash, Go and coreutils.
#
# Environment:
#   SIZES="100000 1000000"   corpus sizes in mentions, smallest first
#   SEED=1                   corpus seed
#   KEEP=1                   keep the temporary directory (binary, outputs)
#   GOMEMLIMIT=1800MiB       Go's soft memory limit, as sitrep sets one itself
#                            (cmd/sitrep DefaultMemoryLimit); "off" for none
set -euo pipefail

SIZES=${SIZES:-"100000 1000000"}
SEED=${SEED:-1}
export GOMEMLIMIT=${GOMEMLIMIT:-1800MiB}
[[ $GOMEMLIMIT == off ]] && unset GOMEMLIMIT

die() { echo "fuse.sh: $*" >&2; exit 1; }
log() { echo "fuse.sh: $*" >&2; }

read -ra sizes <<<"$SIZES"
((${#sizes[@]} > 0)) || die "SIZES is empty"
for n in "${sizes[@]}"; do
	[[ $n =~ ^[0-9]+$ && $n -gt 0 ]] || die "SIZES must hold positive integers, got '$n'"
done
[[ $SEED =~ ^[0-9]+$ ]] || die "SEED must be a non-negative integer, got '$SEED'"
command -v go >/dev/null || die "go not found in PATH"

cd "$(dirname "${BASH_SOURCE[0]}")/.."

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-fuse.XXXXXX")
if [[ ${KEEP:-} == 1 ]]; then
	trap 'log "kept $tmp"' EXIT
else
	trap 'rm -rf "$tmp"' EXIT
fi

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

# field LINE KEY prints the value of KEY=value in a "result" line.
field() {
	local kv
	for kv in $1; do
		if [[ $kv == "$2="* ]]; then
			echo "${kv#*=}"
			return
		fi
	done
	echo 0
}

log "building ./bench/fuse"
go build -o "$tmp/fuse" ./bench/fuse || die "go build ./bench/fuse failed"

first="" last="" n_first=0 n_last=0
for n in "${sizes[@]}"; do
	n=$((10#$n))
	log "running $n mentions (seed $SEED)"
	"$tmp/fuse" -mentions "$n" -seed "$SEED" | tee "$tmp/out.$n" || die "bench/fuse failed on $n mentions"
	echo
	result=$(grep '^result ' "$tmp/out.$n") || die "no result line for $n mentions"
	if [[ -z $first ]]; then
		first=$result n_first=$n
	fi
	last=$result n_last=$n
done

fuse1=$(field "$first" fuse_ms) fuse2=$(field "$last" fuse_ms)
copy1=$(field "$first" copies_ms) copy2=$(field "$last" copies_ms)
# Allowed: 1.2 times the size ratio, in hundredths.
allowed=$((120 * n_last / n_first))
ratio=$(((fuse2 * 100 + fuse1 / 2) / (fuse1 > 0 ? fuse1 : 1)))
verdict="yes"
((ratio <= allowed)) || verdict="NO"

cat <<EOF
== scaling, $n_first -> $n_last mentions ($(fixed "$n_last" "$n_first" 1)x the data) ==
fuse time ratio      $(fixed "$fuse2" "$fuse1" 2)x ($(fixed "$fuse1" 1000 3) s -> $(fixed "$fuse2" 1000 3) s)
copies time ratio    $(fixed "$copy2" "$copy1" 2)x ($(fixed "$copy1" 1000 3) s -> $(fixed "$copy2" 1000 3) s)
fuse within $(fixed "$allowed" 100 1)x     $verdict
EOF
