import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from '../src/core/csv.js';
import { CivicError } from '../src/core/parse.js';
import { fromPayload as trendFromPayload } from '../src/charts/trend/model.js';
import { fromTable as mapFromTable } from '../src/district-map/model.js';

const refused = (fn: () => unknown): CivicError => {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof CivicError, String(e));
    return e;
  }
  assert.fail('did not throw');
};

test('semicolon-separated CSV (European-locale Excel)', () => {
  assert.deepEqual(parseCsv('区县;站点数\r\n铁东区;62\r\n铁西区;48\r\n'), {
    header: ['区县', '站点数'],
    rows: [
      ['铁东区', '62'],
      ['铁西区', '48'],
    ],
  });
  // Decimal commas in the cells do not make it comma separated: the semicolons are consistent.
  assert.deepEqual(parseCsv('区县;2020;2021\n铁东区;1,5;2,25\n铁西区;3;4\n').header, ['区县', '2020', '2021']);
  // A quoted semicolon is text.
  assert.deepEqual(parseCsv('名称;值\n"甲;乙";1\n').rows, [['甲;乙', '1']]);
});

test('quoted cells with line breaks and quotes stay one cell', () => {
  const t = parseCsv('区县,说明,站点数\r\n铁东区,"含""社区""站点\r\n及流动站",62\r\n');
  assert.deepEqual(t.rows, [['铁东区', '含"社区"站点\r\n及流动站', '62']]);
  assert.equal(refused(() => parseCsv('a,b\n"x,1\n')).code, 'unsupported-format');
});

test('trailing empty lines and blank rows are ignored', () => {
  assert.deepEqual(parseCsv('区县,站点数\n铁东区,62\n\n\r\n,\n'), { header: ['区县', '站点数'], rows: [['铁东区', '62']] });
  assert.deepEqual(parseCsv('\n\n'), { header: [], rows: [] });
});

test('empty header names: empty columns are dropped, a named table keeps its unnamed label column', () => {
  // Excel writes trailing separators for cleared or merged cells.
  assert.deepEqual(parseCsv('区县,站点数,,\n铁东区,62,,\n铁西区,48,,\n'), {
    header: ['区县', '站点数'],
    rows: [
      ['铁东区', '62'],
      ['铁西区', '48'],
    ],
  });
  // An empty leading column (a spreadsheet that starts at column B).
  assert.deepEqual(parseCsv(',区县,站点数\n,铁东区,62\n'), { header: ['区县', '站点数'], rows: [['铁东区', '62']] });
  // The top-left corner is often empty: the label column has no name, which is fine.
  assert.deepEqual(parseCsv(',2020,2021\n城市低保,1.1万,1.2万\n').header, ['', '2020', '2021']);
});

test('a column with values but no header name (merged header cells) is refused with the column number', () => {
  const e = refused(() => parseCsv('区县,城市低保,,农村低保\n,户数,人数,户数\n铁东区,1,2,3\n'));
  assert.equal(e.code, 'unsupported-format');
  assert.match(e.message, /column 3 has values but no header name/);
  // The only value column without a name is kept: the element names its series.
  assert.deepEqual(parseCsv('类别,"  "\n" ",1\n'), { header: ['类别', ''], rows: [['', '1']] });
});

test('a title row above the header and notes below the table are skipped', () => {
  const csv = '表1 各区站点数,,\r\n区县,站点数,备注\r\n铁东区,62,\r\n铁西区,48,新建\r\n注：数据截至2021年6月30日,,\r\n';
  assert.deepEqual(parseCsv(csv), {
    header: ['区县', '站点数', '备注'],
    rows: [
      ['铁东区', '62'],
      ['铁西区', '48', '新建'],
    ],
  });
  // Two title lines, without separators at all.
  assert.deepEqual(parseCsv('鞍山市\n表1 各区站点数\n区县,站点数\n铁东区,62\n').header, ['区县', '站点数']);
  // A one-column file is left as it is.
  assert.deepEqual(parseCsv('站点数\n62\n48\n'), { header: ['站点数'], rows: [['62'], ['48']] });
});

test('the tidied table feeds the trend chart and the map, with 万 cells read as numbers', () => {
  const csv = '表1 各区站点数\n区县;2020;2021;\n铁东区;1.1万;2,391;\n铁西区;—;48;\n';
  const trend = trendFromPayload({ kind: 'table', from: 'data-src', table: parseCsv(csv) });
  assert.deepEqual(
    trend?.series.map((s) => s.values),
    [
      [11000, null],
      [2391, 48],
    ],
  );
  const map = mapFromTable(parseCsv('表1 各区站点数,\n区县,站点数\n铁东区,1.1万\n'), 'data-src');
  assert.deepEqual(map?.entries, [{ name: '铁东区', value: 11000 }]);
  const e = refused(() => trendFromPayload({ kind: 'table', from: 'data-src', table: parseCsv('区县,站点数\n铁东区,约12万\n') }));
  assert.equal(e.code, 'invalid-number');
  assert.match(e.message, /row 1 \("铁东区"\), column 2 "约12万" is an approximation/);
});
