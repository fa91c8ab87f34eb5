import { html, render } from 'lit';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/trend-chart/define.js';
import type { CivicTrendChart } from '../src/trend-chart/define.js';
import { csvBlob } from '../src/charts/data-table.js';
import { palettes } from '../src/core/tokens.js';
import {
  $,
  $$,
  captureWarnings,
  drawn,
  expect,
  expectNoViolations,
  make as makeElement,
  settled,
  shadowText,
  text,
  until,
  violations,
} from './helpers.js';

type Chart = CivicTrendChart;
/** A chart from attributes (eager unless `lazy`), drawn unless `wait` is false. */
const make = (
  attrs: Record<string, string>,
  { parent, wait = true, lazy = false }: { parent?: Element; wait?: boolean; lazy?: boolean } = {},
) => makeElement('civic-trend-chart', attrs, { parent, eager: !lazy, ready: wait ? drawn : undefined });
interface Instance {
  getOption(): any;
  convertToPixel(finder: object, value: unknown): number[];
  isDisposed(): boolean;
  getDom(): HTMLElement;
}
/** The element's ECharts lifecycle, through its @internal `testing` getter. */
const inside = (el: Chart) => ({
  chart: el.testing.controller as { chart?: Instance; inits: number; lastOption?: object },
  drawn: el.testing.drawn,
});
const instance = (el: Chart) => inside(el).chart.chart!;
const option = (el: Chart) => instance(el).getOption();
/** A table row's cells, joined by spaces. */
const cells = (row: Element) => Array.from(row.children, (c) => text(c)).join(' ');
const url = (q: Record<string, string | number>) => '/__fixture?' + new URLSearchParams(q as Record<string, string>).toString();
const count = async (key: string) => (await (await fetch(`/__fixture/count?key=${key}`)).json()).count as number;
/** The CSV behind a download link, BOM kept (the strict CSP forbids fetching blob: URLs). */
const readCsv = async (href: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csvBlob(href)!.arrayBuffer());
const tick = () => new Promise((r) => setTimeout(r, 0));

const DIBAO = {
  'data-label': '城乡低保标准提高幅度',
  'data-type': 'bar',
  'data-unit': '%',
  'data-labels': '城市低保,农村低保',
  'data-values': '5.62,8.09',
};
const SWEEP = { 'data-label': '机械化清扫率', 'data-unit': '%', 'data-labels': '年初,目前', 'data-values': '78,92' };
// Illustrative (示意数据): two series over four labels, for keyboard and legend tests.
const TWO = {
  'data-label': '示意数据',
  'data-unit': '%',
  'data-labels': '一季度,二季度,三季度,四季度',
  'data-series': JSON.stringify([
    { name: '甲', values: [10, 20, 30, 40] },
    { name: '乙', values: [15, 25, 20, 35] },
  ]),
};

/** Viewport coordinates of point (series, index), from ECharts' own pixel conversion. */
function pointAt(el: Chart, series: number, index: number, frac = 1): [number, number] {
  const v = option(el).series[series].data[index] as number;
  const horizontal = option(el).yAxis[0].type === 'category';
  const [x, y] = instance(el).convertToPixel({ seriesIndex: series }, horizontal ? [v * frac, index] : [index, v * frac]);
  const rect = $(el, '.chart-canvas')!.getBoundingClientRect();
  return [Math.round(rect.left + x), Math.round(rect.top + y)];
}

// The first import of ECharts through the dev server takes seconds on a busy machine; load it
// once up front so each test's timing is about the element, not the transform.
before(async function () {
  this.timeout(60000);
  await import('../src/echarts/trend.js');
});

afterEach(function () {
  if (violations.length) console.log('VIOLATION in', this.currentTest?.title, violations);
  expectNoViolations();
});
afterEach(async () => {
  document.querySelectorAll('body > civic-trend-chart, body > .holder').forEach((e) => e.remove());
  await resetMouse();
});

describe('<civic-trend-chart> rendering', () => {
  it('draws the spec example as bars with the formatter on the axis, civic-ready once', async () => {
    const {
      result: { el, events },
    } = await make(DIBAO);
    const o = option(el);
    expect(o.series).to.have.length(1);
    expect(o.series[0].type).to.equal('bar');
    expect(o.series[0].data).to.deep.equal([5.62, 8.09]);
    expect(o.xAxis[0].type).to.equal('category');
    expect(o.xAxis[0].data).to.deep.equal(['城市低保', '农村低保']);
    expect(o.yAxis[0].axisLabel.formatter(8)).to.equal('8%');
    expect(o.series[0].itemStyle.color).to.equal(palettes.light.accent);
    expect(events.filter((e) => e.type === 'civic-ready')).to.have.length(1);
    expect(events.find((e) => e.type === 'civic-data')!.detail).to.deep.equal({
      labels: ['城市低保', '农村低保'],
      series: [{ name: '', values: [5.62, 8.09] }],
    });
    expect(text($(el, '#desc'))).to.equal('柱状图，2项：城市低保5.62%，农村低保8.09%，最高为农村低保');
    const box = $(el, '[part=chart]')!;
    expect(box.getAttribute('role')).to.equal('application');
    expect(box.getAttribute('aria-roledescription')).to.equal('柱状图');
    expect(box.getAttribute('aria-describedby')).to.equal('desc help');
    expect(box.tabIndex).to.equal(0);
    expect($(el, '[part=legend]'), 'no legend for one series').to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<civic-trend-chart> in host layouts', () => {
  it('fills a flex row instead of shrinking to its text', async () => {
    const row = document.createElement('div');
    row.className = 'holder';
    // CSSOM, not a style attribute: the test page runs under the strict CSP.
    Object.assign(row.style, { display: 'flex', width: '640px' });
    document.body.append(row);
    const {
      result: { el },
    } = await make(DIBAO, { parent: row });
    expect(el.getBoundingClientRect().width).to.equal(640);
    expect($(el, '.chart-canvas')!.getBoundingClientRect().width).to.be.greaterThan(560);
    // Two charts share the row.
    const {
      result: { el: second },
    } = await make(DIBAO, { parent: row });
    expect(el.getBoundingClientRect().width).to.be.closeTo(320, 1);
    expect(second.getBoundingClientRect().width).to.be.closeTo(320, 1);
  });
});

describe('<civic-trend-chart> types and options', () => {
  it('line (default), area, smooth, horizontal and stacked reach the ECharts option', async () => {
    const {
      result: { el },
    } = await make(SWEEP);
    expect(option(el).series[0].type).to.equal('line');
    expect(option(el).series[0].areaStyle).to.equal(undefined);
    expect(text($(el, '#desc'))).to.equal('折线图，2项：年初78%，目前92%，最高为目前');
    el.type = 'area';
    el.smooth = true;
    await el.updateComplete;
    expect(option(el).series[0].areaStyle).to.be.an('object');
    expect(option(el).series[0].smooth).to.equal(true);
    expect($(el, '[part=chart]')!.getAttribute('aria-roledescription')).to.equal('面积图');
    el.setAttribute('data-type', 'bar');
    el.setAttribute('data-horizontal', '');
    await el.updateComplete;
    expect(option(el).series[0].type).to.equal('bar');
    expect(option(el).yAxis[0].type).to.equal('category');
    expect(option(el).xAxis[0].type).to.equal('value');
    expect($(el, '[part=chart]')!.getAttribute('aria-roledescription')).to.equal('条形图');
    expect(inside(el).chart.inits, 'every change went to the same instance').to.equal(1);
    const {
      result: { el: stacked },
    } = await make({ ...TWO, 'data-type': 'bar', 'data-stacked': '' });
    expect(option(stacked).series.map((s: any) => s.stack)).to.deep.equal(['total', 'total']);
  });

  it('several series: a text legend with dash/symbol samples, palette colours, a multi-series summary', async () => {
    const {
      result: { el },
    } = await make(TWO);
    const o = option(el);
    expect(o.series.map((s: any) => s.name)).to.deep.equal(['甲', '乙']);
    expect(o.series.map((s: any) => s.lineStyle.color)).to.deep.equal(palettes.light.series.slice(0, 2));
    expect(o.series[0].lineStyle.type).to.not.equal(o.series[1].lineStyle.type);
    expect(o.series[0].symbol).to.not.equal(o.series[1].symbol);
    const legend = $(el, '[part=legend]')!;
    expect($$(el, '[part=legend] li').map(text)).to.deep.equal(['甲', '乙']);
    expect(legend.getAttribute('aria-label')).to.equal('图例');
    expect($$(el, '[part=legend] li svg line').map((l) => l.getAttribute('stroke-dasharray'))).to.deep.equal(['none', '5 3']);
    expect(getComputedStyle($$(el, '[part=legend] svg')[1]).color).to.equal('rgb(194, 65, 12)');
    expect(text($(el, '#desc'))).to.match(/^折线图，2个系列，4项；甲：/);
    expect(text($(el, '#help'))).to.contain('上下方向键切换系列');
    await expect(el).to.be.accessible();
  });

  it('draws a labelled target line and honours y-min/y-max', async () => {
    const {
      result: { el },
    } = await make({ ...SWEEP, 'data-target': '95', 'data-y-min': '70' });
    const ml = option(el).series[0].markLine;
    expect(ml.data[0].yAxis).to.equal(95);
    expect(ml.label.formatter()).to.equal('目标 95%');
    expect(option(el).yAxis[0].min).to.equal(70);
    expect(option(el).yAxis[0].max).to.equal(100);
    expect(text($(el, '#desc'))).to.contain('目标为95%');
    el.yMax = 120;
    await el.updateComplete;
    expect(option(el).yAxis[0].max).to.equal(120);
  });

  it('takes arrays through the properties (highest precedence)', async () => {
    const el = document.createElement('civic-trend-chart');
    el.lazy = false;
    el.labels = ['城市低保', '农村低保'];
    el.values = [5.62, 8.09];
    el.type = 'bar';
    el.unit = '%';
    document.body.append(el);
    await drawn(el);
    expect(option(el).series[0].data).to.deep.equal([5.62, 8.09]);
    el.series = [
      { name: '甲', values: [1, 2] },
      { name: '乙', values: [3, 4] },
    ];
    await el.updateComplete;
    expect(option(el).series.map((s: any) => s.name)).to.deep.equal(['甲', '乙']);
    expect(inside(el).chart.inits).to.equal(1);
  });

  it('turns animation off under data-animation="off" and prefers-reduced-motion', async () => {
    const {
      result: { el },
    } = await make({ ...SWEEP, 'data-animation': 'off' });
    expect(option(el).animation).to.equal(false);
    el.animation = 'auto';
    await el.updateComplete;
    expect(option(el).animation).to.equal(document.visibilityState !== 'hidden');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const {
        result: { el: reduced },
      } = await make(SWEEP);
      expect(option(reduced).animation).to.equal(false);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('<civic-trend-chart> data sources', () => {
  it('reads data-src JSON {labels, series} and CSV (first column labels, header = names)', async () => {
    const json = JSON.stringify({ labels: ['年初', '目前'], series: [{ name: '机械化清扫率', values: [78, 92] }] });
    const {
      result: { el },
    } = await make({ 'data-unit': '%', 'data-src': url({ type: 'application/json', body: json }) });
    expect(option(el).series[0].data).to.deep.equal([78, 92]);
    const csv = '类别,城市低保,农村低保\n提高幅度,5.62,8.09';
    const {
      result: { el: c },
    } = await make({ 'data-unit': '%', 'data-type': 'bar', 'data-src': url({ type: 'text/csv', body: csv }) });
    expect(option(c).series.map((s: any) => [s.name, s.data])).to.deep.equal([
      ['城市低保', [5.62]],
      ['农村低保', [8.09]],
    ]);
    expect($$(c, '[part=legend] li').map(text)).to.deep.equal(['城市低保', '农村低保']);
  });

  it('starts downloading ECharts as soon as it is near the viewport, while its data is still loading', async () => {
    const el = document.createElement('civic-trend-chart') as Chart;
    el.setAttribute('data-lazy', 'false');
    el.setAttribute('data-src', url({ type: 'application/json', body: '{"labels":["a"],"values":[1]}', delay: 1500 }));
    // The family's loader, seen through a stand-in that reports ECharts as not loaded yet.
    const opts = (el.testing.controller as unknown as { opts: { load: (() => Promise<unknown>) & { current?: unknown } } }).opts;
    const real = opts.load;
    let calls = 0;
    opts.load = Object.assign(() => (calls++, real()), { current: undefined });
    document.body.append(el);
    // At connection, before any render, model or option (and before the page's idle preload).
    expect(calls, 'registry import at connection').to.equal(1);
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    el.remove();
  });

  it('reads a child table and child JSON', async () => {
    const holder = document.createElement('div');
    holder.className = 'holder';
    render(
      html`<civic-trend-chart data-lazy="false" data-unit="%"><table>
          <tr><th>时间</th><th>机械化清扫率</th></tr><tr><td>年初</td><td>78</td></tr><tr><td>目前</td><td>92</td></tr></table></civic-trend-chart>
        <civic-trend-chart data-lazy="false"><script type="application/json">{"labels": ["a", "b"], "series": [{"name": "s", "values": [1, 2]}]}</script></civic-trend-chart>`,
      holder,
    );
    document.body.append(holder);
    const [a, b] = Array.from(holder.querySelectorAll('civic-trend-chart'));
    await drawn(a);
    await drawn(b);
    expect(option(a).series[0].data).to.deep.equal([78, 92]);
    expect(option(a).series[0].name).to.equal('机械化清扫率');
    expect(option(b).series[0].data).to.deep.equal([1, 2]);
    $(a, '[part=table-toggle]')!.click();
    await a.updateComplete;
    expect(cells($(a, 'thead tr')!)).to.equal('时间 机械化清扫率');
  });
});

describe('<civic-trend-chart> keyboard, pointer and tooltip', () => {
  it('is one tab stop; ←/→, Home/End move, the tooltip and live region follow, Enter selects, Esc hides', async () => {
    const {
      result: { el, events },
    } = await make({ ...SWEEP, 'data-labels': '年初,年中,目前', 'data-values': '78,85,92' });
    const box = $(el, '[part=chart]')!;
    const tip = $(el, '[part=tooltip]')!;
    const live = $(el, '[role=status]')!;
    const marker = $(el, '.focus-marker')!;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(box);
    await el.updateComplete;
    expect(text(live)).to.equal('年初 · 78%');
    expect(text(tip)).to.equal('年初 · 78%');
    expect(tip.hidden).to.equal(false);
    expect(tip.children, 'text only').to.have.length(0);
    expect(marker.hidden, 'focus marker shown').to.equal(false);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(text(live)).to.equal('年中 · 85%');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(text(live)).to.equal('目前 · 92%');
    expect(text(tip)).to.equal('目前 · 92%');
    // The marker sits on the point ECharts drew.
    const [px, py] = pointAt(el, 0, 2);
    const m = marker.getBoundingClientRect();
    expect(Math.abs(m.left + m.width / 2 - px)).to.be.below(3);
    expect(Math.abs(m.top + m.height / 2 - py)).to.be.below(3);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(text(live), 'stays at the end').to.equal('目前 · 92%');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(text(live)).to.equal('年初 · 78%');
    await sendKeys({ press: 'Enter' });
    const selects = events.filter((e) => e.type === 'civic-select');
    expect(selects).to.have.length(1);
    expect(selects[0].detail).to.deep.equal({ label: '年初', series: '机械化清扫率', value: 78, index: 0 });
    expect(selects[0].bubbles && selects[0].composed).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tip.hidden).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'next stop: the table toggle').to.equal($(el, '[part=table-toggle]'));
    await el.updateComplete;
    expect(marker.hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('↑/↓ move between series and the text names the series', async () => {
    const {
      result: { el, events },
    } = await make(TWO);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    const live = $(el, '[role=status]')!;
    expect(text(live)).to.equal('一季度 · 甲 · 10%');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(text(live)).to.equal('二季度 · 乙 · 25%');
    expect(text($(el, '[part=tooltip]'))).to.equal('二季度 · 乙 · 25%');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(text(live), 'stays on the last series').to.equal('二季度 · 乙 · 25%');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(text(live)).to.equal('二季度 · 甲 · 20%');
    await sendKeys({ press: ' ' });
    expect(events.filter((e) => e.type === 'civic-select').map((e) => e.detail)).to.deep.equal([
      { label: '二季度', series: '甲', value: 20, index: 1 },
    ]);
  });

  it('in a horizontal chart of one series ↑/↓ walk the categories', async () => {
    const {
      result: { el },
    } = await make({ ...DIBAO, 'data-horizontal': '' });
    $(el, '[part=chart]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(text($(el, '[role=status]'))).to.equal('农村低保 · 8.09%');
  });

  it('shows the same text tooltip on hover, hides it when the pointer leaves; a click fires civic-select', async () => {
    const {
      result: { el, events },
    } = await make(DIBAO);
    const tip = $(el, '[part=tooltip]')!;
    const [x, y] = pointAt(el, 0, 1, 0.5);
    await sendMouse({ type: 'move', position: [x, y] });
    await until(() => !tip.hidden, 3000, 'tooltip');
    expect(text(tip)).to.equal('农村低保 · 8.09%');
    expect(tip.children).to.have.length(0);
    const [x0, y0] = pointAt(el, 0, 0, 0.5);
    await sendMouse({ type: 'move', position: [x0, y0] });
    await until(() => text(tip) === '城市低保 · 5.62%', 3000, 'follows the pointer');
    await sendMouse({ type: 'click', position: [x, y] });
    await until(() => events.some((e) => e.type === 'civic-select'), 3000, 'civic-select');
    expect(events.filter((e) => e.type === 'civic-select').map((e) => e.detail)).to.deep.equal([
      { label: '农村低保', series: '城乡低保标准提高幅度', value: 8.09, index: 1 },
    ]);
    await sendMouse({ type: 'move', position: [2, 2] });
    await until(() => tip.hidden === true, 3000, 'hidden when the pointer leaves');
  });

  it('clicks select the right bar of several series side by side', async () => {
    const {
      result: { el, events },
    } = await make({ ...TWO, 'data-type': 'bar' });
    const layout = (instance(el) as any).getModel().getSeriesByIndex(1).getData().getItemLayout(2);
    const rect = $(el, '.chart-canvas')!.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(rect.left + layout.x + layout.width / 2), Math.round(rect.top + layout.y + layout.height / 2)],
    });
    await until(() => events.some((e) => e.type === 'civic-select'), 3000, 'civic-select');
    expect(events.find((e) => e.type === 'civic-select')!.detail).to.deep.equal({ label: '三季度', series: '乙', value: 20, index: 2 });
  });
  it('civic-select is cancelable: a click moves the current point, a cancelled click leaves it', async () => {
    const {
      result: { el, events },
    } = await make(TWO);
    const selects = () => events.filter((e) => e.type === 'civic-select').length;
    const box = $(el, '[part=chart]')!;
    const live = () => text($(el, '[role=status]'));
    el.scrollIntoView();
    box.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await until(() => live() === '二季度 · 甲 · 20%', 3000, `keyboard on 二季度 (is "${live()}")`);
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('civic-select', cancel);
    // Half way up 三季度: nearer 乙 (20) than 甲 (30), so a click there picks 三季度 · 乙.
    const [x, y] = pointAt(el, 0, 2, 0.5);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'click', position: [x, y] });
    await until(() => selects() === 1, 3000, 'first civic-select');
    await el.updateComplete;
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => live() === '一季度 · 甲 · 10%', 3000, `cancelled: moves from 二季度 · 甲 (is "${live()}")`);
    el.removeEventListener('civic-select', cancel);
    await sendMouse({ type: 'click', position: [x, y] });
    await until(() => selects() === 2, 3000, 'second civic-select');
    await el.updateComplete;
    await sendKeys({ press: 'ArrowLeft' });
    expect(events.filter((e) => e.type === 'civic-select').map((e) => e.detail.series)).to.deep.equal(['乙', '乙']);
    await until(() => live() === '二季度 · 乙 · 25%', 3000, `accepted: moves from 三季度 · 乙 (is "${live()}")`);
    await resetMouse();
  });
});

describe('<civic-trend-chart> data table and CSV', () => {
  it('toggles a real table with caption and th scope, and a CSV link with raw numbers', async () => {
    const {
      result: { el },
    } = await make({ ...TWO, 'data-label': '示意数据：季度对比' });
    const toggle = $(el, '[part=table-toggle]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(text(toggle)).to.equal('数据表');
    expect($(el, 'table')).to.equal(null);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle)).to.equal('隐藏数据表');
    const table = $<HTMLTableElement>(el, 'table')!;
    expect(toggle.getAttribute('aria-controls')).to.equal(table.parentElement!.id);
    expect(text(table.caption)).to.equal('示意数据：季度对比');
    expect($$(el, 'thead th').map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
    expect($$(el, 'tbody th').map((th) => th.getAttribute('scope'))).to.deep.equal(['row', 'row', 'row', 'row']);
    expect(Array.from(table.rows, cells)).to.deep.equal([
      '类别 甲 乙',
      '一季度 10% 15%',
      '二季度 20% 25%',
      '三季度 30% 20%',
      '四季度 40% 35%',
    ]);
    const link = $<HTMLAnchorElement>(el, '[part=download]')!;
    expect(link.getAttribute('download')).to.equal('示意数据：季度对比.csv');
    expect(link.href).to.match(/^blob:/);
    const csv = await readCsv(link.href);
    expect(csv).to.equal('\ufeff类别,甲（%）,乙（%）\r\n一季度,10,15\r\n二季度,20,25\r\n三季度,30,20\r\n四季度,40,35\r\n');
    // A data change makes a new file and revokes the old URL.
    const old = link.href;
    el.series = [{ name: '甲', values: [1, 2, 3, 4] }];
    await el.updateComplete;
    expect(link.href).to.not.equal(old);
    expect(csvBlob(old)).to.equal(undefined);
    expect(await readCsv(link.href)).to.contain('一季度,1\r\n');
    await expect(el).to.be.accessible();
    const current = link.href;
    toggle.click();
    await el.updateComplete;
    expect(csvBlob(current), 'closing the table revokes the URL').to.equal(undefined);
  });
});

describe('<civic-trend-chart> data table and CSV, cost', () => {
  it('a closed table costs a data update no cell: the cells are formatted when it opens', async () => {
    const values = Array.from({ length: 40 }, (_, i) => i + 1);
    const {
      result: { el },
    } = await make({ 'data-labels': values.map((v) => `第${v}周`).join(','), 'data-values': values.join(','), 'data-unit': '户' });
    const counted = el as unknown as { formatValue: (v: number) => string };
    const real = counted.formatValue;
    let calls = 0;
    counted.formatValue = function (this: unknown, v: number) {
      calls++;
      return real.call(this, v);
    };
    el.values = values.map((v) => v * 2);
    await el.updateComplete;
    // The summary names a few values (first, last, highest, lowest); the table would name all 40.
    expect(calls, 'values formatted with the table closed').to.be.below(values.length);
    calls = 0;
    $(el, '[part=table-toggle]')!.click();
    await el.updateComplete;
    expect(calls, 'values formatted once the table is open').to.be.at.least(values.length);
    expect($$(el, 'tbody tr')).to.have.length(values.length);
  });
});

describe('<civic-trend-chart> errors', () => {
  const cases: [string, Record<string, string>, string, string, RegExp][] = [
    [
      'length-mismatch',
      { 'data-labels': '年初,目前', 'data-values': '78,85,92' },
      'length-mismatch',
      'data-values',
      /3 values but 2 labels/,
    ],
    ['invalid-number', { 'data-labels': 'a,b,c', 'data-values': '1,x,3' }, 'invalid-number', 'data-values', /item 2 "x"/],
    ['invalid-json', { 'data-series': '[{"name": "甲", "values": [1, 2]' }, 'invalid-json', 'data-series', /malformed JSON/],
    [
      'invalid-number in data-series',
      { 'data-series': '[{"name": "甲", "values": [1, "x"]}]' },
      'invalid-number',
      'data-series',
      /series "甲" item 2/,
    ],
    [
      'invalid-number in data-target',
      { ...{ 'data-labels': 'a', 'data-values': '1' }, 'data-target': '九十' },
      'invalid-number',
      'data-target',
      /九十/,
    ],
  ];
  for (const [name, attrs, code, attribute, message] of cases) {
    it(`${name}: a visible message with the code, one warning naming ${attribute}, civic-error`, async () => {
      const {
        result: { el, events },
        warnings,
      } = await make(attrs, { wait: false });
      await settled(el, 'error');
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(attribute).and.contain(code);
      const errors = events.filter((e) => e.type === 'civic-error');
      expect(errors).to.have.length(1);
      expect(errors[0].detail).to.include({ code, attribute });
      expect(errors[0].detail.message).to.match(message);
      expect(text($(el, '[part=message]'))).to.contain(code);
      expect($(el, '[part=chart]')!.hidden).to.equal(true);
      expect(inside(el).chart.chart, 'no chart for bad data').to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  }

  it('fetch-failed: message, code and a retry button; fixed data recovers into the same element', async () => {
    const {
      result: { el, events },
      warnings,
    } = await captureWarnings(async () => {
      const made = (await make({ 'data-src': url({ status: 500 }) }, { wait: false })).result;
      await settled(made.el, 'error');
      return made;
    });
    await el.updateComplete;
    // A short notice for readers; the code is for developers (title, civic-error, console).
    expect($(el, '[part~=message]')!.innerText.replace(/\s+/g, ' ').trim()).to.equal('数据加载失败 重试');
    expect($(el, '[part~=message]')!.getAttribute('title')).to.equal('fetch-failed');
    expect($(el, '[part=retry]')).to.not.equal(null);
    expect(events.filter((e) => e.type === 'civic-error').map((e) => e.detail.code)).to.deep.equal(['fetch-failed']);
    expect(warnings).to.have.length(1);
    await expect(el).to.be.accessible();
    el.src = url({ type: 'application/json', body: '{"labels": ["a"], "series": [{"name": "s", "values": [1]}]}' });
    await drawn(el);
    expect(option(el).series[0].data).to.deep.equal([1]);
  });

  it('empty data shows 暂无数据 and loads no chart', async () => {
    const {
      result: { el },
    } = await make({ 'data-label': '空', 'data-values': '[]' }, { wait: false });
    await settled(el, 'empty');
    expect(shadowText(el)).to.contain('暂无数据');
    expect(inside(el).chart.chart).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

describe('<civic-trend-chart> lifecycle', () => {
  it("a data update keeps the colours read last from the page's CSS; any other change reads them again", async () => {
    const {
      result: { el },
    } = await make(DIBAO);
    const frame = $(el, '.frame')!;
    const real = window.getComputedStyle;
    let reads = 0;
    window.getComputedStyle = (elt: Element, pseudo?: string | null) => ((reads += elt === frame ? 1 : 0), real(elt, pseudo));
    try {
      for (const values of ['6,9', '7,8', '5,9']) {
        el.setAttribute('data-values', values);
        await el.updateComplete;
      }
      expect(option(el).series[0].data).to.deep.equal([5, 9]);
      expect(reads, 'computed-style reads for three data updates').to.equal(0);
      // An override set meanwhile reaches the canvas with the next change that is not data.
      el.style.setProperty('--civic-accent', 'rgb(1, 2, 3)');
      el.setAttribute('data-label', '城乡低保标准提高幅度（%）');
      await el.updateComplete;
      expect(reads).to.equal(1);
      expect(option(el).series[0].itemStyle.color).to.equal('rgb(1, 2, 3)');
      el.setAttribute('data-theme', 'dark');
      await el.updateComplete;
      expect(reads).to.equal(2);
      expect(option(el).yAxis[0].axisLabel.color).to.equal(palettes.dark.muted);
    } finally {
      window.getComputedStyle = real;
    }
  });

  it('updates the same instance on attribute, theme and locale changes', async () => {
    const {
      result: { el },
    } = await make(DIBAO);
    const first = instance(el);
    el.setAttribute('data-values', '6,9');
    await el.updateComplete;
    expect(option(el).series[0].data).to.deep.equal([6, 9]);
    el.setAttribute('data-theme', 'dark');
    await el.updateComplete;
    expect(option(el).series[0].itemStyle.color).to.equal(palettes.dark.accent);
    expect(option(el).yAxis[0].axisLabel.color).to.equal(palettes.dark.muted);
    el.setAttribute('data-care', '');
    await el.updateComplete;
    expect(option(el).series[0].itemStyle.color).to.equal(palettes['care-dark'].accent);
    expect(option(el).textStyle.fontSize).to.be.at.least(18);
    el.style.setProperty('--civic-accent', 'rgb(1, 2, 3)');
    el.removeAttribute('data-theme');
    el.removeAttribute('data-care');
    await el.updateComplete;
    expect(option(el).series[0].itemStyle.color, 'CSS overrides reach the canvas').to.equal('rgb(1, 2, 3)');
    el.setAttribute('lang', 'en');
    await until(() => text($(el, '#desc')).startsWith('Bar chart'), 3000, 'English summary');
    expect(text($(el, '#desc'))).to.equal('Bar chart, 2 items: 城市低保 6%; 农村低保 9%; highest: 农村低保');
    expect(instance(el)).to.equal(first);
    expect(inside(el).chart.inits).to.equal(1);
  });

  it('disposes the instance after a removal (checked after a microtask) and re-inits on re-insertion', async () => {
    const {
      result: { el },
    } = await make(SWEEP);
    const chart = instance(el);
    const dom = chart.getDom();
    el.remove();
    expect(!!chart.isDisposed(), 'not before the microtask').to.equal(false);
    await Promise.resolve();
    await tick();
    expect(chart.isDisposed()).to.equal(true);
    expect(dom.childElementCount, 'zrender left nothing behind').to.equal(0);
    expect(inside(el).chart.chart).to.equal(undefined);
    document.body.append(el);
    await until(() => !!inside(el).chart.chart, 5000, 're-init');
    expect(inside(el).chart.inits).to.equal(2);
    expect(option(el).series[0].data).to.deep.equal([78, 92]);
  });

  it('a DOM move neither re-inits nor re-fetches', async () => {
    const key = `move-${Date.now()}`;
    const json = JSON.stringify({ labels: ['年初', '目前'], series: [{ name: '机械化清扫率', values: [78, 92] }] });
    const {
      result: { el },
    } = await make({ 'data-src': url({ type: 'application/json', body: json, count: key }) });
    const chart = instance(el);
    const holder = document.createElement('div');
    holder.className = 'holder';
    document.body.append(holder);
    holder.append(el);
    await tick();
    await el.updateComplete;
    expect(!!chart.isDisposed()).to.equal(false);
    expect(instance(el)).to.equal(chart);
    expect(inside(el).chart.inits).to.equal(1);
    expect(await count(key)).to.equal(1);
  });

  /** A chart below a 4000px spacer, with the default data-lazy; its warnings and events recorded. */
  async function farBelow(attrs: Record<string, string> = SWEEP) {
    const holder = document.createElement('div');
    holder.className = 'holder';
    const spacer = document.createElement('div');
    spacer.style.setProperty('height', '4000px');
    holder.append(spacer);
    document.body.append(holder);
    const { result, warnings } = await make(attrs, { parent: holder, wait: false, lazy: true });
    return Object.assign(result.el, { events: result.events, warnings });
  }

  it('starts lazily: far below the viewport it is a placeholder (label, loading, footer), with no model, option or ECharts', async () => {
    const el = await farBelow({ ...SWEEP, 'data-source': '市城管局' });
    // The first update is done: nothing awaiting the element waits for a scroll.
    expect(el.state).to.equal('loading');
    await new Promise((r) => setTimeout(r, 300));
    expect(inside(el).chart.chart, 'not started off screen').to.equal(undefined);
    expect(inside(el).chart.inits).to.equal(0);
    expect(inside(el).chart.lastOption, 'no option built off screen').to.equal(undefined);
    expect(
      el.events.map((e) => e.type),
      'no model: no civic-data yet',
    ).to.deep.equal([]);
    // What a reader (or a screen reader) finds meanwhile: the title, a busy frame that says it is
    // loading, and the source; no summary, legend, table or chart box yet.
    expect(text($(el, '[part="label"]'))).to.equal('机械化清扫率');
    expect($(el, '[part="frame"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(text($(el, '.sr-only'))).to.equal('加载中…');
    expect($(el, '.skeleton')).to.exist;
    expect(text($(el, '[part="footer"]'))).to.contain('市城管局');
    for (const sel of ['#desc', '.chart-box', '[part="table-toggle"]']) expect($(el, sel), sel).to.equal(null);
    await expect(el).to.be.accessible();
    el.parentElement!.remove();
  });

  it('starts lazily: scrolled near, it reads its data, gets its text alternative and draws', async function () {
    // IntersectionObserver reports nothing to a hidden page (the runner shows one of two pages
    // running at once), so this can only be checked on the visible one.
    if (document.visibilityState === 'hidden') this.skip();
    const el = await farBelow();
    await new Promise((r) => setTimeout(r, 100));
    expect(inside(el).chart.inits).to.equal(0);
    el.scrollIntoView();
    await drawn(el);
    expect(inside(el).chart.inits).to.equal(1);
    expect(text($(el, '#desc'))).to.contain('折线图');
    expect(el.events.map((e) => e.type)).to.deep.equal(['civic-data', 'civic-ready']);
    window.scrollTo(0, 0);
    el.parentElement!.remove();
  });

  it('starts lazily: bad data far off screen is reported once, when the chart comes near', async function () {
    if (document.visibilityState === 'hidden') this.skip();
    const el = await farBelow({ ...SWEEP, 'data-values': '78,abc' });
    await new Promise((r) => setTimeout(r, 100));
    expect(el.warnings, 'not read yet').to.deep.equal([]);
    const { warnings } = await captureWarnings(async () => {
      el.scrollIntoView();
      await settled(el, 'error');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('data-values').and.contain('invalid-number');
    expect(el.events.filter((e) => e.type === 'civic-error').map((e) => e.detail.code)).to.deep.equal(['invalid-number']);
    expect(text($(el, '[part="message"]'))).to.contain('invalid-number');
    window.scrollTo(0, 0);
    el.parentElement!.remove();
  });

  it('a lazy chart on the first screen renders complete in its first update, never as a placeholder first', async () => {
    const el = document.createElement('civic-trend-chart') as Chart;
    for (const [k, v] of Object.entries(SWEEP)) el.setAttribute(k, v);
    document.body.prepend(el);
    // The shadow root exists from the connection on; the first render comes a microtask later.
    const added: string[] = [];
    new MutationObserver((records) =>
      records.forEach((r) => r.addedNodes.forEach((n) => n instanceof Element && added.push(n.className))),
    ).observe(el.shadowRoot!, { childList: true, subtree: true });
    // No IntersectionObserver report needed (a hidden page gets none): one geometry check decides.
    await el.updateComplete;
    expect(text($(el, '#desc'))).to.contain('折线图');
    await tick();
    expect(
      added.filter((c) => /skeleton/.test(c)),
      'no placeholder rendered first',
    ).to.deep.equal([]);
    await drawn(el);
    el.remove();
  });

  it('a lazy chart in a hidden container waits as a placeholder, and renders when it is shown', async function () {
    if (document.visibilityState === 'hidden') this.skip();
    const box = document.createElement('div');
    box.hidden = true;
    document.body.prepend(box);
    const {
      result: { el },
    } = await make(SWEEP, { parent: box, wait: false, lazy: true });
    expect($(el, '#desc')).to.equal(null);
    box.hidden = false;
    await drawn(el);
    expect(text($(el, '#desc'))).to.contain('折线图');
    box.remove();
  });

  it('far off screen, a lazy chart skips layout (content-visibility) and an eager one is laid out and drawn at once', async () => {
    const lazyEl = await farBelow();
    expect(getComputedStyle(lazyEl).contentVisibility).to.equal('auto');
    // Skipped content is not laid out, yet the element keeps a chart-sized box for the scrollbar.
    expect(lazyEl.getBoundingClientRect().height).to.be.greaterThan(240);
    const holder = lazyEl.parentElement!;
    const {
      result: { el: eager },
    } = await make(SWEEP, { parent: holder, wait: false });
    expect(getComputedStyle(eager).contentVisibility).to.equal('visible');
    await drawn(eager);
    expect(inside(eager).chart.inits, 'data-lazy="false" draws far below the viewport too').to.equal(1);
    expect($(eager, 'canvas')!.getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('starts without reading layout: the size comes from the shared ResizeObserver, not clientWidth (no layout per chart)', async () => {
    // Count layout reads on every element while five charts start together.
    const reads: string[] = [];
    const patched: [object, string, PropertyDescriptor][] = [];
    for (const [proto, names] of [
      [Element.prototype, ['clientWidth', 'clientHeight']],
      [HTMLElement.prototype, ['offsetWidth', 'offsetHeight']],
    ] as [object, string[]][]) {
      for (const name of names) {
        const real = Object.getOwnPropertyDescriptor(proto, name)!;
        patched.push([proto, name, real]);
        Object.defineProperty(proto, name, {
          configurable: true,
          get(this: Element) {
            if (this.closest?.('.chart-canvas') || this.classList?.contains('chart-canvas')) reads.push(name);
            return real.get!.call(this);
          },
        });
      }
    }
    let els: Chart[];
    try {
      els = (await Promise.all([1, 2, 3, 4, 5].map(() => make(SWEEP)))).map((r) => r.result.el);
    } finally {
      for (const [proto, name, real] of patched) Object.defineProperty(proto, name, real);
    }
    expect(reads, 'layout reads on chart boxes while starting').to.deep.equal([]);
    for (const el of els) {
      const box = $(el, '.chart-canvas')!.getBoundingClientRect();
      const canvas = $(el, 'canvas')!.getBoundingClientRect();
      expect(Math.abs(canvas.width - box.width), 'canvas as wide as its box').to.be.below(1);
      expect(Math.abs(canvas.height - box.height), 'and as tall').to.be.below(1);
    }
  });

  it('charts appended together read their palettes after all of them rendered (one style recalculation, not one per chart)', async () => {
    const els = [1, 2, 3, 4, 5].map(() => {
      const el = document.createElement('civic-trend-chart') as Chart;
      el.setAttribute('data-lazy', 'false');
      for (const [k, v] of Object.entries(SWEEP)) el.setAttribute(k, v);
      return el;
    });
    const seen: number[] = [];
    const real = window.getComputedStyle;
    window.getComputedStyle = function (this: Window, elt: Element, pseudo?: string | null) {
      // How many of the five had rendered when a chart read the style of its frame.
      if (elt.classList?.contains('frame')) seen.push(els.filter((e) => e.shadowRoot?.querySelector('.frame')).length);
      return real.call(this, elt, pseudo);
    } as typeof window.getComputedStyle;
    try {
      document.body.append(...els);
      await Promise.all(els.map((e) => e.updateComplete));
    } finally {
      window.getComputedStyle = real;
    }
    expect(seen, 'palette reads').to.have.length(5);
    expect(
      seen.every((n) => n === 5),
      `rendered count at each read: ${seen}`,
    ).to.equal(true);
    for (const el of els) await drawn(el);
  });

  it('draws once at start: the first size report of the observer does not redraw; a real resize does', async () => {
    // Count resize() on every ECharts instance, from before the chart under test exists.
    const proto = Object.getPrototypeOf(instance((await make(SWEEP)).result.el));
    const real = proto.resize;
    const resizes = new WeakMap<object, number>();
    proto.resize = function (this: object, ...args: unknown[]) {
      resizes.set(this, (resizes.get(this) ?? 0) + 1);
      return real.apply(this, args);
    };
    try {
      const {
        result: { el },
      } = await make(SWEEP);
      // A few frames: any resize scheduled by the initial report of the observer has run by now.
      for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 50));
      expect(resizes.get(instance(el)) ?? 0, 'no resize at the size it was drawn at').to.equal(0);
      el.style.setProperty('width', '300px');
      await until(() => resizes.get(instance(el)) === 1, 3000, 'one resize after a real size change');
    } finally {
      proto.resize = real;
    }
  });

  it('keeps the loaded registry, so later charts start without another import wait', async () => {
    await make(SWEEP);
    const { loadTrendRegistry } = await import('../src/charts/trend/registry.js');
    expect(loadTrendRegistry.current, 'the registry is kept after the first load').to.not.equal(undefined);
    expect(typeof loadTrendRegistry.current!.init).to.equal('function');
  });

  it('fires civic-ready once, after ECharts finished drawing', async () => {
    const {
      result: { el, events },
    } = await make(SWEEP);
    el.setAttribute('data-values', '1,2');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(events.filter((e) => e.type === 'civic-ready')).to.have.length(1);
    expect(events.filter((e) => e.type === 'civic-data')).to.have.length(2);
  });
});

describe('<civic-trend-chart> accessibility in every state and locale', () => {
  it('loading: aria-busy, reserved height, accessible', async () => {
    const {
      result: { el },
    } = await make({ 'data-label': '加载', 'data-src': url({ delay: 2000, type: 'application/json', body: '{}' }) }, { wait: false });
    expect(el.state).to.equal('loading');
    expect($(el, '[part=frame]')!.getAttribute('aria-busy')).to.equal('true');
    expect($(el, '.skeleton')!.getBoundingClientRect().height).to.equal(240);
    await expect(el).to.be.accessible();
  });

  for (const [name, attrs] of [
    ['dark', { 'data-theme': 'dark' }],
    ['care', { 'data-care': '' }],
    ['care + dark', { 'data-care': '', 'data-theme': 'dark' }],
  ] as const) {
    it(`ready in ${name}: accessible, with the theme's colours on the canvas`, async () => {
      const {
        result: { el },
      } = await make({ ...TWO, 'data-type': 'bar', 'data-target': '30', ...attrs });
      const p = palettes[name === 'dark' ? 'dark' : name === 'care' ? 'care' : 'care-dark'];
      expect(option(el).series.map((s: any) => s.itemStyle.color)).to.deep.equal(p.series.slice(0, 2));
      expect(option(el).series[0].markLine.lineStyle.color).to.equal(p.text);
      if (name !== 'dark') expect($(el, '.chart-canvas')!.getBoundingClientRect().height).to.equal(300);
      await expect(el).to.be.accessible();
    });
  }

  const locales: [string, string, string, string][] = [
    ['zh-TW', '柱狀圖，2項：城市低保5.62%，农村低保8.09%，最高為农村低保', '資料表', '城市低保 · 5.62%'],
    ['en', 'Bar chart, 2 items: 城市低保 5.62%; 农村低保 8.09%; highest: 农村低保', 'Data table', '城市低保 · 5.62%'],
  ];
  for (const [lang, summary, table, live] of locales) {
    it(`speaks ${lang}: summary, table toggle, live region`, async () => {
      const {
        result: { el },
      } = await make({ ...DIBAO, lang });
      expect(text($(el, '#desc'))).to.equal(summary);
      expect(text($(el, '[part=table-toggle]'))).to.equal(table);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(text($(el, '[role=status]'))).to.equal(live);
      await expect(el).to.be.accessible();
    });
  }

  it('data-description replaces the summary', async () => {
    const {
      result: { el },
    } = await make({ ...DIBAO, 'data-description': '农村低保提高幅度更大。' });
    expect(text($(el, '#desc'))).to.equal('农村低保提高幅度更大。');
  });

  it('never uses ECharts HTML: no tooltip component, no HTML inside the canvas box', async () => {
    const {
      result: { el },
    } = await make(TWO);
    expect(option(el).tooltip).to.equal(undefined);
    const dom = instance(el).getDom();
    expect(dom.querySelectorAll(':not(div):not(canvas)')).to.have.length(0);
  });
});
