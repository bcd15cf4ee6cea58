// Last step of scripts/build-county-map.sh: gives each Natural Earth county
// the county code and name of the reference data (data/municipalities.csv)
// and writes the collection, one feature per line, sorted by code.
// Usage: node scripts/county-map-codes.mjs simplified.geojson data/municipalities.csv > data/geo/sverige-lan.json
import { readFileSync } from 'node:fs';

// Natural Earth's admin-1 names for Sweden (as in its `name` field) → SCB's county code.
const CODE_BY_NATURAL_EARTH_NAME = {
  Stockholm: '01',
  Uppsala: '03',
  Södermanland: '04',
  Östergötland: '05',
  Jönköping: '06',
  Kronoberg: '07',
  Kalmar: '08',
  Gotland: '09',
  Blekinge: '10',
  Skåne: '12',
  Halland: '13',
  'Västra Götaland': '14',
  Värmland: '17',
  Orebro: '18',
  Västmanland: '19',
  Dalarna: '20',
  Gävleborg: '21',
  Västernorrland: '22',
  Jämtland: '23',
  Västerbotten: '24',
  Norrbotten: '25',
};

const [geojsonPath, municipalitiesPath] = process.argv.slice(2);
if (!geojsonPath || !municipalitiesPath) throw new Error('usage: county-map-codes.mjs <simplified.geojson> <municipalities.csv>');

const countyNames = new Map(
  readFileSync(municipalitiesPath, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .map(([, , code, name]) => [code, name]),
);
const collection = JSON.parse(readFileSync(geojsonPath, 'utf8'));

const features = collection.features.map((feature) => {
  const code = CODE_BY_NATURAL_EARTH_NAME[feature.properties.name];
  if (!code) throw new Error(`no county code for "${feature.properties.name}"`);
  const name = countyNames.get(code);
  if (!name) throw new Error(`county ${code} is not in the reference data`);
  return { type: 'Feature', properties: { code, name }, geometry: feature.geometry };
});
features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
const codes = new Set(features.map((f) => f.properties.code));
if (features.length !== 21 || codes.size !== 21 || countyNames.size !== 21) throw new Error(`expected 21 counties, got ${features.length}`);

process.stdout.write(`{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`);
