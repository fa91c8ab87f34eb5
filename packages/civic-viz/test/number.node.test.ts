import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMissing, readNumber } from '../src/core/number.js';
import { CivicError, toNumber } from '../src/core/parse.js';
import { formatValue } from '../src/core/format.js';

// Cell texts as government reports and spreadsheets write them, with the number they mean.
const ACCEPTED: [string, number][] = [
  ['1.1万', 11000],
  ['2.19亿', 219000000],
  ['27.7万', 277000],
  ['1.1萬', 11000],
  ['2.19億', 219000000],
  ['121万亿', 121e12],
  ['94.1%', 94.1],
  ['94.1％', 94.1],
  ['2,391', 2391],
  ['2，391', 2391],
  ['12,345,678', 12345678],
  ['１２３', 123],
  ['－５', -5],
  ['１．５', 1.5],
  ['１．１万', 11000],
  ['−3.2', -3.2],
  ['+14', 14],
  ['＋14', 14],
  [' 62 ', 62],
  ['\u00a062\u00a0', 62],
  ['\u300062', 62],
  ['62\t', 62],
  ['0.5', 0.5],
  ['.5', 0.5],
  ['-0.25', -0.25],
  ['1.5e3', 1500],
  ['0', 0],
  ['370', 370],
  ['2,391万', 23910000],
  ['1.23456万', 12345.6],
];

// What is not one exact number, with (part of) the reason an editor reads.
const REFUSED: [string, RegExp][] = [
  ['约12万', /approximation \("约"\)/],
  ['12万余', /approximation \("余"\)/],
  ['1.5万余家（次）', /approximation \("余"\)/],
  ['370余处', /approximation \("余"\)/],
  ['近3000', /approximation \("近"\)/],
  ['超过1万', /approximation/],
  ['100多', /approximation \("多"\)/],
  ['50左右', /approximation/],
  ['12户', /text after the number \("户"\).*data-unit/],
  ['1.1万户', /text after the number \("户"\)/],
  ['5千', /千 or 百万/],
  ['3千米', /千 or 百万/],
  ['1.2百万', /千 or 百万/],
  ['10-20', /range/],
  ['10～20', /range/],
  ['1,2', /comma that does not group thousands/],
  ['1,5', /decimal comma/],
  ['abc', /not a number/],
  ['1万億', /text after the number/],
  ['1亿万', /text after the number/],
  ['1,2345', /comma that does not group thousands/],
  ['NaN', /not a number/],
  ['Infinity', /not a number/],
  ['1e999', /too large/],
  ['1万%', /mixes/],
  ['1e3万', /mixes/],
  ['1.2.3', /not a number/],
  ['12 34', /not a number|text after/],
];

const MISSING = ['', ' ', '-', '—', '——', '－', '–', '…', 'N/A', 'n/a', '/', '无', '暂无'];

test('accepts numbers as Chinese text writes them, exactly', () => {
  for (const [text, want] of ACCEPTED) {
    const r = readNumber(text);
    assert.ok(r.ok, `${JSON.stringify(text)} should be read (${!r.ok && r.reason})`);
    assert.equal(r.ok && r.value, want, JSON.stringify(text));
  }
});

test('refuses approximations, units in the cell, 千/百万 and ranges with a reason', () => {
  for (const [text, reason] of REFUSED) {
    const r = readNumber(text);
    assert.ok(!r.ok, `${JSON.stringify(text)} should be refused`);
    assert.match(!r.ok ? r.reason : '', reason, JSON.stringify(text));
    assert.equal(!r.ok && r.missing, false, `${JSON.stringify(text)} is not a gap marker`);
  }
});

test('gap markers are missing, not numbers', () => {
  for (const text of MISSING) {
    assert.equal(isMissing(text), true, JSON.stringify(text));
    const r = readNumber(text);
    assert.ok(!r.ok && r.missing, JSON.stringify(text));
  }
  assert.equal(isMissing(null), true);
  assert.equal(isMissing(undefined), true);
  for (const text of ['0', '约12万', '12万余', 'abc']) assert.equal(isMissing(text), false, text);
});

test('JSON numbers pass; other types are refused', () => {
  assert.deepEqual(readNumber(62), { ok: true, value: 62 });
  for (const v of [Number.NaN, Infinity, true, {}, [], [1]]) assert.equal(readNumber(v).ok, false, String(v));
});

test('toNumber names the cell and the reason in invalid-number', () => {
  try {
    toNumber('约12万', 'data-src', 'row 3 ("铁东区"), column 2');
    assert.fail('did not throw');
  } catch (e) {
    assert.ok(e instanceof CivicError);
    assert.equal(e.code, 'invalid-number');
    assert.equal(e.attribute, 'data-src');
    assert.equal(e.message, 'row 3 ("铁东区"), column 2 "约12万" is an approximation ("约"), not an exact number');
  }
});

test('the reader sees what the editor typed: 1.1万户, 2.19亿元, 27.7万人, 94.1%', () => {
  const show = (text: string, unit: string, locale: 'zh-Hans' | 'zh-Hant' | 'en' = 'zh-Hans') =>
    formatValue(toNumber(text), { locale, unit });
  assert.equal(show('1.1万', '户'), '1.1万户');
  assert.equal(show('2.19亿', '元'), '2.19亿元');
  assert.equal(show('27.7万', '人'), '27.7万人');
  assert.equal(show('94.1%', '%'), '94.1%');
  assert.equal(show('1.1萬', '戶', 'zh-Hant'), '1.1萬戶');
  assert.equal(show('2.19億', '元', 'zh-Hant'), '2.19億元');
  assert.equal(show('２，３９１', '个'), '2,391个');
  // A unit that carries the magnitude is never rescaled: no "1.1万万元".
  assert.equal(show('1.1', '万元'), '1.1万元');
  assert.equal(show('1.1万', '万元'), '11,000万元');
  // Standard notation writes the full number, as asked.
  assert.equal(formatValue(toNumber('1.1万'), { locale: 'zh-Hans', unit: '户', notation: 'standard' }), '11,000户');
});
