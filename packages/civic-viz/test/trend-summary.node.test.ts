import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatValue } from '../src/core/format.js';
import type { Locale } from '../src/core/strings.js';
import { strings } from './all-strings.js';
import type { TrendData } from '../src/charts/trend/model.js';
import { csvRows, pointText, tableRows, trendSummary } from '../src/charts/trend/summary.js';

const f =
  (locale: Locale, unit = '%') =>
  (v: number) =>
    formatValue(v, { locale, unit });
const sum = (d: TrendData, locale: Locale, type: 'bar' | 'line' = 'bar', target?: number, unit = '%') =>
  trendSummary(d, strings(locale).chartTypes[type], strings(locale), f(locale, unit), target);

// The report's figures.
const DIBAO: TrendData = { labels: ['城市低保', '农村低保'], series: [{ name: '提高幅度', values: [5.62, 8.09] }] };
const SWEEP: TrendData = { labels: ['年初', '目前'], series: [{ name: '机械化清扫率', values: [78, 92] }] };
// Illustrative (示意数据).
const THREE: TrendData = { labels: ['甲', '乙', '丙'], series: [{ name: 's', values: [3, 9, 1] }] };
const TWO: TrendData = {
  labels: ['一季度', '二季度', '三季度'],
  series: [
    { name: '城市', values: [10, 30, 20] },
    { name: '农村', values: [15, null, 5] },
  ],
};
const LONG: TrendData = {
  labels: Array.from({ length: 20 }, (_, i) => `${i + 1}月`),
  series: [{ name: 's', values: Array.from({ length: 20 }, (_, i) => (i === 7 ? 50 : i === 3 ? 1 : 10 + i)) }],
};

test('the spec example, word for word, in three locales', () => {
  assert.equal(sum(DIBAO, 'zh-Hans'), '柱状图，2项：城市低保5.62%，农村低保8.09%，最高为农村低保');
  assert.equal(
    sum(DIBAO, 'zh-Hant'),
    '柱狀圖，2項：城市低保5.62%，農村低保8.09%，最高為農村低保'
      .replace('農村低保8', '农村低保8')
      .replace('最高為農村低保', '最高為农村低保'),
  );
  assert.equal(sum(DIBAO, 'en'), 'Bar chart, 2 items: 城市低保 5.62%; 农村低保 8.09%; highest: 农村低保');
});

test('highest and lowest from three values on; ties are all named', () => {
  assert.equal(sum(THREE, 'zh-Hans', 'line'), '折线图，3项：甲3%，乙9%，丙1%，最高为乙，最低为丙');
  assert.equal(sum(THREE, 'zh-Hant', 'line'), '折線圖，3項：甲3%，乙9%，丙1%，最高為乙，最低為丙');
  assert.equal(sum(THREE, 'en', 'line'), 'Line chart, 3 items: 甲 3%; 乙 9%; 丙 1%; highest: 乙; lowest: 丙');
  const tie: TrendData = { labels: ['a', 'b', 'c'], series: [{ name: '', values: [5, 5, 1] }] };
  assert.match(sum(tie, 'zh-Hans'), /最高为a、b，最低为c$/);
  const flat: TrendData = { labels: ['a', 'b'], series: [{ name: '', values: [5, 5] }] };
  assert.equal(sum(flat, 'zh-Hans'), '柱状图，2项：a：5%，b：5%', 'no extremes when all values are equal');
});

test('the target is part of the summary', () => {
  assert.equal(sum(SWEEP, 'zh-Hans', 'line', 95), '折线图，2项：年初78%，目前92%，最高为目前，目标为95%');
  assert.equal(sum(SWEEP, 'en', 'line', 95), 'Line chart, 2 items: 年初 78%; 目前 92%; highest: 目前; target: 95%');
});

test('a long series gives first → last and the extremes with their values', () => {
  assert.equal(sum(LONG, 'zh-Hans', 'line'), '折线图，20项：从1月的10%到20月的29%，最高为8月（50%），最低为4月（1%）');
  assert.equal(sum(LONG, 'zh-Hant', 'line'), '折線圖，20項：從1月的10%到20月的29%，最高為8月（50%），最低為4月（1%）');
  assert.equal(sum(LONG, 'en', 'line'), 'Line chart, 20 items: from 10% (1月) to 29% (20月); highest: 8月 (50%); lowest: 4月 (1%)');
});

test('several series: one part per series, gaps said as "no data"', () => {
  assert.equal(
    sum(TWO, 'zh-Hans', 'line'),
    '折线图，2个系列，3项；城市：一季度10%，二季度30%，三季度20%，最高为二季度，最低为一季度；农村：一季度15%，二季度无数据，三季度5%，最高为一季度',
  );
  assert.equal(
    sum(TWO, 'en', 'line'),
    'Line chart, 2 series, 3 items. 城市: 一季度 10%; 二季度 30%; 三季度 20%; highest: 二季度; lowest: 一季度. 农村: 一季度 15%; 二季度 no data; 三季度 5%; highest: 一季度',
  );
  assert.match(sum(TWO, 'zh-Hant', 'line'), /^折線圖，2個系列，3項；城市：/);
});

test('large numbers use the shared formatter (万/亿, 萬/億, K/M/B)', () => {
  const money: TrendData = { labels: ['2021'], series: [{ name: '', values: [219000000] }] };
  assert.equal(sum(money, 'zh-Hans', 'bar', undefined, '元'), '柱状图，1项：2021：2.19亿元');
  assert.equal(sum(money, 'zh-Hant', 'bar', undefined, '元'), '柱狀圖，1項：2021：2.19億元');
  assert.equal(sum(money, 'en', 'bar', undefined, ''), 'Bar chart, 1 item: 2021: 219M');
});

test('point text (tooltip, live region), table rows and CSV rows', () => {
  const t = strings('zh-Hans');
  assert.equal(pointText(SWEEP, 0, 1, t, f('zh-Hans')), '目前 · 92%');
  assert.equal(pointText(TWO, 1, 0, t, f('zh-Hans')), '一季度 · 农村 · 15%');
  assert.equal(pointText(TWO, 1, 1, t, f('zh-Hans')), '二季度 · 农村 · 无数据');
  assert.equal(pointText(TWO, 1, 1, strings('en'), f('en')), '二季度 · 农村 · no data');
  assert.deepEqual(tableRows(TWO, f('zh-Hans')), [
    ['一季度', '10%', '15%'],
    ['二季度', '30%', '–'],
    ['三季度', '20%', '5%'],
  ]);
  assert.deepEqual(csvRows(TWO), [
    ['一季度', 10, 15],
    ['二季度', 30, ''],
    ['三季度', 20, 5],
  ]);
});
