import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FormatOptions } from '../src/core/format.js';
import { CivicError } from '../src/core/parse.js';
import { palettes } from '../src/core/tokens.js';
import { fromInline, fromPayload, type TrendData } from '../src/charts/trend/model.js';
import { buildTrendOption, DASHES, niceCeil, SYMBOLS, withAlpha, type TrendOptionInput } from '../src/trend-chart/options.js';

const fmt: FormatOptions = { locale: 'zh-Hans', unit: '%' };
// The report's figures: 城乡低保 5.62% / 8.09%; 机械化清扫率 78% → 92% (年初 → 目前).
const DIBAO: TrendData = { labels: ['城市低保', '农村低保'], series: [{ name: '', values: [5.62, 8.09] }] };
const SWEEP: TrendData = { labels: ['年初', '目前'], series: [{ name: '机械化清扫率', values: [78, 92] }] };
// Illustrative (示意数据).
const TWO: TrendData = {
  labels: ['一', '二', '三'],
  series: [
    { name: '甲', values: [1, 2, 3] },
    { name: '乙', values: [3, null, 1] },
  ],
};

const build = (over: Partial<TrendOptionInput> = {}) =>
  buildTrendOption({ data: SWEEP, type: 'line', palette: palettes.light, format: fmt, ...over }) as any;

test('line (default): category x axis, value y axis, one line series in the accent colour', () => {
  const o = build();
  assert.equal(o.xAxis.type, 'category');
  assert.deepEqual(o.xAxis.data, ['年初', '目前']);
  assert.equal(o.yAxis.type, 'value');
  assert.equal(o.series.length, 1);
  const s = o.series[0];
  assert.equal(s.type, 'line');
  assert.deepEqual(s.data, [78, 92]);
  assert.equal(s.smooth, false);
  assert.equal(s.areaStyle, undefined);
  assert.equal(s.stack, undefined);
  assert.equal(s.lineStyle.color, palettes.light.accent);
  assert.equal(o.tooltip, undefined, 'no ECharts tooltip: ours is DOM text');
  assert.equal(o.legend, undefined);
});

test('area fills under the line; smooth sets smooth; bar draws bars with values on them', () => {
  assert.ok(build({ type: 'area' }).series[0].areaStyle);
  assert.equal(build({ smooth: true }).series[0].smooth, true);
  const bar = build({ type: 'bar', data: DIBAO });
  assert.equal(bar.series[0].type, 'bar');
  assert.equal(bar.xAxis.boundaryGap, true);
  assert.equal(bar.series[0].label.show, true);
  assert.equal(bar.series[0].label.formatter({ value: 8.09 }), '8.09%');
});

test('horizontal swaps the axes and lists categories top → bottom', () => {
  const o = build({ type: 'bar', horizontal: true, data: DIBAO });
  assert.equal(o.xAxis.type, 'value');
  assert.equal(o.yAxis.type, 'category');
  assert.equal(o.yAxis.inverse, true);
  assert.deepEqual(o.yAxis.data, ['城市低保', '农村低保']);
  assert.equal(o.series[0].label.position, 'right');
  assert.equal(o.xAxis.axisLabel.formatter(5), '5%');
});

test('stacked sets one stack on every series', () => {
  const o = build({ data: TWO, stacked: true, type: 'bar' });
  assert.deepEqual(
    o.series.map((s: any) => s.stack),
    ['total', 'total'],
  );
  assert.equal(build({ data: TWO }).series[0].stack, undefined);
});

test('several series differ by colour and by dash/symbol (lines) or fill pattern (bars); gaps are "-"', () => {
  const o = build({ data: TWO });
  assert.deepEqual(
    o.series.map((s: any) => s.name),
    ['甲', '乙'],
  );
  assert.deepEqual(
    o.series.map((s: any) => s.lineStyle.color),
    palettes.light.series.slice(0, 2),
  );
  assert.deepEqual(
    o.series.map((s: any) => s.lineStyle.type),
    DASHES.slice(0, 2),
  );
  assert.deepEqual(
    o.series.map((s: any) => s.symbol),
    SYMBOLS.slice(0, 2),
  );
  assert.deepEqual(o.series[1].data, [3, '-', 1]);
  const bars = build({ data: TWO, type: 'bar' });
  assert.equal(bars.series[0].itemStyle.decal, undefined);
  assert.ok(bars.series[1].itemStyle.decal, 'second series hatched');
  assert.equal(bars.series[0].label.show, false, 'no value labels on several series');
});

test('target above the data widens the axis; horizontal puts it on x; English label', () => {
  const o = build({ target: 95 });
  const ml = o.series[0].markLine;
  assert.equal(ml.data[0].yAxis, 95);
  assert.equal(ml.label.formatter(), '目标 95%');
  assert.equal(ml.lineStyle.type, 'dashed');
  assert.equal(ml.silent, true);
  assert.equal(o.yAxis.max, 100);
  assert.equal(build({ target: 50 }).yAxis.max, undefined, 'inside the data: ECharts picks the axis');
  const h = build({ target: 95, horizontal: true, format: { locale: 'en', unit: '%' } });
  assert.equal(h.series[0].markLine.data[0].xAxis, 95);
  assert.equal(h.series[0].markLine.label.formatter(), 'Target 95%');
  assert.equal(h.xAxis.max, 100);
  assert.equal(build().series[0].markLine, undefined);
});

test('y-min and y-max set the value axis ends (and win over the target)', () => {
  const o = build({ yMin: 70, yMax: 100 });
  assert.equal(o.yAxis.min, 70);
  assert.equal(o.yAxis.max, 100);
  assert.equal(build({ yMax: 93, target: 95 }).yAxis.max, 93);
});

test('palette colours reach the option: dark, care and CSS overrides', () => {
  for (const name of ['dark', 'care', 'care-dark'] as const) {
    const p = palettes[name];
    const o = build({ palette: p });
    assert.equal(o.series[0].lineStyle.color, p.accent);
    assert.equal(o.yAxis.axisLabel.color, p.muted);
    assert.equal(o.yAxis.splitLine.lineStyle.color, p.border);
    assert.equal(o.series[0].emphasis.itemStyle.borderColor, p.focus);
  }
  const custom = { ...palettes.light, accent: 'rgb(1, 2, 3)' };
  assert.equal(build({ palette: custom }).series[0].lineStyle.color, 'rgb(1, 2, 3)');
});

test('the shared formatter writes every axis number: 万/亿, units with magnitude, locales', () => {
  const money = build({ format: { locale: 'zh-Hans', unit: '元' } });
  assert.equal(money.yAxis.axisLabel.formatter(219000000), '2.19亿元');
  assert.equal(money.yAxis.axisLabel.formatter(5000), '5,000元');
  assert.equal(build({ format: { locale: 'zh-Hant', unit: '元' } }).yAxis.axisLabel.formatter(219000000), '2.19億元');
  assert.equal(build({ format: { locale: 'en', unit: '' } }).yAxis.axisLabel.formatter(219000000), '219M');
  assert.equal(build({ format: { locale: 'zh-Hans', unit: '亿元' } }).yAxis.axisLabel.formatter(2.19), '2.19亿元');
});

test('animation follows the input; care mode enlarges text and strokes', () => {
  assert.equal(build({ animate: false }).animation, false);
  assert.equal(build({ animate: true }).animation, true);
  const care = build({ care: true });
  assert.ok(care.textStyle.fontSize >= 18);
  assert.ok(care.yAxis.axisLabel.fontSize >= 18);
  assert.ok(care.series[0].lineStyle.width > build().series[0].lineStyle.width);
});

test('helpers: niceCeil and withAlpha', () => {
  assert.equal(niceCeil(95), 100);
  assert.equal(niceCeil(120), 125);
  assert.equal(niceCeil(130), 150);
  assert.equal(niceCeil(0), 0);
  assert.equal(niceCeil(0.37), 0.4);
  assert.equal(withAlpha('#ffffff', 0.5), 'rgba(255, 255, 255, 0.5)');
  assert.equal(withAlpha('#fff', 1), 'rgba(255, 255, 255, 1)');
  assert.equal(withAlpha('rgb(1, 2, 3)', 0.5), 'rgb(1, 2, 3)');
});

// ---- model --------------------------------------------------------------------------------

const inline = (o: Partial<{ labels: unknown; values: unknown; seriesName: string; series: unknown }>) =>
  fromInline({ labels: '', values: '', seriesName: '', series: '', ...o });
const throwsCode = (fn: () => unknown, code: string, attribute: string, message?: RegExp) =>
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof CivicError);
    assert.equal(e.code, code);
    assert.equal(e.attribute, attribute);
    if (message) assert.match(e.message, message);
    return true;
  });

test('model: labels + values (comma lists, full-width commas, JSON arrays, arrays) → one series', () => {
  assert.deepEqual(inline({ labels: '城市低保，农村低保', values: '5.62, 8.09', seriesName: '提高幅度' }), {
    labels: ['城市低保', '农村低保'],
    series: [{ name: '提高幅度', values: [5.62, 8.09] }],
  });
  assert.deepEqual(inline({ labels: ['a', 'b'], values: [1, null] }), { labels: ['a', 'b'], series: [{ name: '', values: [1, null] }] });
  assert.deepEqual(inline({ labels: '["a","b"]', values: '[1, 2]' })!.series[0].values, [1, 2]);
  assert.deepEqual(inline({ values: '3,4,-' }), { labels: ['1', '2', '3'], series: [{ name: '', values: [3, 4, null] }] });
  assert.equal(inline({ values: '[]' }), null);
});

test('model: data-series wins over data-values; several series', () => {
  const d = inline({ labels: 'x,y', values: '9,9', series: '[{"name":"甲","values":[1,2]},{"name":"乙","values":["3",null]}]' })!;
  assert.deepEqual(d.series, [
    { name: '甲', values: [1, 2] },
    { name: '乙', values: [3, null] },
  ]);
  assert.deepEqual(inline({ series: [{ name: 'a', values: [1] }] }), { labels: ['1'], series: [{ name: 'a', values: [1] }] });
});

test('model errors: length-mismatch, invalid-number with position, invalid-json naming the attribute', () => {
  throwsCode(() => inline({ labels: 'a,b', values: '1,2,3' }), 'length-mismatch', 'data-values', /3 values but 2 labels/);
  throwsCode(() => inline({ values: '1,x,3' }), 'invalid-number', 'data-values', /item 2 "x"/);
  throwsCode(() => inline({ values: '1,Infinity' }), 'invalid-number', 'data-values', /item 2/);
  throwsCode(() => inline({ series: '[{"name":"a","values":[1,' }), 'invalid-json', 'data-series');
  throwsCode(() => inline({ series: '{"name":"a"}' }), 'invalid-json', 'data-series');
  throwsCode(() => inline({ series: '[{"name":"a"}]' }), 'invalid-json', 'data-series', /series 1/);
  throwsCode(() => inline({ series: '[{"name":"a","values":[1,"x"]}]' }), 'invalid-number', 'data-series', /series "a" item 2/);
  throwsCode(
    () => inline({ labels: 'a,b', series: '[{"name":"a","values":[1,2]},{"name":"b","values":[1]}]' }),
    'length-mismatch',
    'data-series',
    /series "b"/,
  );
  throwsCode(() => inline({ labels: '["a"', values: '1' }), 'invalid-json', 'data-labels');
});

test('model: JSON payloads {labels, series}, {labels, values, name}, bare series arrays', () => {
  const from = 'data-src' as const;
  assert.deepEqual(
    fromPayload({ kind: 'json', from, value: { labels: ['年初', '目前'], series: [{ name: '机械化清扫率', values: [78, 92] }] } }),
    SWEEP,
  );
  assert.deepEqual(fromPayload({ kind: 'json', from, value: { labels: ['a'], values: [1], name: 'n' } }), {
    labels: ['a'],
    series: [{ name: 'n', values: [1] }],
  });
  assert.deepEqual(fromPayload({ kind: 'json', from, value: [{ name: 'a', values: [1, 2] }] })!.labels, ['1', '2']);
  assert.equal(fromPayload({ kind: 'json', from, value: {} }), null);
  throwsCode(() => fromPayload({ kind: 'json', from, value: 5 }), 'invalid-json', 'data-src');
  throwsCode(() => fromPayload({ kind: 'json', from: 'child-json', value: { labels: 'a', series: [] } }), 'invalid-json', 'child-json');
  throwsCode(() => fromPayload({ kind: 'json', from, value: { labels: ['a', 'b'], values: [1, 'x'] } }), 'invalid-number', 'data-src');
});

test('model: tables and CSV — first column labels, one column per series, header = names', () => {
  const d = fromPayload({
    kind: 'table',
    from: 'child-table',
    table: {
      header: ['年份', '城市', '农村'],
      rows: [
        ['2020', '1', '2'],
        ['2021', '3', ''],
      ],
    },
  });
  assert.deepEqual(d, {
    labels: ['2020', '2021'],
    series: [
      { name: '城市', values: [1, 3] },
      { name: '农村', values: [2, null] },
    ],
    labelName: '年份',
  });
  assert.equal(fromPayload({ kind: 'table', from: 'data-src', table: { header: [], rows: [] } }), null);
  throwsCode(
    () => fromPayload({ kind: 'table', from: 'data-src', table: { header: ['a', 'b'], rows: [['x', 'y']] } }),
    'invalid-number',
    'data-src',
    /row 1 \("x"\), column 2/,
  );
  throwsCode(
    () => fromPayload({ kind: 'table', from: 'data-src', table: { header: ['a'], rows: [['x']] } }),
    'unsupported-format',
    'data-src',
  );
});

test('labels and series names that name Object.prototype members reach the canvas as other keys', () => {
  // zrender caches text widths in plain objects: "constructor" would read and write a built-in.
  const data: TrendData = { labels: ['constructor', '__proto__', '年初'], series: [{ name: 'toString', values: [1, 2, 3] }] };
  const o = build({ data });
  assert.deepEqual(o.xAxis.data, ['constructor\u2060', '__proto__\u2060', '年初']);
  assert.equal(o.series[0].name, 'toString\u2060');
  for (const t of [...o.xAxis.data, o.series[0].name]) assert.ok(!(t in Object.prototype), t);
});
