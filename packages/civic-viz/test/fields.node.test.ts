import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFields, followPath, hasFields } from '../src/core/fields.js';
import { CivicError, type Payload } from '../src/core/parse.js';
import { fromPayload as trendFromPayload } from '../src/charts/trend/model.js';
import { fromPayload as mapFromPayload } from '../src/district-map/model.js';

const json = (value: unknown): Payload => ({ kind: 'json', value, from: 'data-src' });
const refused = (fn: () => unknown): CivicError => {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof CivicError, String(e));
    assert.equal(e.code, 'invalid-json');
    return e;
  }
  assert.fail('did not throw');
};

// A portal's list API, as such APIs answer.
const PORTAL = {
  code: 0,
  msg: 'success',
  data: {
    total: 3,
    rows: [
      { name: '铁东区', count: 62, year: '2019', urban: '1.1万', rural: 8600 },
      { name: '铁西区', count: '48', year: '2020', urban: '1.2万', rural: null },
      { name: '立山区', count: '2,391', year: '2021', urban: '1.25万', rural: '—' },
    ],
  },
};
// A statistics bureau's indicator API: one record per period, the latest last.
const STATS = {
  success: true,
  result: {
    indicator: '稳岗返还资金',
    list: [
      { period: '2020', amount: '1.8亿', goal: '2亿' },
      { period: '2021', amount: '2.19亿', goal: '2亿' },
    ],
  },
};

test('no mapping attribute: the payload is used as it is', () => {
  const p = json({ labels: ['a'], values: [1] });
  assert.equal(applyFields(p, {}, 'series'), p);
  assert.equal(hasFields({ path: ' ', value: '' }), false);
});

test('data-path follows keys and indexes (negative from the end)', () => {
  assert.equal(followPath(PORTAL, 'data.total'), 3);
  assert.equal((followPath(PORTAL, 'data.rows.0') as { name: string }).name, '铁东区');
  assert.equal((followPath(PORTAL, 'data.rows.-1') as { name: string }).name, '立山区');
  const e = refused(() => followPath(PORTAL, 'data.list'));
  assert.equal(e.attribute, 'data-path');
  assert.match(e.message, /data-path "data.list": "data" has no "list"; its keys: total, rows/);
  assert.match(refused(() => followPath(PORTAL, 'data.rows.9')).message, /"data.rows" has 3 items, no item 9/);
  assert.match(refused(() => followPath(PORTAL, 'result')).message, /the top level has no "result"/);
  assert.match(refused(() => followPath(PORTAL, 'code.x')).message, /"code" has no "x"/);
  // Prototype keys are not paths.
  refused(() => followPath({}, 'constructor'));
  refused(() => followPath({ a: {} }, 'a.__proto__'));
});

test('trend chart: label and value fields make one series; numbers in text are read by the model', () => {
  const p = applyFields(json(PORTAL), { path: 'data.rows', label: 'name', value: 'count' }, 'series');
  assert.deepEqual(trendFromPayload(p), {
    labels: ['铁东区', '铁西区', '立山区'],
    series: [{ name: 'count', values: [62, 48, 2391] }],
    labelName: 'name',
  });
});

test('trend chart: wide rows become several series, with display names', () => {
  const p = applyFields(json(PORTAL), { path: 'data.rows', label: 'year', series: 'urban:城市低保，rural:农村低保' }, 'series');
  assert.deepEqual(trendFromPayload(p)?.series, [
    { name: '城市低保', values: [11000, 12000, 12500] },
    { name: '农村低保', values: [8600, null, null] },
  ]);
});

test('a missing field is invalid-json naming the attribute, the record and the path', () => {
  const e = refused(() => applyFields(json(PORTAL), { path: 'data.rows', label: 'name', value: 'total' }, 'series'));
  assert.equal(e.attribute, 'data-value-field');
  assert.match(e.message, /record 1 of data-path "data.rows" has no field "total" \(data-value-field\); its fields: name, count/);
  assert.match(
    refused(() => applyFields(json(PORTAL), { path: 'data', value: 'count' }, 'series')).message,
    /data-path "data" is not a list of records/,
  );
  assert.match(refused(() => applyFields(json(PORTAL), { path: 'data.rows', label: 'name' }, 'series')).message, /data-value-field/);
  assert.match(refused(() => applyFields(json([1, 2]), { value: 'v' }, 'series')).message, /record 1 of the data is not an object/);
});

test('map: region and value fields', () => {
  const p = applyFields(json(PORTAL), { path: 'data.rows', region: 'name', value: 'urban' }, 'regions');
  assert.deepEqual(mapFromPayload(p)?.entries, [
    { name: '铁东区', value: 11000 },
    { name: '铁西区', value: 12000 },
    { name: '立山区', value: 12500 },
  ]);
  assert.match(
    refused(() => applyFields(json(PORTAL), { path: 'data.rows', region: 'district' }, 'regions')).message,
    /no field "district" \(data-region-field\)/,
  );
});

test('card and ring: one record, picked by index; a list is refused with the fix', () => {
  const p = applyFields(json(STATS), { path: 'result.list.-1', value: 'amount', target: 'goal', label: 'period' }, 'record');
  assert.deepEqual(p, { kind: 'json', value: { value: '2.19亿', target: '2亿', label: '2021' }, from: 'data-src' });
  const e = refused(() => applyFields(json(STATS), { path: 'result.list', value: 'amount' }, 'record'));
  assert.match(e.message, /list of 2 records; this element shows one: end data-path with its index/);
  assert.match(
    refused(() => applyFields(json(STATS), { path: 'result.list.0', previous: 'before' }, 'record')).message,
    /has no field "before" \(data-previous-field\)/,
  );
});

test('CSV and child tables: the header names the fields', () => {
  const table: Payload = {
    kind: 'table',
    from: 'data-src',
    table: {
      header: ['序号', '区县', '站点数', '备注'],
      rows: [
        ['1', '铁东区', '62', ''],
        ['2', '铁西区', '1.1万', '新建'],
      ],
    },
  };
  const p = applyFields(table, { label: '区县', value: '站点数' }, 'series');
  assert.deepEqual(trendFromPayload(p), {
    labels: ['铁东区', '铁西区'],
    series: [{ name: '站点数', values: [62, 11000] }],
    labelName: '区县',
  });
  const m = applyFields(table, { region: '区县', value: '站点数' }, 'regions');
  assert.deepEqual(
    mapFromPayload(m)?.entries.map((x) => x.value),
    [62, 11000],
  );
});
