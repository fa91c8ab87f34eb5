/**
 * The 80-payload injection corpus through the renderer: every payload in every text attribute,
 * in chart labels and series names (attributes, child JSON, child table) and map region names.
 * The output must hold no element, attribute or URL that the payload tried to inject.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { renderPage } from '../src/index.js';
import { PAYLOADS } from '../../civic-viz/test/fixtures/injection-corpus.js';
import { elements, attr } from './helpers.js';

const site = resolve(import.meta.dirname, 'fixtures/site');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const json = (v: unknown) => esc(JSON.stringify(v));

function page(p: string): string {
  const a = esc(p);
  const cell = esc(p);
  return `<div lang="zh-CN">
  <civic-indicator-card data-label="${a}" data-value="219000000" data-unit="${a}" data-previous="1" data-source="${a}"
    data-source-href="${a}" data-updated="${a}" data-change-label="${a}" data-href="${a}" data-description="${a}"></civic-indicator-card>
  <civic-progress-ring data-label="${a}" data-value="92" data-unit="${a}" data-source="${a}" data-source-href="${a}" data-change-label="${a}" data-previous="80"></civic-progress-ring>
  <civic-trend-chart data-label="${a}" data-type="bar" data-unit="${a}" data-labels="${json([p, 'b'])}" data-values="1,2" data-series-name="${a}" data-source="${a}" data-source-href="${a}"></civic-trend-chart>
  <civic-trend-chart data-label="${a}"><script type="application/json">${JSON.stringify({
    labels: [p, 'x'],
    series: [
      { name: p, values: [1, 2] },
      { name: 'b', values: [3, 4] },
    ],
  }).replace(/</g, '\\u003c')}</script></civic-trend-chart>
  <civic-trend-chart data-label="${a}" data-type="line"><table><thead><tr><th>${cell}</th><th>${cell}</th></tr></thead><tbody><tr><th>${cell}</th><td>5</td></tr></tbody></table></civic-trend-chart>
  <civic-district-map data-label="${a}" data-map="anshan" data-unit="${a}" data-show-labels data-values="${json({ [p]: 1, 铁东区: 3, 海城: 5 })}" data-source="${a}"></civic-district-map>
  <civic-trend-chart data-label="${a}" data-src="${a}"></civic-trend-chart>
</div>`;
}

// What a benign page renders: the tags and attribute names the renderer itself writes.
const TAGS = new Set([
  'div',
  'civic-indicator-card',
  'civic-progress-ring',
  'civic-trend-chart',
  'civic-district-map',
  'template',
  'style',
  'p',
  'span',
  'a',
  'footer',
  'slot',
  'button',
  'code',
  'strong',
  'svg',
  'g',
  'path',
  'rect',
  'text',
  'tspan',
  'defs',
  'pattern',
  'clippath',
  'clipPath',
  'circle',
  'details',
  'summary',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'script',
  'ul',
  'li',
  'i',
  'b',
  'small',
  'line',
  'polyline',
  'polygon',
  'ellipse',
  'image',
  'title',
  'lineargradient',
  'linearGradient',
  'stop',
  'abbr',
]);

const SVG_ATTRS = new Set([
  'd',
  'x',
  'y',
  'width',
  'height',
  'transform',
  'fill',
  'stroke',
  'stroke-width',
  'font-size',
  'font-family',
  'text-anchor',
  'dominant-baseline',
  'opacity',
  'fill-opacity',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'id',
  'clip-path',
  'points',
  'r',
  'cx',
  'cy',
  'rx',
  'ry',
  'x1',
  'x2',
  'y1',
  'y2',
  'font-weight',
  'stroke-miterlimit',
  'fill-rule',
  'patternunits',
  'patternUnits',
  'viewbox',
  'viewBox',
]);

test('80 payloads × every input of every element: text stays text', async () => {
  assert.ok(PAYLOADS.length >= 80);
  const benign = elements((await renderPage(page('x'), { baseDir: site })).html);
  const benignTags = new Set(benign.map((e) => e.tagName));
  const benignAttrs = new Set(benign.filter((e) => !e.tagName.startsWith('civic-')).flatMap((e) => e.attrs.map((a) => a.name)));
  for (const t of benignTags) assert.ok(TAGS.has(t), `benign tag ${t} listed`);
  let checked = 0;
  for (const { id, name, text } of PAYLOADS) {
    const r = await renderPage(page(text), { baseDir: site });
    const els = elements(r.html);
    for (const e of els) {
      assert.ok(benignTags.has(e.tagName) || TAGS.has(e.tagName), `#${id} ${name}: element <${e.tagName}> injected`);
      // The page's own child JSON script is the only script, and it is data.
      if (e.tagName === 'script') assert.equal(attr(e, 'type'), 'application/json', `#${id}: script injected`);
      for (const a of e.attrs) {
        assert.ok(!/^on/i.test(a.name), `#${id} ${name}: event handler ${a.name} on <${e.tagName}>`);
        if (e.tagName.startsWith('civic-') && a.name.startsWith('data-')) continue; // the page's own attributes, escaped
        if (['href', 'src', 'xlink:href', 'action', 'formaction'].includes(a.name)) {
          assert.ok(
            !/^\s*(javascript|data|vbscript)\s*:/i.test(a.value.replace(/[\u0000-\u0020]/g, '')),
            `#${id} ${name}: ${a.name}=${a.value} on <${e.tagName}>`,
          );
        }
        // Text may sit in text attributes (aria-valuetext, aria-label …), escaped; no new attribute may appear.
        if (!e.tagName.startsWith('civic-'))
          assert.ok(benignAttrs.has(a.name) || SVG_ATTRS.has(a.name), `#${id} ${name}: attribute ${a.name} injected on <${e.tagName}>`);
      }
    }
    // Elements render (error state allowed for payloads that are bad data), never crash.
    assert.equal(r.elements.length, 7, `#${id}: ${JSON.stringify(r.warnings.filter((w) => /not pre-rendered/.test(w)))}`);
    checked++;
  }
  console.log(`${checked} payloads rendered and checked`);
});

test('prototype keys in data do not pollute', async () => {
  const before = Object.getOwnPropertyNames(Object.prototype).length;
  await renderPage(
    `<civic-trend-chart data-label="p"><script type="application/json">{"__proto__":{"polluted":1},"labels":["constructor","__proto__"],"series":[{"name":"toString","values":[1,2]}]}</script></civic-trend-chart>
  <civic-district-map data-map="anshan" data-values='{"__proto__": 1, "constructor": 2, "铁东区": 3}'></civic-district-map>`,
    { baseDir: site },
  );
  assert.equal(Object.getOwnPropertyNames(Object.prototype).length, before);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});
