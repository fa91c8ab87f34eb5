/**
 * The pure readers of office data under fast-check (fixed seed): whatever the text, bytes or
 * JSON, they return or throw a CivicError with a known code — never another exception, never a
 * non-finite number.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readNumber } from '../src/core/number.js';
import { readCell } from '../src/core/number-cell.js';
import { parseCsv } from '../src/core/csv.js';
import { decodeText } from '../src/core/decode.js';
import { applyFields } from '../src/core/fields.js';
import { CivicError } from '../src/core/parse.js';

const SEED = 20211220;
const civic = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof CivicError)) throw e;
  }
};

// Text made of the characters office data is made of, so the interesting paths are reached.
const cellChars = fc.constantFrom(...'0123456789.,，+-－−%％万萬亿億千约余多 \u00a0\u3000１２３．—…eE'.split(''));
const cell = fc.oneof(
  fc.string({ unit: cellChars, maxLength: 12 }),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

test('readNumber: a finite number or a reason, for any text', () => {
  fc.assert(
    fc.property(cell, (s) => {
      const r = readNumber(s);
      if (r.ok) assert.ok(Number.isFinite(r.value), `${JSON.stringify(s)} → ${r.value}`);
      else assert.ok(r.reason.length > 0);
    }),
    { seed: SEED, numRuns: 5000 },
  );
});

test('readNumber agrees with Number() on plain decimals and scales 万/亿 exactly', () => {
  fc.assert(
    fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (i, f) => {
      const text = `${i}.${String(f).padStart(2, '0')}`;
      const r = readNumber(text);
      assert.ok(r.ok && r.value === Number(text));
      const w = readNumber(`${text}万`);
      assert.ok(w.ok && w.value === Number(`${text}e4`));
    }),
    { seed: SEED, numRuns: 2000 },
  );
});

// Every way a cell can write one number: sign, digits with or without thousands commas, a
// fraction, 万/亿/万亿 or %, in ASCII or full-width. The value is the decimal text's own double,
// bit for bit (-0 included), from both readers.
test('readNumber and readCell give the exact double of any well-formed number, however it is written', () => {
  const group = (int: string) => int.replace(/\B(?=(\d{3})+$)/g, ',');
  const wide = (s: string) => s.replace(/[0-9.,%+-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  fc.assert(
    fc.property(
      fc.constantFrom('', '-', '+'),
      fc.stringMatching(/^(0|[1-9][0-9]{0,17})$/),
      fc.stringMatching(/^[0-9]{0,8}$/),
      fc.constantFrom(['', 0], ['万', 4], ['萬', 4], ['亿', 8], ['億', 8], ['万亿', 12], ['%', 0]),
      fc.boolean(),
      fc.boolean(),
      (sign, int, frac, [suffix, exp], grouped, fullWidth) => {
        const digits = `${grouped ? group(int) : int}${frac ? `.${frac}` : ''}`;
        const text = `${sign}${digits}${suffix}`;
        const expected = Number(`${sign === '-' ? '-' : ''}${int}.${frac || '0'}e${exp}`);
        for (const read of [readNumber, readCell]) {
          const r = read(fullWidth ? wide(text) : text);
          assert.ok(r.ok, `${read.name}(${text}): ${r.ok ? '' : r.reason}`);
          assert.ok(Object.is(r.value, expected), `${read.name}(${text}): ${r.value} !== ${expected}`);
        }
      },
    ),
    { seed: SEED, numRuns: 5000 },
  );
});

test('readCell reads any cell exactly as readNumber does', () => {
  const read = (f: (s: unknown) => unknown, s: unknown) => {
    const r = f(s) as { ok: boolean; value?: number };
    // Object.is: a fast path that turned -0 into 0 must fail.
    return r.ok ? ['ok', Object.is(r.value, -0) ? '-0' : r.value] : r;
  };
  fc.assert(
    fc.property(fc.oneof(cell, fc.stringMatching(/^[+-]?[0-9,.]{1,20}(万|亿|万亿|萬億|万億|%)?$/), fc.double(), fc.constant(null)), (s) =>
      assert.deepEqual(read(readCell, s), read(readNumber, s), JSON.stringify(s)),
    ),
    { seed: SEED, numRuns: 5000 },
  );
});

test('parseCsv: rows of text or a CivicError, for any text', () => {
  const csvChars = fc.constantFrom(...'ab表1,;\t"\r\n 注：1.1万'.split(''));
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: csvChars, maxLength: 80 }), fc.string({ maxLength: 40 })), (text) =>
      civic(() => {
        const t = parseCsv(text);
        assert.ok(Array.isArray(t.header) && t.rows.every((r) => r.every((c) => typeof c === 'string')));
      }),
    ),
    { seed: SEED, numRuns: 3000 },
  );
});

test('decodeText: text or invalid-encoding, for any bytes and charset', () => {
  fc.assert(
    fc.property(
      fc.uint8Array({ maxLength: 64 }),
      fc.constantFrom('', 'text/csv', 'text/csv; charset=gbk', 'text/csv; charset=utf-16le', 'text/csv; charset=nope'),
      fc.constantFrom(undefined, 'gbk', 'utf-8', 'x'),
      (bytes, type, cs) => civic(() => assert.equal(typeof decodeText(bytes, type, cs), 'string')),
    ),
    { seed: SEED, numRuns: 3000 },
  );
});

test('applyFields: a payload or invalid-json, for any JSON and mapping', () => {
  const name = fc.constantFrom('', 'name', 'count', 'data', 'rows', '0', '-1', '__proto__', 'a.b', 'x:y');
  fc.assert(
    fc.property(
      fc.jsonValue({ maxDepth: 4 }),
      fc.record(
        {
          path: fc.option(
            fc.array(name, { maxLength: 4 }).map((a) => a.join('.')),
            { nil: undefined },
          ),
          label: fc.option(name, { nil: undefined }),
          value: fc.option(name, { nil: undefined }),
          series: fc.option(name, { nil: undefined }),
          region: fc.option(name, { nil: undefined }),
        },
        { requiredKeys: [] },
      ),
      fc.constantFrom('series', 'regions', 'record') as fc.Arbitrary<'series' | 'regions' | 'record'>,
      (value, m, shape) => civic(() => applyFields({ kind: 'json', value, from: 'data-src' }, m, shape)),
    ),
    { seed: SEED, numRuns: 3000 },
  );
});
