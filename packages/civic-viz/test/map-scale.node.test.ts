import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CivicError } from '../src/core/parse.js';
import {
  formatColor,
  legendEntries,
  linearScale,
  parseBreaks,
  parseColor,
  parseColors,
  rampColor,
  thresholdScale,
} from '../src/district-map/scale.js';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof CivicError);
    return `${e.code} ${e.attribute}`;
  }
  assert.fail('did not throw');
};

test('parseColor reads hex, rgb(a) and hsl(a); rejects anything else', () => {
  assert.deepEqual(parseColor('#fff'), [255, 255, 255, 1]);
  assert.deepEqual(parseColor('#0D4A9E'), [13, 74, 158, 1]);
  assert.deepEqual(parseColor('#00000080'), [0, 0, 0, 128 / 255]);
  assert.deepEqual(parseColor('rgb(1, 2, 3)'), [1, 2, 3, 1]);
  assert.deepEqual(parseColor('rgba(1,2,3,0.5)'), [1, 2, 3, 0.5]);
  assert.deepEqual(parseColor('rgb(100% 0% 0% / 50%)'), [255, 0, 0, 0.5]);
  assert.deepEqual(parseColor('hsl(0, 100%, 50%)')!.map(Math.round), [255, 0, 0, 1]);
  assert.deepEqual(parseColor('hsl(120 100% 25%)')!.map(Math.round), [0, 128, 0, 1]);
  for (const bad of ['red', '#ggg', '#12345', 'rgb(1,2)', 'url(x)', '', 'hsl(1,2,3)']) assert.equal(parseColor(bad), null, bad);
});

test('rampColor interpolates linearly through two or more stops', () => {
  const bw = [parseColor('#000000')!, parseColor('#ffffff')!];
  assert.equal(formatColor(rampColor(bw, 0)), '#000000');
  assert.equal(formatColor(rampColor(bw, 1)), '#ffffff');
  assert.equal(formatColor(rampColor(bw, 0.5)), '#808080');
  assert.equal(formatColor(rampColor(bw, 2)), '#ffffff', 'clamped');
  const three = ['#ff0000', '#00ff00', '#0000ff'].map((c) => parseColor(c)!);
  assert.equal(formatColor(rampColor(three, 0.5)), '#00ff00');
  assert.equal(formatColor(rampColor(three, 0.75)), '#008080');
});

test('parseColors: comma list or JSON array of ≥ 2 colours, validated', () => {
  assert.equal(parseColors('').length, 0);
  assert.equal(parseColors('#fff, #000').length, 2);
  assert.equal(parseColors('["#fff","rgb(0, 0, 0)","#123"]').length, 3);
  assert.equal(parseColors('rgb(1, 2, 3), #000').length, 2, 'commas inside rgb() do not split');
  assert.equal(parseColors(['#fff', '#000']).length, 2);
  assert.equal(
    code(() => parseColors('#fff')),
    'invalid-json data-colors',
  );
  assert.equal(
    code(() => parseColors('#fff, banana')),
    'invalid-json data-colors',
  );
  assert.equal(
    code(() => parseColors('[1,')),
    'invalid-json data-colors',
  );
  // A resolver (the browser's) widens what counts as a colour.
  assert.equal(parseColors('red, blue', (c) => (c === 'red' ? [255, 0, 0, 1] : c === 'blue' ? [0, 0, 255, 1] : null)).length, 2);
});

test('parseBreaks: ascending numbers, else invalid-number naming data-breaks', () => {
  assert.deepEqual(parseBreaks('40, 60, 80'), [40, 60, 80]);
  assert.deepEqual(parseBreaks('[1.5, 2]'), [1.5, 2]);
  assert.deepEqual(parseBreaks([1, 2]), [1, 2]);
  assert.equal(
    code(() => parseBreaks('40, x')),
    'invalid-number data-breaks',
  );
  assert.equal(
    code(() => parseBreaks('60, 40')),
    'invalid-number data-breaks',
  );
  assert.equal(
    code(() => parseBreaks('40, 40')),
    'invalid-number data-breaks',
  );
});

const words = {
  below: (v: string) => `低于${v}`,
  atLeast: (v: string) => `${v}及以上`,
  range: (a: string, b: string) => `${a}–${b}`,
  lowest: '最低',
  highest: '最高',
};
const fmt = (v: number) => `${v}处`;

test('linearScale maps min → low colour and max → high colour, with a text legend', () => {
  const s = linearScale([30, 61, 88], [parseColor('#dbe9f8')!, parseColor('#0d4a9e')!]);
  assert.equal(s.color(30), '#dbe9f8');
  assert.equal(s.color(88), '#0d4a9e');
  const mid = parseColor(s.color(59))!;
  assert.ok(mid[2] < 248 && mid[2] > 158, 'in between');
  assert.deepEqual(legendEntries(s, fmt, words), [
    { color: '#dbe9f8', text: '最低 30处' },
    { color: '#0d4a9e', text: '最高 88处' },
  ]);
  assert.equal(linearScale([5], [parseColor('#000')!, parseColor('#fff')!]).color(5), '#ffffff', 'one value takes the high end');
});

test('thresholdScale: k breaks → k + 1 classes, [from, to), legend as ranges', () => {
  const colors = ['#eeeeee', '#999999', '#333333'].map((c) => parseColor(c)!);
  const s = thresholdScale([40, 60], colors);
  assert.equal(s.color(10), '#eeeeee');
  assert.equal(s.color(40), '#999999', 'a break belongs to the class above');
  assert.equal(s.color(59.9), '#999999');
  assert.equal(s.color(60), '#333333');
  assert.equal(s.color(1e9), '#333333');
  assert.deepEqual(
    legendEntries(s, fmt, words, String).map((e) => e.text),
    ['低于40处', '40–60处', '60处及以上'],
  );
  // Two colours, three breaks: four classes sampled along the ramp.
  const s2 = thresholdScale([1, 2, 3], [parseColor('#000000')!, parseColor('#ffffff')!]);
  assert.equal(s2.kind, 'threshold');
  if (s2.kind === 'threshold')
    assert.deepEqual(
      s2.classes.map((c) => c.color),
      ['#000000', '#555555', '#aaaaaa', '#ffffff'],
    );
});
