import { booleanValid } from '@turf/boolean-valid';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countyMap, type CountyCollection, type Position } from '#shared/report/county-map';

/** The vendored county boundaries (data/geo/README.md) and their projection to SVG. */

const FILE = new URL('../data/geo/sverige-lan.json', import.meta.url);
const SIZE_BUDGET_BYTES = 40_000;

const collection = JSON.parse(readFileSync(FILE, 'utf8')) as CountyCollection;

/** The 21 counties of the reference data the app seeds (server/reference/seed.ts). */
function referenceCounties(): Map<string, string> {
  const lines = readFileSync(new URL('../data/municipalities.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  return new Map(lines.map((line) => line.split(',')).map(([, , code, name]) => [code!, name!]));
}

const ringsOf = (feature: CountyCollection['features'][number]): Position[][] =>
  feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();

/** Twice the signed area of a ring (positive: counter-clockwise). */
const signedArea = (ring: Position[]) => ring.slice(1).reduce((sum, [x, y], i) => sum + (ring[i]![0] * y - x * ring[i]![1]), 0);

describe('data/geo/sverige-lan.json', () => {
  it('has exactly the 21 counties of the reference data, with their codes and names, in code order', () => {
    const reference = referenceCounties();
    expect(reference.size).toBe(21);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(21);
    expect(collection.features.map((f) => [f.properties.code, f.properties.name])).toEqual([...reference.entries()].sort());
  });

  it('stays under its size budget', () => {
    expect(statSync(FILE).size).toBeLessThan(SIZE_BUDGET_BYTES);
  });

  it('has valid polygons (OGC simple features) inside Sweden, wound as RFC 7946 asks', () => {
    for (const feature of collection.features) {
      expect(['Polygon', 'MultiPolygon'], feature.properties.name).toContain(feature.geometry.type);
      expect(booleanValid(feature.geometry), feature.properties.name).toBe(true);
      const [outer, ...holes] = feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates[0]!;
      expect(signedArea(outer!), `${feature.properties.name}: outer ring counter-clockwise`).toBeGreaterThan(0);
      for (const hole of holes) expect(signedArea(hole)).toBeLessThan(0);
      for (const ring of ringsOf(feature)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        for (const [lon, lat] of ring) {
          expect(lon).toBeGreaterThan(10.5);
          expect(lon).toBeLessThan(24.5);
          expect(lat).toBeGreaterThan(55);
          expect(lat).toBeLessThan(69.5);
        }
      }
    }
  });

  it('puts each county where it belongs: Skåne southmost, Norrbotten northmost, Gotland east of Kalmar', () => {
    const centre = (code: string) => {
      const feature = collection.features.find((f) => f.properties.code === code)!;
      const points = ringsOf(feature).flat();
      return [points.reduce((s, p) => s + p[0], 0) / points.length, points.reduce((s, p) => s + p[1], 0) / points.length] as const;
    };
    const latitudes = collection.features.map((f) => centre(f.properties.code)[1]);
    expect(centre('12')[1]).toBe(Math.min(...latitudes));
    expect(centre('25')[1]).toBe(Math.max(...latitudes));
    expect(centre('09')[0]).toBeGreaterThan(centre('08')[0]);
  });
});

describe('countyMap', () => {
  const map = countyMap(collection, { width: 300 });

  it('fits Sweden into the box, taller than wide, one closed path per county', () => {
    expect(map.width).toBe(300);
    expect(map.height).toBeGreaterThan(600);
    expect(map.height).toBeLessThan(700);
    expect(map.viewBox).toBe(`0 0 300 ${map.height}`);
    expect(map.paths.map((p) => p.code)).toEqual(collection.features.map((f) => f.properties.code));
    for (const path of map.paths) {
      expect(path.d).toMatch(/^(M[\d. L]+Z)+$/);
      const numbers = path.d.match(/[\d.]+/g)!.map(Number);
      for (const [i, value] of numbers.entries()) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(i % 2 === 0 ? map.width : map.height);
      }
    }
  });

  it('projects with north up and west left, and rounds to the requested decimals', () => {
    const tiny: CountyCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: '99', name: 'Test' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [10, 60],
                [12, 60],
                [12, 62],
                [10, 60],
              ],
            ],
          },
        },
      ],
    };
    const projected = countyMap(tiny, { width: 100, decimals: 0 });
    // cos(61°) ≈ 0.485: 2° of longitude are 100 units, 2° of latitude 100 / 0.485 ≈ 206.
    expect(projected.height).toBe(206);
    expect(projected.paths[0]!.d).toBe('M0 206L100 206L100 0Z');
  });

  it('drops rings smaller than the map’s resolution instead of drawing dots', () => {
    const rings = (m: typeof map) => m.paths.reduce((sum, p) => sum + p.d.split('M').length - 1, 0);
    const small = countyMap(collection, { width: 20, decimals: 0 });
    expect(rings(small)).toBeLessThan(rings(map)); // the smallest islands vanish
    for (const path of small.paths) expect(path.d).toMatch(/^(M\d+ \d+(L\d+ \d+){2,}Z)+$/); // every ring kept has three points or more
  });
});
