/**
 * Printing (A4 portrait) the built docs' dashboard and news article to PDF right after load,
 * without scrolling, with JavaScript on: every chart and map must have drawn content, no wider
 * than the paper, whether the page was pre-rendered or not. The check runs in `afterprint`
 * (before the charts resize back to the screen), and the PDF must hold one image per canvas.
 * One PDF page of each is kept as a PNG in test-results/print/ (needs `pdftoppm`).
 *
 * Needs the docs build: `npx vite build --config docs/vite.config.ts`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from '../scripts/lib/static-server.mjs';
import { launch } from '../scripts/lib/browser.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist/docs');
const OUT = join(ROOT, 'test-results/print');
// A4 text width at Chromium's default 1 cm margins, in CSS px (print.ts PAPER_WIDTH).
const PAPER = Math.floor(((210 - 20) / 25.4) * 96);

let server;
let browser;
before(async () => {
  assert.ok(existsSync(join(DIST, 'demo/article.html')), 'dist/docs is missing: run `npx vite build --config docs/vite.config.ts` first');
  mkdirSync(OUT, { recursive: true });
  server = await serve(DIST, { csp: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** In afterprint (registered first, so it runs before the library's own): what each chart printed. */
function recordPrint() {
  addEventListener('afterprint', () => {
    const out = [];
    for (const el of document.querySelectorAll('civic-trend-chart, civic-district-map')) {
      const root = el.shadowRoot;
      const canvas = root?.querySelector('canvas');
      const svg = root?.querySelector('.static-chart svg');
      let inked = 0;
      if (canvas && canvas.width && canvas.height) {
        const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 3; i < data.length; i += 16) if (data[i] > 0) inked++;
      }
      out.push({
        label: el.getAttribute('data-label'),
        canvas: !!canvas,
        svg: !!svg,
        cssWidth: canvas ? parseFloat(canvas.style.width) || canvas.getBoundingClientRect().width : 0,
        inked,
      });
    }
    window.__printed = out;
    // Each widget shows once (a pre-rendered shadow root must not be rendered into a second time).
    window.__frames = [
      ...document.querySelectorAll('civic-indicator-card, civic-progress-ring, civic-trend-chart, civic-district-map'),
    ].map((el) => el.shadowRoot?.querySelectorAll('[part="frame"]').length ?? 0);
  });
}

/** Waits (≤ 15 s) until the page fetched the ECharts registry of each chart family it shows, plus a moment to run it. */
async function registriesFetched(page) {
  await page.waitForFunction(
    () => {
      const files = performance.getEntriesByType('resource').map((e) => e.name);
      const has = (family) => files.some((f) => new RegExp(`/assets/${family}-[\\w-]+\\.js$`).test(f));
      return (
        (!document.querySelector('civic-trend-chart') || has('trend')) && (!document.querySelector('civic-district-map') || has('map'))
      );
    },
    null,
    { timeout: 15000 },
  );
  await page.waitForTimeout(300);
}

// Every declarative shadow root (the pre-rendered widgets hold no nested <template>; the element's own children follow on a new line).
const stripPrerender = (html) => html.replace(/<template shadowroot[^>]*shadowrootmode[^>]*>[\s\S]*?<\/template>/g, '');

for (const name of ['dashboard', 'article']) {
  for (const variant of ['as served', 'live (no pre-rendering)']) {
    test(`print ${name} (${variant}) to A4 without scrolling: every chart drawn, none wider than the paper`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems = [];
      page.on('pageerror', (e) => problems.push(e.message));
      if (variant.startsWith('live')) {
        await page.route('**/demo/*.html', async (route) => {
          const res = await route.fetch();
          await route.fulfill({ response: res, body: stripPrerender(await res.text()) });
        });
      }
      await page.addInitScript(recordPrint);
      await page.goto(`${server.url}/demo/${name}.html`, { waitUntil: 'load' });
      // The registries are imported when the page is idle: give it a moment, as a reader would.
      await page.waitForTimeout(1500);
      // A live page fetches its chart registries once idle; on a busy machine idle comes later
      // than 1.5 s. Print once they are there (what a reader a few seconds in gets), not before.
      if (variant.startsWith('live')) await registriesFetched(page);
      const pdf = join(OUT, `${name}${variant.startsWith('live') ? '-live' : ''}.pdf`);
      await page.pdf({ path: pdf, format: 'A4', printBackground: true });
      const printed = await page.evaluate(() => window.__printed);
      assert.ok(printed?.length >= 4, `charts found: ${printed?.length}`);
      if (process.env.PRINT_DEBUG) console.log(JSON.stringify(printed));
      for (const c of printed) {
        if (c.canvas) {
          assert.ok(c.inked > 50, `${c.label}: canvas has drawn content (${c.inked})`);
          assert.ok(c.cssWidth <= PAPER + 1, `${c.label}: drawn ${c.cssWidth}px wide, paper ${PAPER}px`);
        } else assert.ok(c.svg, `${c.label}: neither a drawn canvas nor the pre-rendered drawing`);
      }
      const frames = await page.evaluate(() => window.__frames);
      assert.ok(frames.length > 0 && frames.every((n) => n === 1), `one frame per widget: ${frames}`);
      assert.deepEqual(problems, []);
      const png = spawnSync('pdftoppm', ['-png', '-r', '60', pdf, pdf.replace(/\.pdf$/, '')]);
      assert.equal(png.status, 0, String(png.stderr));
      await page.close();
    });
  }
}
