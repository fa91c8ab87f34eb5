import { readFile } from 'node:fs/promises';

/**
 * Test-only HTTP fixtures for `data-src`: `/__fixture?status=500&type=text/csv&delay=300&body=…`
 * answers with that status, content type and body after that delay; `&count=key` counts hits
 * per key, readable at `/__fixture/count?key=key` (to prove a DOM move does not re-fetch).
 * `&file=name` answers with the bytes of packages/civic-viz/test/fixtures/encodings/name, and
 * `type` is then sent exactly as given (no charset added): the encoding tests need raw bytes.
 */
const counts = new Map();

export function fixtureMiddleware() {
  return async (ctx, next) => {
    if (ctx.path === '/__fixture/count') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: counts.get(ctx.query.key) ?? 0 });
      return;
    }
    if (ctx.path !== '/__fixture') return next();
    const q = ctx.query;
    if (q.count) counts.set(q.count, (counts.get(q.count) ?? 0) + 1);
    const delay = Math.min(Number(q.delay) || 0, 30000);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    ctx.status = Number(q.status) || 200;
    ctx.set('Cache-Control', 'no-store');
    if (q.type !== undefined) ctx.set('Content-Type', String(q.type));
    if (q.file !== undefined) {
      if (!/^[a-z0-9][a-z0-9.-]*$/i.test(String(q.file))) return void (ctx.status = 400);
      ctx.body = await readFile(new URL(`../packages/civic-viz/test/fixtures/encodings/${q.file}`, import.meta.url));
      ctx.set('Content-Type', String(q.type ?? ''));
      if (!q.type) ctx.remove('Content-Type');
      return;
    }
    ctx.body = q.body ?? '';
    if (q.type !== undefined) ctx.type = String(q.type) || 'application/octet-stream';
  };
}
