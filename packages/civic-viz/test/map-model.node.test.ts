import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import anshan from '@civic-viz/geo/anshan';
import { CivicError } from '../src/core/parse.js';
import { loadGeo, normalizeGeo, regionCenter } from '../src/district-map/geo-source.js';
import { fromJson, fromPayload, fromTable, fromValues, joinData, spatialOrder } from '../src/district-map/model.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));
const err = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof CivicError, String(e));
    return { code: e.code, attribute: e.attribute, message: e.message };
  }
  assert.fail('did not throw');
};

test('data-values: an object of region → value, from a string or a JS object', () => {
  assert.deepEqual(fromValues('{"铁东区": 61, "海城": "88", "岫岩": null}'), {
    entries: [
      { name: '铁东区', value: 61 },
      { name: '海城', value: 88 },
      { name: '岫岩', value: null },
    ],
  });
  assert.deepEqual(fromValues({ 海城: 1 }), { entries: [{ name: '海城', value: 1 }] });
  assert.equal(fromValues(''), null);
  assert.equal(fromValues('{}'), null);
});

test('JSON shapes: {regions: [{name|region, value}]}, a bare array, pairs', () => {
  const want = {
    entries: [
      { name: '铁东区', value: 61 },
      { name: '海城', value: 88 },
    ],
  };
  assert.deepEqual(
    fromJson(
      {
        regions: [
          { name: '铁东区', value: 61 },
          { region: '海城', value: 88 },
        ],
      },
      'data-src',
    ),
    want,
  );
  assert.deepEqual(
    fromJson(
      [
        { name: '铁东区', value: 61 },
        { name: '海城', value: '88' },
      ],
      'data-src',
    ),
    want,
  );
  assert.deepEqual(
    fromJson(
      [
        ['铁东区', 61],
        ['海城', 88],
      ],
      'data-src',
    ),
    want,
  );
  assert.deepEqual(fromJson({ regions: [] }, 'data-src'), null);
});

test('invalid numbers name the attribute and the region; bad shapes are invalid-json', () => {
  const e = err(() => fromValues('{"铁东区": 61, "海城": "很多"}'));
  assert.equal(e.code, 'invalid-number');
  assert.equal(e.attribute, 'data-values');
  assert.match(e.message, /海城/);
  assert.equal(err(() => fromJson({ regions: [{ name: '海城', value: 'NaN' }] }, 'data-src')).code, 'invalid-number');
  assert.equal(err(() => fromValues('{"a": Infinity}')).code, 'invalid-json');
  assert.equal(err(() => fromValues('{"a": 1e999}')).code, 'invalid-number');
  assert.equal(err(() => fromValues('[1,')).code, 'invalid-json');
  assert.equal(err(() => fromValues('42')).code, 'invalid-json');
  assert.equal(err(() => fromJson([{ value: 1 }], 'child-json')).attribute, 'child-json');
});

test('tables and CSV: region, value; header names the value column; dashes are no data', () => {
  assert.deepEqual(
    fromTable(
      {
        header: ['地区', '站点数'],
        rows: [
          ['铁东区', '61'],
          ['海城', '1,088'],
          ['岫岩', '—'],
        ],
      },
      'data-src',
    ),
    {
      entries: [
        { name: '铁东区', value: 61 },
        { name: '海城', value: 1088 },
        { name: '岫岩', value: null },
      ],
      valueLabel: '站点数',
    },
  );
  assert.deepEqual(fromTable({ header: ['铁东区', '61'], rows: [['海城', '88']] }, 'data-src'), {
    entries: [
      { name: '铁东区', value: 61 },
      { name: '海城', value: 88 },
    ],
  });
  assert.equal(fromTable({ header: ['地区', '值'], rows: [] }, 'data-src'), null);
  const e = err(() => fromTable({ header: ['地区', '值'], rows: [['海城', 'abc']] }, 'child-table'));
  assert.deepEqual([e.code, e.attribute], ['invalid-number', 'child-table']);
  assert.equal(err(() => fromTable({ header: ['a'], rows: [['海城']] }, 'data-src')).code, 'invalid-json');
  assert.deepEqual(fromPayload({ kind: 'json', value: { 海城: 1 }, from: 'child-json' }), { entries: [{ name: '海城', value: 1 }] });
});

test('normalizeGeo: the built-in map, plain and compressed fixtures, name property', () => {
  const a = normalizeGeo(anshan, 'name', 'data-map', 'k');
  assert.equal(a.key, 'k');
  assert.deepEqual(
    a.regions.map((r) => r.name),
    ['铁东区', '铁西区', '立山区', '千山区', '台安县', '岫岩满族自治县', '海城市'],
  );
  assert.ok(a.regions.find((r) => r.name === '铁西区')!.aliases.includes('鐵西區'));
  const plain = normalizeGeo(fixture('wuhai.geojson'));
  assert.deepEqual(
    plain.regions.map((r) => r.name),
    ['海勃湾区', '海南区', '乌达区'],
    'the Point feature is ignored',
  );
  const english = normalizeGeo(fixture('wuhai.geojson'), 'name_en');
  assert.deepEqual(
    english.regions.map((r) => r.name),
    ['Haibowan', 'Hainan', 'Wuda'],
  );
  const compressed = normalizeGeo(fixture('wuhai.compressed.json'), 'district');
  assert.deepEqual(
    compressed.regions.map((r) => r.name),
    ['海勃湾区', '海南区', '乌达区'],
  );
  // The compressed file decodes to the same points as the plain one (both on the 1/1024° grid).
  const ring = (g: typeof plain) => g.collection.features[0].geometry.coordinates[0][0];
  assert.equal(ring(compressed).length, ring(plain).length);
  ring(compressed).forEach(([x, y], i) => {
    assert.ok(Math.abs(x - ring(plain)[i][0]) < 1e-4 && Math.abs(y - ring(plain)[i][1]) < 1e-4);
  });
  // 乌海 lies around 106.8°E, 39.6°N.
  for (const r of compressed.regions)
    assert.ok(Math.abs(r.center[0] - 106.8) < 0.3 && Math.abs(r.center[1] - 39.6) < 0.4, `${r.name} ${r.center}`);
});

test('normalizeGeo rejects what is not a FeatureCollection of polygons with names', () => {
  const code = (v: unknown, prop?: string) => err(() => normalizeGeo(v, prop)).code;
  assert.equal(code(null), 'invalid-json');
  assert.equal(code({ type: 'Feature' }), 'invalid-json');
  assert.equal(code({ type: 'FeatureCollection', features: [] }), 'invalid-json');
  assert.equal(
    code({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: 'p' }, geometry: { type: 'Point', coordinates: [1, 2] } }],
    }),
    'invalid-json',
  );
  const poly = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  };
  assert.equal(
    code({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'p' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                ['x', 0],
                [1, 1],
              ],
            ],
          },
        },
      ],
    }),
    'invalid-json',
  );
  const e = err(() =>
    normalizeGeo({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { NAME: 'p' }, geometry: poly }] }),
  );
  assert.match(e.message, /"name"/);
  assert.equal(e.attribute, 'data-geo-src');
  assert.equal(
    normalizeGeo({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { NAME: 'p' }, geometry: poly }] }, 'NAME')
      .regions[0].name,
    'p',
  );
});

test('normalizeGeo merges features with the same name', () => {
  const sq = (x: number) => ({
    type: 'Polygon',
    coordinates: [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 1],
        [x, 0],
      ],
    ],
  });
  const g = normalizeGeo({
    type: 'FeatureCollection',
    features: [sq(0), sq(5), sq(10)].map((geometry, i) => ({ type: 'Feature', properties: { name: i < 2 ? 'a' : 'b' }, geometry })),
  });
  assert.equal(g.regions.length, 2);
  assert.equal(g.collection.features[0].geometry.coordinates.length, 2);
});

test('regionCenter uses the largest polygon', () => {
  const big = [
    [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ],
  ] as [number, number][][];
  const islet = [
    [
      [10, 10],
      [10.1, 10],
      [10.1, 10.1],
      [10, 10],
    ],
  ] as [number, number][][];
  assert.deepEqual(regionCenter([islet, big]), [2, 2]);
});

test('loadGeo: built-in anshan lazily, unknown names are unknown-map', async () => {
  const geo = await loadGeo({ kind: 'builtin', name: 'anshan' }, new AbortController().signal);
  assert.equal(geo.regions.length, 7);
  assert.equal(await loadGeo({ kind: 'builtin', name: 'ANSHAN' }, new AbortController().signal), geo, 'cached, case-insensitive');
  await assert.rejects(
    loadGeo({ kind: 'builtin', name: 'atlantis' }, new AbortController().signal),
    (e: CivicError) => e.code === 'unknown-map' && e.attribute === 'data-map',
  );
  await assert.rejects(
    loadGeo({ kind: 'builtin', name: 'constructor' }, new AbortController().signal),
    (e: CivicError) => e.code === 'unknown-map',
  );
  await assert.rejects(
    loadGeo({ kind: 'url', url: 'javascript:alert(1)', nameProperty: 'name' }, new AbortController().signal),
    (e: CivicError) => e.code === 'invalid-url' && e.attribute === 'data-geo-src',
  );
});

test('joinData: every region, matched values, competition ranks, unmatched kept', () => {
  const geo = normalizeGeo(anshan);
  const view = joinData(fromValues('{"铁东区": 61, "海城": 88, "岫岩": 40, "鐵西區": 61, "千山区": null, "沈河区": 3}')!, geo.regions);
  const by = Object.fromEntries(view.regions.map((r) => [r.name, r]));
  assert.equal(view.regions.length, 7);
  assert.equal(view.ranked, 4);
  assert.deepEqual([by['海城市'].rank, by['铁东区'].rank, by['铁西区'].rank, by['岫岩满族自治县'].rank], [1, 2, 2, 4]);
  assert.equal(by['海城市'].input, '海城');
  assert.equal(by['铁东区'].input, undefined);
  assert.equal(by['千山区'].value, null);
  assert.equal(by['千山区'].rank, null);
  assert.equal(by['台安县'].value, null);
  assert.deepEqual(
    view.unmatched.map((u) => u.input),
    ['沈河区'],
  );
});

test('spatialOrder: west → east and north → south, deterministic', () => {
  const geo = normalizeGeo(anshan);
  const x = spatialOrder(geo.regions, 'x').map((i) => geo.regions[i].name);
  const y = spatialOrder(geo.regions, 'y').map((i) => geo.regions[i].name);
  assert.equal(x[0], '台安县', '台安 is the westernmost');
  assert.equal(x.at(-1), '岫岩满族自治县', '岫岩 is the easternmost');
  assert.equal(y[0], '台安县', '台安 is the northernmost');
  assert.equal(y.at(-1), '岫岩满族自治县', '岫岩 is the southernmost');
  assert.deepEqual(
    spatialOrder(
      [
        { name: 'b', center: [1, 1] },
        { name: 'a', center: [1, 1] },
      ],
      'x',
    ),
    [1, 0],
  );
});
