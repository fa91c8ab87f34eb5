import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LatestLoad } from '../src/core/latest-load.js';

const tick = () => new Promise<void>((r) => queueMicrotask(r));

test('a new load aborts the previous one, which is no longer current', () => {
  const latest = new LatestLoad();
  const a = latest.start();
  assert.equal(latest.running, true);
  const b = latest.start();
  assert.equal(a.signal.aborted, true);
  assert.equal(a.current(), false);
  assert.equal(b.current(), true);
  latest.finish();
  assert.equal(latest.running, false);
  // A finished load stays current (its result lands) and is not aborted.
  assert.equal(b.current(), true);
  assert.equal(b.signal.aborted, false);
});

test('cancel aborts the load in flight and keeps it from landing', () => {
  const latest = new LatestLoad();
  const a = latest.start();
  latest.cancel();
  assert.equal(a.signal.aborted, true);
  assert.equal(a.current(), false);
  assert.equal(latest.running, false);
});

test('a removal aborts an unfinished load; a DOM move (back within the microtask) does not', async () => {
  const host = { isConnected: false } as unknown as Element;
  const latest = new LatestLoad();
  const moved = latest.start();
  latest.cancelIfRemoved(host);
  (host as { isConnected: boolean }).isConnected = true;
  await tick();
  assert.equal(moved.signal.aborted, false);
  assert.equal(moved.current(), true);

  (host as { isConnected: boolean }).isConnected = false;
  latest.cancelIfRemoved(host);
  await tick();
  assert.equal(moved.signal.aborted, true);
  assert.equal(moved.current(), false);
});

test('a removal after the load finished aborts nothing', async () => {
  const host = { isConnected: false } as unknown as Element;
  const latest = new LatestLoad();
  const done = latest.start();
  latest.finish();
  latest.cancelIfRemoved(host);
  await tick();
  assert.equal(done.signal.aborted, false);
  assert.equal(done.current(), true);
});
