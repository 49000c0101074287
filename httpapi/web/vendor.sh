#!/usr/bin/env bash
# vendor.sh: fetches the dashboard's third-party front-end files from the npm
# registry into httpapi/web/vendor, with their licences. The files are
# committed, so running sitrep needs no build step and no network; run this
# only to update them (change the versions below).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent leaflet@1.9.4 topojson-client@3.1.0 world-atlas@2.0.2 >/dev/null)
for f in "$tmp"/*.tgz; do
	d=${f%.tgz}
	mkdir -p "$d"
	tar xzf "$f" -C "$d"
done
out=vendor
rm -rf "$out"
mkdir -p "$out"
cp "$tmp"/leaflet-1.9.4/package/dist/leaflet.js "$tmp"/leaflet-1.9.4/package/dist/leaflet.css "$out"/
cp "$tmp"/leaflet-1.9.4/package/LICENSE "$out"/LICENSE.leaflet
cp "$tmp"/topojson-client-3.1.0/package/dist/topojson-client.min.js "$out"/
cp "$tmp"/topojson-client-3.1.0/package/LICENSE "$out"/LICENSE.topojson-client
# Country boundaries at 1:50m from Natural Earth (public domain), as
# TopoJSON: package boundaries embeds them for the dashboard and the brief.
cp "$tmp"/world-atlas-2.0.2/package/countries-50m.json ../../boundaries/
cp "$tmp"/world-atlas-2.0.2/package/LICENSE ../../boundaries/LICENSE.world-atlas
ls -l "$out" ../../boundaries
