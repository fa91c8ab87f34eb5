/**
 * The docs' pre-rendered showcase pages (news article, dashboard), built (`npx vite build
 * --config docs/vite.config.ts`) and served with the strict CSP header:
 * - JavaScript off (the page's scripts refused): every widget is in declarative shadow DOM in state "ready" with its text
 *   (cards' numbers, charts' SVG drawing and summary), each data table opens from its
 *   <details> toggle, axe-core finds no violation, and Chromium reports no CSP violation;
 * - JavaScript on: no CSP violation and no page error, once the widgets are live too;
 * - hydration: before the reader interacts, the page loads ≤ 30 KB (gzip) of JavaScript in all,
 *   requests no ECharts, replaces no node of any pre-rendered widget (MutationObserver on every
 *   shadow root, set up before the library runs) and has no layout shift (PerformanceObserver);
 *   the first hover over a chart loads ECharts, the canvas takes the drawing's place and the
 *   tooltip shows the point under the pointer; a focus and ArrowRight move the highlight to the
 *   second point; `data-interactive="eager"` on `<html>` requests ECharts with no interaction.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from '../scripts/lib/static-server.mjs';
import { launch } from '../scripts/lib/browser.mjs';
import { BUDGET_KB, measurePrerender } from '../scripts/bench-prerender.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist/docs');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const PAGES = ['demo/article.html', 'demo/dashboard.html'];

let server;
let browser;
before(async () => {
  assert.ok(existsSync(join(DIST, 'demo/article.html')), 'dist/docs is missing: run `npx vite build --config docs/vite.config.ts` first');
  server = await serve(DIST, { csp: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Console errors (CSP violations are reported there even with JavaScript off) and page errors. */
function watch(page) {
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

describe('JavaScript off', () => {
  for (const path of PAGES) {
    test(`${path}: every widget pre-rendered, readable, tables reachable, axe clean, no CSP violation`, async () => {
      // The page's scripts are refused (as with JavaScript off); the test's own probes and axe still
      // run through the DevTools protocol (with javaScriptEnabled: false, axe's timers never fire).
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await ctx.newPage();
      await page.route('**/*', (route) => (route.request().resourceType() === 'script' ? route.abort() : route.continue()));
      const problems = watch(page);
      await page.goto(`${server.url}/${path}`, { waitUntil: 'load' });
      const widgets = await page.evaluate(() =>
        [...document.querySelectorAll('civic-indicator-card, civic-progress-ring, civic-trend-chart, civic-district-map')].map((el) => {
          const root = el.shadowRoot;
          const img = root?.querySelector('[role="img"]');
          const desc = img && root.getElementById(img.getAttribute('aria-describedby'));
          return {
            tag: el.localName,
            label: el.getAttribute('data-label'),
            state: el.getAttribute('state'),
            text: (root?.textContent ?? '').replace(/\s+/g, ' ').trim(),
            svgText: [...(root?.querySelectorAll('svg text') ?? [])].length,
            // The drawing that fits the box is shown (wide or narrow, light or dark); the others are display:none.
            svgHeight: Math.max(0, ...[...(root?.querySelectorAll('svg') ?? [])].map((s) => s.getBoundingClientRect().height)),
            desc: desc?.textContent ?? '',
            details: !!root?.querySelector('details > summary'),
            styled: root ? getComputedStyle(root.querySelector('[part="frame"]')).borderRadius !== '0px' : false,
          };
        }),
      );
      assert.ok(widgets.length >= 20, `widgets: ${widgets.length}`);
      for (const w of widgets) {
        assert.equal(w.state, 'ready', `${w.tag} ${w.label}`);
        assert.ok(w.text.includes(w.label), `${w.label}: title shown`);
        assert.ok(w.styled, `${w.label}: its stylesheet applied (linked, same-origin)`);
        if (w.tag === 'civic-trend-chart' || w.tag === 'civic-district-map') {
          assert.ok(w.svgText > 0 && w.svgHeight > 100, `${w.label}: drawing visible (${w.svgText} labels, ${w.svgHeight}px)`);
          assert.ok(w.desc.length > 10, `${w.label}: summary as description`);
          assert.ok(w.details, `${w.label}: data table toggle`);
        } else assert.match(w.text, /\d/, `${w.label}: number shown`);
      }
      // A table opens from its <details> toggle with no script.
      const first = page.locator('civic-trend-chart').first();
      await first.locator('summary').click();
      assert.ok(await first.locator('[part="table"]').isVisible(), 'the data table opens without JavaScript');
      const rows = await first.locator('[part="table"] tbody tr').count();
      assert.ok(rows >= 2);
      // Checked before axe, whose probes set style attributes the CSP refuses.
      assert.deepEqual(
        problems.filter((p) => !/Failed to load resource/.test(p)),
        [],
      );
      // axe through the DevTools protocol (page scripts are off, the page's CSP stays strict).
      await page.evaluate(AXE);
      const violations = await page.evaluate(async () =>
        (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      );
      assert.deepEqual(violations, []);
      assert.ok(
        !(await page.evaluate(() => !!customElements.get('civic-trend-chart'))),
        'no element was defined: this is the page without JavaScript',
      );
      await ctx.close();
    });
  }
});

describe('JavaScript on', () => {
  for (const path of PAGES) {
    test(`${path}: no CSP violation or page error once the widgets are live`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems = watch(page);
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
        ),
      );
      // Every widget live: charts at once (data-interactive="eager"), cards and rings by a change of their label.
      await page.route(`**/${path}`, async (route) => {
        const res = await route.fetch();
        await route.fulfill({
          response: res,
          body: (await res.text()).replace('<html lang="zh-CN">', '<html lang="zh-CN" data-interactive="eager">'),
        });
      });
      await page.goto(`${server.url}/${path}`, { waitUntil: 'load' });
      await page.evaluate(() =>
        document
          .querySelectorAll('civic-indicator-card, civic-progress-ring')
          .forEach((e) => e.setAttribute('data-label', `${e.getAttribute('data-label')} `)),
      );
      // Once every chart has its live code and ECharts, scroll through so every lazy chart draws.
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('civic-trend-chart')].every(
            (e) => !e.shadowRoot.querySelector('.static-chart:not(.static-overlay)'),
          ),
        null,
        {
          timeout: 20000,
        },
      );
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) (scrollTo(0, y), await new Promise((r) => setTimeout(r, 50)));
      });
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('civic-trend-chart, civic-indicator-card')].every(
            (e) => e.getAttribute('state') === 'ready' && customElements.get(e.localName),
          ) && [...document.querySelectorAll('civic-trend-chart')].every((e) => e.shadowRoot.querySelector('canvas')),
        null,
        { timeout: 20000 },
      );
      await page.waitForTimeout(1000);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});

/**
 * Set up before any page script: counts layout shifts (all of them, input or not) and, once the
 * parser is done (readyState "interactive", before deferred and module scripts run), every node
 * removed from a pre-rendered shadow root.
 */
function hydrationProbe() {
  window.__shifts = 0;
  window.__removed = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__shifts += e.value;
      window.__shiftSources = [
        ...(window.__shiftSources ?? []),
        ...e.sources.map((s) => `${s.node?.nodeName} ${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)}`),
      ];
    }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    for (const el of document.querySelectorAll('civic-indicator-card, civic-progress-ring, civic-trend-chart, civic-district-map')) {
      if (!el.shadowRoot) continue;
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.removedNodes) window.__removed.push(`${el.localName} ${el.getAttribute('data-label')}: ${n.nodeName}`);
      }).observe(el.shadowRoot, { childList: true, subtree: true });
    }
  });
}

/** Script responses of ECharts (its zrender core, shared by both chart families). */
function watchEcharts(page) {
  const seen = [];
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script') return;
    const body = await res.text().catch(() => '');
    if (/zr_normal|ec_inner/.test(body)) seen.push(new URL(res.url()).pathname);
  });
  return seen;
}

describe('hydration: nothing redrawn, ECharts only on interaction', () => {
  test(`demo/article.html: ≤ ${BUDGET_KB} KB of JavaScript (gzip) before interaction`, async () => {
    const result = await measurePrerender(browser, ['demo/article.html']);
    const row = result.rows.find((r) => r.variant === 'pre-rendered');
    console.log(
      `demo/article.html pre-rendered: ${row.gzipKB} KB gzip of JavaScript in ${row.files} files before interaction (live: ${result.rows.find((r) => r.variant === 'live').gzipKB} KB)`,
    );
    assert.ok(row.gzipKB <= BUDGET_KB, `${row.gzipKB} KB: ${row.scripts.map((s) => s.url).join(', ')}`);
  });

  for (const path of PAGES) {
    test(`${path}: before interaction no node replaced, no layout shift, no ECharts; the first hover loads it and shows its tooltip`, async () => {
      // The page's own layout shift with JavaScript off (a font arriving late can move a line):
      // the library must add none to it.
      const off = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const offPage = await off.newPage();
      await offPage.route('**/*', (route) => (route.request().resourceType() === 'script' ? route.abort() : route.continue()));
      await offPage.addInitScript(hydrationProbe);
      await offPage.goto(`${server.url}/${path}`, { waitUntil: 'load' });
      await offPage.waitForTimeout(2500);
      const baseline = await offPage.evaluate(() => window.__shifts);
      await off.close();

      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems = watch(page);
      const echarts = watchEcharts(page);
      await page.addInitScript(hydrationProbe);
      await page.goto(`${server.url}/${path}`, { waitUntil: 'load' });
      await page.waitForTimeout(2500);
      const before = await page.evaluate(() => ({ removed: window.__removed, shifts: window.__shifts }));
      assert.deepEqual(before.removed, [], 'no node of a pre-rendered widget replaced');
      console.log(`${path}: layout shift before interaction ${before.shifts.toFixed(5)} with JavaScript, ${baseline.toFixed(5)} without`);
      // The dashboard moves one line of a card row by itself, JavaScript or not, by an amount that
      // varies from run to run (0.0002–0.0004: a late fallback font; its own script also reveals the
      // language switches): the library loads no element code here, so it adds nothing to it.
      assert.ok(before.shifts <= baseline + 0.0005, `no layout shift from the library: ${before.shifts} (without JavaScript ${baseline})`);
      assert.deepEqual(echarts, [], 'no ECharts before interaction');

      const chart = page.locator('civic-trend-chart').first();
      await chart.scrollIntoViewIfNeeded();
      const box = await chart.locator('[part="chart"]').boundingBox();
      const top = await chart.evaluate((e) => e.getBoundingClientRect().top);
      await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.6);
      await chart.evaluate(
        (e) =>
          new Promise((r) =>
            (function check() {
              e.shadowRoot.querySelector('canvas') && !e.shadowRoot.querySelector('.static-overlay') ? r() : setTimeout(check, 50);
            })(),
          ),
      );
      assert.ok(echarts.length > 0, 'ECharts requested after the hover');
      await page.waitForFunction(
        (el) => el.shadowRoot.querySelector('.tooltip:not([hidden])')?.textContent.trim(),
        await chart.elementHandle(),
        { timeout: 5000 },
      );
      const after = await chart.evaluate((e) => ({
        tip: e.shadowRoot.querySelector('.tooltip').textContent.trim(),
        box: e.shadowRoot.querySelector('.chart-box').getBoundingClientRect().toJSON(),
        top: e.getBoundingClientRect().top,
      }));
      assert.ok(after.tip.length > 2, `tooltip of the hovered point: ${after.tip}`);
      assert.equal(after.top, top, 'the chart did not move');
      assert.ok(
        Math.abs(after.box.height - box.height) < 1 && Math.abs(after.box.width - box.width) < 1,
        "the canvas has the drawing's box",
      );
      const shifted = await page.evaluate(() => [window.__shifts, window.__shiftSources]);
      assert.equal(shifted[0], before.shifts, `no layout shift when the canvas takes over: ${JSON.stringify(shifted[1])}`);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  test('demo/article.html: focus and ArrowRight before ECharts arrives move the highlight to the second point', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const echarts = watchEcharts(page);
    await page.goto(`${server.url}/demo/article.html`, { waitUntil: 'load' });
    const chart = page.locator('civic-trend-chart').first();
    await chart.scrollIntoViewIfNeeded();
    await page.keyboard.press('Tab');
    await chart.locator('[part="chart"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((el) => el.shadowRoot.querySelector('[role="status"]')?.textContent.trim(), await chart.elementHandle(), {
      timeout: 10000,
    });
    const live = await chart.evaluate((e) => ({
      said: e.shadowRoot.querySelector('[role="status"]').textContent.trim(),
      focused: e.shadowRoot.activeElement?.getAttribute('part'),
      second: e.querySelector('tbody tr:nth-child(2) th').textContent.trim(),
    }));
    assert.ok(echarts.length > 0);
    assert.equal(live.focused, 'chart', 'focus is on the live chart box');
    assert.ok(live.said.startsWith(live.second), `the second point is current: ${live.said}`);
    await page.close();
  });

  test("demo/article.html: a click on a chart's drawing before its code arrives selects the clicked point once live", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watch(page);
    await page.goto(`${server.url}/demo/article.html`, { waitUntil: 'load' });
    const chart = page.locator('civic-trend-chart').first();
    await chart.scrollIntoViewIfNeeded();
    await chart.evaluate((e) => {
      window.__selects = [];
      e.addEventListener('civic-select', (ev) => window.__selects.push(ev.detail));
    });
    assert.equal(await page.evaluate(() => !!customElements.get('civic-trend-chart')), false, "the chart's code is not loaded yet");
    const box = await chart.locator('[part="chart"]').boundingBox();
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.6);
    await page.waitForFunction(() => window.__selects.length > 0, null, { timeout: 15000 });
    const { selects, labels, live } = await chart.evaluate((e) => ({
      selects: window.__selects,
      labels: [...e.querySelectorAll('tbody th')].map((th) => th.textContent.trim()),
      live: !!e.shadowRoot.querySelector('canvas'),
    }));
    assert.ok(live, 'the live chart took over');
    assert.equal(selects.length, 1, JSON.stringify(selects));
    assert.ok(labels.includes(selects[0].label), `a point of the chart: ${selects[0].label} (${labels.join(', ')})`);
    // Right of the middle: one of the later points, not the first.
    assert.ok(selects[0].index > 0, `the clicked point, not the first: ${JSON.stringify(selects[0])}`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('data-interactive="eager" on <html>: ECharts requested with no interaction', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const echarts = watchEcharts(page);
    await page.route('**/demo/article.html', async (route) => {
      const res = await route.fetch();
      await route.fulfill({
        response: res,
        body: (await res.text()).replace('<html lang="zh-CN">', '<html lang="zh-CN" data-interactive="eager">'),
      });
    });
    await page.goto(`${server.url}/demo/article.html`, { waitUntil: 'load' });
    await page.waitForTimeout(2500);
    assert.ok(echarts.length > 0, 'ECharts requested at once');
    await page.close();
  });
});
