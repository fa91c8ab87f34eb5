/**
 * The one-load-at-a-time rule of the element loaders (`data-src`, map boundaries): a new load
 * aborts the one before it, a load that was superseded or cancelled never lands, and removing
 * the element from the page aborts an unfinished load — only when the element is still gone
 * after a microtask, because a DOM move (disconnect + reconnect) is not a removal.
 */
export class LatestLoad {
  private abort?: AbortController;
  private generation = 0;

  /** Whether a load is in flight. */
  get running(): boolean {
    return !!this.abort;
  }

  /** Starts a load, aborting the previous one: its signal, and whether it is still the latest. */
  start(): { signal: AbortSignal; current: () => boolean } {
    const gen = ++this.generation;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    return { signal: abort.signal, current: () => gen === this.generation };
  }

  /** The latest load has finished (it no longer needs aborting). */
  finish(): void {
    this.abort = undefined;
  }

  /** Aborts the load in flight; it will not land. */
  cancel(): void {
    this.generation++;
    this.abort?.abort();
    this.abort = undefined;
  }

  /** Cancels the load in flight if `host` is still out of the document after a microtask. */
  cancelIfRemoved(host: Element): void {
    queueMicrotask(() => {
      if (!host.isConnected && this.abort) this.cancel();
    });
  }
}
