import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv, toCsv } from '../src/core/csv.js';
import { CivicError, safeUrl, toNumber } from '../src/core/parse.js';
import { MAX_JSON_DEPTH, parseJson, parseList, parseNumberList } from '../src/core/json.js';

const code = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof CivicError, `expected CivicError, got ${e}`);
    return e.code;
  }
  assert.fail('did not throw');
};

test('parseJson drops prototype keys at any depth', () => {
  const v = parseJson('{"a":1,"__proto__":{"x":1},"b":{"constructor":{"prototype":{"y":2}},"c":2}}') as Record<string, unknown>;
  assert.deepEqual(v, { a: 1, b: { c: 2 } });
  assert.equal(({} as Record<string, unknown>).x, undefined);
  assert.equal(Object.getPrototypeOf(v), Object.prototype);
});

test('parseJson refuses malformed, oversized and deeply nested input with invalid-json', () => {
  assert.equal(
    code(() => parseJson('{"a":')),
    'invalid-json',
  );
  assert.equal(
    code(() => parseJson("{'a':1}")),
    'invalid-json',
  );
  assert.equal(
    code(() => parseJson('[' + '0,'.repeat(600000) + '0]')),
    'invalid-json',
  );
  const deep = '['.repeat(MAX_JSON_DEPTH + 5) + ']'.repeat(MAX_JSON_DEPTH + 5);
  assert.equal(
    code(() => parseJson(deep)),
    'invalid-json',
  );
  const ok = '['.repeat(MAX_JSON_DEPTH - 1) + ']'.repeat(MAX_JSON_DEPTH - 1);
  assert.ok(parseJson(ok));
});

test('errors name the attribute', () => {
  try {
    parseNumberList('1,x', 'data-values');
    assert.fail();
  } catch (e) {
    assert.equal((e as CivicError).attribute, 'data-values');
    assert.match((e as CivicError).message, /item 2/);
  }
});

test('toNumber accepts numeric strings, thousands separators and a trailing %, and refuses the rest', () => {
  assert.equal(toNumber('5.62'), 5.62);
  assert.equal(toNumber('1,234'), 1234);
  assert.equal(toNumber(' 94.1% '), 94.1);
  assert.equal(toNumber(-3), -3);
  for (const bad of ['', ' ', 'abc', 'NaN', 'Infinity', '-Infinity', '1e999', null, undefined, {}, [], true, Number.NaN]) {
    assert.equal(
      code(() => toNumber(bad)),
      'invalid-number',
      `for ${String(bad)}`,
    );
  }
});

test('parseList: comma lists (ASCII and full-width) and JSON arrays', () => {
  assert.deepEqual(parseList('城市低保, 农村低保'), ['城市低保', '农村低保']);
  assert.deepEqual(parseList('a，b'), ['a', 'b']);
  assert.deepEqual(parseList('["a,b","c"]'), ['a,b', 'c']);
  assert.deepEqual(parseList(''), []);
  assert.deepEqual(parseList(['x', 1]), ['x', '1']);
  assert.equal(
    code(() => parseList('[1,')),
    'invalid-json',
  );
  assert.equal(
    code(() => parseList('[')),
    'invalid-json',
  );
  assert.deepEqual(parseNumberList('5.62,8.09'), [5.62, 8.09]);
  assert.deepEqual(parseNumberList([1, '2']), [1, 2]);
  assert.equal(
    code(() => parseNumberList('1,,3')),
    'invalid-number',
  );
});

test('safeUrl allows http(s) and relative, refuses other schemes even when obfuscated', () => {
  for (const ok of ['https://example.org/a?b=1', 'http://x', '/data.json', 'data/x.csv', '../x', '?q=1', '#top', '//cdn.example.org/x']) {
    assert.equal(safeUrl(ok), ok);
  }
  for (const bad of [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:x',
    'data:text/html,<script>',
    'vbscript:x',
    'file:///etc/passwd',
    'blob:https://x/y',
    '\u200bjavascript:x',
    '',
  ]) {
    assert.equal(safeUrl(bad), null, JSON.stringify(bad));
  }
});

test('parseCsv: header, quoting, CRLF, BOM, tabs, blank lines', () => {
  assert.deepEqual(parseCsv('\ufeff年份,"值, 含逗号"\r\n2020,78\r\n\r\n2021,"9""2"\n'), {
    header: ['年份', '值, 含逗号'],
    rows: [
      ['2020', '78'],
      ['2021', '9"2'],
    ],
  });
  assert.deepEqual(parseCsv('a\tb\n1\t2'), { header: ['a', 'b'], rows: [['1', '2']] });
  assert.deepEqual(parseCsv(''), { header: [], rows: [] });
  assert.equal(
    code(() => parseCsv('a,b\n"1,2')),
    'unsupported-format',
  );
});

test('parseCsv picks the separator from the first records, outside quotes', () => {
  // A quoted comma in a tab-separated header does not make the file comma separated.
  assert.deepEqual(parseCsv('"地区,名称"\t数值\n铁东区\t61'), { header: ['地区,名称', '数值'], rows: [['铁东区', '61']] });
  // A quoted tab in a comma-separated file, and a tab in a later line, do not make it tab separated.
  assert.deepEqual(parseCsv('"a\tb",c\n1,2'), { header: ['a\tb', 'c'], rows: [['1', '2']] });
  // A first line without separators is a title above the table, not a one-column header.
  assert.deepEqual(parseCsv('年份\n2020\t备注\n2021\t无'), { header: ['2020', '备注'], rows: [['2021', '无']] });
  // A header spanning lines inside quotes is still one record.
  assert.deepEqual(parseCsv('"多行\n标题"\t值\nx\t1'), { header: ['多行\n标题', '值'], rows: [['x', '1']] });
  // More tabs than commas: tab; a tie goes to the comma.
  assert.deepEqual(parseCsv('a,b\tc\td\n1,2\t3\t4').header, ['a,b', 'c', 'd']);
  assert.deepEqual(parseCsv('a,b\tc\n1,2\t3').header, ['a', 'b\tc']);
});

test('toCsv quotes fields, neutralises formulas and starts with a BOM', () => {
  const csv = toCsv(
    ['地区', '值'],
    [
      ['铁东区', 61],
      ['=HYPERLINK("x")', -1],
      ['a,b', 2],
    ],
  );
  assert.ok(csv.startsWith('\ufeff'));
  assert.equal(csv.slice(1), '地区,值\r\n铁东区,61\r\n"\'=HYPERLINK(""x"")",-1\r\n"a,b",2\r\n');
  assert.deepEqual(parseCsv(csv).rows[0], ['铁东区', '61']);
});
