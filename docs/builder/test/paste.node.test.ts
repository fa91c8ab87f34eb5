/**
 * What a spreadsheet paste may contain, and what the builder makes of it: tab-separated cells
 * from Excel/WPS, CSV, full-width digits, thousands separators, 万/亿, gap marks; and the
 * refusals, each naming the cell: empty cells, text, formulas, markup, too many rows.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_ROWS, readPaste } from '../paste.js';
import { message, type Problem } from '../messages.js';

const ok = (text: string) => {
  const r = readPaste(text);
  assert.ok(r.ok, `expected a table, got ${JSON.stringify(!r.ok && r.problems)}`);
  return r.table;
};
const problems = (text: string): Problem[] => {
  const r = readPaste(text);
  assert.ok(!r.ok, 'expected problems');
  return r.problems;
};

describe('accepted', () => {
  test('a paste from Excel: tabs, CRLF, a trailing newline', () => {
    assert.deepEqual(ok('项目\t提高幅度\r\n城市低保\t5.62\r\n农村低保\t8.09\r\n'), {
      series: ['提高幅度'],
      labels: ['城市低保', '农村低保'],
      values: [[5.62, 8.09]],
    });
  });

  test('CSV with quotes, several series', () => {
    assert.deepEqual(ok('年份,城市,农村\n2020,"1,200",800\n2021,1300,900'), {
      series: ['城市', '农村'],
      labels: ['2020', '2021'],
      values: [
        [1200, 1300],
        [800, 900],
      ],
    });
  });

  test('numbers as Chinese tables write them: full-width digits, separators, 万/亿, %, +', () => {
    const t = ok('区县\t值\n铁东区\t１２３\n铁西区\t2,391\n立山区\t2，391\n千山区\t1.1万\n海城市\t2.19亿\n台安县\t94.1%\n岫岩\t+5');
    assert.deepEqual(t.values[0], [123, 2391, 2391, 11000, 219000000, 94.1, 5]);
  });

  test('gap marks are gaps, not zero', () => {
    assert.deepEqual(ok('年\t值\n2019\t—\n2020\t-\n2021\t…\n2022\t5').values[0], [null, null, null, 5]);
  });

  test('a title row above the table and a note under it are skipped', () => {
    assert.deepEqual(ok('表1 各区站点数\n区县\t站点\n铁东区\t61\n注：示意数据').labels, ['铁东区']);
  });

  test(`exactly ${MAX_ROWS} rows are fine`, () => {
    const rows = Array.from({ length: MAX_ROWS }, (_, i) => `r${i}\t${i}`);
    assert.equal(ok(['名称\t值', ...rows].join('\n')).labels.length, MAX_ROWS);
  });
});

describe('refused, with the cell named', () => {
  test('an empty cell (a paste that missed something)', () => {
    assert.deepEqual(problems('区县\t2020\t2021\n铁东区\t1\t\n铁西区\t2\t3'), [{ code: 'missing-cell', row: 2, column: 3 }]);
  });

  test('a row shorter than the header', () => {
    assert.deepEqual(problems('区县\t2020\t2021\n铁东区\t1\n铁西区\t2\t3'), [{ code: 'missing-cell', row: 2, column: 3 }]);
  });

  test('text where a number belongs', () => {
    assert.deepEqual(problems('区县\t值\n铁东区\t很多'), [{ code: 'cell-not-a-number', row: 2, column: 2, text: '很多' }]);
    assert.deepEqual(problems('区县\t值\n铁东区\t约12万'), [{ code: 'cell-not-a-number', row: 2, column: 2, text: '约12万' }]);
  });

  test('spreadsheet formulas, in names and in values', () => {
    assert.deepEqual(problems('区县\t值\n=HYPERLINK("https://evil.example","x")\t1'), [{ code: 'formula', row: 2, column: 1 }]);
    assert.deepEqual(problems('区县\t值\n铁东区\t=SUM(A1:A3)'), [{ code: 'formula', row: 2, column: 2 }]);
  });

  test('markup in a name or a header', () => {
    assert.deepEqual(problems('区县\t值\n<img src=x onerror=alert(1)>\t1'), [{ code: 'markup' }]);
    assert.deepEqual(problems('区县\t<b>值</b>\n铁东区\t1'), [{ code: 'markup' }]);
  });

  test('500 rows: refused with the count, never cut silently', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `r${i}\t${i}`);
    assert.deepEqual(problems(['名称\t值', ...rows].join('\n')), [{ code: 'too-many-rows', rows: 500, max: MAX_ROWS }]);
  });

  test('no table, one column, an unterminated quote, a duplicate name', () => {
    assert.deepEqual(problems('  '), [{ code: 'empty-table' }]);
    assert.deepEqual(problems('区县\n铁东区'), [{ code: 'no-values' }]);
    assert.deepEqual(problems('区县,值\n"铁东区,1'), [{ code: 'unreadable-table' }]);
    assert.deepEqual(problems('区县\t值\n铁东区\t1\n铁东区\t2'), [{ code: 'duplicate-name', text: '铁东区' }]);
  });
});

describe('messages', () => {
  test('every problem reads in all three languages, with the cell', () => {
    const p: Problem = { code: 'missing-cell', row: 3, column: 2 };
    assert.equal(message('zh-Hans', p), '第3行第2列是空的。没有数据请写“—”。');
    assert.equal(message('zh-Hant', p), '第3行第2列是空的。沒有資料請寫「—」。');
    assert.equal(message('en', p), 'row 3, column 2 is empty. Write — where there is no data.');
    assert.match(message('en', { code: 'too-many-rows', rows: 500, max: 200 }), /500 data rows; at most 200/);
  });
});
