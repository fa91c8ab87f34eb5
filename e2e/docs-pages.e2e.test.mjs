/**
 * The docs and demo site, built (`npx vite build --config docs/vite.config.ts` → dist/docs) and
 * served by a plain static server with the strict CSP (docs/guide/accessibility.html#security),
 * opened in Chromium:
 * - every page: no console error, page error or CSP violation; every civic-* element reaches
 *   state="ready" (or the state its `[data-expect]` wrapper names); no axe-core violations;
 * - the dashboard's switches set <html lang/data-theme/data-care> and the widgets follow;
 * - the article reads with JavaScript off (figures as text) and hides the site chrome in print;
 * - screenshots of the demo pages at 1280 and 375 px in test-results/screenshots/.
 */
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { serve } from '../scripts/lib/static-server.mjs';
import { launch, openPage } from '../scripts/lib/browser.mjs';
import { settle } from './helpers.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist/docs');
const SHOTS = join(ROOT, 'test-results/screenshots');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const WIDGETS = 'civic-indicator-card, civic-progress-ring, civic-trend-chart, civic-district-map';

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() && d.name !== 'assets' && d.name !== 'data' ? files(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );
const pages = (dir) => files(dir).map((p) => relative(dir, p).replaceAll('\\', '/')).sort();

let server;
let browser;

before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), 'dist/docs is missing: run `npx vite build --config docs/vite.config.ts` first');
  mkdirSync(SHOTS, { recursive: true });
  server = await serve(DIST, { csp: true });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs axe-core in the page through the DevTools protocol (not a <script>: the page's CSP stays strict). */
async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
      // Not axe's stylesheet preload: it copies the stylesheets linked in shadow roots (the
      // pre-rendered pages link theirs) into inline <style> elements, which the page's strict CSP
      // refuses and reports as the page's own violations. Only the orientation-lock rule uses it.
      preload: false,
    }),
  );
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const widgetCount = (page) => page.evaluate((sel) => document.querySelectorAll(sel).length, WIDGETS);

describe('docs site under the strict CSP', () => {
  for (const path of existsSync(DIST) ? pages(DIST) : []) {
    test(path, async () => {
      const { page, problems } = await openPage(browser, `${server.url}/${path}`);
      // Every check runs, so one run shows everything wrong with a page.
      const failures = [];
      const check = (what, list) => list.length && failures.push(`${what}:\n  ${list.join('\n  ')}`);
      try {
        check('widgets not in their expected state', await settle(page));
        if (path.startsWith('reference/')) {
          // The reference is written into the HTML at build time from custom-elements.json.
          const tables = await page.locator('[data-reference] table').count();
          if (path !== 'reference/index.html' && tables < 2) failures.push('the generated API tables are missing');
        }
        check('axe violations', await axe(page));
        if (path.startsWith('demo/')) {
          const name = path.replace(/\//g, '-').replace(/\.html$/, '');
          await page.screenshot({ path: join(SHOTS, `${name}-1280.png`), fullPage: true });
          await page.setViewportSize({ width: 375, height: 812 });
          await page.waitForTimeout(400);
          check('widgets at 375 px', await settle(page, 5000));
          await page.screenshot({ path: join(SHOTS, `${name}-375.png`), fullPage: true });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 1) failures.push(`scrolls sideways at 375 px (${overflow}px too wide)`);
        }
        check('console errors, page errors or CSP violations', problems);
        assert.deepEqual(failures, [], `${path}:\n${failures.join('\n')}`);
      } finally {
        await page.close();
      }
    });
  }
});

describe('page sources', () => {
  test('no built page has an empty <div data-reference> or points outside the repository', () => {
    const bad = [];
    for (const path of pages(DIST)) {
      const html = readFileSync(join(DIST, path), 'utf8');
      for (const [, tag, body] of html.matchAll(/<div data-reference="([^"]+)"[^>]*>([\s\S]*?)<\/div>/g)) {
        if (!body.replace(/<!--[\s\S]*?-->/g, '').trim()) bad.push(`${path}: empty <div data-reference="${tag}">`);
      }
      const outside = /spec \u00a7|\.\.\/shared|\/work\/shared/.exec(html);
      if (outside) bad.push(`${path}: …${html.slice(Math.max(0, outside.index - 40), outside.index + 20)}…`);
    }
    assert.deepEqual(bad, []);
  });
});

describe('links', () => {
  test('the shared header and footer are up to date in every source page', () => {
    const r = spawnSync(process.execPath, ['scripts/docs-nav.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, `run node scripts/docs-nav.mjs\n${r.stderr}`);
  });

  test('every internal link of every page resolves', async () => {
    const broken = [];
    const seen = new Map();
    for (const path of pages(DIST)) {
      const html = readFileSync(join(DIST, path), 'utf8');
      for (const [, href] of html.matchAll(/<a\s[^>]*?href="([^"#]*)(?:#[^"]*)?"/g)) {
        if (!href || /^[a-z]+:/i.test(href)) continue;
        const url = new URL(href, `${server.url}/${path}`).href;
        if (!seen.has(url)) seen.set(url, (await fetch(url)).status);
        if (seen.get(url) !== 200) broken.push(`${path} → ${href} (${seen.get(url)})`);
      }
    }
    assert.deepEqual(broken, [], 'broken links');
  });
});

describe('dashboard switches', () => {
  test('language, theme and care mode act on <html> and the widgets follow', async () => {
    const { page, problems } = await openPage(browser, `${server.url}/demo/dashboard.html`);
    try {
      assert.deepEqual(await settle(page), []);
      const pressed = (sel) => page.locator(sel).getAttribute('aria-pressed');
      const card = page.locator('civic-indicator-card').first();

      await page.getByRole('button', { name: 'EN', exact: true }).click();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.equal(await pressed('[data-set-lang="en"]'), 'true');
      assert.equal(await pressed('[data-set-lang="zh-CN"]'), 'false');
      assert.equal(await page.locator('h1').textContent(), 'Anshan Livelihood Wellbeing Index');
      for (const h of await page.locator('main h2').allTextContents()) assert.doesNotMatch(h, /\p{Script=Han}/u, `heading still Chinese: ${h}`);
      await page.waitForFunction(() => /219M/.test(document.querySelector('civic-indicator-card')?.shadowRoot?.textContent ?? ''));

      await page.getByRole('button', { name: '繁', exact: true }).click();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-TW');
      await page.waitForFunction(() => /億/.test(document.querySelector('civic-indicator-card')?.shadowRoot?.textContent ?? ''));

      await page.locator('[data-set-theme="dark"]').click();
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
      assert.equal(await pressed('[data-set-theme="dark"]'), 'true');
      await page.waitForFunction(() => !!document.querySelector('civic-indicator-card')?.shadowRoot?.querySelector('.frame.dark'));

      await page.locator('[data-toggle-care]').click();
      assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-care')), true);
      assert.equal(await pressed('[data-toggle-care]'), 'true');
      await page.waitForFunction(() => !!document.querySelector('civic-progress-ring')?.shadowRoot?.querySelector('.frame.care'));
      assert.ok(await card.isVisible());

      assert.deepEqual(await settle(page, 10000), [], 'widgets after switching');
      assert.deepEqual(await axe(page), [], 'axe violations in dark care mode, traditional Chinese');
      await page.screenshot({ path: join(SHOTS, 'demo-dashboard-zh-TW-dark-care-1280.png'), fullPage: true });

      await page.getByRole('button', { name: 'EN', exact: true }).click();
      await page.locator('[data-set-theme="light"]').click();
      await page.locator('[data-toggle-care]').click();
      assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-care')), false);
      assert.match(page.url(), /lang=en/);
      await page.screenshot({ path: join(SHOTS, 'demo-dashboard-en-1280.png'), fullPage: true });
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});

describe('news article without JavaScript', () => {
  test('every key figure is readable as text', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/demo/article.html`);
      const text = await page.locator('article').innerText();
      const figures = [
        '1.1万户', '2.19亿元', '12万个', '2391人', '42个', '15万元', '20万元', '2万余个', '1216个', '540人', '13名', '8680',
        '1980万元', '5000个', '3490', '4600', '3500万元', '3403万元', '132所', '35281', '94.1%', '22.4万名', '1.5万余家（次）',
        '188', '147', '39', '78%', '92%', '60万株', '210个', '24万平方米', '5.62', '8.09', '216家', '370余处', '636名', '360个',
        '27.7万人', '10.4万人', '800万元', '1514座', '1174个', '1.6万台', '99.9', '320万元', '15亿元', '534万元',
      ];
      const missing = figures.filter((f) => !text.includes(f));
      assert.deepEqual(missing, [], 'figures missing from the JavaScript-off article');
      // Every chart's figures are a real table one toggle away: the pre-rendered <details> table
      // (Playwright's CSS locators pierce the declarative shadow roots).
      const toggles = page.locator('article civic-trend-chart details.static-table');
      assert.ok((await toggles.count()) >= 4);
      await toggles.first().locator('summary').click();
      assert.ok(await toggles.first().locator('table').isVisible());
      // Print: the site chrome goes, the article stays.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('header.site').isVisible(), false);
      assert.ok(await page.locator('article h1').isVisible());
      await page.screenshot({ path: join(SHOTS, 'demo-article-nojs-print.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });
});
