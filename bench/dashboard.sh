#!/usr/bin/env bash
# dashboard.sh: how fast the dashboard shows N incidents (default 10,000 at
# 2,000 sites) in headless Chromium: first contentful paint and the page
# fully drawn (markers, timeline, list, nearby boundaries), cache disabled.
# Needs Go and Chromium (Debian: apt-get install chromium). Environment: N,
# SITES, RUNS (default 5).
set -euo pipefail
N=${N:-10000}
SITES=${SITES:-2000}
RUNS=${RUNS:-5}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tmp=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-dash.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
go run ./bench/apistore -n "$N" -spread "$SITES" -db "$tmp/dash.db" >&2
go run ./bench/dashboard -db "$tmp/dash.db" -runs "$RUNS"
