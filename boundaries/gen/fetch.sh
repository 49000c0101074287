#!/usr/bin/env bash
# fetch.sh: regenerates boundaries/provinces.json, the first-level divisions
# of the region, from Debian's qgis-common package (apt-get download needs no
# root): its world_map.gpkg holds Natural Earth's 1:10m Admin 1 (v4.1.0,
# public domain) generalised by the QGIS project. The output is committed;
# run this only to update it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
version=${QGIS_VERSION:-3.22.16+dfsg-1}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && apt-get download "qgis-common=$version" >/dev/null)
dpkg-deb -x "$tmp"/qgis-common_*.deb "$tmp/x"
gpkg="$tmp/x/usr/share/qgis/resources/data/world_map.gpkg"
echo "fetch.sh: qgis-common $version, world_map.gpkg sha256 $(sha256sum "$gpkg" | cut -d' ' -f1)" >&2
go run ./boundaries/gen -gpkg "$gpkg" -o boundaries/provinces.json -centroids gazetteer/gen/admin1-points.tsv
