import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intlLocale, toLocale, type Locale } from '../src/core/strings.js';
import { strings } from './all-strings.js';

test('toLocale maps BCP 47 tags to our three locales', () => {
  const cases: [string | null, Locale][] = [
    [null, 'zh-Hans'],
    ['', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['ZH-tw', 'zh-Hant'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr', 'zh-Hans'],
  ];
  for (const [tag, want] of cases) assert.equal(toLocale(tag), want, String(tag));
  assert.equal(intlLocale('zh-Hant'), 'zh-TW');
});

test('every locale has every string, none empty, and they differ where they should', () => {
  const keys = (o: object): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k]));
  const ref = keys(strings('zh-Hans')).sort();
  for (const loc of ['zh-Hant', 'en'] as const) {
    assert.deepEqual(keys(strings(loc)).sort(), ref, loc);
    for (const k of ref) {
      const v = k.split('.').reduce<any>((o, p) => o[p], strings(loc));
      assert.ok(typeof v === 'function' || (typeof v === 'string' && v.length > 0), `${loc}.${k}`);
    }
  }
  assert.equal(strings('zh-Hans').empty, '暂无数据');
  assert.equal(strings('zh-Hant').empty, '暫無資料');
  assert.equal(strings('en').empty, 'No data');
  assert.equal(strings('zh-Hant').changeLabel, '較上年');
  assert.equal(strings('zh-Hans').errors['invalid-json'], '数据格式有误');
  assert.equal(strings('zh-Hant').points('14'), '14個百分點');
});

test('the ring estimates value widths: CJK full width, digits half, punctuation narrow', async () => {
  const { textEms, widthStep } = await import('../src/progress-ring/fit.js');
  assert.equal(textEms('万人'), 2);
  assert.ok(Math.abs(textEms('10.4') - 2.28) < 1e-9);
  assert.ok(textEms('10.4万人') > textEms('92%'));
  assert.equal(widthStep('92%'), 2);
  assert.equal(widthStep('94.1%'), 4);
  assert.equal(widthStep('10.4万人'), 5);
  assert.equal(widthStep('x'.repeat(40)), 12);
});
