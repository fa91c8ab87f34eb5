import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stepPoint } from '../src/trend-chart/navigation.js';
import { firstRegion, stepRegion } from '../src/district-map/navigation.js';
import { isRecord } from '../src/core/parse.js';
import { isMissing } from '../src/core/number.js';

const GRID = { categories: 4, series: 2, horizontal: false };

test('trend chart: arrows walk categories and series without wrapping; Home/End jump', () => {
  assert.deepEqual(stepPoint(GRID, { s: 0, i: 1 }, true, 'ArrowRight'), { s: 0, i: 2 });
  assert.deepEqual(stepPoint(GRID, { s: 0, i: 3 }, true, 'ArrowRight'), { s: 0, i: 3 });
  assert.deepEqual(stepPoint(GRID, { s: 0, i: 0 }, true, 'ArrowLeft'), { s: 0, i: 0 });
  assert.deepEqual(stepPoint(GRID, { s: 0, i: 2 }, true, 'ArrowDown'), { s: 1, i: 2 });
  assert.deepEqual(stepPoint(GRID, { s: 1, i: 2 }, true, 'ArrowDown'), { s: 1, i: 2 });
  assert.deepEqual(stepPoint(GRID, { s: 1, i: 2 }, true, 'Home'), { s: 1, i: 0 });
  assert.deepEqual(stepPoint(GRID, { s: 1, i: 0 }, true, 'End'), { s: 1, i: 3 });
  assert.equal(stepPoint(GRID, null, true, 'a'), undefined);
});

test('trend chart: the first arrow after a pointer focus shows the current point without moving', () => {
  assert.deepEqual(stepPoint(GRID, { s: 0, i: 2 }, false, 'ArrowRight'), { s: 0, i: 2 });
  assert.deepEqual(stepPoint(GRID, null, false, 'ArrowDown'), { s: 0, i: 0 });
});

test('trend chart: a horizontal chart of one series walks its categories with ↑/↓', () => {
  const grid = { categories: 3, series: 1, horizontal: true };
  assert.deepEqual(stepPoint(grid, { s: 0, i: 0 }, true, 'ArrowDown'), { s: 0, i: 1 });
  assert.deepEqual(stepPoint(grid, { s: 0, i: 1 }, true, 'ArrowUp'), { s: 0, i: 0 });
});

// West → east: A (lng 1), B (2), C (3); north → south: C (lat 9), A (5), B (1).
const REGIONS = [
  { name: 'B', center: [2, 1] as [number, number] },
  { name: 'A', center: [1, 5] as [number, number] },
  { name: 'C', center: [3, 9] as [number, number] },
];

test('map: ←/→ west → east, ↑/↓ north → south, Home/End the ends, no wrapping', () => {
  assert.equal(stepRegion(REGIONS, 'A', 'ArrowRight'), 'B');
  assert.equal(stepRegion(REGIONS, 'C', 'ArrowRight'), 'C');
  assert.equal(stepRegion(REGIONS, 'B', 'ArrowLeft'), 'A');
  assert.equal(stepRegion(REGIONS, 'C', 'ArrowDown'), 'A');
  assert.equal(stepRegion(REGIONS, 'A', 'ArrowUp'), 'C');
  assert.equal(stepRegion(REGIONS, 'B', 'Home'), 'A');
  assert.equal(stepRegion(REGIONS, 'A', 'End'), 'C');
  assert.equal(stepRegion(REGIONS, 'A', 'x'), undefined);
});

test('map: from no region an arrow starts at that end; the keyboard starts on the selection, else the west', () => {
  assert.equal(stepRegion(REGIONS, null, 'ArrowRight'), 'A');
  assert.equal(stepRegion(REGIONS, null, 'ArrowLeft'), 'C');
  assert.equal(stepRegion([], null, 'Home'), null);
  assert.equal(firstRegion(REGIONS, ''), 'A');
  assert.equal(firstRegion(REGIONS, 'C'), 'C');
  assert.equal(firstRegion([], ''), null);
});

test('one rule for a missing value and for a record', () => {
  for (const v of [undefined, null, '', ' ', '-', '–', '—', '－', ' — ']) assert.equal(isMissing(v), true, JSON.stringify(v));
  for (const v of [0, '0', 'x', '---', [], {}]) assert.equal(isMissing(v), false, JSON.stringify(v));
  assert.equal(isRecord({}), true);
  for (const v of [null, [], 'a', 1]) assert.equal(isRecord(v), false, JSON.stringify(v));
});
