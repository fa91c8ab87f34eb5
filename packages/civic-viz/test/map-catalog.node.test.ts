/// <reference types="node" />
// Choosing a built-in map by key, code or name, and the messages when that fails. Uses the
// real catalog of @civic-viz/geo (build it first: npm run build -w @civic-viz/geo).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as geo from '@civic-viz/geo';
import { closestMaps, resolveMap, type MapCatalog } from '../src/district-map/map-catalog.js';
import { explainUnmatched, matchRegions } from '../src/district-map/match.js';
import { normalizeGeo } from '../src/district-map/geo-source.js';
import { CivicError } from '../src/core/parse.js';

const catalog = geo as unknown as MapCatalog;
const fails = (q: string): CivicError => {
  try {
    resolveMap(catalog, q);
  } catch (e) {
    assert.ok(e instanceof CivicError);
    assert.equal(e.code, 'unknown-map');
    assert.equal(e.attribute, 'data-map');
    return e;
  }
  assert.fail(`${q} resolved`);
};

test('a city by code, full name, short name, Traditional form, pinyin, file key or key', () => {
  for (const q of ['210300', '鞍山市', '鞍山', ' 鞍山 ', 'liao2_ning2_an1_shan1', 'liaoning-anshan', 'LIAONING-ANSHAN']) {
    assert.equal(resolveMap(catalog, q), 'liaoning-anshan', q);
  }
  assert.equal(resolveMap(catalog, 'anshan'), 'anshan', 'the original key keeps its own map');
  assert.equal(resolveMap(catalog, '瀋陽市'), 'liaoning-shenyang');
  assert.equal(resolveMap(catalog, '沈阳'), 'liaoning-shenyang');
  assert.equal(resolveMap(catalog, '110000'), 'beijing');
  assert.equal(resolveMap(catalog, '湘西'), 'hunan-xiangxi');
  assert.equal(resolveMap(catalog, '臺北'), 'taiwan-taibei');
});

test('a short name two cities share is ambiguous and names both', () => {
  // 宿州 (安徽) and 苏州 (江苏) differ; 伊春 is in 黑龙江 and 宜春 in 江西 — both pinyin yichun.
  const e = fails('yichun');
  assert.match(e.message, /heilongjiang-yichun/);
  assert.match(e.message, /jiangxi-yichun/);
});

test('codes of a province or a district, unknown codes and names: why, and the closest maps', () => {
  assert.match(fails('210000').message, /province.*liaoning-/);
  const district = fails('210302');
  assert.match(district.message, /county-level district/);
  assert.match(district.message, /鞍山市 210300/);
  assert.match(fails('371200').message, /no built-in map has the code 371200.*shandong-/);
  assert.match(fails('鞍山市市').message, /closest: .*鞍山市/);
  assert.match(fails('shenyan').message, /closest: .*liaoning-shenyang/);
  assert.equal(closestMaps(catalog, '沈陽')[0].key, 'liaoning-shenyang');
});

test('莱芜: the 2018 map still loads; 济南 explains 莱芜区 as a division its boundaries lack', async () => {
  assert.equal(resolveMap(catalog, '莱芜'), 'shandong-laiwu');
  const jinan = normalizeGeo(await geo.load('370100'), 'name', 'data-map', 'k');
  assert.ok(jinan.missing?.some((m) => m.name === '莱芜区' && m.adcode === 370116));
  const { unmatched } = matchRegions(
    [
      { name: '莱芜区', value: 1 },
      { name: '历下', value: 2 },
      { name: '历城县', value: 3 },
    ],
    jinan.regions,
  );
  assert.deepEqual(
    unmatched.map((u) => u.input),
    ['莱芜区'],
    '历下 and 历城县 find 历下区 and 历城区',
  );
  const text = explainUnmatched(unmatched, jinan.regions, jinan.missing);
  assert.match(text, /莱芜区 \(莱芜区 370116 is a current division/);
});

test('data-key="adcode": codes join, names do not; by name, codes still match', async () => {
  const anshan = normalizeGeo(await geo.load('liaoning-anshan'));
  assert.equal(anshan.regions.find((r) => r.name === '铁东区')?.adcode, '210302');
  const byCode = matchRegions(
    [
      { name: '210302', value: 61 },
      { name: '210399', value: 1 },
      { name: '铁西区', value: 2 },
    ],
    anshan.regions,
    'adcode',
  );
  assert.deepEqual([...byCode.matched.keys()], ['铁东区']);
  assert.deepEqual(
    byCode.unmatched.map((u) => u.input),
    ['210399', '铁西区'],
  );
  const byName = matchRegions(
    [
      { name: '210302', value: 61 },
      { name: '海城', value: 2 },
    ],
    anshan.regions,
  );
  assert.deepEqual([...byName.matched.keys()], ['铁东区', '海城市']);
  assert.match(explainUnmatched(byCode.unmatched, anshan.regions), /210399 \(closest: /);
});
