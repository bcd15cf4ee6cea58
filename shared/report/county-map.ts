/**
 * Sweden's 21 counties as SVG paths, for the report's choropleth. The
 * boundaries are vendored in data/geo/sverige-lan.json (source, licence and
 * how it was made: data/geo/README.md); this module only projects them.
 * Pure: no I/O, nothing outside shared/.
 *
 * Projection: equirectangular fitted to Sweden — longitude scaled by the
 * cosine of the middle latitude of the map, so the country keeps its
 * familiar proportions at the middle (a choropleth shows which county, not
 * distances or areas).
 */

export type Position = [number, number];

export interface CountyFeature {
  type: 'Feature';
  properties: { code: string; name: string };
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}

export interface CountyCollection {
  type: 'FeatureCollection';
  features: CountyFeature[];
}

export interface CountyPath {
  code: string;
  name: string;
  /** SVG path data in the map's own coordinates (0..width, 0..height, y down). */
  d: string;
}

export interface CountyMap {
  width: number;
  height: number;
  /** For the svg element: `0 0 width height`. */
  viewBox: string;
  paths: CountyPath[];
}

const polygonsOf = (geometry: CountyFeature['geometry']): Position[][][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

function bounds(collection: CountyCollection) {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const feature of collection.features)
    for (const polygon of polygonsOf(feature.geometry))
      for (const ring of polygon)
        for (const [lon, lat] of ring) {
          west = Math.min(west, lon);
          east = Math.max(east, lon);
          south = Math.min(south, lat);
          north = Math.max(north, lat);
        }
  if (!Number.isFinite(west)) throw new Error('the collection has no coordinates');
  return { west, east, south, north };
}

export interface CountyMapOptions {
  /** Width of the map in SVG units; the height follows from Sweden's shape. */
  width?: number;
  /** Decimals of the path coordinates. */
  decimals?: number;
}

/** Projects the counties into an SVG box `width` wide, one path per county (holes and islands included, even-odd safe). */
export function countyMap(collection: CountyCollection, options: CountyMapOptions = {}): CountyMap {
  const width = options.width ?? 300;
  const factor = 10 ** (options.decimals ?? 1);
  const { west, east, south, north } = bounds(collection);
  const xScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = width / ((east - west) * xScale);
  const height = Math.round((north - south) * scale * factor) / factor;
  const round = (value: number) => Math.round(value * factor) / factor;
  const project = ([lon, lat]: Position): Position => [round((lon - west) * xScale * scale), round((north - lat) * scale)];

  const ringPath = (ring: Position[]): string => {
    const points: Position[] = [];
    for (const position of ring) {
      const point = project(position);
      const last = points[points.length - 1];
      if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
    }
    const first = points[0];
    const last = points[points.length - 1];
    if (points.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) points.pop(); // Z closes it
    if (points.length < 3) return ''; // smaller than the map's resolution
    return `M${points.map(([x, y]) => `${x} ${y}`).join('L')}Z`;
  };

  const paths = collection.features.map((feature) => ({
    code: feature.properties.code,
    name: feature.properties.name,
    d: polygonsOf(feature.geometry)
      .flatMap((polygon) => polygon.map(ringPath))
      .join(''),
  }));
  return { width, height, viewBox: `0 0 ${width} ${height}`, paths };
}
