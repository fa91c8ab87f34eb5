import { test } from 'node:test';
import assert from 'node:assert/strict';
import anshan from '@civic-viz/geo/anshan';
import { findRegion, foldTraditional, indexRegions, matchRegions, normalize, stripSuffix } from '../src/district-map/match.js';

const regions = anshan.features.map((f) => ({ name: f.properties.name, aliases: f.properties.aliases }));
const bare = regions.map((r) => ({ name: r.name })); // a map without aliases (data-geo-src)

test('stripSuffix removes the longest administrative suffix, ethnic groups included', () => {
  assert.equal(stripSuffix('海城市'), '海城');
  assert.equal(stripSuffix('铁西区'), '铁西');
  assert.equal(stripSuffix('台安县'), '台安');
  assert.equal(stripSuffix('岫岩满族自治县'), '岫岩');
  assert.equal(stripSuffix('长阳土家族自治县'), '长阳');
  assert.equal(stripSuffix('双江拉祜族佤族布朗族傣族自治县'), '双江');
  assert.equal(stripSuffix('鄂伦春自治旗'), '鄂伦春');
  assert.equal(stripSuffix('浦东新区'), '浦东');
  assert.equal(stripSuffix('市'), '市', 'never empties a name');
  assert.equal(stripSuffix('区'), '区');
});

test('normalize trims, folds full-width characters and case', () => {
  assert.equal(normalize(' 海城市 '), '海城市');
  assert.equal(normalize('海城　市'), '海城市');
  assert.equal(normalize('Ｈａｉｃｈｅｎｇ'), 'haicheng');
});

test('foldTraditional turns common place-name characters simplified', () => {
  assert.equal(foldTraditional('鐵西區'), '铁西区');
  assert.equal(foldTraditional('臺安縣'), '台安县');
  assert.equal(foldTraditional('岫岩滿族自治縣'), '岫岩满族自治县');
  assert.equal(foldTraditional('海城市'), '海城市');
});

test('matches exact, then suffix-stripped, then by alias, then traditional', () => {
  const index = indexRegions(regions);
  assert.deepEqual(findRegion(index, '铁东区'), { regions: ['铁东区'], how: 'exact' });
  assert.deepEqual(findRegion(index, '海城'), { regions: ['海城市'], how: 'suffix' });
  assert.deepEqual(findRegion(index, '岫岩'), { regions: ['岫岩满族自治县'], how: 'suffix' });
  assert.deepEqual(findRegion(index, '岫岩县'), { regions: ['岫岩满族自治县'], how: 'suffix' });
  assert.deepEqual(findRegion(index, '鐵西區'), { regions: ['铁西区'], how: 'alias' });
  assert.deepEqual(findRegion(index, '臺安'), { regions: ['台安县'], how: 'alias' });
  assert.equal(findRegion(index, '沈阳市'), null);
});

test('without aliases, traditional names still match by folding', () => {
  const index = indexRegions(bare);
  assert.deepEqual(findRegion(index, '鐵西區'), { regions: ['铁西区'], how: 'traditional' });
  assert.deepEqual(findRegion(index, '岫岩滿族自治縣'), { regions: ['岫岩满族自治县'], how: 'traditional' });
  assert.deepEqual(findRegion(index, '臺安'), { regions: ['台安县'], how: 'traditional' });
});

test('matchRegions keeps data order, lists unknown names and never overwrites silently', () => {
  const r = matchRegions(
    [
      { name: '铁东区', value: 61 },
      { name: '海城', value: 88 },
      { name: '岫岩', value: 40 },
      { name: '沈河区', value: 5 },
      { name: '海城市', value: 90 },
      { name: '鐵西區', value: null },
    ],
    regions,
  );
  assert.deepEqual([...r.matched.keys()], ['铁东区', '海城市', '岫岩满族自治县', '铁西区']);
  assert.equal(r.matched.get('海城市')!.value, 88, 'first value wins');
  assert.equal(r.matched.get('铁西区')!.value, null);
  assert.deepEqual(r.unmatched, [
    { input: '沈河区', reason: 'unknown', regions: [] },
    { input: '海城市', reason: 'duplicate', regions: ['海城市'] },
  ]);
});

test('a name matching two regions at the same stage is ambiguous, not guessed', () => {
  const r = matchRegions(
    [
      { name: '朝阳', value: 1 },
      { name: '朝阳区', value: 2 },
    ],
    [{ name: '朝阳区' }, { name: '朝阳县' }],
  );
  assert.deepEqual(r.unmatched, [{ input: '朝阳', reason: 'ambiguous', regions: ['朝阳区', '朝阳县'] }]);
  assert.equal(r.matched.get('朝阳区')!.how, 'exact');
});
