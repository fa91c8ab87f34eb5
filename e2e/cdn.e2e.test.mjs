/**
 * The self-contained CDN folder as a portal uses it: built packages/civic-viz/cdn served by
 * a plain static server with the strict CSP header, one <script type="module"> per page.
 * Needs `CIVIC_BUILD=cdn npx vite build --config vite.config.ts` first.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CDN, bareSpecifiers, describeElements, echartsInstances, jsFiles, launch, openPage, read, requested, requireCdnBuild, serve, serveE2e, waitAllReady,
} from './helpers.mjs';

let browser;
before(async () => {
  requireCdnBuild();
  browser = await launch();
});
after(() => browser?.close());

/** Opens `path` on `server`, waits for all elements to be ready, returns the page and its problems. */
async function visit(server, path) {
  const { page, problems } = await openPage(browser, server.url + path);
  try {
    await waitAllReady(page);
  } catch (e) {
    const state = await describeElements(page);
    const errors = await page.evaluate(() => window.__civic?.errors ?? []);
    await page.close();
    throw new Error(`${e.message}\nelements: ${JSON.stringify(state)}\ncivic-error: ${errors.join('; ')}\nproblems: ${problems.join('; ')}`);
  }
  return { page, problems };
}

describe('the CDN folder (civic-viz/cdn)', () => {
  test('leaves no bare import specifier in any file', () => {
    const files = jsFiles(CDN);
    assert.ok(files.includes('autoloader.js') && files.length > 5, `unexpected file list: ${files}`);
    const bare = files.flatMap((f) => bareSpecifiers(read(join(CDN, f))).map((s) => `${f}: ${s}`));
    assert.deepEqual(bare, []);
  });

  test('the bare-specifier scan does catch bare imports (self-check)', () => {
    assert.deepEqual(bareSpecifiers('import{html as e}from"lit";export*from"echarts/core";import("@civic-viz/geo/anshan");import"./a.js"'), [
      'lit', 'echarts/core', '@civic-viz/geo/anshan',
    ]);
  });

  test('has the family chunks the size budgets look for', () => {
    const chunks = jsFiles(join(CDN, 'chunks'));
    for (const prefix of ['echarts-core-', 'echarts-trend-', 'echarts-map-', 'geo-anshan-']) {
      assert.equal(chunks.filter((c) => c.startsWith(prefix)).length, 1, `${prefix}* in ${chunks.join(', ')}`);
    }
  });
});

describe('one <script type="module" src="/cdn/autoloader.js"> under the strict CSP', () => {
  let server;
  before(async () => {
    server = await serveE2e();
  });
  after(() => server.close());

  test('renders all four elements to state="ready" with no CSP violation or console error', async () => {
    const { page, problems } = await visit(server, '/pages/all.html');
    const els = await describeElements(page);
    assert.deepEqual(els.map((e) => e.tag).sort(), ['civic-district-map', 'civic-indicator-card', 'civic-progress-ring', 'civic-trend-chart']);
    for (const e of els) {
      assert.equal(e.defined, true, `${e.tag} defined`);
      assert.ok(e.width > 100 && e.height > 50, `${e.tag} has a size: ${e.width}×${e.height}`);
    }
    assert.equal(await echartsInstances(page), 2, 'one ECharts instance for the chart and one for the map');
    const text = await page.evaluate(() => document.querySelector('#card').shadowRoot.textContent.replace(/\s+/g, ''));
    assert.match(text, /2\.19亿元/);
    assert.deepEqual(await page.evaluate(() => window.__civic.errors), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a page of cards and rings never requests ECharts or map data', async () => {
    server.requests.clear();
    const { page, problems } = await visit(server, '/pages/cards.html');
    assert.equal((await describeElements(page)).length, 4, 'three tags and one placeholder upgraded');
    await page.waitForTimeout(300); // anything lazy that would still be requested
    assert.deepEqual(requested(server.requests, /\/(echarts|geo)-/), []);
    assert.ok(requested(server.requests, /^\/cdn\/(indicator-card|progress-ring)\.js$/).length === 2);
    assert.deepEqual(requested(server.requests, /^\/cdn\/(trend-chart|district-map)\.js$/), [], 'chart/map element code not loaded either');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('loading a tag hints the files its entry imports at once (modulepreload), each once', async () => {
    const { page, problems } = await visit(server, '/pages/cards.html');
    const hints = await page.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload]')].map((l) => new URL(l.href).pathname));
    assert.ok(hints.length > 0, 'some hints');
    assert.ok(hints.some((h) => /^\/cdn\/chunks\/base-element-[\w-]+\.js$/.test(h)), `the shared core among ${hints}`);
    assert.equal(new Set(hints).size, hints.length, `no duplicates: ${hints}`);
    assert.deepEqual(hints.filter((h) => /(echarts|geo)-/.test(h)), [], 'nothing lazy is hinted');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('styles minified at build time still apply: frame, card, ring, care mode, forced colours', async () => {
    const { page, problems } = await visit(server, '/pages/cards.html');
    /** Computed styles of the parts named by selector inside the first element of `tag`. */
    const styles = (tag, picks) =>
      page.evaluate(
        ([tag, picks]) => {
          const el = document.querySelector(tag);
          const out = { host: getComputedStyle(el).display };
          for (const [sel, props] of Object.entries(picks)) {
            const part = el.shadowRoot.querySelector(sel);
            out[sel] = part ? Object.fromEntries(props.map((p) => [p, getComputedStyle(part).getPropertyValue(p)])) : null;
          }
          return out;
        },
        [tag, picks],
      );
    const card = await styles('civic-indicator-card', {
      '.frame': ['display', 'padding-top', 'border-top-left-radius', 'font-size', 'line-height'],
      '.value': ['font-weight', 'font-variant-numeric'],
      '.label': ['font-weight'],
      footer: ['display', 'font-size'],
    });
    assert.deepEqual(card, {
      host: 'block',
      '.frame': { display: 'flex', 'padding-top': '16px', 'border-top-left-radius': '8px', 'font-size': '14px', 'line-height': '21px' },
      '.value': { 'font-weight': '700', 'font-variant-numeric': 'tabular-nums' },
      '.label': { 'font-weight': '600' },
      footer: { display: 'flex', 'font-size': '11.9px' },
    });
    const ring = await styles('civic-progress-ring', { '.meter': ['width', 'border-top-left-radius'], '.center': ['display', 'font-weight'], circle: ['fill'] });
    assert.deepEqual(ring, {
      host: 'block',
      '.meter': { width: '140px', 'border-top-left-radius': '50%' },
      '.center': { display: 'grid', 'font-weight': '700' },
      circle: { fill: 'none' },
    });
    // Care mode (descendant selectors in the minified sheets): bigger ring, footer text at full size.
    await page.evaluate(() => document.querySelectorAll('civic-indicator-card, civic-progress-ring').forEach((e) => e.setAttribute('data-care', '')));
    await page.waitForFunction(() => document.querySelector('civic-progress-ring').shadowRoot.querySelector('.frame.care'));
    assert.equal((await styles('civic-progress-ring', { '.meter': ['width'] }))['.meter'].width, '182px');
    assert.equal((await styles('civic-indicator-card', { footer: ['font-size'] })).footer['font-size'], '18px');
    // The forced-colours block survived too.
    await page.emulateMedia({ forcedColors: 'active' });
    const forced = await styles('civic-progress-ring', { svg: ['forced-color-adjust'] });
    assert.equal(forced.svg['forced-color-adjust'], 'none');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('two maps and a chart load each family chunk and the boundaries exactly once', async () => {
    server.requests.clear();
    const { page, problems } = await visit(server, '/pages/maps.html');
    const once = (re, what) => {
      const hits = requested(server.requests, re);
      assert.equal(hits.length, 1, `${what}: ${JSON.stringify(hits)}`);
      assert.equal(hits[0][1], 1, `${what} requested once`);
    };
    once(/\/chunks\/echarts-map-[^/]+\.js$/, 'map family chunk');
    once(/\/chunks\/geo-anshan-[^/]+\.js$/, 'anshan boundaries');
    once(/\/chunks\/echarts-trend-[^/]+\.js$/, 'trend family chunk');
    once(/^\/cdn\/autoloader\.js$/, 'autoloader');
    once(/\/chunks\/echarts-core-[^/]+\.js$/, 'shared ECharts core');
    // The core is requested with the first family chunk, not once that chunk has arrived and been read.
    const timing = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('resource')
          .filter((e) => /\/chunks\/echarts-(core|trend|map)-/.test(e.name))
          .map((e) => [e.name.match(/echarts-(core|trend|map)-/)[1], { start: e.startTime, end: e.responseEnd }]),
      ),
    );
    const firstFamily = [timing.trend, timing.map].sort((a, b) => a.start - b.start)[0];
    assert.ok(timing.core.start < firstFamily.end, `core requested at ${timing.core.start} ms, family chunk arrived at ${firstFamily.end} ms`);
    assert.equal(await echartsInstances(page), 3);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('two copies of the CDN folder on one page', () => {
  test('leave one autoloader runtime and one registration per tag: no warning, no error', async () => {
    const server = await serveE2e(CDN, { mounts: { '/cdn/': CDN, '/cdn2/': CDN } });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      // Warnings too: a second registration of another version would warn.
      const messages = [];
      page.on('console', (m) => ['error', 'warning'].includes(m.type()) && messages.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`));
        // Each autoloader runtime watches the whole document once: count those observers.
        const observe = MutationObserver.prototype.observe;
        window.__treeObservers = 0;
        MutationObserver.prototype.observe = function (target, options) {
          if (target === document.documentElement && options?.childList && options.subtree) window.__treeObservers++;
          return observe.call(this, target, options);
        };
      });
      await page.goto(`${server.url}/pages/twice.html`);
      await waitAllReady(page);
      assert.equal((await describeElements(page)).length, 4);
      // The second copy's modules really ran (its own URLs were fetched)…
      assert.equal(requested(server.requests, /^\/cdn2\/(autoloader|all|indicator-card)\.js$/).length, 3);
      // …but the page has one upgrade runtime: a placeholder added now becomes exactly one element.
      const late = await page.evaluate(async () => {
        const div = document.createElement('div');
        div.setAttribute('data-civic', 'indicator-card');
        div.setAttribute('data-value', '27.7');
        div.setAttribute('data-unit', '万人');
        div.id = 'late';
        document.body.append(div);
        await new Promise((r) => setTimeout(r, 200));
        return { cards: document.querySelectorAll('civic-indicator-card#late').length, left: document.querySelectorAll('div[data-civic]').length };
      });
      assert.deepEqual(late, { cards: 1, left: 0 });
      assert.equal(await page.evaluate(() => window.__treeObservers), 1, 'one autoloader runtime');
      assert.deepEqual(messages, []);
    } finally {
      await page.close();
      await server.close();
    }
  });
});

describe('the CDN folder copied to another host directory', () => {
  let dir;
  let server;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'civic-cdn-'));
    cpSync(CDN, join(dir, 'static/vendor/civic-viz'), { recursive: true });
    cpSync(new URL('./pages/record.js', import.meta.url).pathname, join(dir, 'record.js'));
    // A relative script URL from a page in a sub-folder: nothing may assume the folder's location.
    const page = read(new URL('./pages/all.html', import.meta.url).pathname)
      .replace('/pages/e2e.css', '../e2e.css')
      .replace('/pages/favicon.svg', '../favicon.svg')
      .replace('/pages/record.js', '../record.js')
      .replace('/cdn/autoloader.js', '../static/vendor/civic-viz/autoloader.js');
    for (const f of ['e2e.css', 'favicon.svg']) cpSync(new URL(`./pages/${f}`, import.meta.url).pathname, join(dir, f));
    mkdirSync(join(dir, 'news'));
    writeFileSync(join(dir, 'news/article.html'), page);
    server = await serve(dir, { csp: true });
  });
  after(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('still renders all four elements, with no CSP violation or console error', async () => {
    const { page, problems } = await visit(server, '/news/article.html');
    assert.equal((await describeElements(page)).length, 4);
    assert.ok(requested(server.requests, /^\/static\/vendor\/civic-viz\/chunks\/geo-anshan-/).length === 1);
    assert.deepEqual(requested(server.requests, /^\/cdn\//), [], 'nothing fetched from the original location');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
