import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CivicElement } from '../core/base-element.js';
import { afterRenders, ChartController, type ChartInstance, feedbackOnly } from '../core/chart-controller.js';
import { placeMarker, placeTooltip, renderTooltip } from '../core/chart-tooltip.js';
import { chartStyles } from '../core/chart.styles.js';
import type { Payload } from '../core/parse.js';
import { renderDataTable } from '../core/data-table.js';
import { optionalNumber, type NumberInput } from '../core/parse.js';
import { readPalette } from '../core/tokens.js';
import { renderLegend } from './legend.js';
import { fromInline, fromPayload, hasInline, type TrendData, type TrendSeries } from './model.js';
import { buildTrendOption, type TrendType } from './options.js';
import { csvRows, pointText, tableRows, trendSummary } from './summary.js';
import { trendChartStyles } from './trend-chart.styles.js';
import { loadTrendRegistry } from './registry.js';
import { trendChartStrings, type TrendChartStrings } from './strings.js';
import { unitSuffix } from '../core/chart-strings.js';

export type { TrendData, TrendSeries } from './model.js';
export type { TrendType } from './options.js';

const flag = { fromAttribute: (v: string | null) => v !== null && v !== 'false', toAttribute: (v: boolean) => (v ? '' : null) };
// Pointer and keyboard feedback: re-render the overlays, never rebuild the option.
const UI_STATE = new Set(['tip', 'live', 'focusPoint', 'keyboard', 'tableOpen']);

/** A point of the chart: series index and category index. */
interface Point {
  s: number;
  i: number;
}

/** The bits of ECharts' model used to find where a point was drawn (bars side by side, stacks). */
interface LayoutChart {
  getModel?: () => { getSeriesByIndex(i: number): { getData(): { getItemLayout(i: number): unknown } } | undefined } | undefined;
}

/**
 * A line, area or bar chart of one or more series (spec §7), drawn by ECharts (loaded lazily)
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
 * @fires civic-select - The user picked a point (Enter, Space or a click); detail `{label, series, value, index}`.
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
export class CivicTrendChart extends CivicElement<TrendData> {
  protected static override textProperties = [...CivicElement.textProperties, 'seriesName'];
  protected static override fieldShape = 'series' as const;
  static override styles = [...CivicElement.styles, chartStyles, trendChartStyles];

  /** Chart type: `line` (default), `area` or `bar`. */
  @property({ attribute: 'data-type' }) type: TrendType = 'line';
  /** Swap the axes: horizontal bars, categories top to bottom (rankings). */
  @property({ attribute: 'data-horizontal', converter: flag }) horizontal = false;
  /** Stack the series. */
  @property({ attribute: 'data-stacked', converter: flag }) stacked = false;
  /** Smooth lines. */
  @property({ attribute: 'data-smooth', converter: flag }) smooth = false;
  /** Category labels: comma list or JSON array; the property also takes an array. */
  @property({ attribute: 'data-labels' }) labels: string | string[] = '';
  /** Values of a single series: comma list or JSON array; the property also takes an array. */
  @property({ attribute: 'data-values' }) values: string | (number | null)[] = '';
  /** Name of the single series of `data-values`. */
  @property({ attribute: 'data-series-name' }) seriesName = '';
  /** Several series: JSON `[{"name": …, "values": […]}]`; the property also takes the array. */
  @property({ attribute: 'data-series' }) series: string | TrendSeries[] = '';
  /** Target value, drawn as a labelled line. */
  @property({ attribute: 'data-target' }) target?: NumberInput;
  /** Lower end of the value axis. */
  @property({ attribute: 'data-y-min' }) yMin?: NumberInput;
  /** Upper end of the value axis. */
  @property({ attribute: 'data-y-max' }) yMax?: NumberInput;

  @state() private tip: Point | null = null;
  @state() private focusPoint: Point | null = null;
  @state() private keyboard = false;
  @state() private live = '';
  @state() private tableOpen = false;

  /** The ECharts lifecycle (exposed for tests: `chart`, `inits`). */
  protected readonly chart = new ChartController(this, {
    load: loadTrendRegistry,
    container: () => this.renderRoot.querySelector<HTMLElement>('.chart-canvas'),
    onInit: (c) => this.attach(c),
    onDrawn: () => this.onDrawn(),
    onDispose: () => {
      this.drawnKey = undefined;
      this.tip = null;
    },
  });

  /** The model with display names for unnamed series (what the text and the canvas show). */
  private view?: TrendData;
  private numbers: { target?: number; yMin?: number; yMax?: number } = {};
  private drawn = false;
  private drawnKey?: string;
  /** A draw is queued for after this round of renders (see afterRenders). */
  private drawQueued = false;
  private highlightDirty = false;
  private hasFocus = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back after a removal, the theme or locale may have changed: rebuild the option (a move
    // finds it unchanged and leaves the chart alone).
    this.requestUpdate();
  }

  protected override get t(): TrendChartStrings {
    return trendChartStrings[this.env.locale];
  }

  protected hasInlineData(): boolean {
    return hasInline(this);
  }

  protected buildModel(payload?: Payload): TrendData | null {
    this.numbers = {
      target: optionalNumber(this.target, 'data-target'),
      yMin: optionalNumber(this.yMin, 'data-y-min'),
      yMax: optionalNumber(this.yMax, 'data-y-max'),
    };
    return payload ? fromPayload(payload) : fromInline(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const m = this.state === 'ready' ? this.model : undefined;
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

  private get typeName(): string {
    const t = this.t;
    return this.type === 'bar' && this.horizontal ? t.trend.barHorizontal : t.chartTypes[this.chartType];
  }

  private get chartType(): TrendType {
    return this.type === 'bar' || this.type === 'area' ? this.type : 'line';
  }

  private fmtValue = (v: number) => this.formatValue(v);

  // ---- rendering ------------------------------------------------------------------------

  override render(): TemplateResult {
    const t = this.t;
    const view = this.view;
    const tipText = view && this.tip ? pointText(view, this.tip.s, this.tip.i, t, this.fmtValue) : null;
    // role="application": the box handles arrow keys itself, and screen readers switch to focus
    // mode (passing keys through) only for widget roles; role="img" or "group" would keep them in
    // browse mode, where the arrows never reach us. The roledescription names the chart type, the
    // description carries the summary and the key help, the live region each point.
    return html`<div class=${this.frameClass} part="frame" aria-busy=${this.state === 'loading' ? 'true' : 'false'}>
      ${this.renderLabel()} ${this.renderStatus()}
      <div
        class="chart-box"
        part="chart"
        role="application"
        tabindex=${view ? 0 : -1}
        ?hidden=${!view}
        aria-roledescription=${this.typeName}
        aria-labelledby=${this.label ? 'label' : nothing}
        aria-label=${this.label ? nothing : this.typeName}
        aria-describedby=${view ? 'desc help' : nothing}
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
      >
        <div class="chart-canvas"></div>
        <div class="focus-marker" aria-hidden="true" ?hidden=${!(this.keyboard && this.hasFocus && this.focusPoint)}></div>
        ${renderTooltip(tipText)}
      </div>
      ${view ? this.renderDetails(view) : nothing}
      ${this.renderFooter()}
    </div>`;
  }

  private renderDetails(view: TrendData): TemplateResult {
    const t = this.t;
    const summary = this.description || trendSummary(view, this.typeName, t, this.fmtValue, this.numbers.target);
    const multi = view.series.length > 1;
    const header = [view.labelName || t.trend.category, ...view.series.map((s) => s.name)];
    const unit = unitSuffix(this.unit, this.env.locale);
    return html`<p id="desc" class="sr-only">${summary}</p>
      <p id="help" class="sr-only">${multi ? t.trend.instructions : t.trend.instructionsSingle}</p>
      <div class="sr-only" role="status" aria-live="polite">${this.live}</div>
      ${multi ? renderLegend(view.series.map((s) => s.name), this.chartType, t) : nothing}
      ${renderDataTable({
        t,
        caption: this.label || this.typeName,
        columns: header,
        rows: tableRows(view, this.fmtValue),
        // Raw numbers in the CSV (a spreadsheet wants 219000000, not "2.19亿"); the unit goes
        // into the value headers instead.
        csv: { header: [header[0], ...header.slice(1).map((h) => h + unit)], rows: csvRows(view) },
        filename: this.label || 'chart',
        open: this.tableOpen,
        onToggle: () => (this.tableOpen = !this.tableOpen),
      })}`;
  }

  protected override isDrawn(): boolean {
    return this.drawn;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const view = this.view;
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    // Off-screen (lazy) charts build no option until they come near: the controller asks again.
    if (view && frame && this.chart.isNear && !feedbackOnly(changed, UI_STATE, this.chart) && !this.drawQueued) {
      this.drawQueued = true;
      afterRenders(() => {
        this.drawQueued = false;
        const f = this.renderRoot.querySelector<HTMLElement>('.frame');
        if (this.view && f && this.isConnected) this.draw(this.view, f);
      });
    }
    this.placeOverlays();
    super.updated(changed);
  }

  private draw(view: TrendData, frame: HTMLElement): void {
    // Read after rendering, so theme, care mode and page CSS overrides of --civic-* reach the canvas.
    const style = getComputedStyle(frame);
    const option = buildTrendOption({
      data: view,
      type: this.chartType,
      horizontal: this.horizontal,
      stacked: this.stacked,
      smooth: this.smooth,
      ...this.numbers,
      palette: readPalette(frame, style),
      format: this.fmt(),
      // A hidden page shows nothing to animate (and runs no animation frames to finish one).
      animate: this.shouldAnimate && document.visibilityState !== 'hidden',
      care: this.env.care,
      font: style.fontFamily,
    });
    // Formatters are functions, invisible to JSON: the format options stand in for them.
    const key = JSON.stringify([option, this.fmt()]);
    if (key === this.drawnKey && this.chart.chart) return;
    this.drawnKey = key;
    this.highlightDirty = true;
    this.chart.draw(option);
  }

  private onDrawn(): void {
    if (this.highlightDirty) this.syncHighlight();
    this.placeOverlays();
    if (!this.drawn) {
      this.drawn = true;
      this.markReady();
    }
  }

  // ---- points, tooltip, focus marker -----------------------------------------------------

  /** Where point (s, i) was drawn, in px inside the chart box: the end of its bar or its symbol. */
  private pixel(p: Point): [number, number] | null {
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

  private placeOverlays(): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.chart-box');
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const marker = this.renderRoot.querySelector<HTMLElement>('.focus-marker');
    if (!box) return;
    const at = this.tip && this.pixel(this.tip);
    if (tip && at) placeTooltip(tip, box, at[0], at[1]);
    const focus = this.focusPoint && this.pixel(this.focusPoint);
    if (marker && focus) placeMarker(marker, focus[0], focus[1]);
  }

  /** ECharts emphasis on the focused point (redrawn after every setOption, which clears it). */
  private syncHighlight(): void {
    const chart = this.chart.chart;
    this.highlightDirty = false;
    if (!chart || chart.isDisposed()) return;
    chart.dispatchAction({ type: 'downplay' });
    const p = this.hasFocus && this.keyboard ? this.focusPoint : this.tip;
    if (p) chart.dispatchAction({ type: 'highlight', seriesIndex: p.s, dataIndex: p.i });
  }

  // ---- interaction ----------------------------------------------------------------------

  private attach(chart: ChartInstance): void {
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
      if (!p) return;
      this.focusPoint = p;
      this.select(p);
    });
  }

  /** The tooltip to fall back to when the pointer leaves: the keyboard's, if any. */
  private focusTip(): Point | null {
    return this.hasFocus && this.keyboard ? this.focusPoint : null;
  }

  private moveFocus(p: Point): void {
    this.keyboard = true;
    this.focusPoint = p;
    this.tip = p;
    if (this.view) this.live = pointText(this.view, p.s, p.i, this.t, this.fmtValue);
    this.syncHighlight();
  }

  private onFocus = (e: FocusEvent) => {
    this.hasFocus = true;
    // A click focuses the box too; only keyboard focus (focus-visible) shows a point at once.
    if ((e.target as HTMLElement).matches(':focus-visible')) this.moveFocus(this.focusPoint ?? { s: 0, i: 0 });
  };

  private onBlur = () => {
    this.hasFocus = false;
    this.keyboard = false;
    this.tip = null;
    this.syncHighlight();
  };

  private onKeyDown = (e: KeyboardEvent) => {
    const view = this.view;
    if (!view?.labels.length || e.altKey || e.ctrlKey || e.metaKey) return;
    const n = view.labels.length;
    const k = view.series.length;
    const cur = this.focusPoint ?? { s: 0, i: 0 };
    const started = !!this.focusPoint && this.keyboard;
    const clamp = (x: number, max: number) => Math.max(0, Math.min(max - 1, x));
    // A horizontal chart of one series lists its categories top to bottom: ↑/↓ walk them.
    const vertical = this.horizontal && k === 1;
    let next: Point | null = null;
    switch (e.key) {
      case 'ArrowRight': next = { s: cur.s, i: started ? clamp(cur.i + 1, n) : cur.i }; break;
      case 'ArrowLeft': next = { s: cur.s, i: started ? clamp(cur.i - 1, n) : cur.i }; break;
      case 'Home': next = { s: cur.s, i: 0 }; break;
      case 'End': next = { s: cur.s, i: n - 1 }; break;
      case 'ArrowDown': next = vertical ? { s: 0, i: started ? clamp(cur.i + 1, n) : cur.i } : { s: started ? clamp(cur.s + 1, k) : cur.s, i: cur.i }; break;
      case 'ArrowUp': next = vertical ? { s: 0, i: started ? clamp(cur.i - 1, n) : cur.i } : { s: started ? clamp(cur.s - 1, k) : cur.s, i: cur.i }; break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        if (this.focusPoint) this.select(this.focusPoint);
        return;
      case 'Escape':
        if (this.tip) e.preventDefault();
        this.tip = null;
        return;
      default:
        return;
    }
    e.preventDefault();
    this.moveFocus(next);
  };

  /** The user picked a point: fires civic-select `{label, series, value, index}` (not for a gap). */
  private select(p: Point): void {
    const view = this.view;
    const v = view?.series[p.s]?.values[p.i];
    if (!view || v == null) return;
    this.emit('civic-select', { label: view.labels[p.i], series: view.series[p.s].name, value: v, index: p.i });
  }
}
