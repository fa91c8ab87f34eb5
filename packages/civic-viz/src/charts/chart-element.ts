import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { CivicElement } from '../core/base-element.js';
import { OWN_OUTPUTS, PrerenderedView } from '../core/hydrate.js';
import type { CivicSelectDetail } from '../core/events.js';
import type { ChartStrings } from './chart-strings.js';
import { ChartController, type ChartInstance, type ChartRegistry, type RegistryLoader } from './chart-controller.js';
import { placeMarker, placeTooltip, renderTooltip } from './chart-tooltip.js';
import { chartStyles } from './chart.styles.js';
import { renderDataTable, type DataTable } from './data-table.js';
import { StaticDrawing } from './static-drawing.js';
import { readPalette } from './palette.js';
import type { Palette } from '../core/tokens.js';

/** What a chart's data table shows: built only while the table is open. */
type TableContent = Omit<DataTable, 't' | 'open' | 'onToggle'>;
const CLOSED_TABLE: TableContent = { caption: '', columns: [], rows: [], filename: '' };

// Pointer and keyboard feedback: re-render the overlays, never rebuild the option.
const FEEDBACK = new Set<PropertyKey>(['tip', 'live', 'focusPoint', 'keyboard', 'tableOpen']);

/**
 * What the trend chart and the district map share: the focusable `role="application"` box
 * with its canvas and tooltip, the keyboard focus model (one tab stop; arrows move a current
 * point, Enter/Space select it, Esc hides the tooltip), ECharts emphasis on that point, the
 * text alternatives (summary, key help, live region), the data table, the cancelable
 * `civic-select`, and the wiring of `ChartController` to the element's lifecycle.
 *
 * A chart supplies only its own knowledge: model → option, where a point is drawn, the text
 * of a point, and the order the keys walk. `P` is its notion of a point.
 *
 * @csspart tooltip - The tooltip (text only).
 * @csspart table-toggle - The button showing or hiding the data table.
 * @csspart table - The data table.
 * @csspart download - The "下载 CSV" link.
 * @csspart retry - The retry button after a failed load.
 * @attr data-interactive - On a pre-rendered page: `eager` loads the live chart (and ECharts) at once; by default the static drawing stays until a reader points at, presses, focuses or types on the chart. Also read from an ancestor such as `<html>`.
 */
export abstract class CivicChartElement<M, P> extends CivicElement<M> {
  static override styles = [...CivicElement.styles, chartStyles];
  static override properties: PropertyDeclarations = {
    tip: { state: true },
    focusPoint: { state: true },
    keyboard: { state: true },
    live: { state: true },
    tableOpen: { state: true },
  };

  /** The point the tooltip shows (pointer or keyboard). */
  protected tip: P | null = null;
  /** The keyboard's current point. */
  protected focusPoint: P | null = null;
  /** True once the keyboard moved the current point (shows it; a click focus does not). */
  protected keyboard = false;
  /** What the polite live region reads. */
  protected live = '';
  protected tableOpen = false;
  protected hasFocus = false;
  /** Where the pointer put the tooltip (px in the box); null places it at the point. */
  protected tipAt: [number, number] | null = null;
  /** On a pointer focus, show the current point again (the map) or wait for a key (the trend chart). */
  protected resumesFocus = false;
  private drawn = false;
  /** The pre-rendered drawing, shown until the live chart is wanted and drawn (see static-drawing.ts). */
  private staticDrawing?: StaticDrawing;

  /** The ECharts lifecycle (see `chartController`). */
  protected abstract readonly chart: ChartController;

  /** Whether there is something to draw: state ready and a view of the data. */
  protected abstract get hasView(): boolean;
  /** The chart type's name: `aria-roledescription`, and the accessible name without a label. */
  protected abstract get typeName(): string;
  /** The option for the current view, read after rendering (palette and font come from CSS). */
  protected abstract buildOption(frame: HTMLElement): { option: object; key?: unknown } | null;
  /** Where a point is drawn, in px inside the chart box; null when it is not. */
  protected abstract pixel(p: P): [number, number] | null;
  /** The text of a point: tooltip and live region. */
  protected abstract pointText(p: P): string;
  /** The point keyboard focus starts on. */
  protected abstract firstPoint(): P | null;
  /** The point `key` moves to from the current one; undefined for a key the chart does not use. */
  protected abstract step(key: string): P | null | undefined;
  /** ECharts' `highlight` payload for a point. */
  protected abstract highlightOf(p: P): object;
  /** The `civic-select` detail of a point; null when it cannot be selected (a gap). */
  protected abstract selectDetail(p: P): CivicSelectDetail | null;
  /** What a pick changes; `accepted` is false when a listener cancelled `civic-select`. */
  protected abstract picked(p: P, accepted: boolean): void;
  /** Summary, legend, table and notes under the chart, when there is a view. */
  protected abstract renderDetails(): TemplateResult;

  protected abstract override get t(): ChartStrings;

  /** The controller of this chart, drawing what `buildOption` returns from `load`'s registry. */
  protected chartController<R extends ChartRegistry>(load: RegistryLoader<R>, prepare?: (registry: R) => void): ChartController<R> {
    // A chart brings the hydration code with it: its static drawing must be known at the upgrade.
    const view = (this.prerendered = new PrerenderedView(this));
    this.staticDrawing = new StaticDrawing(this, view, load);
    return new ChartController<R>(this, {
      paused: () => view.held,
      load,
      prepare,
      container: () => this.renderRoot.querySelector<HTMLElement>('.chart-canvas'),
      build: () => {
        const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
        return frame && this.hasView ? this.buildOption(frame) : null;
      },
      onInit: (c) => this.attach(c),
      onDrawn: (_, fresh) => this.onDrawn(fresh),
      onDispose: () => (this.tip = null),
    });
  }

  /** Attaches pointer handlers to a new ECharts instance. */
  protected abstract attach(chart: ChartInstance): void;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved elsewhere in the page: other CSS may apply.
    this.styleRead = undefined;
    this.staticDrawing?.connect();
    // Back after a removal, the theme or locale may have changed: rebuild the option (a move
    // finds it unchanged and leaves the chart alone).
    this.requestUpdate();
  }

  /** A lazy chart's first render waits for its first geometry check (see `ChartController.checking`). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const checking = this.hasUpdated ? undefined : this.chart.checking;
    return checking ? checking.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Far off screen, a lazy chart is a placeholder until it comes near: no model, summary, legend
   * or table, a 100-chart page renders its first screen only. A pre-rendered drawing is not
   * waiting: it is the chart, already on screen.
   */
  protected override get waiting(): boolean {
    return !this.chart.isNear && !this.prerendered?.held;
  }

  protected override isDrawn(): boolean {
    return this.drawn || !!this.staticDrawing?.showing;
  }

  /** A chart that started from its pre-rendered drawing never animates it in again. */
  protected override get shouldAnimate(): boolean {
    return super.shouldAnimate && !this.staticDrawing?.started;
  }

  /** @internal Tests read the ECharts lifecycle and whether the first draw finished here. */
  get testing(): { controller: ChartController; drawn: boolean } {
    return { controller: this.chart, drawn: this.drawn };
  }

  /** Properties that hold the data: an update that changes only these keeps the colours read last (see `frameStyle`). */
  protected static dataProperties: ReadonlySet<PropertyKey> = new Set();
  private styleRead?: { key: string; palette: Palette; font: string };

  /**
   * The frame's colours and font as the page's CSS resolves them (theme, care mode, overrides of
   * `--civic-*`), read after rendering. Reading computed style makes the browser recalculate
   * style at once, so a data update (new values, a `data-src` refresh) reuses the last reading;
   * any other change, a new theme, care mode or forced colours, or a reconnection reads again.
   */
  protected frameStyle(frame: HTMLElement): { palette: Palette; font: string } {
    const key = `${this.frameClass}|${this.env.forced}`;
    if (this.styleRead?.key !== key) {
      const style = getComputedStyle(frame);
      this.styleRead = { key, palette: readPalette(frame, style), font: style.fontFamily };
    }
    return this.styleRead;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const data = (this.constructor as typeof CivicChartElement).dataProperties;
    if (![...changed.keys()].every((k) => data.has(k) || FEEDBACK.has(k) || OWN_OUTPUTS.has(k))) this.styleRead = undefined;
    const feedbackOnly = changed.size > 0 && !!this.chart.chart && [...changed.keys()].every((k) => FEEDBACK.has(k));
    // Off-screen (lazy) charts build no option until they come near: the controller asks again.
    // While the pre-rendered drawing stands in for the chart, nothing is drawn (or downloaded).
    if (this.prerendered?.held) return super.updated(changed);
    this.staticDrawing?.placed();
    if (this.hasView && !feedbackOnly) this.chart.update();
    this.placeOverlays();
    super.updated(changed);
  }

  private onDrawn(fresh: boolean): void {
    // setOption clears ECharts' emphasis: put the current point's back.
    if (fresh) this.syncHighlight();
    this.placeOverlays();
    this.staticDrawing?.drawn();
    if (!this.drawn) {
      this.drawn = true;
      this.markReady();
    }
  }

  // ---- rendering ------------------------------------------------------------------------

  override render(): TemplateResult {
    // The placeholder: the label, the loading skeleton at the chart's height and the footer.
    if (this.waiting)
      return html`<div class=${this.frameClass} lang=${this.env.locale} part="frame" aria-busy="true">
        ${this.renderLabel()} ${this.renderStatus()} ${this.renderFooter()}
      </div>`;
    return html`<div class=${this.frameClass} lang=${this.env.locale} part="frame" aria-busy=${this.status === 'loading' ? 'true' : 'false'}>
      ${this.renderLabel()} ${this.renderStatus()} ${this.renderBox()} ${this.hasView ? this.renderDetails() : nothing}
      ${this.renderFooter()}
    </div>`;
  }

  /** The part name of the focusable box. */
  protected get boxPart(): string {
    return 'chart';
  }

  /** Drawn over the canvas, under the tooltip (the trend chart's focus ring). */
  protected renderOverlay(): TemplateResult | typeof nothing {
    return nothing;
  }

  /**
   * role="application": the box handles arrow keys itself, and screen readers switch to focus
   * mode (passing keys through) only for widget roles; role="img" or "group" would keep them in
   * browse mode, where the arrows never reach us. The roledescription names the chart type, the
   * description carries the summary and the key help, the live region each point.
   */
  private renderBox(): TemplateResult {
    const shown = this.hasView;
    const name = this.typeName;
    return html`<div
      class="chart-box"
      part=${this.boxPart}
      role="application"
      tabindex=${shown ? 0 : -1}
      ?hidden=${!shown}
      aria-roledescription=${name}
      aria-labelledby=${this.label ? 'label' : nothing}
      aria-label=${this.label ? nothing : name}
      aria-describedby=${shown ? 'desc help' : nothing}
      @keydown=${this.onKeyDown}
      @focus=${this.onFocus}
      @blur=${this.onBlur}
    >
      <div class="chart-canvas"></div>
      ${this.renderOverlay()} ${renderTooltip(shown && this.tip !== null ? this.pointText(this.tip) : null)}
    </div>`;
  }

  /** The accessible description (the author's, else `summary()`), the key help and the live region. */
  protected renderText(summary: () => string, help: string): TemplateResult {
    return html`<p id="desc" class="sr-only">${this.description || summary()}</p>
      <p id="help" class="sr-only">${help}</p>
      <div class="sr-only" role="status" aria-live="polite">${this.live}</div>`;
  }

  /**
   * The data table toggle and, while it is open, the table and its CSV link. `content` runs only
   * then: a closed table costs a data update nothing (no cell formatted, no CSV written).
   */
  protected renderTable(content: () => TableContent): TemplateResult {
    const open = this.tableOpen;
    return renderDataTable({ ...(open ? content() : CLOSED_TABLE), t: this.t, open, onToggle: () => (this.tableOpen = !this.tableOpen) });
  }

  private placeOverlays(): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.chart-box');
    if (!box) return;
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const at = this.tip !== null && (this.tipAt ?? this.pixel(this.tip));
    if (tip && at) placeTooltip(tip, box, at[0], at[1]);
    const marker = this.renderRoot.querySelector<HTMLElement>('.focus-marker');
    const focus = marker && this.focusPoint !== null && this.pixel(this.focusPoint);
    if (marker && focus) placeMarker(marker, focus[0], focus[1]);
  }

  // ---- focus and keys ---------------------------------------------------------------------

  /** The point ECharts emphasises: the keyboard's while it leads, else the pointer's. */
  protected highlighted(): P | null {
    return this.hasFocus && this.keyboard ? this.focusPoint : this.tip;
  }

  /** ECharts emphasis on the highlighted point (redrawn after every setOption, which clears it). */
  protected syncHighlight(): void {
    const chart = this.chart.chart;
    if (!chart || chart.isDisposed()) return;
    chart.dispatchAction({ type: 'downplay' });
    const p = this.highlighted();
    if (p !== null) chart.dispatchAction({ type: 'highlight', ...this.highlightOf(p) });
  }

  /** What the live region reads for the current point. */
  protected liveText(p: P): string {
    return this.pointText(p);
  }

  /** Makes `p` the current point: tooltip, live region and emphasis follow. */
  protected moveFocus(p: P): void {
    this.keyboard = true;
    this.focusPoint = p;
    this.tip = p;
    this.tipAt = null;
    this.live = this.liveText(p);
    this.syncHighlight();
  }

  /** The tooltip to fall back to when the pointer leaves: the keyboard's, if any. */
  protected focusTip(): P | null {
    return this.hasFocus && this.keyboard ? this.focusPoint : null;
  }

  private onFocus = (e: FocusEvent) => {
    this.hasFocus = true;
    // A click focuses the box too; only keyboard focus (focus-visible) shows a point at once.
    const p = (e.target as HTMLElement).matches(':focus-visible')
      ? (this.focusPoint ?? this.firstPoint())
      : this.resumesFocus
        ? this.focusPoint
        : null;
    if (p !== null) this.moveFocus(p);
  };

  private onBlur = () => {
    this.hasFocus = false;
    this.keyboard = false;
    this.tip = null;
    this.syncHighlight();
  };

  private onKeyDown = (e: KeyboardEvent) => {
    if (!this.hasView || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (this.focusPoint !== null) this.select(this.focusPoint);
      return;
    }
    if (e.key === 'Escape') {
      if (this.tip !== null) e.preventDefault();
      this.tip = null;
      return;
    }
    const next = this.step(e.key);
    if (next === undefined) return;
    e.preventDefault();
    if (next !== null) this.moveFocus(next);
  };

  /** The user picked a point (Enter, Space or a click): fires the cancelable `civic-select`. */
  protected select(p: P): void {
    const detail = this.selectDetail(p);
    if (detail) this.picked(p, this.emit('civic-select', detail));
  }
}
