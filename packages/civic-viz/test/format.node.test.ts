import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatNumber, formatPercent, formatValue, percentChange, unitHasMagnitude } from '../src/core/format.js';

test('compact notation per locale (spec §3)', () => {
  assert.equal(formatValue(219000000, { locale: 'zh-Hans', unit: '元' }), '2.19亿元');
  assert.equal(formatValue(219000000, { locale: 'zh-Hant', unit: '元' }), '2.19億元');
  assert.equal(formatNumber(219000000, { locale: 'en' }), '219M');
  assert.equal(formatValue(11000, { locale: 'zh-Hans', unit: '户' }), '1.1万户');
  assert.equal(formatValue(11000, { locale: 'zh-Hant', unit: '戶' }), '1.1萬戶');
  assert.equal(formatNumber(11000, { locale: 'en' }), '11K');
  assert.equal(formatNumber(1500000000, { locale: 'zh-Hans' }), '15亿');
});

test('auto notation stays standard below 10000; standard never compacts', () => {
  assert.equal(formatNumber(9999, { locale: 'zh-Hans' }), '9,999');
  assert.equal(formatNumber(2391, { locale: 'en' }), '2,391');
  assert.equal(formatNumber(219000000, { locale: 'zh-Hans', notation: 'standard' }), '219,000,000');
  assert.equal(formatNumber(636, { locale: 'zh-Hans', notation: 'compact' }), '636');
  assert.equal(formatNumber(-27700, { locale: 'zh-Hans' }), '-2.77万');
});

test('units that carry a magnitude are never rescaled', () => {
  assert.equal(formatValue(2.19, { locale: 'zh-Hans', unit: '亿元' }), '2.19亿元');
  assert.equal(formatValue(1980, { locale: 'zh-Hans', unit: '万元' }), '1,980万元');
  assert.equal(formatValue(12000, { locale: 'zh-Hans', unit: '万元' }), '12,000万元');
  assert.ok(unitHasMagnitude('万人'));
  assert.ok(unitHasMagnitude('億元'));
  assert.ok(!unitHasMagnitude('元'));
  assert.ok(!unitHasMagnitude('%'));
  assert.ok(!unitHasMagnitude('千米'), '千米 is a length, not a magnitude');
  for (const u of ['千元', '千人', '千户', '十亿元', '十億元']) assert.ok(unitHasMagnitude(u), u);
  for (const u of ['千克', '千瓦', '千瓦时', '千焦']) assert.ok(!unitHasMagnitude(u), `${u} is a measure`);
  assert.equal(formatValue(12345, { locale: 'zh-Hans', unit: '千元' }), '12,345千元');
  assert.equal(formatValue(12345, { locale: 'zh-Hans', unit: '十亿元' }), '12,345十亿元');
});

test('precision: default up to 2, trailing zeros dropped, attribute respected and clamped', () => {
  assert.equal(formatValue(94.1, { locale: 'zh-Hans', unit: '%' }), '94.1%');
  assert.equal(formatValue(5.625, { locale: 'zh-Hans', unit: '%' }), '5.63%');
  assert.equal(formatValue(5.62, { locale: 'zh-Hans', unit: '%', precision: 0 }), '6%');
  assert.equal(formatValue(3, { locale: 'zh-Hans', unit: '%' }), '3%');
  assert.equal(formatNumber(1.23456, { locale: 'en', precision: 99 }), '1.23456');
  assert.equal(formatNumber(1.5, { locale: 'en', precision: -3 }), '2');
});

test('units: no space in Chinese, a space before English words, none before symbols', () => {
  assert.equal(formatValue(12, { locale: 'en', unit: 'jobs' }), '12 jobs');
  assert.equal(formatValue(94.1, { locale: 'en', unit: '%' }), '94.1%');
  assert.equal(formatValue(12, { locale: 'en', unit: '个' }), '12个');
  assert.equal(formatValue(12, { locale: 'zh-Hans', unit: '个' }), '12个');
});

test('non-finite numbers format as a dash, never "NaN"', () => {
  assert.equal(formatNumber(Number.NaN, { locale: 'zh-Hans' }), '–');
  assert.equal(formatNumber(Infinity, { locale: 'en' }), '–');
});

test('percentChange and formatPercent', () => {
  assert.equal(percentChange(219000000, 180000000)?.toFixed(1), '21.7');
  assert.equal(percentChange(92, 78)?.toFixed(2), '17.95');
  assert.equal(percentChange(5, 0), null);
  assert.equal(percentChange(-5, -10), 50);
  assert.equal(formatPercent(-21.666, 'zh-Hans'), '21.7%');
});

test('dates are localized; invalid dates give null', () => {
  assert.equal(formatDate('2021-12-20', 'zh-Hans'), '2021年12月20日');
  assert.equal(formatDate('2021-12-20', 'zh-Hant'), '2021年12月20日');
  assert.equal(formatDate('2021-12-20', 'en'), 'December 20, 2021');
  assert.equal(formatDate('yesterday', 'en'), null);
  assert.equal(formatDate('2021-13-45', 'en'), null);
  // A year-month gets no invented day.
  assert.equal(formatDate('2021-12', 'zh-Hans'), '2021年12月');
  assert.equal(formatDate('2021-12', 'zh-Hant'), '2021年12月');
  assert.equal(formatDate('2021-12', 'en'), 'December 2021');
  assert.equal(formatDate('2021-12-01', 'en'), 'December 1, 2021');
});
