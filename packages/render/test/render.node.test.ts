import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { renderHTML, renderPage } from '../src/index.js';
import { attr, elements, hosts, shadowOf, text, type El } from './helpers.js';

const site = resolve(import.meta.dirname, 'fixtures/site');
const one = async (html: string, opts = {}) => {
  const r = await renderPage(html, { baseDir: site, ...opts });
  const [host] = hosts(r.html);
  const shadow = shadowOf(host);
  assert.ok(shadow, 'the element has a declarative shadow root');
  return { r, host, shadow: shadow!, all: elements(r.html).filter((e) => e !== host), txt: text(shadow!).replace(/\s+/g, ' ') };
};
const find = (els: El[], pred: (e: El) => boolean) => els.find(pred);

test('card: Lit SSR of the browser template, final text and state="ready"', async () => {
  const { host, txt, shadow } = await one(
    '<civic-indicator-card data-label="稳岗返还资金" data-value="219000000" data-unit="元" data-previous="180000000"><p>fallback</p></civic-indicator-card>',
  );
  assert.equal(attr(host, 'state'), 'ready');
  assert.match(txt, /稳岗返还资金/);
  assert.match(txt, /2\.19亿元/);
  assert.match(txt, /21\.7%/);
  assert.match(txt, /增长/);
  // The light DOM fallback stays where it was.
  assert.ok(host.childNodes.some((c) => 'tagName' in c && c.tagName === 'p'));
  assert.equal(attr(shadow, 'shadowrootmode'), 'open');
});

test('ring: role="meter" with localized value text', async () => {
  const { all, txt } = await one(
    '<civic-progress-ring data-label="机械化清扫率" data-value="92" data-previous="78" data-target="95"></civic-progress-ring>',
  );
  const meter = find(all, (e) => attr(e, 'role') === 'meter');
  assert.ok(meter);
  assert.equal(attr(meter!, 'aria-valuenow'), '92');
  assert.match(txt, /92%/);
});

test('trend chart: SVG drawing as role="img", summary as description, table in <details>', async () => {
  const { host, all, txt } = await one(`<civic-trend-chart data-label="城乡低保标准提高幅度" data-type="bar" data-unit="%"
    data-labels="城市低保,农村低保" data-values="5.62,8.09"></civic-trend-chart>`);
  assert.equal(attr(host, 'state'), 'ready');
  const img = find(all, (e) => attr(e, 'role') === 'img')!;
  assert.ok(img, 'role=img');
  assert.equal(attr(img, 'aria-labelledby'), 'label');
  const desc = find(all, (e) => attr(e, 'id') === attr(img, 'aria-describedby'))!;
  assert.equal(text(desc), '柱状图，2项：城市低保5.62%，农村低保8.09%，最高为农村低保');
  const svgs = all.filter((e) => e.tagName === 'svg');
  assert.equal(svgs.length, 2, 'a wide and a narrow drawing');
  for (const svg of svgs) {
    assert.equal(attr(svg, 'aria-hidden'), 'true');
    assert.ok(attr(svg, 'viewbox') ?? attr(svg, 'viewBox'));
  }
  const svgText = all.filter((e) => e.tagName === 'text').map(text);
  assert.ok(svgText.includes('城市低保') && svgText.includes('8.09%'), `axis and bar labels drawn: ${svgText}`);
  assert.ok(!all.some((e) => e.tagName === 'style' && all.indexOf(e) > all.indexOf(svgs[0])), 'no <style> in the SVG');
  assert.ok(!all.some((e) => svgs.some(() => attr(e, 'style') !== undefined)), 'no style attribute anywhere');
  const details = find(all, (e) => e.tagName === 'details')!;
  assert.equal(text(find(details.childNodes as El[], (e) => e.tagName === 'summary')!), '数据表');
  const rows = all.filter((e) => e.tagName === 'tr');
  assert.deepEqual(
    rows.map((r) => text(r).replace(/\s+/g, '')),
    ['类别城乡低保标准提高幅度', '城市低保5.62%', '农村低保8.09%'],
  );
  assert.match(txt, /数据表/);
});

test('map: built-in boundaries drawn, summary, unmatched region listed, credit', async () => {
  const { host, all, r } = await one(`<civic-district-map data-label="站点" data-map="anshan" data-unit="处" data-show-labels
    data-values='{"铁东区": 61, "海城": 88, "岫岩": 40, "火星区": 3}'></civic-district-map>`);
  assert.equal(attr(host, 'state'), 'ready');
  const img = find(all, (e) => attr(e, 'role') === 'img')!;
  const desc = find(all, (e) => attr(e, 'id') === attr(img, 'aria-describedby'))!;
  assert.match(text(desc), /海城市/);
  assert.ok(all.filter((e) => e.tagName === 'path').length >= 7, 'the seven divisions are drawn');
  assert.ok(all.some((e) => attr(e, 'part') === 'unmatched' && text(e).includes('火星区')));
  assert.ok(r.warnings.some((w) => /unknown-region/.test(w)));
  assert.ok(all.filter((e) => e.tagName === 'tr').length === 8, 'header + seven regions');
});

test('locales: zh-Hant and en from the element or an ancestor', async () => {
  const en = await one(
    '<div lang="en"><civic-indicator-card data-label="Firms" data-value="11000" data-unit=""></civic-indicator-card></div>',
  );
  assert.match(en.txt, /11K/);
  const hant = await one(
    '<civic-trend-chart lang="zh-TW" data-label="低保" data-type="bar" data-labels="城市,農村" data-values="5.62,8.09"></civic-trend-chart>',
  );
  assert.match(hant.txt, /資料表/);
  const empty = await one('<civic-indicator-card lang="en" data-label="x"></civic-indicator-card>');
  assert.match(empty.txt, /No data/);
});

test('themes: dark, care, and auto drawn twice and switched by prefers-color-scheme', async () => {
  const chart = '<civic-trend-chart data-label="t" data-labels="a,b" data-values="1,2"></civic-trend-chart>';
  const dark = await one(`<div data-theme="dark">${chart}</div>`);
  assert.match(
    attr(
      find(dark.all, (e) => attr(e, 'part') === 'frame')!,
      'class',
    )!,
    /\bdark\b/,
  );
  assert.ok(
    dark.all.some((e) => e.tagName === 'path' && attr(e, 'stroke') === '#6cb6ff'),
    'drawn in the dark accent',
  );
  const care = await one(`<html data-care><body>${chart}</body></html>`);
  assert.match(
    attr(
      find(care.all, (e) => attr(e, 'part') === 'frame')!,
      'class',
    )!,
    /\bcare\b/,
  );
  const auto = await one(chart.replace('<civic-trend-chart', '<civic-trend-chart data-theme="auto"'));
  assert.match(
    attr(
      find(auto.all, (e) => attr(e, 'part') === 'frame')!,
      'class',
    )!,
    /\bauto\b/,
  );
  assert.equal(auto.all.filter((e) => e.tagName === 'svg').length, 4, 'light and dark, wide and narrow');
  assert.ok(auto.all.some((e) => attr(e, 'class') === 'dark-drawing'));
  const css = auto.all
    .filter((e) => e.tagName === 'style')
    .map(text)
    .join('');
  assert.match(css, /prefers-color-scheme:dark/);
});

test('errors: same codes and localized messages as the browser; one bad element, the rest render', async () => {
  const r = await renderPage(
    `
    <civic-indicator-card data-label="ok" data-value="5"></civic-indicator-card>
    <civic-trend-chart data-label="bad" data-labels="a,b" data-values="1,x"></civic-trend-chart>
    <civic-trend-chart data-label="mismatch" data-labels="a,b,c" data-values="1,2"></civic-trend-chart>
    <civic-trend-chart data-label="json" data-series="[{"></civic-trend-chart>
    <civic-district-map data-label="m" data-map="atlantis" data-values='{"a":1}'></civic-district-map>
    <civic-indicator-card data-label="bad href" data-value="1" data-source="s" data-source-href="javascript:alert(1)"></civic-indicator-card>
    <civic-progress-ring data-label="ok" data-value="50"></civic-progress-ring>`,
    { baseDir: site },
  );
  const hs = hosts(r.html);
  assert.deepEqual(
    hs.map((h) => attr(h, 'state')),
    ['ready', 'error', 'error', 'error', 'error', 'ready', 'ready'],
  );
  // The localized message and the code, as the browser shows them.
  const codes = hs.map((h) => text(shadowOf(h)!).replace(/\s+/g, ' '));
  assert.match(codes[1], /数值无效 invalid-number/);
  assert.match(codes[1], /invalid-number/);
  assert.match(codes[2], /length-mismatch/);
  assert.match(codes[3], /数据格式有误 invalid-json/);
  assert.match(codes[4], /unknown-map/);
  // A refused link: no link at all, the text stays.
  const bad = elements(r.html).filter((e) => e.tagName === 'a');
  assert.ok(!bad.some((a) => /javascript:/i.test(attr(a, 'href') ?? '')));
  assert.ok(r.warnings.some((w) => /invalid-url/.test(w)));
});

test('data: child JSON, child table, local JSON and CSV files', async () => {
  const json = await one(
    '<civic-trend-chart data-label="j"><script type="application/json">{"labels":["a","b"],"series":[{"name":"s","values":[3,4]}]}</script></civic-trend-chart>',
  );
  assert.equal(attr(json.host, 'state'), 'ready');
  const file = await one('<civic-trend-chart data-label="f" data-src="data/trend.json"></civic-trend-chart>');
  assert.equal(attr(file.host, 'state'), 'ready');
  assert.match(file.txt, /92/);
  const csv = await one('<civic-trend-chart data-label="c" data-type="bar" data-src="/data/bars.csv"></civic-trend-chart>');
  assert.equal(attr(csv.host, 'state'), 'ready');
  assert.match(csv.txt, /甲/);
  // Relative to the page's folder.
  const nested = await one('<civic-trend-chart data-label="n" data-src="../data/trend.json"></civic-trend-chart>', {
    pagePath: 'demo/page.html',
  });
  assert.equal(attr(nested.host, 'state'), 'ready');
});

test('data-src: remote left to the browser (loading); outside baseDir, symlinks out and missing files never read', async () => {
  const remote = await one('<civic-trend-chart data-label="r" data-src="https://example.org/x.json"></civic-trend-chart>');
  assert.equal(attr(remote.host, 'state'), 'loading');
  assert.ok(remote.all.some((e) => attr(e, 'aria-busy') === 'true'));
  for (const src of [
    '../outside/secret.json',
    '../../fixtures/outside/secret.json',
    'data/link.json',
    '%2e%2e/outside/secret.json',
    '/../outside/secret.json',
  ]) {
    const r = await one(`<civic-trend-chart data-label="o" data-src="${src}"></civic-trend-chart>`);
    assert.equal(attr(r.host, 'state'), 'error', src);
    assert.ok(!r.txt.includes('secret'), `${src} was not read`);
    assert.match(r.txt, /fetch-failed/);
  }
  const missing = await one('<civic-trend-chart data-label="m" data-src="data/nope.json"></civic-trend-chart>');
  assert.equal(attr(missing.host, 'state'), 'error');
  assert.ok(missing.r.warnings.some((w) => /file not found/.test(w)));
});

test('bad input: malformed HTML, unknown tags, a 10 MB attribute — no crash', async () => {
  const malformed = await renderHTML(
    '<div><civic-indicator-card data-value="3" data-label="x"><p>unclosed <b>bold</civic-indicator-card><civic-foo data-value="1"></civic-foo><table><civic-progress-ring data-value="1"',
    { baseDir: site },
  );
  assert.match(malformed, /<civic-indicator-card data-value="3" data-label="x" state="ready"><template shadowroot/);
  assert.match(malformed, /<civic-foo data-value="1"><\/civic-foo>/, 'unknown tags are left alone');
  const huge = 'x'.repeat(10 << 20);
  const started = Date.now();
  const page = `<p title='it&#39;s'>it's</p><civic-trend-chart data-label="big" data-values="${huge}"></civic-trend-chart><civic-indicator-card data-value="2"></civic-indicator-card>`;
  const big = await renderPage(page, { baseDir: site });
  assert.deepEqual(
    big.elements.map((e) => e.state),
    ['error', 'ready'],
  );
  assert.ok(big.html.includes(`data-values="${huge}" state="error"><template`), 'the attribute is kept as it was');
  assert.match(big.html, /invalid-json/);
  assert.ok(big.warnings.some((w) => /data-values: invalid-json: attribute longer than/.test(w)));
  console.log(`10 MB attribute: ${Date.now() - started} ms`);
  await assert.rejects(renderHTML(undefined as unknown as string), /must be a string/);
});

test('pages: doctype and text outside the elements are kept byte for byte; a second run changes nothing', async () => {
  const page =
    '<!doctype html>\n<html lang="zh-CN"><head><title>t &amp; u</title></head><body>\n<p class=x>a&nbsp;b</p><civic-indicator-card data-value="1" data-label="c"></civic-indicator-card>\n</body></html>';
  const once = await renderHTML(page, { baseDir: site });
  assert.ok(
    once.startsWith(
      '<!doctype html>\n<html lang="zh-CN"><head><title>t &amp; u</title></head><body>\n<p class=x>a&nbsp;b</p><civic-indicator-card',
    ),
  );
  assert.ok(once.endsWith('</civic-indicator-card>\n</body></html>'));
  assert.equal(await renderHTML(once, { baseDir: site }), once);
});

test('CSP: style hashes reported for every inline <style>, or linked same-origin stylesheets instead', async () => {
  const html =
    '<civic-indicator-card data-value="1" data-label="c"></civic-indicator-card><civic-trend-chart data-labels="a" data-values="1"></civic-trend-chart>';
  const r = await renderPage(html, { baseDir: site });
  const styles = elements(r.html).filter((e) => e.tagName === 'style');
  assert.equal(styles.length, 2);
  const { createHash } = await import('node:crypto');
  for (const s of styles) assert.ok(r.styleHashes.includes(`'sha256-${createHash('sha256').update(text(s)).digest('base64')}'`));
  const linked = await renderPage(html, { baseDir: site, stylesheetPrefix: '/css/' });
  assert.equal(elements(linked.html).filter((e) => e.tagName === 'style').length, 0);
  const links = elements(linked.html).filter((e) => e.tagName === 'link');
  assert.equal(links.length, 2);
  for (const l of links) assert.ok(linked.stylesheets.some((s) => attr(l, 'href') === `/css/${s.file}` && s.css.includes('.frame')));
  assert.equal(linked.styleHashes.length, 0);
});

test('the news-article demo: every element pre-rendered (timed)', async () => {
  const docs = resolve(import.meta.dirname, '../../../docs');
  const page = await readFile(resolve(docs, 'demo/article.html'), 'utf8');
  await renderPage('<civic-indicator-card data-value="1"></civic-indicator-card>', { baseDir: docs }); // warm: imports
  const started = performance.now();
  const r = await renderPage(page, { baseDir: docs, pagePath: 'demo/article.html' });
  const ms = performance.now() - started;
  console.log(`article: ${r.elements.length} elements in ${ms.toFixed(0)} ms`);
  assert.ok(r.elements.length >= 30);
  assert.ok(
    r.elements.every((e) => e.state === 'ready'),
    JSON.stringify(r.elements.filter((e) => e.state !== 'ready')),
  );
  assert.deepEqual(r.warnings, []);
});

/** Elements under `el` (not into templates: the drawing is plain markup). */
const under = (el: El): El[] => el.childNodes.filter((c): c is El => 'tagName' in c).flatMap((c) => [c, ...under(c)]);

test('card sparkline: drawn as a static line in its box, with its spoken summary; a bad one is reported and left out', async () => {
  const { host, all, txt } = await one(
    '<civic-indicator-card data-label="稳岗返还资金" data-value="219000000" data-unit="元" data-sparkline="[1.2,1.5,1.8,2.19]" data-sparkline-labels="2018,2019,2020,2021"></civic-indicator-card>',
  );
  assert.equal(attr(host, 'state'), 'ready');
  const box = find(all, (e) => attr(e, 'part') === 'sparkline');
  assert.ok(box, 'the sparkline part is there');
  const svg = under(box!).find((e) => e.tagName === 'svg');
  assert.ok(svg, 'with an SVG drawing');
  assert.equal(attr(svg!, 'aria-hidden'), 'true');
  assert.ok(
    under(svg!).some((e) => e.tagName === 'path' && /^M/.test(attr(e, 'd') ?? '')),
    'the line is drawn',
  );
  assert.match(txt, /2018/, 'the summary names the first point');
  assert.match(txt, /2021/, 'and the last');

  const bad = await renderPage('<civic-indicator-card data-label="x" data-value="3" data-sparkline="[1,abc]"></civic-indicator-card>', {
    baseDir: site,
  });
  const [badHost] = hosts(bad.html);
  assert.equal(attr(badHost, 'state'), 'ready', 'the figure still shows');
  assert.ok(!elements(bad.html).some((e) => attr(e, 'part') === 'sparkline'));
  assert.ok(
    bad.warnings.some((w) => /data-sparkline: invalid-json/.test(w)),
    bad.warnings.join('\n'),
  );
});

test('map legend: swatches and the gradient carry the colour scale as SVG fills (no style attribute); auto draws both palettes', async () => {
  const map = (theme = '') =>
    one(
      `<civic-district-map${theme} data-label="站点" data-map="anshan" data-values='{"铁东区": 61, "海城": 88, "岫岩": 40}'></civic-district-map>`,
    );
  const { all } = await map();
  const legend = find(all, (e) => attr(e, 'part') === 'legend')!;
  const swatches = under(legend).filter((e) => /\bswatch\b/.test(attr(e, 'class') ?? '') && attr(e, 'data-swatch'));
  assert.equal(swatches.length, 2, 'lowest and highest');
  const fills = swatches.map((s) =>
    attr(
      under(s).find((e) => e.tagName === 'rect')!,
      'fill',
    ),
  );
  for (const f of fills) assert.match(f ?? '', /^#[0-9a-f]{6}$/i);
  assert.notEqual(fills[0], fills[1], 'low and high differ');
  const stops = under(legend)
    .filter((e) => e.tagName === 'stop')
    .map((e) => attr(e, 'stop-color'));
  assert.deepEqual([stops[0], stops.at(-1)], fills, 'the gradient runs from the lowest to the highest colour');
  assert.ok(!under(legend).some((e) => attr(e, 'style') !== undefined), 'no style attribute (strict CSP)');

  const auto = await map(' data-theme="auto"');
  const autoLegend = find(auto.all, (e) => attr(e, 'part') === 'legend')!;
  const first = under(autoLegend).find((e) => attr(e, 'data-swatch') === '0')!;
  const kinds = under(first)
    .filter((e) => e.tagName === 'svg')
    .map((e) => attr(e, 'class'));
  assert.deepEqual(kinds, ['swatch-fill light-drawing', 'swatch-fill dark-drawing']);
});
