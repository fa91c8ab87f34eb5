/**
 * Printing with live charts. A lazy chart that never came near the viewport has not started,
 * and a canvas drawn for a wide screen is cut at the paper's edge. Chromium lays out the
 * printed page right after the `beforeprint` handlers and the microtasks they queue, so all
 * print work is synchronous or microtask-bound:
 *
 * - once the page is idle, each chart family's ECharts registry is imported (only imported: no
 *   chart starts), so a print can draw without waiting for the network;
 * - on `beforeprint`, every chart starts (lazy or not) and draws without animation at no more
 *   than the A4 portrait text width; the print CSS of the chart styles scales each canvas to
 *   its box, so nothing is clipped whatever the printed layout;
 * - on `afterprint`, charts resize back to their boxes.
 */

/** What a chart controller offers the print module. */
export interface Printable {
  /** Imports the chart family's registry without starting the chart. */
  preload(): void;
  /** Starts (if needed) and draws now, synchronously or in microtasks, at most `maxWidth` px wide. */
  print(maxWidth: number): void;
  /** Back to the screen size after printing. */
  unprint(): void;
}

/** A4 portrait (210 mm) minus Chromium's default 10 mm margins, in CSS px (96 per inch). */
export const PAPER_WIDTH = Math.floor(((210 - 2 * 10) / 25.4) * 96);

const live = new Set<Printable>();
let printing = false;
let listening = false;
let preloadQueued = false;

/** True between `beforeprint` and `afterprint`. */
export const isPrinting = (): boolean => printing;

function idle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 5000 });
  else setTimeout(fn, 1000);
}

/** Registers a chart for printing; returns the function that unregisters it. */
export function printable(p: Printable): () => void {
  live.add(p);
  if (!listening && typeof addEventListener === 'function') {
    listening = true;
    addEventListener('beforeprint', () => {
      printing = true;
      live.forEach((c) => c.print(PAPER_WIDTH));
    });
    addEventListener('afterprint', () => {
      printing = false;
      live.forEach((c) => c.unprint());
    });
  }
  if (!preloadQueued) {
    preloadQueued = true;
    // After the first screen has settled: the registries, not the charts.
    const start = () =>
      idle(() => {
        preloadQueued = false;
        live.forEach((c) => c.preload());
      });
    if (typeof document !== 'undefined' && document.readyState !== 'complete') addEventListener('load', start, { once: true });
    else start();
  }
  return () => live.delete(p);
}

/** The option with every animation off: a print is a snapshot, a bar mid-animation prints short. */
export function stillOption(option: object): object {
  const o = option as { series?: unknown };
  const series = Array.isArray(o.series) ? o.series.map((s) => ({ ...(s as object), animation: false })) : o.series;
  return { ...option, animation: false, ...(series ? { series } : {}) };
}
