import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { booleanAttribute } from '../core/base-element.js';
import { CivicChartElement } from '../charts/chart-element.js';
import type { ChartInstance } from '../charts/chart-controller.js';
import { unitSuffix } from '../charts/chart-strings.js';
import { fromInline, fromPayload, hasInline, type TrendData, type TrendSeries } from '../charts/trend/model.js';
import { loadTrendRegistry } from '../charts/trend/registry.js';
import { csvRows, pointText, tableRows, trendSummary } from '../charts/trend/summary.js';
import type { CivicPointSelectDetail } from '../core/events.js';
import { optionalNumber, type NumberInput, type Payload } from '../core/parse.js';
import { renderLegend } from './legend.js';
import { stepPoint, type Point } from './navigation.js';
import { buildTrendOption, type TrendType } from './options.js';
import { trendChartStrings, type TrendChartStrings } from './strings.js';
import { trendChartStyles } from './trend-chart.styles.js';

export type { TrendData, TrendSeries } from '../charts/trend/model.js';
export type { TrendType } from './options.js';

/** The bits of ECharts' model used to find where a point was drawn (bars side by side, stacks). */
interface LayoutChart {
  getModel?: () => { getSeriesByIndex(i: number): { getData(): { getItemLayout(i: number): unknown } } | undefined } | undefined;
}

/**
 * A line, area or bar chart of one or more series, drawn by ECharts (loaded lazily)
 * with everything it shows also available as text: a localized summary as the accessible
 * description, a data table with a CSV download, a text legend and a text tooltip.
 *
 * Data: `data-labels` + `data-values` (+ `data-series-name`) for one series; `data-series`
 * (`[{"name": …, "values": […]}]`) for several; or `data-src` / child JSON
 * (`{"labels": […], "series": […]}`) / child table / CSV (first column labels, one column per
 * series, header = names). Empty cells, `null` and `-` are gaps. `data-series` wins over
 * `data-values` when both are set.
 *
 * Keyboard: the chart is one tab stop. ←/→ (Home/End) move between categories, ↑/↓ between
 * series (in a horizontal chart of one series, ↑/↓ move between categories); the tooltip follows
 * focus and a polite live region reads the point; Enter or Space fires `civic-select`; Esc hides
 * the tooltip. A click fires the same event.
 *
 * @summary A line, area or bar chart with legend, tooltip, keyboard access and a data table.
 * @tag civic-trend-chart
 * @fires civic-select - The user picked a point (Enter, Space or a click); detail `{label, series, value, index}`. Cancelable: cancel a click's to keep the current point where it was.
 * @cssprop --civic-chart-height - Height of the chart (default 240px).
 * @cssprop --civic-care-chart-height - Height in care mode (default 1.25 × the chart height).
 * @cssprop --civic-series-1 - Colour of series 1 of a multi-series chart (…--civic-series-6 likewise); a single series uses --civic-accent.
 * @csspart chart - The focusable chart box (one tab stop).
 * @csspart tooltip - The tooltip (text only).
 * @csspart legend - The legend (two or more series): sample and name of each series.
 * @csspart table-toggle - The button showing or hiding the data table.
 * @csspart table - The data table.
 * @csspart download - The "下载 CSV" link.
 * @csspart retry - The retry button after a failed load.
 */
export class CivicTrendChart extends CivicChartElement<TrendData, Point> {
  protected static override textProperties = [...CivicChartElement.textProperties, 'seriesName'];
  protected static override fieldShape = 'series' as const;
  static override styles = [...CivicChartElement.styles, trendChartStyles];
  protected static override dataProperties: ReadonlySet<PropertyKey> = new Set(['labels', 'values', 'series']);
  static override properties: PropertyDeclarations = {
    type: { attribute: 'data-type' },
    horizontal: { attribute: 'data-horizontal', converter: booleanAttribute },
    stacked: { attribute: 'data-stacked', converter: booleanAttribute },
    smooth: { attribute: 'data-smooth', converter: booleanAttribute },
    labels: { attribute: 'data-labels' },
    values: { attribute: 'data-values' },
    seriesName: { attribute: 'data-series-name' },
    series: { attribute: 'data-series' },
    target: { attribute: 'data-target' },
    yMin: { attribute: 'data-y-min' },
    yMax: { attribute: 'data-y-max' },
  };

  /** Chart type: `line` (default), `area` or `bar`. */
  type: TrendType = 'line';
  /** Swap the axes: horizontal bars, categories top to bottom (rankings). */
  horizontal = false;
  /** Stack the series. */
  stacked = false;
  /** Smooth lines. */
  smooth = false;
  /** Category labels: comma list or JSON array; the property also takes an array. */
  labels: string | string[] = '';
  /** Values of a single series: comma list or JSON array; the property also takes an array. */
  values: string | (number | null)[] = '';
  /** Name of the single series of `data-values`. */
  seriesName = '';
  /** Several series: JSON `[{"name": …, "values": […]}]`; the property also takes the array. */
  series: string | TrendSeries[] = '';
  /** Target value, drawn as a labelled line. */
  target?: NumberInput;
  /** Lower end of the value axis. */
  yMin?: NumberInput;
  /** Upper end of the value axis. */
  yMax?: NumberInput;

  /** The ECharts lifecycle (exposed for tests: `chart`, `inits`). */
  protected readonly chart = this.chartController(loadTrendRegistry);

  /** The model with display names for unnamed series (what the text and the canvas show). */
  private view?: TrendData;
  private numbers: { target?: number; yMin?: number; yMax?: number } = {};

  protected override get t(): TrendChartStrings {
    return trendChartStrings[this.env.locale];
  }

  protected hasInlineData(): boolean {
    return hasInline(this);
  }

  protected override readOptions(): void {
    this.numbers = {
      target: optionalNumber(this.target, 'data-target'),
      yMin: optionalNumber(this.yMin, 'data-y-min'),
      yMax: optionalNumber(this.yMax, 'data-y-max'),
    };
  }

  protected buildModel(payload?: Payload): TrendData | null {
    return payload ? fromPayload(payload) : fromInline(this);
  }

  protected get hasView(): boolean {
    return !!this.view;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const m = this.status === 'ready' ? this.model : undefined;
    this.view = m && { ...m, series: m.series.map((s, i) => ({ ...s, name: this.seriesLabel(s.name, i, m.series.length) })) };
    const n = this.view?.labels.length ?? 0;
    const k = this.view?.series.length ?? 0;
    const fits = (p: Point | null) => (p && p.s < k && p.i < n ? p : null);
    this.focusPoint = fits(this.focusPoint);
    this.tip = fits(this.tip);
  }

  /** A series' display name: its own; a lone series the chart's label; else "数值 2". */
  private seriesLabel(name: string, i: number, count: number): string {
    if (name) return name;
    return count > 1 ? `${this.t.trend.value} ${i + 1}` : this.label || this.t.trend.value;
  }

  protected get typeName(): string {
    const t = this.t;
    return this.type === 'bar' && this.horizontal ? t.trend.barHorizontal : t.chartTypes[this.chartType];
  }

  private get chartType(): TrendType {
    return this.type === 'bar' || this.type === 'area' ? this.type : 'line';
  }

  private fmtValue = (v: number) => this.formatValue(v);

  // ---- rendering ------------------------------------------------------------------------

  protected override renderOverlay(): TemplateResult {
    return html`<div class="focus-marker" aria-hidden="true" ?hidden=${!(this.keyboard && this.hasFocus && this.focusPoint)}></div>`;
  }

  protected renderDetails(): TemplateResult {
    const view = this.view!;
    const t = this.t;
    const multi = view.series.length > 1;
    return html`${this.renderText(
      () => trendSummary(view, this.typeName, t, this.fmtValue, this.numbers.target),
      multi ? t.trend.instructions : t.trend.instructionsSingle,
    )}
      ${
        multi
          ? renderLegend(
              view.series.map((s) => s.name),
              this.chartType,
              t,
            )
          : nothing
      }
      ${this.renderTable(() => {
        const header = [view.labelName || t.trend.category, ...view.series.map((s) => s.name)];
        const unit = unitSuffix(this.unit, this.env.locale);
        return {
          caption: this.label || this.typeName,
          columns: header,
          rows: tableRows(view, this.fmtValue),
          // Raw numbers in the CSV (a spreadsheet wants 219000000, not "2.19亿"); the unit goes
          // into the value headers instead.
          csv: { header: [header[0], ...header.slice(1).map((h) => h + unit)], rows: csvRows(view) },
          filename: this.label || 'chart',
        };
      })}`;
  }

  protected buildOption(frame: HTMLElement): { option: object; key: unknown } | null {
    const view = this.view;
    if (!view) return null;
    const { palette, font } = this.frameStyle(frame);
    const option = buildTrendOption({
      data: view,
      type: this.chartType,
      horizontal: this.horizontal,
      stacked: this.stacked,
      smooth: this.smooth,
      ...this.numbers,
      palette,
      format: this.fmt(),
      // A hidden page shows nothing to animate (and runs no animation frames to finish one).
      animate: this.shouldAnimate && document.visibilityState !== 'hidden',
      care: this.env.care,
      font,
    });
    // Formatters are functions, invisible to JSON: the format options stand in for them.
    return { option, key: this.fmt() };
  }

  // ---- points, tooltip, focus marker -----------------------------------------------------

  /** Where point (s, i) was drawn, in px inside the chart box: the end of its bar or its symbol. */
  protected pixel(p: Point): [number, number] | null {
    const chart = this.chart.chart;
    const v = this.view?.series[p.s]?.values[p.i];
    if (!chart || chart.isDisposed() || v == null) return null;
    try {
      const layout = (chart as unknown as LayoutChart).getModel?.()?.getSeriesByIndex(p.s)?.getData().getItemLayout(p.i);
      if (Array.isArray(layout) && layout.every(Number.isFinite)) return [layout[0], layout[1]];
      const r = layout as { x: number; y: number; width: number; height: number } | undefined;
      if (r && [r.x, r.y, r.width, r.height].every(Number.isFinite)) {
        return this.horizontal ? [r.x + r.width, r.y + r.height / 2] : [r.x + r.width / 2, r.y + r.height];
      }
      const px = chart.convertToPixel({ seriesIndex: p.s }, this.horizontal ? [v, p.i] : [p.i, v]);
      if (Array.isArray(px) && px.every(Number.isFinite)) return [px[0], px[1]];
    } catch {
      // Not laid out yet.
    }
    return null;
  }

  /** The point nearest to a pointer position: a bar under it, else the nearest category, then value. */
  private nearest(x: number, y: number): Point | null {
    const view = this.view;
    const chart = this.chart.chart;
    if (!view || !chart || !chart.containPixel('grid', [x, y])) return null;
    let best: Point | null = null;
    let bestCat = Infinity;
    let bestVal = Infinity;
    view.series.forEach((s, si) =>
      s.values.forEach((v, i) => {
        const px = v == null ? null : this.pixel({ s: si, i });
        if (!px) return;
        const [cat, val] = this.horizontal ? [Math.abs(px[1] - y), Math.abs(px[0] - x)] : [Math.abs(px[0] - x), Math.abs(px[1] - y)];
        if (cat < bestCat - 0.5 || (Math.abs(cat - bestCat) <= 0.5 && val < bestVal)) [best, bestCat, bestVal] = [{ s: si, i }, cat, val];
      }),
    );
    return best;
  }

  protected pointText(p: Point): string {
    return this.view ? pointText(this.view, p.s, p.i, this.t, this.fmtValue) : '';
  }

  protected highlightOf(p: Point): object {
    return { seriesIndex: p.s, dataIndex: p.i };
  }

  // ---- interaction ----------------------------------------------------------------------

  protected attach(chart: ChartInstance): void {
    const zr = chart.getZr();
    zr.on('mousemove', (e) => {
      const p = this.nearest(e.offsetX, e.offsetY);
      if (p?.s === this.tip?.s && p?.i === this.tip?.i) return;
      this.tip = p ?? this.focusTip();
      this.syncHighlight();
    });
    zr.on('globalout', () => {
      this.tip = this.focusTip();
      this.syncHighlight();
    });
    zr.on('click', (e) => {
      const p = this.nearest(e.offsetX, e.offsetY);
      if (p) this.select(p);
    });
  }

  protected firstPoint(): Point {
    return { s: 0, i: 0 };
  }

  protected step(key: string): Point | undefined {
    const grid = { categories: this.view!.labels.length, series: this.view!.series.length, horizontal: this.horizontal };
    return stepPoint(grid, this.focusPoint, !!this.focusPoint && this.keyboard, key);
  }

  /** `{label, series, value, index}`; a gap cannot be selected. */
  protected selectDetail(p: Point): CivicPointSelectDetail | null {
    const view = this.view;
    const v = view?.series[p.s]?.values[p.i];
    return view && v != null ? { label: view.labels[p.i], series: view.series[p.s].name, value: v, index: p.i } : null;
  }

  /** A selected point becomes the current one (a cancelled click leaves it where it was). */
  protected picked(p: Point, accepted: boolean): void {
    if (accepted) this.focusPoint = p;
  }
}
