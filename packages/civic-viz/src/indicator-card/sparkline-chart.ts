import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { CivicElement } from '../core/base-element.js';
import { ChartController } from '../charts/chart-controller.js';
import type { TrendData } from '../charts/trend/model.js';
import { loadTrendRegistry } from '../charts/trend/registry.js';
import { trendTextStrings } from '../charts/trend/strings.js';
import { trendSummary } from '../charts/trend/summary.js';
import { canvasText } from '../core/canvas-text.js';
import { parseList, parseStructured } from '../core/json.js';
import { isMissing } from '../core/number.js';
import { CivicError, toNumber } from '../core/parse.js';
import { readPalette } from '../charts/palette.js';
import type { Palette } from '../core/tokens.js';
import type { SparklineHost, SparklineImpl, SparklineOptions } from './sparkline.js';

/** Parses data-sparkline (+ labels): null when absent or empty; throws CivicError. */
export function parseSparkline(values: unknown, labels: unknown): TrendData | null {
  const raw = typeof values === 'string' && values.trim().startsWith('[') ? parseStructured(values, 'data-sparkline') : values;
  if (raw != null && typeof raw !== 'string' && !Array.isArray(raw))
    throw new CivicError('invalid-json', 'expected a JSON array of numbers', 'data-sparkline');
  const items: unknown[] = Array.isArray(raw) ? raw : parseList(raw, 'data-sparkline');
  const nums = items.map((x, i) => (isMissing(x) ? null : toNumber(x, 'data-sparkline', `item ${i + 1}`)));
  if (!nums.length) return null;
  const given = labels != null && labels !== '' ? parseList(labels, 'data-sparkline-labels') : null;
  if (given && given.length !== nums.length) {
    throw new CivicError('length-mismatch', `${nums.length} values but ${given.length} labels in data-sparkline-labels`, 'data-sparkline');
  }
  return { labels: given ?? nums.map((_, i) => String(i + 1)), series: [{ name: '', values: nums }] };
}

/** The sparkline's ECharts option: a bare line with a faint area and a dot on the last value. Pure. */
export function sparklineOption(data: TrendData, palette: Palette, care: boolean, animate: boolean): object {
  const values = data.series[0].values;
  const last = values.length - 1;
  return {
    animation: animate,
    grid: { left: 4, right: 6, top: 6, bottom: 6 },
    xAxis: { type: 'category', show: false, boundaryGap: false, data: data.labels.map(canvasText) },
    yAxis: { type: 'value', show: false, scale: true },
    series: [
      {
        type: 'line',
        silent: true,
        showSymbol: true,
        symbol: 'none',
        connectNulls: false,
        data: values.map((v, i) => (i === last && v != null ? { value: v, symbol: 'circle', symbolSize: care ? 9 : 6 } : (v ?? '-'))),
        lineStyle: { color: palette.accent, width: care ? 3 : 2 },
        itemStyle: { color: palette.accent },
        areaStyle: { color: palette.accent, opacity: 0.12 },
      },
    ],
  };
}

/**
 * The sparkline itself, loaded by `Sparkline` (sparkline.ts) only for a card with
 * `data-sparkline`: parses the numbers, creates the ECharts lifecycle once there are some, draws
 * a small line from the trend family's registry and renders a text summary for screen readers.
 */
export class SparklineController implements ReactiveController, SparklineImpl {
  private data: TrendData | null = null;
  private chart?: ChartController;
  private reported?: string;
  private done = false;
  private parsed = false;

  constructor(
    private readonly host: SparklineHost & CivicElement,
    private readonly opts: SparklineOptions,
  ) {
    host.addController(this);
  }

  /** @internal The ECharts lifecycle, once there is a sparkline (tests). */
  get controller(): ChartController | undefined {
    return this.chart;
  }

  /** True unless a sparkline is waiting to be drawn (or its numbers to be read, right after loading). */
  get settled(): boolean {
    return this.parsed && (!this.data || this.done);
  }

  hostUpdate(): void {
    this.parsed = true;
    try {
      this.data = parseSparkline(this.host.sparkline, this.host.sparklineLabels);
      this.reported = undefined;
    } catch (e) {
      this.data = null;
      const err = e as CivicError;
      const key = `${err.code}|${err.message}`;
      // Reported once per distinct problem, not on every update of the card.
      if (key !== this.reported && err instanceof CivicError) this.opts.report(err);
      this.reported = key;
    }
    // Sparkline removed: its box leaves the DOM, so its chart goes too.
    if (!this.data && this.chart?.chart) this.chart.dispose();
    if (this.data && !this.chart) {
      this.chart = new ChartController(this.host, {
        load: loadTrendRegistry,
        container: () => this.host.renderRoot.querySelector<HTMLElement>('.spark-canvas'),
        build: () => {
          const frame = this.host.renderRoot.querySelector<HTMLElement>('.frame');
          if (!this.data || !frame || !this.host.renderRoot.querySelector('.spark-canvas')) return null;
          return { option: sparklineOption(this.data, readPalette(frame), this.opts.care(), this.opts.animate()) };
        },
        onDrawn: () => {
          if (this.done) return;
          this.done = true;
          this.opts.drawn();
        },
      });
    }
  }

  hostUpdated(): void {
    if (this.data) this.chart?.update();
  }

  /** The sparkline's box and its summary, or nothing. */
  render(): TemplateResult | typeof nothing {
    if (!this.data) return nothing;
    const t = trendTextStrings[this.opts.locale()];
    return html`<div class="sparkline" part="sparkline">
      <div class="spark-canvas" aria-hidden="true"></div>
      <span class="sr-only">${trendSummary(this.data, t.chartTypes.sparkline, t, this.opts.format)}</span>
    </div>`;
  }
}
