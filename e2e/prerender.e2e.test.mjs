/**
 * The docs' pre-rendered showcase pages (news article, dashboard), built (`npx vite build
 * --config docs/vite.config.ts`) and served with the strict CSP header:
 * - JavaScript off (the page's scripts refused): every widget is in declarative shadow DOM in state "ready" with its text
 *   (cards' numbers, charts' SVG drawing and summary), each data table opens from its
 *   <details> toggle, axe-core finds no violation, and Chromium reports no CSP violation;
 * - JavaScript on: no CSP violation and no page error; the layout shift while the library
 *   loads and the widgets start is measured (PerformanceObserver) and must stay under 0.01.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from '../scripts/lib/static-server.mjs';
import { launch } from '../scripts/lib/browser.mjs';

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
      assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), []);
      // axe through the DevTools protocol (page scripts are off, the page's CSP stays strict).
      await page.evaluate(AXE);
      const violations = await page.evaluate(async () =>
        (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      );
      assert.deepEqual(violations, []);
      assert.ok(!(await page.evaluate(() => !!customElements.get('civic-trend-chart'))), 'no element was defined: this is the page without JavaScript');
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
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`)),
      );
      await page.goto(`${server.url}/${path}`, { waitUntil: 'load' });
      // Scroll through so every lazy chart starts (a chart turns ready once it is drawn).
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) (scrollTo(0, y), await new Promise((r) => setTimeout(r, 50)));
      });
      await page.waitForFunction(() => [...document.querySelectorAll('civic-trend-chart, civic-indicator-card')].every((e) => e.getAttribute('state') === 'ready' && customElements.get(e.localName)), null, { timeout: 20000 });
      await page.waitForTimeout(1000);
      assert.deepEqual(problems, []);
      await page.close();
    });

    // The library still re-renders each pre-rendered widget (hydration that keeps the nodes is not
    // built), but into boxes of the same size: the page must not move.
    test(`${path}: no CSP violation or page error; layout shift under 0.01`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems = watch(page);
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
        window.__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${server.url}/${path}`, { waitUntil: 'load' });
      await page.waitForTimeout(2500);
      const cls = await page.evaluate(() => window.__cls);
      console.log(`${path}: CLS with JavaScript on = ${cls.toFixed(4)}`);
      assert.deepEqual(problems, [], 'no CSP violation or page error');
      assert.ok(cls < 0.01, `layout shift ${cls}`);
      await page.close();
    });
  }
});
