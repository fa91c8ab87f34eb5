/**
 * A plain static file server (no bundler, no transforms) for end-to-end tests, the benchmark and
 * the CDN checks: what a portal's static host does. Optionally sends the strict CSP header
 * the elements are documented to run under (docs/embedding.html#csp).
 * Listens on 127.0.0.1 only.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.geojson': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` (mounts maps URL prefixes to other folders). Returns {url, close, requests}.
 * `requests` counts hits per path, so tests can prove something was (not) fetched.
 * `host: true` answers the way a production host does (gzip for text, revalidated caching
 * instead of no-store), for measurements such as Lighthouse that score transfer and caching.
 */
export async function serve(root, { csp = false, mounts = {}, port = 0, host = false } = {}) {
  const requests = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.set(path, (requests.get(path) ?? 0) + 1);
    let base = resolve(root);
    let rel = path;
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (path.startsWith(prefix)) {
        base = resolve(dir);
        rel = path.slice(prefix.length - 1);
        break;
      }
    }
    let file = normalize(join(base, rel));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'Content-Type': type, 'Cache-Control': host ? 'no-cache' : 'no-store' };
      if (csp) headers['Content-Security-Policy'] = CSP;
      if (host && /^(text\/|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  const { port: actual } = server.address();
  return { url: `http://127.0.0.1:${actual}`, requests, close: () => new Promise((r) => server.close(r)) };
}
