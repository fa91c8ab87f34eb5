/**
 * The in-page half of the benchmark (scripts/bench.mjs drives it through `window.bench`).
 * Every scenario builds its page from scratch in a fresh tab, starts its clock before the code
 * it measures is imported, and returns plain numbers. Both sides draw the same data with
 * animation off (an animation's duration would swamp the work being compared).
 */
const CIVIC = '/cdn/trend-chart.js';
const RAW = '/build/raw-echarts.js';
const CSV = '/build/csv-parse.js';

const LABELS = ['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021'];
const A = [61.2, 63.5, 66.1, 68.4, 70.2, 72.9, 74.1, 76.8, 78.0, 83.5, 88.2, 92.0];
const B = [60.4, 64.1, 65.3, 69.9, 71.5, 71.8, 75.6, 77.2, 80.3, 82.1, 89.6, 93.4];
const TIMEOUT_MS = 60_000;

const host = () => /** @type {HTMLElement} */ (document.getElementById('host'));
const now = () => performance.now();
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const task = () => new Promise((r) => setTimeout(r, 0));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
/** `p`, or a rejection after TIMEOUT_MS. The timer is cleared, so it holds nothing (heap test). */
function withTimeout(p, what) {
  let timer;
  const limit = new Promise((_, no) => (timer = setTimeout(() => no(new Error(`timed out: ${what}`)), TIMEOUT_MS)));
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

// ---- civic-viz ------------------------------------------------------------------------------

/** A trend chart as a page author writes it (plus animation off, as on the raw side). */
function civicChart(values, { lazy = true } = {}) {
  const el = document.createElement('civic-trend-chart');
  el.setAttribute('data-label', '机械化清扫率');
  el.setAttribute('data-unit', '%');
  el.setAttribute('data-labels', LABELS.join(','));
  el.setAttribute('data-values', values.join(','));
  el.setAttribute('data-animation', 'off');
  if (!lazy) el.setAttribute('data-lazy', 'false');
  return el;
}

/** Resolves with the time of `civic-ready`; rejects on `civic-error`. */
const civicReady = (el) =>
  new Promise((resolve, reject) => {
    el.addEventListener('civic-ready', () => resolve(now()), { once: true });
    el.addEventListener('civic-error', (e) => reject(new Error(`civic-error ${JSON.stringify(e.detail)}`)), { once: true });
  });

/** The element's ECharts lifecycle (a protected member in TypeScript, readable at run time). */
const controller = (el) => el.chart;

/**
 * `count` charts appended at once. Eager (`data-lazy="false"`): resolves when all are ready.
 * Lazy (the default): resolves when the charts on the first screen are ready.
 */
async function civicMany({ count, lazy = false }) {
  const t0 = now();
  await import(CIVIC);
  const tImported = now();
  const els = Array.from({ length: count }, () => civicChart(A, { lazy }));
  const ready = els.map(civicReady);
  const frag = document.createDocumentFragment();
  frag.append(...els);
  host().append(frag);
  const readyAt = new Array(count).fill(NaN);
  ready.forEach((p, i) => p.then((t) => (readyAt[i] = t), () => {}));
  // Lazy: the first screen is whatever is on screen once it is ready (charts grow from their
  // loading height, so the set can change as they draw). An IntersectionObserver tells, as a
  // page's own code would learn it: reading getBoundingClientRect() of every chart here would
  // force a layout inside the measured time that no real page pays.
  const visible = new Set();
  let seen = () => {};
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) (e.isIntersecting ? visible.add : visible.delete).call(visible, els.indexOf(e.target));
    seen();
  });
  if (lazy) els.forEach((el) => io.observe(el));
  const observed = () => new Promise((r) => ((seen = r), requestAnimationFrame(() => requestAnimationFrame(r))));
  let wanted = els.map((_, i) => i);
  if (lazy) await observed();
  for (;;) {
    if (lazy) wanted = [...visible];
    const pending = wanted.filter((i) => Number.isNaN(readyAt[i]));
    if (!pending.length) {
      // Settled only if the visible set did not change once the last ones drew.
      if (!lazy) break;
      await observed();
      if ([...visible].every((i) => !Number.isNaN(readyAt[i]))) break;
      continue;
    }
    await withTimeout(lazy ? Promise.race(pending.map((i) => ready[i])) : Promise.all(pending.map((i) => ready[i])), `civic ${lazy ? 'lazy' : 'eager'} ×${count}`);
    await Promise.resolve();
  }
  io.disconnect();
  wanted = lazy ? [...visible] : wanted;
  const t1 = Math.max(...wanted.map((i) => readyAt[i]));
  return {
    ms: t1 - t0,
    importMs: tImported - t0,
    firstReadyMs: Math.min(...readyAt.filter((t) => !Number.isNaN(t))) - t0,
    firstScreen: wanted.length,
    started: els.filter((el) => controller(el)?.chart).length,
  };
}

/** The size of a civic chart's canvas box (the raw side uses the same size). */
async function civicCanvasSize() {
  await import(CIVIC);
  const el = civicChart(A, { lazy: false });
  const ready = civicReady(el);
  host().append(el);
  await withTimeout(ready, 'civic canvas size');
  const box = el.shadowRoot.querySelector('.chart-canvas');
  const out = { w: box.clientWidth, h: box.clientHeight, elementHeight: el.getBoundingClientRect().height };
  el.remove();
  return out;
}

// ---- raw ECharts ----------------------------------------------------------------------------

const FONT = "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";
const nf = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const fmt = (v) => `${nf.format(v)}%`;

/** The option a developer writes by hand for the same chart: the same marks, axes and formatter. */
function rawOption(values) {
  const accent = '#1a5fb4';
  const muted = '#5e5c64';
  return {
    animation: false,
    color: [accent],
    textStyle: { fontFamily: FONT, fontSize: 12 },
    grid: { left: 8, right: 16, top: 20, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'category',
      data: LABELS,
      boundaryGap: false,
      axisLabel: { color: muted, fontSize: 12, fontFamily: FONT, hideOverlap: true },
      axisLine: { show: true, lineStyle: { color: muted } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      axisLabel: { color: muted, fontSize: 12, fontFamily: FONT, formatter: fmt },
      axisLine: { show: false },
      splitLine: { lineStyle: { color: '#d0d0d0' } },
    },
    series: [
      {
        type: 'line',
        name: '机械化清扫率',
        data: values,
        symbol: 'circle',
        symbolSize: 8,
        lineStyle: { color: accent, width: 2 },
        itemStyle: { color: accent, borderColor: '#fff', borderWidth: 1 },
      },
    ],
  };
}

function rawBox({ w, h }) {
  const div = document.createElement('div');
  div.className = 'raw';
  div.style.setProperty('--w', `${w}px`);
  div.style.setProperty('--h', `${h}px`);
  return div;
}

/** init + setOption on a box already in the page; resolves with the time of 'finished'. */
function rawChart(init, div, values) {
  return new Promise((resolve) => {
    const chart = init(div, null, { renderer: 'canvas' });
    chart.on('finished', () => resolve({ chart, t: now() }));
    chart.setOption(rawOption(values));
  });
}

/** `count` hand-written charts, eager: resolves when every chart has fired 'finished'. */
async function rawMany({ count, w, h }) {
  const t0 = now();
  const { init } = await import(RAW);
  const tImported = now();
  const divs = Array.from({ length: count }, () => rawBox({ w, h }));
  const frag = document.createDocumentFragment();
  frag.append(...divs);
  host().append(frag);
  const done = await withTimeout(Promise.all(divs.map((d) => rawChart(init, d, A))), `raw ×${count}`);
  const ts = done.map((d) => d.t);
  return { ms: Math.max(...ts) - t0, importMs: tImported - t0, firstReadyMs: Math.min(...ts) - t0 };
}

// ---- warm variants: code already loaded, one chart drawn before the clock starts ------------

async function warm(kind, size) {
  if (kind === 'civic') {
    await import(CIVIC);
    const el = civicChart(B, { lazy: false });
    const r = civicReady(el);
    host().append(el);
    await withTimeout(r, 'civic warm-up');
    el.remove();
  } else {
    const { init } = await import(RAW);
    const div = rawBox(size);
    host().append(div);
    const { chart } = await rawChart(init, div, B);
    chart.dispose();
    div.remove();
  }
  await task();
}

// ---- create/remove cycles (memory) ----------------------------------------------------------

let refs = [];
/** Canvas clears counted by the diagnostic tab (null while timing). */
let clears = null;

/** `n` cycles of append → ready → remove. Counts instances not disposed a task after removal. */
async function civicCycles({ n }) {
  await import(CIVIC);
  let notDisposed = 0;
  let kept = 0;
  const t0 = now();
  for (let i = 0; i < n; i++) {
    const el = civicChart(i % 2 ? A : B);
    const r = civicReady(el);
    host().append(el);
    await withTimeout(r, `civic cycle ${i}`);
    const inst = controller(el).chart;
    el.remove();
    await task(); // disposal waits a microtask (a DOM move is not a removal)
    if (!inst.isDisposed()) notDisposed++;
    if (controller(el).chart) kept++;
    refs.push(new WeakRef(inst));
  }
  return { notDisposed, kept, ms: now() - t0 };
}

async function rawCycles({ n, w, h }) {
  const { init } = await import(RAW);
  let notDisposed = 0;
  const t0 = now();
  for (let i = 0; i < n; i++) {
    const div = rawBox({ w, h });
    host().append(div);
    const { chart } = await withTimeout(rawChart(init, div, i % 2 ? A : B), `raw cycle ${i}`);
    chart.dispose();
    div.remove();
    await task();
    if (!chart.isDisposed()) notDisposed++;
    refs.push(new WeakRef(chart));
  }
  return { notDisposed, kept: 0, ms: now() - t0 };
}

/** Instances from the cycles still reachable (call after a forced GC). */
function retained() {
  const alive = refs.filter((r) => r.deref()).length;
  return { alive, total: refs.length };
}

function resetRefs() {
  refs = [];
}

// ---- attribute update vs raw setOption ------------------------------------------------------

/**
 * `n` updates of data-values on a ready chart, alternating two data sets. Each is timed from
 * setAttribute to the end of Lit's update, by which point ECharts has drawn the new option
 * (setOption renders synchronously with animation off; we check its 'finished' fired).
 */
async function civicUpdates({ n }) {
  await import(CIVIC);
  const el = civicChart(A, { lazy: false });
  const r = civicReady(el);
  host().append(el);
  await withTimeout(r, 'civic update chart');
  await frame();
  await frame();
  const ctl = controller(el);
  const inst = ctl.chart;
  const initsBefore = ctl.inits;
  let finished = 0;
  inst.on('finished', () => finished++);
  const c0 = clears;
  const times = [];
  let late = 0;
  for (let i = 0; i < n; i++) {
    const values = i % 2 ? A : B;
    const f0 = finished;
    const t0 = now();
    el.setAttribute('data-values', values.join(','));
    await el.updateComplete;
    let t1 = now();
    if (finished === f0) {
      // Not drawn yet: wait for the canvas (never seen, but then the time says so).
      late++;
      await withTimeout(new Promise((res) => inst.on('finished', function once() { inst.off('finished', once); res(undefined); })), 'civic update finished');
      t1 = now();
    }
    times.push(t1 - t0);
    await frame();
  }
  const drawnValues = inst.getOption().series[0].data;
  return {
    median: median(times),
    times,
    late,
    sameInstance: ctl.chart === inst && !inst.isDisposed(),
    reinits: ctl.inits - initsBefore,
    finished,
    draws: clears == null ? undefined : clears - c0,
    lastDrawnMatches: JSON.stringify(drawnValues) === JSON.stringify(n % 2 ? B : A),
  };
}

/**
 * The same updates by hand: `setOption({series: [{data}]})` (merge), what a developer writes;
 * `full: true` re-sends the whole option with notMerge, as civic-viz does internally.
 */
async function rawUpdates({ n, w, h, full = false }) {
  const { init } = await import(RAW);
  const div = rawBox({ w, h });
  host().append(div);
  const { chart } = await rawChart(init, div, A);
  await frame();
  await frame();
  let finished = 0;
  chart.on('finished', () => finished++);
  const c0 = clears;
  const times = [];
  let late = 0;
  for (let i = 0; i < n; i++) {
    const values = i % 2 ? A : B;
    const f0 = finished;
    const t0 = now();
    if (full) chart.setOption(rawOption(values), { notMerge: true });
    else chart.setOption({ series: [{ data: values }] });
    let t1 = now();
    if (finished === f0) {
      late++;
      await withTimeout(new Promise((res) => chart.on('finished', function once() { chart.off('finished', once); res(undefined); })), 'raw update finished');
      t1 = now();
    }
    times.push(t1 - t0);
    await frame();
  }
  return { median: median(times), times, late, finished, draws: clears == null ? undefined : clears - c0 };
}

// ---- diagnostics (not timed): how often the canvases are drawn --------------------------------

/**
 * Counts canvas clears (one per ECharts repaint of a chart) around `fn`: when it resolves and
 * `settleMs` later. Installed only in the diagnostic tab, never while timing.
 */
async function countDraws(fn, settleMs = 500) {
  const P = CanvasRenderingContext2D.prototype;
  const real = P.clearRect;
  clears = 0;
  P.clearRect = function (...a) {
    clears++;
    return real.apply(this, a);
  };
  try {
    const out = await fn();
    const atDone = clears;
    await new Promise((r) => setTimeout(r, settleMs));
    return { out, atDone, settled: clears };
  } finally {
    P.clearRect = real;
    clears = null;
  }
}

async function diagnose({ count, w, h, updates }) {
  const size = { w, h };
  await warm('civic', size);
  await warm('raw', size);
  const civic = await countDraws(() => civicMany({ count }));
  host().replaceChildren();
  await task();
  const raw = await countDraws(() => rawMany({ count, w, h }));
  host().replaceChildren();
  const civicUpd = await countDraws(() => civicUpdates({ n: updates }));
  host().replaceChildren();
  const rawUpd = await countDraws(() => rawUpdates({ n: updates, w, h }));
  host().replaceChildren();
  return {
    drawsPerChart: { civic: [civic.atDone / count, civic.settled / count], raw: [raw.atDone / count, raw.settled / count] },
    drawsPerUpdate: { civic: civicUpd.out.draws / updates, raw: rawUpd.out.draws / updates },
  };
}

// ---- CSV parsing ------------------------------------------------------------------------------

/**
 * A spreadsheet export of `rows` data rows (≈ 40 bytes each, as UTF-8 bytes with a BOM, a title
 * row and CRLF): a label and three numeric columns, written with 万, with quoted thousands
 * separators and with %. Times decode + parse + trend model, `runs` times after two warm-up runs.
 */
async function csvParse({ rows = 10000, runs = 7 }) {
  const { decodeText, parseCsv, fromPayload } = await import(CSV);
  const lines = ['表1 各街道指标,,,', '街道,城市低保,农村低保,覆盖率'];
  for (let i = 0; i < rows; i++) lines.push(`第${i}街道社区,${(i % 97) / 10 + 1}万,"${(1000 + i * 7).toLocaleString('en')}",${(i % 1000) / 10}%`);
  const bytes = new TextEncoder().encode('\ufeff' + lines.join('\r\n') + '\r\n');
  const once = () => {
    const t0 = now();
    const table = parseCsv(decodeText(bytes, 'text/csv'), 'data-src');
    const model = fromPayload({ kind: 'table', table, from: 'data-src' });
    const ms = now() - t0;
    if (model.labels.length !== rows || model.series.length !== 3) throw new Error(`parsed ${model.labels.length} rows, ${model.series.length} series`);
    return ms;
  };
  once();
  once();
  const times = Array.from({ length: runs }, once);
  return { bytes: bytes.length, rows, median: median(times), max: Math.max(...times) };
}

window.bench = { csvParse, civicMany, civicCanvasSize, rawMany, warm, civicCycles, rawCycles, retained, resetRefs, civicUpdates, rawUpdates, diagnose };
document.documentElement.dataset.benchReady = '';
