import { css, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { CivicElement } from '../core/base-element.js';
import type { ChartController, ChartHost } from '../charts/chart-controller.js';
import type { CivicError } from '../core/parse.js';
import type { Locale } from '../core/strings.js';

/** What the card hands the sparkline: its attributes. */
export interface SparklineHost extends ChartHost {
  sparkline: unknown;
  sparklineLabels: unknown;
}

/** How the sparkline formats, speaks and reports, from the card. */
export interface SparklineOptions {
  /** The card's number format (its unit included). */
  format: (v: number) => string;
  /** The card's resolved locale (the sparkline brings its own words). */
  locale: () => Locale;
  care: () => boolean;
  animate: () => boolean;
  /** A bad data-sparkline is reported without failing the card (the figure still shows). */
  report: (e: CivicError) => void;
  /** Called once the line is drawn (the card's civic-ready waits for it). */
  drawn: () => void;
}

/** The sparkline's code, once loaded (sparkline-chart.ts). */
export interface SparklineImpl {
  /** The ECharts lifecycle, once there are numbers. */
  readonly controller: ChartController | undefined;
  /** True unless a sparkline is waiting to be drawn. */
  readonly settled: boolean;
  render(): TemplateResult | typeof nothing;
}

/** Styles the card adds for its sparkline. */
export const sparklineStyles = css`
  .sparkline { position: relative; }
  .spark-canvas { inline-size: 100%; block-size: var(--civic-sparkline-height, 40px); }
  .care .spark-canvas { block-size: var(--civic-sparkline-height, 56px); }
`;

const given = (v: unknown) => v != null && v !== '' && !(Array.isArray(v) && !v.length);

/**
 * `data-sparkline` on the indicator card. This part is all a card carries: the sparkline's
 * code (parsing, summary, chart lifecycle: sparkline-chart.ts) is imported the first time the
 * card has a `data-sparkline`, and ECharts after it — a card without one loads neither.
 */
export class Sparkline implements ReactiveController {
  private impl?: SparklineImpl;
  private loading = false;
  private failed = false;

  constructor(
    private readonly host: SparklineHost & CivicElement,
    private readonly opts: SparklineOptions,
  ) {
    host.addController(this);
  }

  /** @internal The ECharts lifecycle, once there is a sparkline (tests). */
  get controller(): ChartController | undefined {
    return this.impl?.controller;
  }

  /** True unless a sparkline is waiting to be loaded or drawn. */
  get settled(): boolean {
    if (this.impl) return this.impl.settled;
    return this.failed || !given(this.host.sparkline);
  }

  hostUpdate(): void {
    if (this.impl || this.loading || this.failed || !given(this.host.sparkline)) return;
    this.loading = true;
    import('./sparkline-chart.js').then(
      (m) => {
        this.impl = new m.SparklineController(this.host, this.opts);
        this.host.requestUpdate();
      },
      (e: unknown) => {
        // Offline or blocked: the card is complete without its sparkline.
        this.failed = true;
        console.warn(`[civic-viz] <${this.host.localName}> data-sparkline: could not load the sparkline (${(e as Error)?.message ?? e})`);
        this.host.requestUpdate();
      },
    );
  }

  /** The sparkline's box and its summary, or nothing (also while its code loads). */
  render(): TemplateResult | typeof nothing {
    return this.impl?.render() ?? nothing;
  }
}
