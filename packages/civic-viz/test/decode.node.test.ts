import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { contentCharset, decodeText } from '../src/core/decode.js';
import { CivicError } from '../src/core/parse.js';

const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/encodings/${name}`, import.meta.url)));
const CSV = '区县,站点数\r\n铁东区,62\r\n铁西区,48\r\n立山区,57\r\n千山区,1.1万\r\n';

const refused = (fn: () => unknown): CivicError => {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof CivicError, String(e));
    assert.equal(e.code, 'invalid-encoding');
    return e;
  }
  assert.fail('did not throw');
};

test('UTF-8, with and without BOM, and UTF-16 with a BOM decode to the same text', () => {
  for (const name of ['utf8.csv', 'utf8-bom.csv', 'utf16le-bom.csv', 'utf16be-bom.csv']) assert.equal(decodeText(bytes(name)), CSV, name);
});

test('GBK (Excel on Chinese Windows) falls back to GB18030 when the bytes are not UTF-8', () => {
  assert.equal(decodeText(bytes('gbk.csv')), CSV);
  assert.equal(decodeText(bytes('gbk.csv'), 'text/csv'), CSV);
  assert.equal(decodeText(bytes('gb18030.csv')), '区县,站点数\r\n铁东区,62\r\n𠮷镇,7\r\n');
});

test('the Content-Type charset is used; a wrong utf-8 stamp still falls back to GB18030', () => {
  assert.equal(contentCharset('text/csv; charset="GBK"'), 'gbk');
  assert.equal(contentCharset('text/csv'), undefined);
  assert.equal(decodeText(bytes('gbk.csv'), 'text/csv; charset=gbk'), CSV);
  assert.equal(decodeText(bytes('gbk.csv'), 'text/csv; charset=utf-8'), CSV);
  // A declared non-UTF-8 charset is believed: UTF-8 bytes read as Shift_JIS are refused, not shown.
  const e = refused(() => decodeText(bytes('gbk.csv'), 'text/csv; charset=utf-16le'));
  assert.match(e.message, /utf-16le|NUL/);
  refused(() => decodeText(bytes('utf8.csv'), 'text/csv; charset=x-unknown'));
});

test('data-charset overrides everything and is strict', () => {
  assert.equal(decodeText(bytes('gbk.csv'), 'text/csv; charset=utf-8', 'GBK'), CSV);
  assert.equal(decodeText(bytes('utf16le-nobom.csv'), '', 'utf-16le'), CSV);
  const unknown = refused(() => decodeText(bytes('utf8.csv'), '', 'klingon'));
  assert.equal(unknown.attribute, 'data-charset');
  refused(() => decodeText(bytes('gbk.csv'), '', 'utf-8'));
});

test('undecodable bytes and UTF-16 without a BOM are invalid-encoding, never mojibake', () => {
  const e = refused(() => decodeText(bytes('binary.csv')));
  assert.equal(e.attribute, 'data-src');
  refused(() => decodeText(bytes('utf16le-nobom.csv')));
  assert.match(
    refused(() => decodeText(new Uint8Array(Buffer.from('name,value\n2020,1\n', 'utf16le')))).message,
    /UTF-16 without a byte-order mark/,
  );
  refused(() => decodeText(new Uint8Array([0x41, 0x00, 0x42])));
});

test('a DOS end-of-file mark, a stray control character and an empty body are fine', () => {
  assert.equal(decodeText(new Uint8Array([0x61, 0x0a, 0x1a])), 'a\n');
  const cell = 'label,value\na\u0000b\u0007,1\n';
  assert.equal(decodeText(new TextEncoder().encode(cell)), cell);
  assert.equal(decodeText(new Uint8Array([])), '');
});
