/**
 * The exported image's layout and SVG text: every part placed, long titles wrapped, and every
 * text XML-escaped so a label from the injection corpus is text in a well-formed SVG.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PAYLOADS } from '../../../packages/civic-viz/test/fixtures/injection-corpus.js';
import { escapeXml, layoutImage, layoutToSvg, wrap, type ImagePalette } from '../image-layout.js';

const palette: ImagePalette = { surface: '#fff', text: '#111', muted: '#555', accent: '#1f63c6', border: '#ccc' };
// A fixed-width guess: CJK 1 em, other characters 0.6 em.
const measure = (t: string, size: number) => [...t].reduce((w, c) => w + (/\p{Script=Han}/u.test(c) ? size : size * 0.6), 0);

describe('layout', () => {
  test('a card: title, value, change, footer in reading order', () => {
    const l = layoutImage(
      {
        kind: 'indicator-card',
        label: '稳岗返还资金',
        value: '2.19亿元',
        change: '▲ 增长 21.7% 较上年',
        footer: '数据来源：鞍山市人社局 · 更新于 2021年12月20日',
      },
      palette,
      measure,
    );
    const texts = l.shapes.flatMap((s) => (s.type === 'text' ? [s.text] : []));
    assert.deepEqual(texts, ['稳岗返还资金', '2.19亿元', '▲ 增长 21.7% 较上年', '数据来源：鞍山市人社局 · 更新于 2021年12月20日']);
    const ys = l.shapes.map((s) => (s.type === 'text' ? s.y : 0));
    assert.deepEqual(
      [...ys].sort((a, b) => a - b),
      ys,
      'top to bottom',
    );
    assert.ok(l.height > ys[ys.length - 1], 'the last line is inside the image');
  });

  test('a map: the chart box, the legend, the review number', () => {
    const l = layoutImage(
      { kind: 'district-map', label: '站点', chart: { width: 592, height: 400 }, legend: '61 – 88 处', reviewNo: '辽S(2021)012号' },
      palette,
      measure,
    );
    assert.ok(l.shapes.some((s) => s.type === 'chart' && s.height === 400));
    assert.ok(l.shapes.some((s) => s.type === 'text' && s.text === '辽S(2021)012号'));
    assert.ok(l.height > 400 + 20 * 1.3);
  });

  test('a ring: the arc, clamped to 0…1', () => {
    const l = layoutImage({ kind: 'progress-ring', label: '清扫率', value: '120%', fraction: 1.2 }, palette, measure);
    const ring = l.shapes.find((s) => s.type === 'ring');
    assert.equal(ring?.type === 'ring' && ring.fraction, 1);
  });

  test('care mode: no text under 18 px', () => {
    const content = {
      kind: 'indicator-card',
      label: '稳岗返还资金',
      value: '2.19亿元',
      change: '▲ 增长 21.7%',
      footer: '数据来源：鞍山市人社局',
    } as const;
    const sizes = (care: boolean) =>
      layoutImage({ ...content, care }, palette, measure).shapes.flatMap((s) => (s.type === 'text' ? [s.size] : []));
    assert.deepEqual(sizes(false), [20, 40, 16, 14]);
    assert.deepEqual(sizes(true), [25, 50, 20, 18]);
  });

  test('long titles wrap inside the width', () => {
    const lines = wrap('各县（市）区退休人员社会化管理服务站点数量及覆盖情况统计（示意数据）', 300, 20, 700, measure);
    assert.ok(lines.length >= 2);
    for (const line of lines) assert.ok(measure(line, 20) <= 300, line);
    assert.deepEqual(wrap('Retired people served in every district', 200, 20, 700, measure), [
      'Retired people',
      'served in every',
      'district',
    ]);
  });
});

describe('SVG text', () => {
  test('escapes the five characters and drops what XML forbids', () => {
    assert.equal(escapeXml(`<a href="x">'&'</a>\u0000\uD800`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  for (const p of PAYLOADS.filter((x) => !x.huge)) {
    test(`#${p.id} ${p.name} as a title is text in a well-formed SVG`, () => {
      const l = layoutImage({ kind: 'indicator-card', label: p.text, value: p.text, footer: p.text }, palette, measure);
      const svg = layoutToSvg(l, '', p.text);
      // Outside our own tags, no markup: each <…> is one of the few elements the layout writes.
      for (const [tag] of svg.matchAll(/<\/?[a-zA-Z][^>]*>/g)) assert.match(tag, /^<\/?(svg|title|rect|text|circle)[\s>/]/, tag);
      assert.doesNotMatch(svg, /on[a-z]+=/i.test(p.text) ? /<[^>]*\son[a-z]+=/i : /$^/);
    });
  }
});
