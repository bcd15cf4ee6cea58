#!/usr/bin/env bash
# Rebuilds data/geo/sverige-lan.json from Natural Earth's admin-1 boundaries
# as the QGIS project ships them (data/geo/README.md says why and what).
# Needs Debian's gdal-bin (ogr2ogr) and apt-get; fetches the qgis-common
# package (Debian) and mapshaper (npm) into a temporary folder only.
#
#   scripts/build-county-map.sh                 # QGIS's generalised copy (what is vendored)
#   SIMPLIFY=3% scripts/build-county-map.sh ne_10m_admin_1_states_provinces.shp
#                                               # or Natural Earth's own file, downloaded by hand
set -euo pipefail

QGIS_COMMON_VERSION=3.22.16+dfsg-1
MAPSHAPER_VERSION=0.7.70
# Share of the removable vertices mapshaper keeps (Visvalingam, topology-preserving).
SIMPLIFY=${SIMPLIFY:-40%}
source=${1:+$(realpath "$1")}

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

if [ -z "$source" ]; then
  apt-get download "qgis-common=$QGIS_COMMON_VERSION"
  dpkg-deb -x qgis-common_*.deb qgis
  ogr2ogr -f GeoJSON -where "adm0_a3 = 'SWE'" -select name lan.geojson \
    qgis/usr/share/qgis/resources/data/world_map.gpkg states_provinces
else
  ogr2ogr -f GeoJSON -where "adm0_a3 = 'SWE'" -select name lan.geojson "$source"
fi

npm install --prefix mapshaper --no-audit --no-fund --ignore-scripts "mapshaper@$MAPSHAPER_VERSION" >/dev/null
mapshaper/node_modules/.bin/mapshaper lan.geojson \
  -simplify "percentage=$SIMPLIFY" keep-shapes \
  -o format=geojson rfc7946 precision=0.001 simplified.geojson

node "$root/scripts/county-map-codes.mjs" simplified.geojson "$root/data/municipalities.csv" > "$root/data/geo/sverige-lan.json"
echo "wrote data/geo/sverige-lan.json ($(wc -c < "$root/data/geo/sverige-lan.json") bytes)"
