/**
 * From the form to the attributes: numbers read as Chinese text writes them and written back as
 * plain numbers, text checked, tables turned into the elements' JSON attributes, and every bad
 * input reported on its field instead of reaching the code.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PAYLOADS } from '../../../packages/civic-viz/test/fixtures/injection-corpus.js';
import { placeholderEmbed } from '../embed-code.js';
import { buildWidget, type FormValues } from '../widget.js';

const card: FormValues = {
  kind: 'indicator-card',
  label: '稳岗返还资金',
  value: '2.19亿',
  unit: '元',
  previous: '１８０,０００,０００',
  target: '',
  source: '鞍山市人社局',
  updated: '2021-12-20',
  chartType: 'bar',
  map: '',
  table: '',
  lang: 'zh-CN',
  theme: 'light',
  care: false,
};

describe('cards and rings', () => {
  test('numbers are read and written back plain; the attributes come in a stable order', () => {
    const r = buildWidget(card);
    assert.ok(r.ok);
    assert.deepEqual(r.widget.attributes, [
      ['data-label', '稳岗返还资金'],
      ['data-value', '219000000'],
      ['data-unit', '元'],
      ['data-previous', '180000000'],
      ['data-source', '鞍山市人社局'],
      ['data-updated', '2021-12-20'],
      ['lang', 'zh-CN'],
    ]);
  });

  test('theme, care mode and language are part of the widget', () => {
    const r = buildWidget({ ...card, lang: 'zh-TW', theme: 'dark', care: true });
    assert.ok(r.ok);
    assert.deepEqual(r.widget.attributes.slice(-3), [
      ['lang', 'zh-TW'],
      ['data-theme', 'dark'],
      ['data-care', ''],
    ]);
  });

  test('bad input is reported on its field and makes no widget', () => {
    const r = buildWidget({
      ...card,
      label: '',
      value: '很多',
      previous: '约12万',
      target: '12户',
      updated: '20/12/2021',
      unit: '<b>元</b>',
    });
    assert.equal(r.ok, false);
    assert.deepEqual(r.problems, {
      label: [{ code: 'required' }],
      value: [{ code: 'not-a-number', text: '很多' }],
      previous: [{ code: 'approximation', text: '约12万' }],
      target: [{ code: 'unit-in-number', text: '12户' }],
      updated: [{ code: 'bad-date' }],
      unit: [{ code: 'markup' }],
    });
  });

  test('a formula in a number field, a dash for the required value', () => {
    const r = buildWidget({ ...card, value: '—', previous: '=A1*2' });
    assert.ok(!r.ok);
    assert.deepEqual(r.problems, { value: [{ code: 'required' }], previous: [{ code: 'formula' }] });
  });

  test('control characters and line breaks in text become spaces', () => {
    const r = buildWidget({ ...card, label: '稳岗\n返还\u0000资金' });
    assert.ok(r.ok);
    assert.equal(r.widget.attributes[0][1], '稳岗 返还 资金');
  });
});

describe('charts and maps', () => {
  test('a pasted table becomes data-labels and data-series', () => {
    const r = buildWidget({
      ...card,
      kind: 'trend-chart',
      label: '低保',
      chartType: 'line',
      table: '年\t城市\t农村\n2020\t1\t—\n2021\t1.5万\t3',
    });
    assert.ok(r.ok);
    const a = new Map(r.widget.attributes);
    assert.equal(a.get('data-type'), 'line');
    assert.deepEqual(JSON.parse(a.get('data-labels')!), ['2020', '2021']);
    assert.deepEqual(JSON.parse(a.get('data-series')!), [
      { name: '城市', values: [1, 15000] },
      { name: '农村', values: [null, 3] },
    ]);
    assert.equal(a.has('data-value'), false);
  });

  test('an unknown chart type falls back to a line chart', () => {
    const r = buildWidget({ ...card, kind: 'trend-chart', chartType: '"><x', table: 'a\tb\nc\t1' });
    assert.ok(r.ok);
    assert.equal(new Map(r.widget.attributes).get('data-type'), 'line');
  });

  test('a map takes one value column as data-values', () => {
    const r = buildWidget({ ...card, kind: 'district-map', map: '鞍山', table: '区县\t站点\n铁东区\t61\n海城\t88' });
    assert.ok(r.ok);
    const a = new Map(r.widget.attributes);
    assert.equal(a.get('data-map'), '鞍山');
    assert.deepEqual(JSON.parse(a.get('data-values')!), { 铁东区: 61, 海城: 88 });
    const two = buildWidget({ ...card, kind: 'district-map', map: '鞍山', table: '区县\t2020\t2021\n铁东区\t1\t2' });
    assert.ok(!two.ok);
    assert.deepEqual(two.problems.table, [{ code: 'too-many-columns', columns: 2, max: 1 }]);
  });
});

describe('the injection corpus through the form', () => {
  for (const p of PAYLOADS) {
    test(`#${p.id} ${p.name}`, () => {
      for (const field of ['label', 'unit', 'source', 'value', 'previous'] as const) {
        const r = buildWidget({ ...card, [field]: p.text });
        if (!r.ok) {
          assert.ok(r.problems[field]?.length, `${field}: problems on another field`);
          continue;
        }
        // Accepted: then the value is the text as typed (controls made spaces), and the code holds it escaped.
        const code = placeholderEmbed(r.widget);
        assert.doesNotMatch(code.slice(1, -7), /<|>/, 'a raw angle bracket inside the tag');
      }
      // In a table: a name cell and a value cell.
      for (const table of [`区县\t值\n${p.text.replace(/[\t\r\n]/g, ' ')}\t1`, `区县\t值\n铁东区\t${p.text.replace(/[\t\r\n]/g, ' ')}`]) {
        const r = buildWidget({ ...card, kind: 'trend-chart', table });
        if (r.ok) assert.doesNotMatch(placeholderEmbed(r.widget).slice(1, -7), /<|>/);
      }
    });
  }
});
