import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CivicError, type Payload } from '../src/core/parse.js';
import { cardModel } from '../src/indicator-card/model.js';
import { hasRingInline, ringModel } from '../src/progress-ring/model.js';

const err = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof CivicError, String(e));
    return { code: e.code, attribute: e.attribute };
  }
  assert.fail('did not throw');
};
const json = (value: unknown): Payload => ({ kind: 'json', value, from: 'data-src' });
const table = (rows: string[][]): Payload => ({ kind: 'table', table: { header: [], rows }, from: 'child-table' });

test('card: attributes alone; fields not given are absent; no value is empty', () => {
  assert.deepEqual(cardModel({ value: '219000000', previous: '180,000,000' }), { value: 219000000, previous: 180000000 });
  assert.deepEqual(cardModel({ value: 5, change: '5.62%', target: '' }), { value: 5, change: 5.62 });
  assert.equal(cardModel({}), null);
  assert.deepEqual(
    err(() => cardModel({ value: 'abc' })),
    { code: 'invalid-number', attribute: 'data-value' },
  );
  assert.deepEqual(
    err(() => cardModel({ value: 1, previous: 'x' })),
    { code: 'invalid-number', attribute: 'data-previous' },
  );
});

test('card: a JSON payload, with the attributes overriding its fields one by one', () => {
  const p = json({ value: 92, previous: 78, label: '机械化清扫率', unit: '%', target: 95 });
  assert.deepEqual(cardModel({}, p), { value: 92, previous: 78, target: 95, label: '机械化清扫率', unit: '%' });
  assert.deepEqual(cardModel({ previous: '80', value: '1' }, p), { value: 92, previous: 80, target: 95, label: '机械化清扫率', unit: '%' });
  assert.deepEqual(
    err(() => cardModel({}, json([1, 2]))),
    { code: 'invalid-json', attribute: 'data-src' },
  );
  assert.deepEqual(
    err(() => cardModel({}, json({ value: 'x' }))),
    { code: 'invalid-number', attribute: 'data-src' },
  );
  assert.equal(cardModel({}, json({ label: 'no value' })), null);
});

test('card: a table gives label and value from the first row with a number', () => {
  assert.deepEqual(
    cardModel(
      {},
      table([
        ['说明', '—'],
        ['稳岗返还资金', '219000000'],
      ]),
    ),
    { value: 219000000, label: '稳岗返还资金' },
  );
  assert.equal(cardModel({}, table([['a', 'b']])), null);
});

test('ring: one ring from attributes, max defaults to 100 and must be positive', () => {
  assert.deepEqual(ringModel({ value: '92', previous: '78', target: '95' }), {
    rings: [{ label: '', value: 92, max: 100 }],
    previous: 78,
    target: 95,
  });
  assert.deepEqual(ringModel({ value: 7, max: '10' }), {
    rings: [{ label: '', value: 7, max: 10 }],
    previous: undefined,
    target: undefined,
  });
  assert.deepEqual(
    err(() => ringModel({ value: 1, max: '0' })),
    { code: 'invalid-number', attribute: 'data-max' },
  );
  assert.equal(ringModel({}), null);
  assert.equal(hasRingInline({}), false);
  assert.equal(hasRingInline({ rings: '[]' }), true);
});

test('ring: data-rings, JSON payloads and tables make concentric rings', () => {
  const rings = ringModel({ rings: '[{"label":"甲","value":50},{"label":"乙","value":"3","max":4}]' });
  assert.deepEqual(rings?.rings, [
    { label: '甲', value: 50, max: 100 },
    { label: '乙', value: 3, max: 4 },
  ]);
  assert.deepEqual(ringModel({}, json({ value: 92, label: '清扫率' }))?.rings, [{ label: '清扫率', value: 92, max: 100 }]);
  assert.deepEqual(ringModel({}, json([{ label: 'a', value: 1 }]))?.rings, [{ label: 'a', value: 1, max: 100 }]);
  assert.deepEqual(
    ringModel(
      {},
      table([
        ['a', '1', '2'],
        ['b', ''],
        ['c', '3'],
      ]),
    )?.rings,
    [
      { label: 'a', value: 1, max: 2 },
      { label: 'c', value: 3, max: 100 },
    ],
  );
  assert.equal(ringModel({}, json([])), null);
  assert.deepEqual(
    err(() => ringModel({}, json('x'))),
    { code: 'invalid-json', attribute: 'data-src' },
  );
  assert.deepEqual(
    err(() => ringModel({}, json([1]))),
    { code: 'invalid-json', attribute: 'data-src' },
  );
  assert.deepEqual(
    err(() => ringModel({ rings: '[{"value":"x"}]' })),
    { code: 'invalid-number', attribute: 'data-rings' },
  );
});
