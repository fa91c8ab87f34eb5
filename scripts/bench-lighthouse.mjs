#!/usr/bin/env node
/**
 * Lighthouse (mobile, its default simulated throttling) on the docs home, the news-article demo
 * and the dashboard, served from the docs build under the strict CSP the elements are documented
 * to run under, gzip-compressed as any production host serves them. The two demos are measured twice: as the docs build serves them (pre-rendered)
 * and live (their declarative shadow roots stripped, so the widgets draw in the browser).
 * Targets: performance, accessibility and best practices 100, CLS 0. Needs the docs build
 * (`npx vite build --config docs/vite.config.ts` → dist/docs).
 *
 *   node scripts/bench-lighthouse.mjs          prints the table
 *   node scripts/bench-lighthouse.mjs --json   and the JSON
 * `npm run bench` runs it too and stores the result in bench/results/latest.json (`lighthouse`).
 *
 * Scores come from simulated throttling, so they move less with machine load than timings do,
 * but TBT (and so the performance score) still grows on a busy machine: note the load average.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { strip } from './bench-prerender.mjs';
import { CHROME_ARGS, launch } from './lib/browser.mjs';
import { serve } from './lib/static-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist/docs');
/** Stripped copies of the pre-rendered demos, next to the originals so relative URLs still work. */
const LIVE_PREFIX = '_live-';

export const PAGES = [
  { page: 'index.html', variant: 'docs home' },
  { page: 'demo/article.html', variant: 'pre-rendered' },
  { page: 'demo/article.html', variant: 'live' },
  { page: 'demo/dashboard.html', variant: 'pre-rendered' },
  { page: 'demo/dashboard.html', variant: 'live' },
];
export const TARGETS = { performance: 100, accessibility: 100, 'best-practices': 100, cls: 0 };

const freePort = () =>
  new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });

/** The page's URL path for a variant; the live one is written as a stripped copy first. */
function pathFor({ page, variant }) {
  if (variant !== 'live') return page;
  const live = join(dirname(page), LIVE_PREFIX + page.split('/').pop());
  writeFileSync(join(DIST, live), strip(readFileSync(join(DIST, page), 'utf8')));
  return live;
}

/** One Lighthouse report per row of PAGES: category scores (0–100) and the metrics behind them. */
export async function measureLighthouse(pages = PAGES) {
  if (!existsSync(join(DIST, 'demo/article.html'))) return null;
  const server = await serve(DIST, { csp: true, host: true });
  const port = await freePort();
  // Lighthouse drives the browser over the DevTools port; playwright only starts it.
  const browser = await launch({ args: [...CHROME_ARGS, `--remote-debugging-port=${port}`] });
  const loadavgStart = os.loadavg();
  const rows = [];
  const written = [];
  try {
    for (const entry of pages) {
      const path = pathFor(entry);
      if (path !== entry.page) written.push(join(DIST, path));
      const { lhr } = await lighthouse(`${server.url}/${path}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const metric = (id) => lhr.audits[id]?.numericValue;
      const failing = Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual' &&
            a.scoreDisplayMode !== 'notApplicable',
        )
        .map((a) => a.id);
      rows.push({
        page: entry.page,
        variant: entry.variant,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        cls: +(metric('cumulative-layout-shift') ?? NaN).toFixed(3),
        tbtMs: Math.round(metric('total-blocking-time') ?? NaN),
        lcpMs: Math.round(metric('largest-contentful-paint') ?? NaN),
        fcpMs: Math.round(metric('first-contentful-paint') ?? NaN),
        failing,
        runWarnings: lhr.runWarnings,
      });
    }
  } finally {
    for (const f of written) rmSync(f, { force: true });
    await browser.close();
    await server.close();
  }
  const met = (r) =>
    r.performance >= TARGETS.performance &&
    r.accessibility >= TARGETS.accessibility &&
    r.bestPractices >= TARGETS['best-practices'] &&
    r.cls <= TARGETS.cls;
  return {
    lighthouse: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version,
    formFactor: 'mobile (simulated throttling)',
    csp: true,
    loadavgStart,
    rows: rows.map((r) => ({ ...r, met: met(r) })),
  };
}

export function printLighthouse(result) {
  if (!result) return console.log('\nLighthouse: dist/docs missing (npx vite build --config docs/vite.config.ts)');
  console.log(
    `\nLighthouse ${result.lighthouse}, ${result.formFactor}, strict CSP (targets: 100 / 100 / 100, CLS 0); load ${result.loadavgStart.map((x) => x.toFixed(2)).join(' ')}`,
  );
  const head = ['page', 'variant', 'perf', 'a11y', 'best', 'CLS', 'TBT ms', 'LCP ms', 'met?'];
  const body = result.rows.map((r) =>
    [r.page, r.variant, r.performance, r.accessibility, r.bestPractices, r.cls, r.tbtMs, r.lcpMs, r.met ? 'yes' : 'NO'].map(String),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  for (const b of body) console.log(line(b));
  for (const r of result.rows.filter((x) => !x.met))
    console.log(`  ${r.page} (${r.variant}) audits below 1: ${r.failing.join(', ') || '—'}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await measureLighthouse();
  printLighthouse(r);
  if (process.argv.includes('--json')) console.log(JSON.stringify(r, null, 2));
  if (r && process.argv.includes('--write')) {
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results/lighthouse.json'), JSON.stringify(r, null, 2) + '\n');
  }
}
