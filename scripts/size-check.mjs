#!/usr/bin/env node
/**
 * Size budgets (the numbers docs/bench.html reports), measured on the self-contained CDN build (packages/civic-viz/cdn, shipped
 * in the npm tarball as civic-viz/cdn/: minified, Lit
 * and ECharts bundled, code-split) — i.e. what a page actually downloads. For each entry we
 * follow static imports (what loads at once) and dynamic imports (what loads later) through the
 * chunk graph, gzip each file at level 9 and add them up. Prints a table; exits 1 over budget.
 * `--json` prints the rows as JSON (used by the benchmark).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = 'packages/civic-viz/cdn';
if (!existsSync(root)) {
  console.error('packages/civic-viz/cdn is missing: run `CIVIC_BUILD=cdn npx vite build --config vite.config.ts` first.');
  process.exit(1);
}

const cache = new Map();
function chunk(file) {
  if (!cache.has(file)) {
    const code = readFileSync(file, 'utf8');
    const dir = dirname(file);
    const resolveAll = (re) =>
      [...code.matchAll(re)]
        .map((m) => m[1])
        .filter((s) => s.startsWith('.'))
        .map((s) => normalize(join(dir, s)));
    cache.set(file, {
      gzip: gzipSync(code, { level: 9 }).length,
      raw: Buffer.byteLength(code),
      code,
      // `import x from "./a.js"`, `import "./a.js"`, `export * from "./a.js"` (minified or not).
      statics: resolveAll(/(?:\bimport|\bexport)\s*(?:[\w*$\s{},]*?\bfrom\s*)?["'`]([^"'`]+\.js)["'`]/g),
      dynamics: resolveAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g),
    });
  }
  return cache.get(file);
}

/** Files loaded at once by `files` (static closure). */
function closure(files) {
  const seen = new Set();
  const stack = [...files];
  while (stack.length) {
    const f = stack.pop();
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...chunk(f).statics);
  }
  return seen;
}

/** Everything reachable, dynamic imports included. */
function reachable(files) {
  const seen = new Set();
  const stack = [...files];
  while (stack.length) {
    const f = stack.pop();
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...chunk(f).statics, ...chunk(f).dynamics);
  }
  return seen;
}

const sum = (set) => [...set].reduce((a, f) => ({ raw: a.raw + chunk(f).raw, gzip: a.gzip + chunk(f).gzip }), { raw: 0, gzip: 0 });
const minus = (a, b) => new Set([...a].filter((x) => !b.has(x)));
const entry = (name) => join(root, `${name}.js`);
const chunks = readdirSync(join(root, 'chunks')).map((f) => join(root, 'chunks', f));
/** The chunk for a lazily imported family registry, found by its file name. */
const family = (prefix) => chunks.find((f) => new RegExp(`/chunks/${prefix}-[^/]+\\.js$`).test(f));

const KB = 1024;
const rows = [];
/**
 * Budgets marked `known` are missed today and tracked in an open issue: they print OVER and are
 * listed at the end, but do not fail the run. Every other budget fails the run when exceeded.
 */
// Today (gzip): card 17.4 = Lit 5.3 + the shared base chunk's own code 9.1 (base element 2.4,
// number reader 1.2, frame styles 0.8, formatter 0.7, data-source controller 0.6, tokens 0.6,
// core strings 0.6, framework-misuse warnings 0.5, environment 0.4, parse 0.4, the rest 1.1) +
// the card's file 3.1; the ring adds its own 3.3 and the JSON reader 0.6. Meeting 14.5 needs
// about a third of the base gone before the first paint. The own-code row (58.6) counts every
// lazy part too: the office-data readers, the pre-rendered takeover, every city's name matching.
const KNOWN_MISSES = new Set(['card', 'ring', 'own']);
function row(what, files, budgetKB, key) {
  const s = sum(files);
  rows.push({
    what,
    key,
    files: files.size,
    raw: s.raw,
    gzip: s.gzip,
    budget: budgetKB ? budgetKB * KB : null,
    known: KNOWN_MISSES.has(key),
  });
}

const has = (name) => existsSync(entry(name));
for (const el of ['indicator-card', 'progress-ring']) {
  if (has(el)) {
    const key = el === 'indicator-card' ? 'card' : 'ring';
    row(`<civic-${el}> (Lit included, no sparkline)`, closure([entry(el)]), key === 'card' ? 14.5 : 15.5, key);
  }
}
const elementEntries = ['indicator-card', 'progress-ring', 'trend-chart', 'district-map'].filter(has).map(entry);
const trendChunk = family('echarts-trend');
const mapChunk = family('echarts-map');
// Every city's boundaries is its own lazily loaded chunk; a page loads only the ones it shows.
const geoChunks = chunks.filter((f) => /\/chunks\/geo-[^/]+\.js$/.test(f));
const geoChunk = family('geo-anshan');
const heavy = [trendChunk, mapChunk, ...geoChunks].filter(Boolean);
if (elementEntries.length) {
  const staticPart = closure(elementEntries);
  const everything = reachable(elementEntries);
  const heavyParts = new Set(heavy.flatMap((h) => [...minus(closure([h]), staticPart)]));
  row('all four elements, own code (no ECharts, no maps)', minus(everything, heavyParts), 48, 'own');
}
const base = closure(elementEntries);
// The two ECharts family chunks share one core chunk: reported once, then each family's own part.
const trendAll = trendChunk ? minus(closure([trendChunk]), base) : new Set();
const mapAll = mapChunk ? minus(closure([mapChunk]), base) : new Set();
const shared = new Set([...trendAll].filter((f) => mapAll.has(f)));
if (shared.size) row('ECharts shared core (loaded once per page)', shared, null);
if (trendChunk) row('ECharts trend charts + sparklines (beyond the core)', minus(trendAll, shared), null);
if (mapChunk) row('ECharts district map (beyond the core)', minus(mapAll, shared), null);
// What a page with only trend charts (or only maps) loads for ECharts: the core plus its family.
if (trendChunk) row('ECharts for a page with trend charts (core + family)', trendAll, 175, 'echarts-trend');
if (mapChunk) row('ECharts for a page with a map (core + family)', mapAll, 180, 'echarts-map');
if (trendChunk && mapChunk) row('ECharts for a page with trend charts and a map', new Set([...trendAll, ...mapAll]), 190, 'echarts');
if (geoChunk) row('anshan boundaries', minus(closure([geoChunk]), base), 30);
// Every built-in city has the same budget: the largest one is the row that can fail.
const cityFiles = geoChunks.filter((f) => !/\/chunks\/geo-dist-/.test(f));
const largestCity = cityFiles.reduce((a, f) => (!a || chunk(f).gzip > chunk(a).gzip ? f : a), undefined);
if (largestCity)
  row(
    `largest of ${cityFiles.length} city boundaries (${largestCity.replace(/.*\/geo-|-[\w-]{8}\.js$/g, '')})`,
    minus(closure([largestCity]), base),
    30,
  );
for (const name of ['all', 'autoloader', 'index']) if (has(name)) row(`entry ${name}.js (static imports)`, closure([entry(name)]), null);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
  process.exit(0);
}
const fmt = (n) => (n / KB).toFixed(1).padStart(7) + ' KB';
let over = 0;
const tracked = [];
console.log(
  `${'what a page loads'.padEnd(52)} ${'files'.padStart(5)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'budget'.padStart(10)}  status`,
);
for (const r of rows) {
  const ok = r.budget == null || r.gzip <= r.budget;
  if (!ok && r.known) tracked.push(r.what);
  else if (!ok) over++;
  console.log(
    `${r.what.padEnd(52)} ${String(r.files).padStart(5)} ${fmt(r.raw)} ${fmt(r.gzip)} ${r.budget ? fmt(r.budget) : '         -'}  ${r.budget == null ? '' : ok ? 'ok' : 'OVER'}`,
  );
}
if (!rows.some((r) => r.budget)) {
  console.error('no budgeted entry was found in packages/civic-viz/cdn');
  process.exit(1);
}
if (tracked.length) console.log(`\nknown misses, tracked in the issues (not failing): ${tracked.join('; ')}`);
console.log(over ? `\n${over} budget(s) exceeded` : '\nall enforced budgets met');
process.exit(over ? 1 : 0);
