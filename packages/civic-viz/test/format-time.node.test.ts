import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTime } from '../src/core/format-time.js';

test('a failed refresh names the time of the data shown: the clock today, with the date on another day', () => {
  const now = new Date(2026, 11, 1, 15, 0).getTime();
  const today = new Date(2026, 11, 1, 10, 30).getTime();
  const yesterday = new Date(2026, 10, 30, 9, 5).getTime();
  assert.equal(formatTime(today, 'zh-Hans', now), '10:30');
  assert.equal(formatTime(today, 'en', now), '10:30');
  assert.match(formatTime(yesterday, 'zh-Hans', now), /11月30日.*09:05/);
  assert.match(formatTime(yesterday, 'en', now), /Nov 30.*09:05/);
});
