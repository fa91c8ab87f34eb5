#!/usr/bin/env node
/**
 * The performance benchmark (not a test: `npm test` does not run it). One headless
 * Chromium, civic-viz's CDN build side by side with hand-written ECharts built from the same
 * `echarts/core` parts, each repetition running every variant in a fresh tab, civic-viz and raw
 * alternating which goes first. Reports medians:
 *
 *   (a) 100 trend charts to civic-ready vs init + setOption to 'finished'   target ≤ 1.10×
 *       (cold: code loading included; warm: code loaded, one chart drawn before the clock)
 *   (b) lazy start: first screen of a 100-chart page ready vs all 100 eager  target ≤ 0.20×
 *   (c) 200 create/remove cycles: instances left, heap growth after GC       target 0, < 2 MB
 *   (d) data-values change on a ready chart vs a raw setOption               target ≤ 1.20×
 *   (e) gzip sizes against the budgets (scripts/size-check.mjs --json)
 *   (f) a 10,000-row CSV (≈ 400 KB): decode + parse + trend model, in the page      target < 50 ms
 *   (g) JS the pre-rendered news article loads before interaction (bench-prerender.mjs) ≤ 30 KB
 *   (h) Lighthouse, mobile, strict CSP: docs home, article, dashboard (bench-lighthouse.mjs)
 *       target performance / accessibility / best practices 100, CLS 0 (needs dist/docs)
 *
 *   node scripts/bench.mjs                 100 charts, 5 repetitions; writes bench/results/latest.json,
 *                                          a copy under bench/results/history/ and the results block of
 *                                          docs/bench.html. It first waits (≤ 150 s) for the load to settle,
 *                                          and again before Lighthouse.
 *   node scripts/bench.mjs --quick         30 charts, 3 repetitions, 50 cycles (development; writes
 *                                          bench/results/quick.json only)
 *   options: --reps N, --charts N, --cycles N, --updates N, --no-write, --no-lighthouse, --no-build (measure the
 *   existing packages/civic-viz/cdn; by default it is rebuilt first), --docs-only (rewrite docs/bench.html from
 *   bench/results/latest.json)
 *
 * Pages are served by scripts/lib/static-server.mjs *without* the strict CSP, for both sides:
 * zrender empties its container with `innerHTML = ''`, which Trusted Types rejects on the raw
 * page (civic-viz guards its own container), and CSP costs neither side anything measurable.
 */
import { spawnSync } from 'node:child_process';
import { measurePrerender, printPrerender } from './bench-prerender.mjs';
import { measureLighthouse, printLighthouse } from './bench-lighthouse.mjs';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { launch, openPage } from './lib/browser.mjs';
import { serve } from './lib/static-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, 'bench');
const CDN = join(ROOT, 'packages/civic-viz/cdn');
const RAW_OUT = join(BENCH, 'build/raw-echarts.js');
const DOCS_PAGE = join(ROOT, 'docs/bench.html');
const VIEWPORT = { width: 1280, height: 900 };
const MB = 1024 * 1024;
const KB = 1024;

// ---- options --------------------------------------------------------------------------------

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const num = (name, fallback) => {
  const i = argv.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(argv[i + 1]);
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} needs a positive integer`);
  return v;
};
const quick = flag('--quick');
const cfg = {
  quick,
  reps: num('--reps', quick ? 3 : 5),
  charts: num('--charts', quick ? 30 : 100),
  cycles: num('--cycles', quick ? 50 : 200),
  updates: num('--updates', quick ? 15 : 40),
};
const write = !flag('--no-write');

// ---- artefacts ------------------------------------------------------------------------------

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function ensureCdn() {
  // Always rebuilt, so the numbers are never those of a stale build (--no-build skips it).
  if (existsSync(join(CDN, 'trend-chart.js')) && flag('--no-build')) return;
  console.log('building packages/civic-viz/cdn (CIVIC_BUILD=cdn vite build)…');
  run('npx', ['vite', 'build', '--config', 'vite.config.ts'], { CIVIC_BUILD: 'cdn' });
}

/** The baseline's ECharts: same parts as src/echarts/trend.ts, minified and tree-shaken. */
async function buildRaw() {
  // The same bundler and settings as the library's CDN build, so the comparison is like for like.
  await build({
    configFile: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: join(BENCH, 'build'),
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: { entry: join(BENCH, 'raw-echarts.entry.js'), formats: ['es'], fileName: () => 'raw-echarts.js' },
      rollupOptions: { output: { minify: true } },
    },
  });
  // The CSV path of data-src, from the library's sources, for (f).
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: join(BENCH, 'build'),
      emptyOutDir: false,
      minify: true,
      target: 'es2022',
      lib: { entry: join(BENCH, 'csv-parse.entry.js'), formats: ['es'], fileName: () => 'csv-parse.js' },
    },
  });
  const code = readFileSync(RAW_OUT);
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const sizeRows = () => JSON.parse(run(process.execPath, ['scripts/size-check.mjs', '--json']));

// ---- statistics -----------------------------------------------------------------------------

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs) => ({ min: Math.min(...xs), max: Math.max(...xs), values: xs.map((x) => +x.toFixed(3)) });

// ---- browser --------------------------------------------------------------------------------

let server;
let browser;

/** Runs `fn(page)` in a fresh tab of the bench page; fails on any page or console error. */
async function inTab(fn) {
  const { page, problems } = await openPage(browser, `${server.url}/page.html`, { viewport: VIEWPORT });
  try {
    await page.waitForFunction(() => 'bench' in window);
    const out = await fn(page);
    if (problems.length) throw new Error(`page problems:\n  ${problems.join('\n  ')}`);
    return out;
  } finally {
    await page.close();
  }
}

/** Used JS heap after forced full GCs (CDP), in bytes. */
async function heapAfterGc(cdp, page) {
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => window.gc?.());
    await cdp.send('HeapProfiler.collectGarbage');
  }
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Create/remove cycles in one tab: heap growth over the measured cycles and instances left. */
function cycles(kind, size) {
  return inTab(async (page) => {
    const cdp = await page.context().newCDPSession(page);
    const call = kind === 'civic' ? 'civicCycles' : 'rawCycles';
    // Warm-up: code loaded, shared observers, caches and JIT in place before the baseline.
    await page.evaluate(([c, s]) => window.bench[c]({ n: 10, ...s }), [call, size]);
    await page.evaluate(() => window.bench.resetRefs());
    const before = await heapAfterGc(cdp, page);
    const res = await page.evaluate(([c, s]) => window.bench[c](s), [call, { n: cfg.cycles, ...size }]);
    await page.waitForTimeout(200);
    const after = await heapAfterGc(cdp, page);
    const { alive } = await page.evaluate(() => window.bench.retained());
    return { ...res, growth: after - before, before, after, reachable: alive };
  });
}

// ---- the run --------------------------------------------------------------------------------

async function measure() {
  const size = await inTab((page) => page.evaluate(() => window.bench.civicCanvasSize()));
  const box = { w: size.w, h: size.h };
  const n = cfg.charts;
  const reps = [];
  for (let rep = 0; rep < cfg.reps; rep++) {
    const t = Date.now();
    // Each pair runs civic-viz first in even repetitions and raw first in odd ones.
    const pair = async (civic, raw) => {
      if (rep % 2) {
        const r = await raw();
        return [await civic(), r];
      }
      const c = await civic();
      return [c, await raw()];
    };
    const r = {};
    [r.coldCivic, r.coldRaw] = await pair(
      () => inTab((p) => p.evaluate((count) => window.bench.civicMany({ count }), n)),
      () => inTab((p) => p.evaluate(([count, b]) => window.bench.rawMany({ count, ...b }), [n, box])),
    );
    [r.warmCivic, r.warmRaw] = await pair(
      () =>
        inTab((p) => p.evaluate(async ([count, b]) => (await window.bench.warm('civic', b), window.bench.civicMany({ count })), [n, box])),
      () =>
        inTab((p) =>
          p.evaluate(async ([count, b]) => (await window.bench.warm('raw', b), window.bench.rawMany({ count, ...b })), [n, box]),
        ),
    );
    r.lazy = await inTab((p) => p.evaluate((count) => window.bench.civicMany({ count, lazy: true }), n));
    r.lazyWarm = await inTab((p) =>
      p.evaluate(async ([count, b]) => (await window.bench.warm('civic', b), window.bench.civicMany({ count, lazy: true })), [n, box]),
    );
    [r.updCivic, r.updRaw] = await pair(
      () => inTab((p) => p.evaluate((u) => window.bench.civicUpdates({ n: u }), cfg.updates)),
      () => inTab((p) => p.evaluate(([u, b]) => window.bench.rawUpdates({ n: u, ...b }), [cfg.updates, box])),
    );
    r.updRawFull = await inTab((p) => p.evaluate(([u, b]) => window.bench.rawUpdates({ n: u, ...b, full: true }), [cfg.updates, box]));
    [r.memCivic, r.memRaw] = await pair(
      () => cycles('civic', box),
      () => cycles('raw', box),
    );
    r.csv = await inTab((p) => p.evaluate(() => window.bench.csvParse({ rows: 10000, runs: 7 })));
    reps.push(r);
    console.log(
      `rep ${rep + 1}/${cfg.reps} (${((Date.now() - t) / 1000).toFixed(1)} s): cold ${r.coldCivic.ms.toFixed(0)} vs ${r.coldRaw.ms.toFixed(0)} ms · ` +
        `warm ${r.warmCivic.ms.toFixed(0)} vs ${r.warmRaw.ms.toFixed(0)} ms · lazy ${r.lazy.ms.toFixed(0)} ms · ` +
        `update ${r.updCivic.median.toFixed(2)} vs ${r.updRaw.median.toFixed(2)} ms · heap ${(r.memCivic.growth / MB).toFixed(2)} MB · ` +
        `csv ${r.csv.median.toFixed(1)} ms (${(r.csv.bytes / KB).toFixed(0)} KB)`,
    );
  }
  // Not timed: how many times each side paints a chart (explains where time goes).
  const diag = await inTab((p) => p.evaluate((o) => window.bench.diagnose(o), { count: n, ...box, updates: cfg.updates }));
  return { size, reps, diag };
}

/** Table rows: {id, metric, civic, raw, ratio, target, met, unit}. */
function summarize({ size, reps, diag }, sizes, rawBundle) {
  const col = (k, f) => reps.map((r) => f(r[k]));
  const ms = (k) => col(k, (x) => x.ms);
  const rows = [];
  const ratioRow = (id, metric, civicXs, rawXs, limit, extra = {}) => {
    const c = median(civicXs);
    const b = median(rawXs);
    const ratio = c / b;
    rows.push({
      id,
      metric,
      unit: 'ms',
      civic: c,
      raw: b,
      ratio,
      target: `≤ ${limit.toFixed(2)}×`,
      met: ratio <= limit,
      civicRuns: spread(civicXs),
      rawRuns: spread(rawXs),
      ...extra,
    });
  };
  const n = cfg.charts;
  ratioRow('a-cold', `(a) ${n} charts ready, cold (code load incl.)`, ms('coldCivic'), ms('coldRaw'), 1.1);
  ratioRow('a-warm', `(a) ${n} charts ready, warm (code loaded)`, ms('warmCivic'), ms('warmRaw'), 1.1);
  const dpc = diag.drawsPerChart;
  rows.push({
    id: 'a-info',
    metric: '(a) info: canvas paints per chart at ready (0.5 s later)',
    unit: 'x',
    civic: dpc.civic[0],
    raw: dpc.raw[0],
    civicLater: dpc.civic[1],
    rawLater: dpc.raw[1],
    ratio: null,
    target: 'info',
    met: null,
  });
  const lazyExtra = (k) => ({ firstScreen: median(col(k, (x) => x.firstScreen)), startedAtFirstScreen: median(col(k, (x) => x.started)) });
  ratioRow('b-lazy', `(b) lazy: first screen ready vs ${n} eager, cold`, ms('lazy'), ms('coldCivic'), 0.2, lazyExtra('lazy'));
  ratioRow('b-lazy-warm', `(b) lazy: first screen ready vs ${n} eager, warm`, ms('lazyWarm'), ms('warmCivic'), 0.2, lazyExtra('lazyWarm'));
  const sameInstance = reps.every((r) => r.updCivic.sameInstance && r.updCivic.reinits === 0);
  ratioRow(
    'd-update',
    '(d) data-values change → redrawn',
    col('updCivic', (x) => x.median),
    col('updRaw', (x) => x.median),
    1.2,
    {
      sameInstance,
      drawnValuesMatch: reps.every((r) => r.updCivic.lastDrawnMatches),
      lateFinished: reps.reduce((a, r) => a + r.updCivic.late, 0),
    },
  );
  if (!sameInstance) rows.at(-1).met = false;
  const full = median(col('updRawFull', (x) => x.median));
  rows.push({
    id: 'd-info',
    metric: '(d) info: vs raw whole option, notMerge',
    unit: 'ms',
    civic: rows.at(-1).civic,
    raw: full,
    ratio: rows.at(-1).civic / full,
    target: 'info',
    met: null,
  });
  rows.push({
    id: 'd-draws',
    metric: '(d) info: canvas paints per update',
    unit: 'x',
    civic: diag.drawsPerUpdate.civic,
    raw: diag.drawsPerUpdate.raw,
    ratio: null,
    target: 'info',
    met: null,
  });

  const worst = (k, f) => Math.max(...col(k, f));
  const live = (k) => worst(k, (x) => x.notDisposed + x.kept);
  rows.push({
    id: 'c-live',
    metric: `(c) live ECharts instances after ${cfg.cycles} cycles`,
    unit: '',
    civic: live('memCivic'),
    raw: live('memRaw'),
    ratio: null,
    target: '0',
    met: live('memCivic') === 0,
  });
  const reach = (k) => worst(k, (x) => x.reachable);
  rows.push({
    id: 'c-reachable',
    metric: '(c) disposed instances still reachable after GC',
    unit: '',
    civic: reach('memCivic'),
    raw: reach('memRaw'),
    ratio: null,
    target: '0',
    met: reach('memCivic') === 0,
  });
  const growth = (k) => col(k, (x) => x.growth / MB);
  const g = median(growth('memCivic'));
  rows.push({
    id: 'c-heap',
    metric: `(c) heap growth after ${cfg.cycles} cycles + GC`,
    unit: 'MB',
    civic: g,
    raw: median(growth('memRaw')),
    ratio: null,
    target: '< 2 MB',
    met: g < 2,
    civicRuns: spread(growth('memCivic')),
    rawRuns: spread(growth('memRaw')),
  });

  for (const s of sizes) {
    if (s.budget == null) continue;
    const trend = /trend charts/.test(s.what);
    rows.push({
      id: `e-${s.key ?? s.what}`,
      metric: `(e) gzip: ${s.what}`,
      unit: 'KB',
      civic: s.gzip / KB,
      raw: trend ? rawBundle.gzip / KB : null,
      ratio: trend ? s.gzip / rawBundle.gzip : null,
      target: `≤ ${(s.budget / KB).toFixed(1).replace(/\.0$/, '')} KB`,
      met: s.gzip <= s.budget,
      known: !!s.known,
    });
  }
  const csvMs = col('csv', (x) => x.median);
  const csvKb = reps[0].csv.bytes / KB;
  const c = median(csvMs);
  rows.push({
    id: 'f-csv',
    metric: `(f) ${reps[0].csv.rows.toLocaleString('en')}-row CSV (${csvKb.toFixed(0)} KB): decode + parse + trend model`,
    unit: 'ms',
    civic: c,
    raw: null,
    ratio: null,
    target: '< 50 ms',
    met: c < 50,
    civicRuns: spread(csvMs),
  });
  // (a) … (f) in order; Array#sort is stable, so rows keep their order within a letter.
  rows.sort((x, y) => x.id[0].localeCompare(y.id[0]));
  return { rows, canvas: size, diag };
}

// ---- output ---------------------------------------------------------------------------------

const fmtNum = (v, unit) => {
  if (v == null || Number.isNaN(v)) return '–';
  if (unit === '') return String(v);
  if (unit === 'x') return String(+v.toFixed(2));
  const digits = unit === 'MB' ? 2 : unit === 'KB' ? 1 : v < 10 ? 2 : v < 100 ? 1 : 0;
  return `${v.toFixed(digits)} ${unit}`;
};
/** A row's value cell: paint counts also show the count once the page has settled. */
const cell = (row, side) => {
  const later = row[`${side}Later`];
  const v = fmtNum(row[side], row.unit);
  return later != null && later !== row[side] ? `${v} (${fmtNum(later, row.unit)} later)` : v;
};
const fmtRatio = (r) => (r == null || Number.isNaN(r) ? '–' : `${r.toFixed(2)}×`);
const verdict = (row) => (row.met == null ? 'info' : row.met ? 'yes' : row.known ? 'NO (known, tracked)' : 'NO');

function printTable(rows) {
  const head = ['metric', 'civic-viz', 'raw/eager', 'ratio', 'target', 'met?'];
  const body = rows.map((r) => [r.metric, cell(r, 'civic'), cell(r, 'raw'), fmtRatio(r.ratio), r.target, verdict(r)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const b of body) console.log(line(b));
}

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Chinese labels for the docs page (the site is zh-CN), keyed by row id prefix. */
function zhMetric(row, config) {
  const n = config.charts;
  const c = config.cycles;
  const map = {
    'a-cold': `(a) ${n} 个趋势图全部就绪，冷启动（含代码加载）`,
    'a-warm': `(a) ${n} 个趋势图全部就绪，代码已加载`,
    'a-info': '(a) 参考：全部就绪时每个图表的画布绘制次数',
    'b-lazy': `(b) 延迟启动：首屏图表就绪，对比 ${n} 个全部立即绘制（冷启动）`,
    'b-lazy-warm': `(b) 延迟启动：首屏图表就绪，对比 ${n} 个全部立即绘制（代码已加载）`,
    'd-draws': '(d) 参考：每次更新的画布绘制次数',
    'd-update': '(d) 修改 data-values 后重绘完成',
    'd-info': '(d) 参考：原生整份 option、notMerge 重设',
    'c-live': `(c) ${c} 次创建/移除后存活的 ECharts 实例`,
    'c-reachable': '(c) 已销毁但垃圾回收后仍可达的实例',
    'c-heap': `(c) ${c} 次创建/移除并强制回收后的堆增长`,
  };
  if (row.id === 'f-csv')
    return row.metric.replace(/^\(f\) ([\d,]+)-row CSV \((\d+) KB\).*$/, '(f) $1 行 CSV（$2 KB）：解码、解析并读入趋势图模型');
  if (map[row.id]) return map[row.id];
  const sizes = [
    [/indicator-card/, '指标卡（含 Lit，无迷你图）'],
    [/progress-ring/, '进度环（含 Lit）'],
    [/all four/, '四个组件自身代码（不含 ECharts 和地图）'],
    [/trend charts/, '趋势图与迷你图的 ECharts 分块'],
    [/district map/, '分区地图的 ECharts 分块'],
    [/anshan/, '鞍山市边界数据'],
  ];
  const zh = sizes.find(([re]) => re.test(row.metric));
  return zh ? `(e) gzip 体积：${zh[1]}` : row.metric;
}
const zhTarget = (t) => (t === 'info' ? '参考' : t.replace(/^([≤<]) /, '$1\u00a0').replace(/ (KB|MB)$/, '\u00a0$1'));
/** A run on a busy machine says so (load average per core at the start). */
const noisy = (machine) => machine.loadavgStart[0] / machine.cpuCount > 0.5;

/**
 * Waits (up to `maxSeconds`) until the 1-minute load average per CPU is at most 0.5: the builds
 * before the timed part, and the timed part before Lighthouse, would otherwise still be in the
 * load the next measurement starts under. Returns the seconds waited.
 */
async function quietMachine(what, maxSeconds = 150) {
  const t0 = Date.now();
  const busy = () => os.loadavg()[0] / os.cpus().length > 0.5;
  if (busy()) console.log(`waiting for the load to settle before ${what} (load ${os.loadavg()[0].toFixed(2)})…`);
  while (busy() && Date.now() - t0 < maxSeconds * 1000) await new Promise((r) => setTimeout(r, 5000));
  return Math.round((Date.now() - t0) / 1000);
}
const zhVerdict = (row) => (row.met == null ? '参考' : row.met ? '达标' : row.known ? '未达标（已知，issue 跟踪中）' : '未达标');

function docsBlock(result) {
  const { machine, config, rows, canvas } = result;
  const tr = rows
    .map((r) => {
      const zhCell = (side) => {
        const later = r[`${side}Later`];
        const v = fmtNum(r[side], r.unit);
        return esc(later != null && later !== r[side] ? `${v}（0.5 秒后：${fmtNum(later, r.unit)}）` : v);
      };
      const v = r.met === false ? `<strong>${esc(zhVerdict(r))}</strong>` : esc(zhVerdict(r));
      return `          <tr><th scope="row">${esc(zhMetric(r, config))}</th><td>${zhCell('civic')}</td><td>${zhCell('raw')}</td><td>${esc(fmtRatio(r.ratio))}</td><td>${esc(zhTarget(r.target))}</td><td>${v}</td></tr>`;
    })
    .join('\n');
  const misses = rows.filter((r) => r.met === false);
  const known = misses.filter((r) => r.known).length;
  const load = machine.loadavgStart.map((x) => x.toFixed(2)).join(' / ');
  return `<!-- bench-results -->
      <p>最近一次运行：<time datetime="${esc(machine.date)}">${esc(machine.date.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'))}</time>，每项取 ${config.reps} 次重复的中位数${config.quick ? '（快速模式，仅供开发参考）' : ''}。${misses.length ? `<strong>${misses.length} 项未达标</strong>${known ? `（其中 ${known} 项体积预算为已知问题，在 issue 中跟踪）` : ''}，见表中“未达标”各行。` : '所有目标均已达标。'}</p>${
        noisy(machine)
          ? `
      <p class="note">这次运行开始时机器负载较高（1 分钟平均负载 ${machine.loadavgStart[0].toFixed(1)}，${machine.cpuCount} 个 CPU），其他程序同时在运行，数字波动较大，只能作参考。</p>`
          : ''
      }
      <div class="table-wrap">
      <table class="doc">
        <caption>基准测试结果（civic-viz 对比手写 ECharts）</caption>
        <thead><tr><th scope="col">指标</th><th scope="col">civic-viz</th><th scope="col">手写 ECharts / 对照</th><th scope="col">比值</th><th scope="col">目标</th><th scope="col">是否达标</th></tr></thead>
        <tbody>
${tr}
        </tbody>
      </table>
      </div>
      <table class="doc">
        <caption>运行环境</caption>
        <tbody>
          <tr><th scope="row">CPU</th><td>${esc(machine.cpuModel)} × ${machine.cpuCount}</td></tr>
          <tr><th scope="row">内存</th><td>${(machine.totalMemory / 1024 ** 3).toFixed(1)} GB</td></tr>
          <tr><th scope="row">操作系统</th><td>${esc(machine.os)}</td></tr>
          <tr><th scope="row">Node.js</th><td>${esc(machine.node)}</td></tr>
          <tr><th scope="row">Chromium</th><td>${esc(machine.chromium)}（无头模式）</td></tr>
          <tr><th scope="row">开始时系统负载（1/5/15 分钟）</th><td>${esc(load)}</td></tr>
          <tr><th scope="row">规模</th><td>${config.charts} 个图表，${config.cycles} 次创建/移除，${config.updates} 次更新，${config.reps} 次重复；图表绘图区 ${canvas.w}×${canvas.h} px，视口 ${VIEWPORT.width}×${VIEWPORT.height}</td></tr>
        </tbody>
      </table>
${lighthouseBlock(result.lighthouse)}
<!-- /bench-results -->`;
}

/** The Lighthouse table of the docs page, when the run measured it. */
function lighthouseBlock(lh) {
  if (!lh) return '';
  const zhVariant = { 'docs home': '文档首页', 'pre-rendered': '预渲染', live: '浏览器内绘制' };
  const tr = lh.rows
    .map(
      (r) =>
        `          <tr><th scope="row">${esc(r.page)}（${esc(zhVariant[r.variant] ?? r.variant)}）</th><td>${r.performance}</td><td>${r.accessibility}</td><td>${r.bestPractices}</td><td>${r.cls}</td><td>${r.tbtMs} ms</td><td>${r.lcpMs} ms</td><td>${r.met ? '达标' : '<strong>未达标</strong>'}</td></tr>`,
    )
    .join('\n');
  return `      <div class="table-wrap">
      <table class="doc">
        <caption>Lighthouse ${esc(lh.lighthouse)}（移动端模拟节流，严格 CSP；目标：性能、无障碍、最佳实践均 100，CLS 为 0；开始时负载 ${lh.loadavgStart[0].toFixed(2)}）</caption>
        <thead><tr><th scope="col">页面</th><th scope="col">性能</th><th scope="col">无障碍</th><th scope="col">最佳实践</th><th scope="col">CLS</th><th scope="col">TBT</th><th scope="col">LCP</th><th scope="col">是否达标</th></tr></thead>
        <tbody>
${tr}
        </tbody>
      </table>
      </div>`;
}

function writeDocs(result) {
  const html = readFileSync(DOCS_PAGE, 'utf8');
  const re = /<!-- bench-results -->[\s\S]*?<!-- \/bench-results -->/;
  if (!re.test(html)) throw new Error(`${relative(ROOT, DOCS_PAGE)} has no <!-- bench-results --> block`);
  writeFileSync(DOCS_PAGE, html.replace(re, docsBlock(result)));
}

// ---- main -----------------------------------------------------------------------------------

async function main() {
  if (flag('--docs-only')) {
    // Re-render docs/bench.html from the last full run, without measuring.
    writeDocs(JSON.parse(readFileSync(join(BENCH, 'results/latest.json'), 'utf8')));
    console.log(`wrote ${relative(ROOT, DOCS_PAGE)} from bench/results/latest.json`);
    return;
  }
  const started = Date.now();
  ensureCdn();
  const rawBundle = await buildRaw();
  const sizes = sizeRows();
  const waited = { timed: await quietMachine('the timed part') };
  const loadavgStart = os.loadavg();
  server = await serve(BENCH, { mounts: { '/cdn/': CDN } });
  browser = await launch();
  const chromium = browser.version();
  console.log(
    `civic-viz benchmark: ${cfg.charts} charts, ${cfg.reps} reps, ${cfg.cycles} cycles${quick ? ' (quick)' : ''}; Chromium ${chromium}, ${os.cpus().length} CPUs, load ${loadavgStart.map((x) => x.toFixed(2)).join(' ')}`,
  );
  let measured;
  let prerender;
  try {
    measured = await measure();
    // The news article pre-rendered vs live: JS loaded before interaction (scripts/bench-prerender.mjs).
    prerender = await measurePrerender(browser);
  } finally {
    await browser.close();
    await server.close();
  }
  // Lighthouse drives its own browser; run after the timed parts so they do not share the CPU.
  let lighthouseResult;
  if (!flag('--no-lighthouse')) {
    waited.lighthouse = await quietMachine('Lighthouse');
    lighthouseResult = await measureLighthouse();
  }
  const { rows, canvas, diag } = summarize(measured, sizes, rawBundle);
  const cpus = os.cpus();
  const result = {
    machine: {
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      cpuCount: cpus.length,
      totalMemory: os.totalmem(),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      chromium,
      date: new Date().toISOString(),
      loadavgStart,
      loadavgEnd: os.loadavg(),
      secondsWaitedForQuiet: waited,
      seconds: Math.round((Date.now() - started) / 1000),
    },
    config: { ...cfg, viewport: VIEWPORT, csp: false, animation: 'off (both sides)' },
    canvas,
    diagnostics: diag,
    rawEchartsBundle: rawBundle,
    rows,
    reps: measured.reps.map((r) => ({
      ...r,
      updCivic: { ...r.updCivic, times: undefined },
      updRaw: { ...r.updRaw, times: undefined },
      updRawFull: { ...r.updRawFull, times: undefined },
    })),
  };
  result.machine.busy = noisy(result.machine);
  result.prerender = prerender;
  result.lighthouse = lighthouseResult;
  printTable(rows);
  printPrerender(prerender);
  if (lighthouseResult !== undefined) printLighthouse(lighthouseResult);
  if (noisy(result.machine))
    console.log('\nNOTE: the machine was busy when the run started (load average per CPU > 0.5): numbers are noisy.');
  console.log(
    `\nload average ${loadavgStart.map((x) => x.toFixed(2)).join(' ')} → ${result.machine.loadavgEnd.map((x) => x.toFixed(2)).join(' ')}; ${result.machine.seconds} s`,
  );
  if (write) {
    mkdirSync(join(BENCH, 'results'), { recursive: true });
    const out = join(BENCH, 'results', quick ? 'quick.json' : 'latest.json');
    writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
    console.log(`wrote ${relative(ROOT, out)}`);
    if (!quick) {
      // Every full run is also kept, so a figure can be checked for stability over runs.
      const kept = join(BENCH, 'results/history', `${result.machine.date.replace(/[:.]/g, '-')}.json`);
      mkdirSync(dirname(kept), { recursive: true });
      writeFileSync(kept, JSON.stringify(result, null, 2) + '\n');
      console.log(`wrote ${relative(ROOT, kept)}`);
      writeDocs(result);
      console.log(`wrote ${relative(ROOT, DOCS_PAGE)} (results block)`);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
