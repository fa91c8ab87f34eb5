/**
 * Shared by the end-to-end tests: the built CDN folder served by the plain static server (with
 * the strict CSP header), Chromium pages that record problems, and probes into the elements.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serve } from '../scripts/lib/static-server.mjs';
import { launch, openPage } from '../scripts/lib/browser.mjs';

export const ROOT = new URL('..', import.meta.url).pathname;
export const CDN = join(ROOT, 'packages/civic-viz/cdn');
export const E2E = join(ROOT, 'e2e');
export const TAGS = ['civic-indicator-card', 'civic-progress-ring', 'civic-trend-chart', 'civic-district-map'];

/** Fails early and clearly when the CDN build is missing. */
export function requireCdnBuild() {
  if (!existsSync(join(CDN, 'autoloader.js'))) {
    throw new Error('packages/civic-viz/cdn is missing: run `CIVIC_BUILD=cdn npx vite build --config vite.config.ts` first.');
  }
}

/** Serves e2e/ at / and a CDN folder at /cdn/, under the strict CSP. */
export const serveE2e = (cdn = CDN, options = {}) => serve(E2E, { csp: true, mounts: { '/cdn/': cdn }, ...options });

export { launch, openPage, serve };

/** Every .js file under `dir`, as paths relative to it. */
export function jsFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Import specifiers a browser cannot resolve without an import map: anything not starting with
 * ./ ../ / or a URL scheme, in static imports, re-exports and dynamic imports (minified or not).
 */
export function bareSpecifiers(code) {
  const found = [];
  const re = /(?:\bimport|\bexport|\bfrom)\s*\(?\s*(["'`])([^"'`\n]*)\1/g;
  for (const m of code.matchAll(re)) {
    const spec = m[2];
    // `from "…"` inside a longer string literal would be a false alarm; module specifiers end in .js here.
    if (!/\.m?js$/.test(spec) && !/^[@\w][\w./@-]*$/.test(spec)) continue;
    if (!/^(\.{1,2}\/|\/|[a-z][a-z0-9+.-]*:)/i.test(spec)) found.push(spec);
  }
  return found;
}

export const read = (p) => readFileSync(p, 'utf8');

/** Waits until every civic element on the page is in state "ready" and has fired civic-ready. */
export async function waitAllReady(page, { timeout = 20000 } = {}) {
  await page.waitForFunction(
    (tags) => {
      const els = [...document.querySelectorAll(tags.join(','))];
      const fired = window.__civic?.ready ?? new Set();
      return els.length > 0 && els.every((el) => el.getAttribute('state') === 'ready' && fired.has(el));
    },
    TAGS,
    { timeout },
  );
}

/** Per element: tag, state, size, whether civic-ready fired. */
export const describeElements = (page) =>
  page.evaluate((tags) => [...document.querySelectorAll(tags.join(','))].map((el) => {
    const r = el.getBoundingClientRect();
    return { tag: el.localName, id: el.id, state: el.getAttribute('state'), width: r.width, height: r.height, defined: !!customElements.get(el.localName) };
  }), TAGS);

/** Live ECharts instances in the document: containers carrying ECharts' instance id. */
export const echartsInstances = (page) =>
  page.evaluate((tags) => [...document.querySelectorAll(tags.join(','))]
    .flatMap((el) => [...(el.shadowRoot?.querySelectorAll('[_echarts_instance_]') ?? [])])
    .filter((d) => d.getAttribute('_echarts_instance_')).length, TAGS);

/** Paths requested from the server whose path matches `re`, with their counts. */
export const requested = (requests, re) => [...requests].filter(([p]) => re.test(p));

// How long a page may take for all its widgets to settle (env override for slow machines).
const SETTLE_MS = Number(process.env.DOCS_E2E_SETTLE_MS) || 20000;
const WIDGETS = TAGS.join(', ');

/**
 * Scrolls through the page (lazy charts start near the viewport) and waits until every widget
 * is in its expected state. Returns the widgets that are not, with their state.
 */
export async function settle(page, timeout = SETTLE_MS) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = (page.viewportSize()?.height ?? 800) * 0.8;
  for (let y = 0; y < height; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(60);
  }
  const deadline = Date.now() + timeout;
  let pending = [];
  for (;;) {
    pending = await page.evaluate((sel) => {
      const out = [];
      for (const el of document.querySelectorAll(sel)) {
        const want = el.closest('[data-expect]')?.getAttribute('data-expect') ?? 'ready';
        const state = el.getAttribute('state');
        if (state !== want) {
          out.push(`<${el.localName} data-label="${el.getAttribute('data-label') ?? ''}"> state=${state ?? '(not upgraded)'}, expected ${want}`);
          // Bring a laggard into view: a lazy chart starts only near the viewport.
          if (state === 'loading' || state === null) el.scrollIntoView({ block: 'center' });
        }
      }
      for (const el of document.querySelectorAll('[data-civic]')) out.push(`placeholder <div data-civic="${el.getAttribute('data-civic')}"> not upgraded`);
      return out;
    }, WIDGETS);
    if (!pending.length || Date.now() > deadline) break;
    await page.waitForTimeout(200);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return pending;
}
