import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CivicError, parseCsv, parseJson, readTable, safeUrl, type TextTable } from './parse.js';

/** External data, before an element normalizes it: parsed JSON or a text table (CSV or `<table>`). */
export type Payload =
  | { kind: 'json'; value: unknown; from: 'data-src' | 'child-json' }
  | { kind: 'table'; table: TextTable; from: 'data-src' | 'child-table' };

/** Tunables, exported so tests and embedders can shorten them. */
export const loading = { timeout: 15000, minRefresh: 10 };

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  refresh?: number;
}

/**
 * Loads `data-src` (JSON or CSV) with a timeout, aborts on disconnect, re-fetches every
 * `data-refresh` seconds keeping the last good data, and reads child JSON/table fallbacks.
 * A DOM move (disconnect + reconnect of the same src) neither aborts a finished load nor re-fetches.
 */
export class DataController implements ReactiveController {
  /** Last good payload from `data-src`. */
  payload?: Payload;
  /** Error of the last load, cleared by a good one. */
  error?: CivicError;
  pending = false;
  private loadedSrc?: string;
  private abort?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  private generation = 0;

  constructor(
    private readonly host: DataHost,
    private readonly onError: (e: CivicError, hasData: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A load still in flight survived a DOM move: let it finish. One aborted by a removal
    // restarts; a finished one only resumes its refresh cycle.
    if (!this.host.src || this.abort) return;
    if (this.pending) void this.load(this.host.src.trim());
    else this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    // Abort only if still gone after a microtask: a DOM move is not a removal.
    queueMicrotask(() => {
      if (!this.host.isConnected && this.abort) {
        this.abort.abort();
        this.abort = undefined;
        this.generation++;
      }
    });
  }

  /** Called by the host when `src` or `refresh` may have changed. */
  sync(force = false): void {
    const src = this.host.src?.trim();
    if (!src) {
      this.loadedSrc = undefined;
      this.payload = this.error = undefined;
      this.pending = false;
      return;
    }
    if (force || src !== this.loadedSrc) void this.load(src);
    else this.schedule();
  }

  /** Loads again now (the retry button). */
  retry(): void {
    if (this.host.src) void this.load(this.host.src.trim());
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const every = Number(this.host.refresh);
    if (!this.host.isConnected || !(every > 0)) return;
    this.timer = setTimeout(() => this.host.src && this.load(this.host.src.trim()), Math.max(loading.minRefresh, every) * 1000);
  }

  private async load(src: string): Promise<void> {
    const gen = ++this.generation;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    if (src !== this.loadedSrc) this.payload = undefined;
    this.loadedSrc = src;
    this.pending = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const payload = await fetchPayload(src, abort.signal);
      if (gen !== this.generation) return;
      this.payload = payload;
    } catch (e) {
      if (gen !== this.generation) return;
      this.error = e instanceof CivicError ? e : new CivicError('fetch-failed', String(e), 'data-src');
      this.onError(this.error, !!this.payload);
    } finally {
      if (gen === this.generation) {
        this.pending = false;
        this.abort = undefined;
        this.schedule();
        this.host.requestUpdate();
      }
    }
  }
}

/** A fetched response body with its content type (lower case) and the URL used. */
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
export async function fetchText(src: string, signal: AbortSignal, attribute = 'data-src'): Promise<FetchedText> {
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
      throw new CivicError(timedOut ? 'fetch-timeout' : 'fetch-failed', timedOut ? `no response within ${loading.timeout} ms` : `network error (${(e as Error).message})`, attribute);
    }
    if (!res.ok) throw new CivicError('fetch-failed', `HTTP ${res.status} for ${url}`, attribute);
    let text: string;
    try {
      text = await res.text();
    } catch {
      throw new CivicError(timedOut ? 'fetch-timeout' : 'fetch-failed', 'the response body could not be read', attribute);
    }
    return { text, type: (res.headers.get('content-type') ?? '').toLowerCase(), url };
  } finally {
    clearTimeout(t);
    signal.removeEventListener('abort', onAbort);
  }
}

/** Fetches and parses JSON or CSV, by content type, else by extension. */
export async function fetchPayload(src: string, signal: AbortSignal): Promise<Payload> {
  const { text, type, url } = await fetchText(src, signal, 'data-src');
  const path = url.split(/[?#]/)[0].toLowerCase();
  if (type.includes('json') || (!type.includes('csv') && path.endsWith('.json'))) {
    return { kind: 'json', value: parseJson(text, 'data-src'), from: 'data-src' };
  }
  if (type.includes('csv') || path.endsWith('.csv') || path.endsWith('.tsv')) {
    return { kind: 'table', table: parseCsv(text, 'data-src'), from: 'data-src' };
  }
  throw new CivicError('unsupported-format', `expected JSON or CSV, got ${type || 'an unknown type'}`, 'data-src');
}

/** Reads a child `<script type="application/json">` or, failing that, a child `<table>`. */
export function readChildren(host: Element): Payload | undefined {
  for (const child of Array.from(host.children)) {
    if (child instanceof HTMLScriptElement && /json/i.test(child.type)) {
      return { kind: 'json', value: parseJson(child.textContent ?? '', 'script[type="application/json"]'), from: 'child-json' };
    }
  }
  const table = Array.from(host.children).find((c): c is HTMLTableElement => c instanceof HTMLTableElement);
  return table ? { kind: 'table', table: readTable(table), from: 'child-table' } : undefined;
}
