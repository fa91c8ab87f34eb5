import { test } from 'node:test';
import assert from 'node:assert/strict';
import anshan from '@civic-viz/geo/anshan';
import { formatValue } from '../src/core/format.js';
import type { Locale } from '../src/core/strings.js';
import { strings } from './all-strings.js';
import { palettes } from '../src/core/tokens.js';
import { normalizeGeo } from '../src/district-map/geo-source.js';
import { fromValues, joinData } from '../src/district-map/model.js';
import { buildMapOption } from '../src/district-map/options.js';
import { linearScale, parseColor, thresholdScale } from '../src/district-map/scale.js';
import { mapSummary, regionText, tableRows } from '../src/district-map/summary.js';

const geo = normalizeGeo(anshan);
// Illustrative numbers (示意数据): the report gives only the total, 370余处.
const SEVEN = '{"铁东区": 61, "铁西区": 52, "立山区": 45, "千山区": 38, "海城": 88, "台安县": 30, "岫岩": 56}';
const view = (values = SEVEN) => joinData(fromValues(values)!, geo.regions);
const low = parseColor(palettes.light.mapLow)!;
const high = parseColor(palettes.light.mapHigh)!;
const series = (o: ReturnType<typeof buildMapOption>) => (o.series as any[])[0];

test('every region is drawn, coloured low → high, bordered in the text colour', () => {
  const v = view();
  const o = buildMapOption({
    mapName: 'civic-1',
    view: v,
    scale: linearScale([30, 88], [low, high]),
    palette: palettes.light,
    showLabels: false,
    care: false,
    animate: true,
  });
  const s = series(o);
  assert.equal(s.type, 'map');
  assert.equal(s.map, 'civic-1');
  assert.equal(s.data.length, 7);
  const by = Object.fromEntries(s.data.map((d: any) => [d.name, d]));
  assert.equal(by['海城市'].itemStyle.areaColor, palettes.light.mapHigh);
  assert.equal(by['台安县'].itemStyle.areaColor, palettes.light.mapLow);
  assert.equal(by['海城市'].value, 88);
  for (const d of s.data) {
    assert.equal(d.itemStyle.borderColor, palettes.light.text);
    assert.equal(d.emphasis.itemStyle.borderColor, palettes.light.focus);
    assert.equal(d.emphasis.itemStyle.areaColor, d.itemStyle.areaColor, 'hover keeps the fill');
    assert.equal(d.itemStyle.decal, undefined);
  }
  // Darker for larger values: compare luminance along the ranking.
  const lum = (c: string) =>
    parseColor(c)!
      .slice(0, 3)
      .reduce((a, x) => a + x, 0);
  const ranked = [...s.data].sort((a: any, b: any) => a.value - b.value).map((d: any) => lum(d.itemStyle.areaColor));
  for (let i = 1; i < ranked.length; i++) assert.ok(ranked[i] <= ranked[i - 1]);
  assert.equal(s.label.show, false);
  assert.equal(o.animation, true);
  assert.equal(s.roam, false);
});

test('regions without a value are hatched in the surface colour, not drawn as zero', () => {
  const v = view('{"海城": 88, "岫岩": 40, "台安县": null}');
  const s = series(
    buildMapOption({
      mapName: 'm',
      view: v,
      scale: linearScale([40, 88], [low, high]),
      palette: palettes.dark,
      showLabels: true,
      care: false,
      animate: false,
    }),
  );
  const by = Object.fromEntries(s.data.map((d: any) => [d.name, d]));
  for (const name of ['台安县', '铁东区', '千山区']) {
    assert.equal(by[name].value, '-', `${name} has no value`);
    assert.equal(by[name].itemStyle.areaColor, palettes.dark.surface);
    assert.equal(by[name].itemStyle.decal.color, palettes.dark.muted);
  }
  assert.notEqual(by['岫岩满族自治县'].itemStyle.areaColor, palettes.dark.surface);
  assert.equal(s.label.show, true, 'data-show-labels');
  assert.equal(s.label.color, palettes.dark.text);
});

test('threshold colours, selection, care mode', () => {
  const scale = thresholdScale(
    [40, 60],
    ['#eeeeee', '#999999', '#333333'].map((c) => parseColor(c)!),
  );
  const s = series(
    buildMapOption({
      mapName: 'm',
      view: view(),
      scale,
      palette: palettes.care,
      showLabels: false,
      care: true,
      animate: false,
      selected: '海城市',
    }),
  );
  const by = Object.fromEntries(s.data.map((d: any) => [d.name, d]));
  assert.equal(by['台安县'].itemStyle.areaColor, '#eeeeee');
  assert.equal(by['岫岩满族自治县'].itemStyle.areaColor, '#999999');
  assert.equal(by['海城市'].itemStyle.areaColor, '#333333');
  assert.equal(by['海城市'].selected, true);
  assert.equal(s.data.filter((d: any) => d.selected).length, 1);
  assert.equal(s.selectedMode, 'single');
  assert.ok(by['海城市'].itemStyle.borderWidth > 1, 'care: thicker strokes');
  assert.equal(s.label.fontSize, 18);
});

const fmt = (locale: Locale) => (v: number) => formatValue(v, { locale, unit: '处' });

test('summary in three locales: highest, lowest, no data, unmatched', () => {
  const v = view('{"铁东区": 61, "海城": 88, "岫岩": 40, "沈河区": 3}');
  assert.equal(
    mapSummary(v, strings('zh-Hans'), fmt('zh-Hans')),
    '地图，7个地区。最高：海城市 88处；最低：岫岩满族自治县 40处。4个地区无数据：铁西区、立山区、千山区、台安县。未匹配：沈河区。',
  );
  assert.equal(
    mapSummary(v, strings('zh-Hant'), fmt('zh-Hant')),
    '地圖，7個地區。最高：海城市 88处；最低：岫岩满族自治县 40处。4個地區無資料：铁西区、立山区、千山区、台安县。未比對：沈河区。',
  );
  assert.equal(
    mapSummary(v, strings('en'), fmt('en')),
    'Map, 7 regions. Highest: 海城市, 88处. Lowest: 岫岩满族自治县, 40处. 4 regions without data: 铁西区, 立山区, 千山区, 台安县. Not matched: 沈河区.',
  );
  assert.equal(mapSummary(view(), strings('zh-Hans'), fmt('zh-Hans')), '地图，7个地区。最高：海城市 88处；最低：台安县 30处。');
  assert.equal(mapSummary(view('{"海城": 5, "铁东": 5}'), strings('zh-Hans'), fmt('zh-Hans')).split('。')[1], '最高：铁东区、海城市 5处');
});

test('region text and table rows: value, unit, rank "第2位，共7个"', () => {
  const v = view();
  const by = Object.fromEntries(v.regions.map((r) => [r.name, r]));
  assert.equal(regionText(by['铁东区'], v.ranked, strings('zh-Hans'), fmt('zh-Hans')), '铁东区 · 61处 · 第2位，共7个');
  assert.equal(regionText(by['铁东区'], v.ranked, strings('zh-Hant'), fmt('zh-Hant')), '铁东区 · 61处 · 第2位，共7個');
  assert.equal(regionText(by['铁东区'], v.ranked, strings('en'), fmt('en')), '铁东区 · 61处 · rank 2 of 7');
  const w = view('{"海城": 88}');
  assert.equal(
    regionText(
      w.regions.find((r) => r.name === '台安县')!,
      w.ranked,
      strings('zh-Hans'),
      fmt('zh-Hans'),
    ),
    '台安县 · 无数据',
  );
  assert.deepEqual(
    tableRows(view('{"海城": 88, "岫岩": 40, "铁东": 61}')).map((r) => [r.name, r.value, r.rank]),
    [
      ['海城市', 88, 1],
      ['铁东区', 61, 2],
      ['岫岩满族自治县', 40, 3],
      ['铁西区', null, null],
      ['立山区', null, null],
      ['千山区', null, null],
      ['台安县', null, null],
    ],
  );
});

test('printed region names and the series name never name an Object.prototype member', () => {
  const v = view();
  const o = buildMapOption({
    mapName: 'civic-1',
    view: v,
    scale: null,
    palette: palettes.light,
    showLabels: true,
    care: false,
    animate: false,
    seriesName: 'constructor',
  });
  const s = series(o);
  assert.equal(s.name, 'constructor\u2060');
  // Names stay as given (they are matched to the boundaries); the label text is made safe.
  assert.equal(s.data[0].name, v.regions[0].name);
  assert.equal(s.label.formatter({ name: 'hasOwnProperty' }), 'hasOwnProperty\u2060');
  assert.equal(s.label.formatter({ name: '铁东区' }), '铁东区');
  assert.equal(s.data[0].emphasis.label.formatter({ name: '__proto__' }), '__proto__\u2060');
});

test('the geographic shape is kept: preserveAspect contain, aspectScale = cos(mid-latitude); labels never overlap', () => {
  const o = buildMapOption({
    mapName: 'm',
    view: view(),
    scale: null,
    palette: palettes.light,
    showLabels: true,
    care: false,
    animate: false,
    bounds: [122.4, 40.3, 123.7, 41.5],
  });
  const s = series(o);
  assert.equal(s.preserveAspect, 'contain');
  assert.equal(s.aspectScale, +Math.cos((40.9 * Math.PI) / 180).toFixed(4));
  assert.deepEqual(s.labelLayout, { hideOverlap: true });
  // Without bounds the regions' centres stand in (鞍山 spans about 40.4°–41.3°N).
  const fallback = series(
    buildMapOption({ mapName: 'm', view: view(), scale: null, palette: palettes.light, showLabels: false, care: false, animate: false }),
  ).aspectScale;
  assert.ok(Math.abs(fallback - s.aspectScale) < 0.02, String(fallback));
  // Far south the correction is close to 1, far north much smaller.
  const at = (lat: number) =>
    series(
      buildMapOption({
        mapName: 'm',
        view: view(),
        scale: null,
        palette: palettes.light,
        showLabels: false,
        care: false,
        animate: false,
        bounds: [0, lat - 0.5, 1, lat + 0.5],
      }),
    ).aspectScale;
  assert.ok(at(18.5) > 0.94 && at(52) < 0.62);
});
