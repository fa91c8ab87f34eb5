import { parseCsv } from './csv.js';
import { CivicError, safeUrl, type Payload } from './parse.js';
import { parseJson } from './json.js';
import { decodeText } from './decode.js';

export { decodeText };

/** Tunables, exported so tests and embedders can shorten them. */
export const loading = { timeout: 15000, minRefresh: 10 };

/** A fetched response body, decoded (see `decodeText`), with its content type (lower case) and the URL used. */
export interface FetchedText {
  text: string;
  type: string;
  url: string;
}

/**
 * Fetches text with the shared timeout (`loading.timeout`); only http(s)/relative URLs. Errors
 * (`invalid-url`, `fetch-failed`, `fetch-timeout`) name `attribute`. Used for `data-src` and
 * for other URLs an element loads (the district map's `data-geo-src`).
 */
export async function fetchText(src: string, signal: AbortSignal, attribute = 'data-src', charset?: string): Promise<FetchedText> {
  const url = safeUrl(src);
  if (!url) throw new CivicError('invalid-url', `only http(s) and relative URLs are allowed: ${src.slice(0, 60)}`, attribute);
  let timedOut = false;
  const timeout = new AbortController();
  const t = setTimeout(() => ((timedOut = true), timeout.abort()), loading.timeout);
  const onAbort = () => timeout.abort();
  signal.addEventListener('abort', onAbort);
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: timeout.signal, credentials: 'same-origin' });
    } catch (e) {
      throw new CivicError(
        timedOut ? 'fetch-timeout' : 'fetch-failed',
        timedOut ? `no response within ${loading.timeout} ms` : `network error (${(e as Error).message})`,
        attribute,
      );
    }
    if (!res.ok) throw new CivicError('fetch-failed', `HTTP ${res.status} for ${url}`, attribute);
    let bytes: ArrayBuffer;
    try {
      bytes = await res.arrayBuffer();
    } catch {
      throw new CivicError(timedOut ? 'fetch-timeout' : 'fetch-failed', 'the response body could not be read', attribute);
    }
    const type = (res.headers.get('content-type') ?? '').toLowerCase();
    return { text: decodeText(new Uint8Array(bytes), type, charset, attribute), type, url };
  } finally {
    clearTimeout(t);
    signal.removeEventListener('abort', onAbort);
  }
}

/** Fetches and parses JSON or CSV, by content type, else by extension; `charset` is `data-charset`. */
export async function fetchPayload(src: string, signal: AbortSignal, charset?: string): Promise<Payload> {
  const { text, type, url } = await fetchText(src, signal, 'data-src', charset);
  const path = url.split(/[?#]/)[0].toLowerCase();
  if (type.includes('json') || (!type.includes('csv') && path.endsWith('.json'))) {
    return { kind: 'json', value: parseJson(text, 'data-src'), from: 'data-src' };
  }
  if (type.includes('csv') || path.endsWith('.csv') || path.endsWith('.tsv')) {
    return { kind: 'table', table: parseCsv(text, 'data-src'), from: 'data-src' };
  }
  throw new CivicError('unsupported-format', `expected JSON or CSV, got ${type || 'an unknown type'}`, 'data-src');
}
