import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchPayload, loading } from './fetch.js';
import { formatTime } from './format-time.js';
import { LatestLoad } from './latest-load.js';
import type { Locale } from './strings.js';
import { CivicError, type Payload } from './parse.js';

// Re-exported: tests and embedders shorten the timeouts here.
export { loading };
// Field mapping arrives with the loader, so a page of inline-data widgets never downloads it.
export { applyFields } from './fields.js';
export type { Payload };

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  refresh?: number;
  charset?: string;
}

/**
 * Loads `data-src` (JSON or CSV) with a timeout, aborts on disconnect and re-fetches every
 * `data-refresh` seconds keeping the last good data. The base element imports this module with
 * the first `data-src`, so a page of inline-data widgets never downloads it. A DOM move (disconnect + reconnect of the same src) neither aborts a finished load nor re-fetches.
 */
export class DataController implements ReactiveController {
  /** Last good payload from `data-src`. */
  payload?: Payload;
  /** When the last good payload arrived (ms since the epoch). */
  loadedAt?: number;
  /** A refresh failed: `payload` is the last good data, from `loadedAt`. Cleared by a good load. */
  stale = false;
  /** Error of the last load, cleared by a good one. */
  error?: CivicError;
  pending = false;
  private loadedSrc?: string;
  private readonly latest = new LatestLoad();
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: DataHost,
    private readonly onError: (e: CivicError, hasData: boolean) => void,
    /** Throws when the element cannot use a payload (bad values in well-formed data). */
    private readonly check?: (payload: Payload) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A load still in flight survived a DOM move: let it finish. One aborted by a removal
    // restarts; a finished one only resumes its refresh cycle.
    if (!this.host.src || this.latest.running) return;
    if (this.pending) void this.load(this.host.src.trim());
    else this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.latest.cancelIfRemoved(this.host);
  }

  /** When the last good payload arrived, as a clock time ('' before the first): "showing the data from 10:30". */
  loadedAtText(locale: Locale): string {
    return this.loadedAt ? formatTime(this.loadedAt, locale) : '';
  }

  /** Called by the host when `src` or `refresh` may have changed. */
  sync(force = false): void {
    const src = this.host.src?.trim();
    if (!src) {
      this.loadedSrc = undefined;
      this.payload = this.error = undefined;
      this.pending = this.stale = false;
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
    const { signal, current } = this.latest.start();
    if (src !== this.loadedSrc) {
      this.payload = undefined;
      this.stale = false;
    }
    this.loadedSrc = src;
    this.pending = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const payload = await fetchPayload(src, signal, this.host.charset);
      if (!current()) return;
      // A refresh whose data is well formed but unusable ("value": "abc") is a failed refresh
      // too: the last good data stays, the problem is reported.
      if (this.payload && this.check) {
        try {
          this.check(payload);
        } catch (e) {
          this.stale = true;
          this.onError(e instanceof CivicError ? e : new CivicError('invalid-json', String(e), 'data-src'), true);
          return;
        }
      }
      this.payload = payload;
      this.loadedAt = Date.now();
      this.stale = false;
    } catch (e) {
      if (!current()) return;
      this.error = e instanceof CivicError ? e : new CivicError('fetch-failed', String(e), 'data-src');
      this.stale = !!this.payload;
      this.onError(this.error, !!this.payload);
    } finally {
      if (current()) {
        this.pending = false;
        this.latest.finish();
        this.schedule();
        this.host.requestUpdate();
      }
    }
  }
}
