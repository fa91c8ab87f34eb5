/**
 * Data as offices publish it, in the browser over real HTTP: CSV files in GBK, GB18030, UTF-16
 * and UTF-8 (bytes from test/fixtures/encodings, made by make-encoding-fixtures.mjs); numbers
 * written 1.1万 / ２，３９１ in attributes, child tables and CSV; portal JSON of its own shape
 * mapped with data-path and the data-*-field attributes, for each element.
 */
import { html, render } from 'lit';
import '../src/indicator-card/define.js';
import '../src/progress-ring/define.js';
import '../src/trend-chart/define.js';
import '../src/district-map/define.js';
import { captureWarnings, expect, expectNoViolations, recordEvents, shadowText, until } from './helpers.js';

const file = (name: string, type = '') => `/__fixture?${new URLSearchParams({ file: name, type })}`;
const json = (body: unknown) => `/__fixture?${new URLSearchParams({ type: 'application/json', body: JSON.stringify(body) })}`;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
type El = HTMLElement & { updateComplete: Promise<unknown> };

/** A <table> from rows of text (the first row header cells), built without innerHTML (Trusted Types). */
function table(rows: string[][]): HTMLTableElement {
  const t = document.createElement('table');
  rows.forEach((r, i) => {
    const tr = t.insertRow();
    for (const text of r) tr.append(Object.assign(document.createElement(i ? 'td' : 'th'), { textContent: text }));
  });
  return t;
}

/** Mounts `tag` with attributes (and optional children) and waits for ready or error. */
async function mount(tag: string, attrs: Record<string, string>, children: Node[] = []) {
  const el = document.createElement(tag) as El;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  const events = recordEvents(el, 'civic-error', 'civic-data');
  const { warnings } = await captureWarnings(async () => {
    document.body.append(el);
    await until(() => el.getAttribute('state') === 'ready' || el.getAttribute('state') === 'error', 10000, `${tag} ready or error`);
    await el.updateComplete;
  });
  return { el, events, warnings, errors: events.filter((e) => e.type === 'civic-error').map((e) => e.detail) };
}

const TREND = { 'data-label': '各区站点数', 'data-type': 'bar', 'data-unit': '个', 'data-lazy': 'false' };
const MAP = { 'data-label': '示意数据', 'data-map': 'anshan', 'data-unit': '处', 'data-lazy': 'false' };

afterEach(() => {
  document.querySelectorAll('body > [state]').forEach((e) => e.remove());
  expectNoViolations();
});

before(async function () {
  this.timeout(60000);
  await Promise.all([import('../src/echarts/trend.js'), import('../src/echarts/map.js')]);
});

describe('data-src encodings', function () {
  this.timeout(30000);

  // The file and the Content-Type a server would send with it.
  for (const [name, type] of [
    ['gbk.csv', 'text/csv'],
    ['gbk.csv', 'text/csv; charset=utf-8'],
    ['gbk.csv', 'text/csv; charset=gbk'],
    ['utf16le-bom.csv', 'text/csv'],
    ['utf16be-bom.csv', 'text/csv'],
    ['utf8.csv', 'text/csv'],
    ['utf8-bom.csv', 'text/csv'],
  ]) {
    it(`${name} served as ${type || 'no content type'} reads as Chinese, 1.1万 as 11000`, async () => {
      const { el, errors } = await mount('civic-trend-chart', { ...TREND, 'data-src': file(name, type) });
      expect(errors).to.deep.equal([]);
      expect(el.getAttribute('state')).to.equal('ready');
      const text = shadowText(el);
      expect(text).to.contain('铁东区');
      expect(text).to.contain('1.1万个');
      expect(text).to.not.contain('\ufffd');
    });
  }

  it('GB18030 with a character outside GBK (𠮷)', async () => {
    const { el, errors } = await mount('civic-trend-chart', { ...TREND, 'data-src': file('gb18030.csv', 'text/csv') });
    expect(errors).to.deep.equal([]);
    expect(shadowText(el)).to.contain('𠮷镇');
  });

  it('GBK JSON for a map, and data-charset for UTF-16 without a BOM', async () => {
    const a = await mount('civic-trend-chart', { ...TREND, 'data-src': file('gbk.json', 'application/json') });
    expect(a.errors).to.deep.equal([]);
    expect(shadowText(a.el)).to.contain('铁西区');
    const b = await mount('civic-district-map', { ...MAP, 'data-src': file('utf16le-nobom.csv', 'text/csv'), 'data-charset': 'utf-16le' });
    expect(b.errors.filter((e) => e.code !== 'unknown-region')).to.deep.equal([]);
    expect(shadowText(b.el)).to.contain('最高：千山区 1.1万处');
  });

  it('undecodable bytes: invalid-encoding, a localized message, never mojibake as data', async () => {
    const { el, errors, warnings } = await mount('civic-trend-chart', { ...TREND, 'data-src': file('binary.csv', 'text/csv') });
    expect(el.getAttribute('state')).to.equal('error');
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-encoding']);
    expect(warnings.filter((w) => w.includes('invalid-encoding'))).to.have.length(1);
    expect($(el, '[part~=message]')!.textContent).to.contain('数据的文字编码无法识别');
    const c = await mount('civic-indicator-card', {
      'data-label': 'x',
      'data-src': file('gbk.csv', 'text/csv'),
      'data-charset': 'klingon',
    });
    expect(c.errors.map((e) => [e.code, e.attribute])).to.deep.equal([['invalid-encoding', 'data-charset']]);
  });

  it('UTF-16 without a BOM or charset is refused, not shown', async () => {
    const { el, errors } = await mount('civic-trend-chart', { ...TREND, 'data-src': file('utf16le-nobom.csv', 'text/csv') });
    expect(el.getAttribute('state')).to.equal('error');
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-encoding']);
  });
});

describe('numbers as Chinese text writes them, in every input', function () {
  this.timeout(30000);

  it('card: data-value="1.1万" shows 1.1万户; data-previous in full-width digits', async () => {
    const { el, errors } = await mount('civic-indicator-card', {
      'data-label': '新增市场主体',
      'data-value': '1.1万',
      'data-previous': '１０，０００',
      'data-unit': '户',
    });
    expect(errors).to.deep.equal([]);
    expect($(el, '[part=value]')!.textContent!.replace(/\s+/g, '')).to.contain('1.1万户');
    expect(shadowText(el)).to.contain('10%');
  });

  it('card: 约12万 is invalid-number naming the attribute and why', async () => {
    const { el, errors } = await mount('civic-indicator-card', { 'data-label': '就业', 'data-value': '约12万', 'data-unit': '人' });
    expect(el.getAttribute('state')).to.equal('error');
    expect(errors).to.have.length(1);
    expect(errors[0].code).to.equal('invalid-number');
    expect(errors[0].attribute).to.equal('data-value');
    expect(errors[0].message).to.contain('approximation ("约")');
  });

  it('ring: 94.1% and a full-width previous', async () => {
    const { el, errors } = await mount('civic-progress-ring', {
      'data-label': '机械化清扫率',
      'data-value': '94.1%',
      'data-previous': '７８',
    });
    expect(errors).to.deep.equal([]);
    expect(shadowText(el)).to.contain('94.1%');
  });

  it('trend chart: a child table with 1.1万, 2,391 and a — gap; sparkline with 万', async () => {
    const t = table([
      ['年份', '户数'],
      ['2019', '1.1万'],
      ['2020', '—'],
      ['2021', '2,391'],
    ]);
    const { el, errors } = await mount('civic-trend-chart', { ...TREND, 'data-unit': '户' }, [t]);
    expect(errors).to.deep.equal([]);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(shadowText(el)).to.contain('1.1万户');
    const card = await mount('civic-indicator-card', {
      'data-label': '户数',
      'data-value': '2.19亿',
      'data-unit': '元',
      'data-sparkline': '["1.8亿","2亿","—","2.19亿"]',
    });
    expect(card.errors).to.deep.equal([]);
  });

  it('trend chart: a child table cell 12万余 is invalid-number naming the cell', async () => {
    const { errors } = await mount('civic-trend-chart', TREND, [
      table([
        ['区县', '人数'],
        ['铁东区', '12万余'],
      ]),
    ]);
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-number']);
    expect(errors[0].message).to.contain('row 1 ("铁东区"), column 2 "12万余" is an approximation');
  });

  it('map: CSV with a title row, ; separator and 万 cells', async () => {
    const body = '表1 各区站点数\n区县;站点数\n铁东区;1.1万\n海城;２８\n';
    const { el, errors } = await mount('civic-district-map', {
      ...MAP,
      'data-src': `/__fixture?${new URLSearchParams({ type: 'text/csv', body })}`,
    });
    expect(errors.filter((e) => e.code !== 'unknown-region')).to.deep.equal([]);
    expect(shadowText(el)).to.contain('铁东区 1.1万处');
    expect(shadowText(el)).to.contain('海城市 28处');
  });
});

// A portal's list API and a bureau's indicator API, as they answer.
const PORTAL = {
  code: 0,
  msg: 'ok',
  data: {
    total: 2,
    rows: [
      { name: '铁东区', count: 62, urban: '1.1万', rural: 8600 },
      { name: '海城', count: '2,391', urban: '1.2万', rural: '—' },
    ],
  },
};
const STATS = {
  success: true,
  result: {
    list: [
      { period: '2020', amount: '1.8亿', goal: '2亿' },
      { period: '2021', amount: '2.19亿', goal: '2.5亿' },
    ],
  },
};

describe('JSON of any shape: data-path and field attributes', function () {
  this.timeout(30000);

  it('trend chart: label and value fields', async () => {
    const { el, errors } = await mount('civic-trend-chart', {
      ...TREND,
      'data-src': json(PORTAL),
      'data-path': 'data.rows',
      'data-label-field': 'name',
      'data-value-field': 'count',
    });
    expect(errors).to.deep.equal([]);
    expect(shadowText(el)).to.contain('海城2,391个');
  });

  it('trend chart: wide rows as several series with display names', async () => {
    const { el, events } = await mount('civic-trend-chart', {
      ...TREND,
      'data-src': json(PORTAL),
      'data-path': 'data.rows',
      'data-label-field': 'name',
      'data-series-fields': 'urban:城市低保,rural:农村低保',
    });
    const data = events.find((e) => e.type === 'civic-data')!.detail;
    expect(data.series).to.deep.equal([
      { name: '城市低保', values: [11000, 12000] },
      { name: '农村低保', values: [8600, null] },
    ]);
    expect(shadowText(el)).to.contain('城市低保');
  });

  it('map: region and value fields', async () => {
    const { el, errors } = await mount('civic-district-map', {
      ...MAP,
      'data-src': json(PORTAL),
      'data-path': 'data.rows',
      'data-region-field': 'name',
      'data-value-field': 'count',
    });
    expect(errors.filter((e) => e.code !== 'unknown-region')).to.deep.equal([]);
    expect(shadowText(el)).to.contain('海城市 2,391处');
  });

  it('card: the last record of a list, value and target fields', async () => {
    const { el, errors } = await mount('civic-indicator-card', {
      'data-label': '稳岗返还资金',
      'data-unit': '元',
      'data-src': json(STATS),
      'data-path': 'result.list.-1',
      'data-value-field': 'amount',
      'data-target-field': 'goal',
    });
    expect(errors).to.deep.equal([]);
    expect($(el, '[part=value]')!.textContent!.replace(/\s+/g, '')).to.contain('2.19亿元');
    expect(shadowText(el)).to.contain('2.5亿元');
  });

  it('ring: value, previous and max fields from a child JSON script', async () => {
    // A static template: the strict CSP's Trusted Types refuse script text set from a string.
    const holder = document.createElement('div');
    render(html`<script type="application/json">{"data": {"rate": "92", "before": "78", "full": "100"}}</script>`, holder);
    const script = holder.firstElementChild!;
    const { el, errors } = await mount(
      'civic-progress-ring',
      {
        'data-label': '机械化清扫率',
        'data-path': 'data',
        'data-value-field': 'rate',
        'data-previous-field': 'before',
        'data-max-field': 'full',
      },
      [script],
    );
    expect(errors).to.deep.equal([]);
    expect(shadowText(el)).to.contain('92%');
  });

  it('a bad path or a missing field is invalid-json naming it', async () => {
    const a = await mount('civic-trend-chart', {
      ...TREND,
      'data-src': json(PORTAL),
      'data-path': 'data.list',
      'data-value-field': 'count',
    });
    expect(a.el.getAttribute('state')).to.equal('error');
    expect(a.errors.map((e) => [e.code, e.attribute])).to.deep.equal([['invalid-json', 'data-path']]);
    expect(a.errors[0].message).to.contain('data-path "data.list": "data" has no "list"');
    const b = await mount('civic-indicator-card', {
      'data-label': 'x',
      'data-src': json(STATS),
      'data-path': 'result.list.0',
      'data-value-field': 'value',
    });
    expect(b.errors.map((e) => [e.code, e.attribute])).to.deep.equal([['invalid-json', 'data-value-field']]);
    expect($(b.el, '[part~=message]')!.textContent).to.contain('数据格式有误');
  });
});
