import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CivicElement } from '../core/base-element.js';
import { ChartController, type ChartInstance, type ChartRegistry, feedbackOnly } from '../core/chart-controller.js';
import { placeTooltip, renderTooltip } from '../core/chart-tooltip.js';
import { chartStyles } from '../core/chart.styles.js';
import type { Payload } from '../core/parse.js';
import { renderDataTable } from '../core/data-table.js';
import { formatNumber } from '../core/format.js';
import { CivicError } from '../core/parse.js';
import { palettes, readPalette, type Palette } from '../core/tokens.js';
import { districtMapStyles } from './district-map.styles.js';
import { GeoController, type GeoMap, type GeoSource } from './geo-source.js';
import { paintLegend, renderCredit, renderLegend, renderReviewNo, resolveColor } from './legend.js';
import { explainUnmatched, findRegion, indexRegions, type RegionIndex } from './match.js';
import { fromPayload, fromValues, joinData, spatialOrder, type MapData, type MapView, type RegionDatum } from './model.js';
import { buildMapOption } from './options.js';
import { legendEntries, linearScale, parseBreaks, parseColors, thresholdScale, type ColorScale, type LegendEntry, type Rgba } from './scale.js';
import { mapSummary, regionText, tableRows } from './summary.js';
import { districtMapStrings, type DistrictMapStrings } from './strings.js';
import { unitSuffix } from '../core/chart-strings.js';

type MapRegistry = typeof import('../echarts/map.js');

// Boundaries are registered with ECharts once per source key (one entry per distinct map, so
// creating and removing maps never grows ECharts' registry).
const registered = new Map<string, GeoMap>();
const mapName = (geo: GeoMap) => `civic:${geo.key}`;
function ensureRegistered(registry: MapRegistry, geo: GeoMap): void {
  if (registered.get(mapName(geo)) === geo) return;
  registry.registerMap(mapName(geo), geo.collection as unknown as Parameters<MapRegistry['registerMap']>[1]);
  registered.set(mapName(geo), geo);
}

const indexes = new WeakMap<GeoMap, RegionIndex>();
const indexOf = (geo: GeoMap) => indexes.get(geo) ?? (indexes.set(geo, indexRegions(geo.regions)), indexes.get(geo)!);

const UI_STATE = new Set(['tip', 'live', 'focusName', 'tableOpen']);
const flag = { fromAttribute: (v: string | null) => v !== null && v !== 'false', toAttribute: (v: boolean) => (v ? '' : null) };

/** Where a tooltip points: a region and a position inside the map box (px). */
interface Tip {
  name: string;
  x: number;
  y: number;
}

/**
 * A choropleth map of districts (spec §8): one colour per region from its value, regions
 * without a value hatched as "no data", a text legend, a tooltip with value and rank, a data
 * table with CSV download and a summary for screen readers.
 *
 * Boundaries: `data-map="anshan"` (built in, loaded lazily) or `data-geo-src` (any GeoJSON
 * FeatureCollection, plain or ECharts' compressed form; the name from `data-name-property`).
 * `data-geo-src` wins when both are set. Data: `data-values` (`{"铁东区": 61, "海城": 88}`),
 * or `data-src` / child JSON (`{"regions": [{"name": …, "value": …}]}`, the same object as
 * `data-values`, or an array), or a child table / CSV with the columns region, value. Names
 * match exactly, then without administrative suffix, then by alias (traditional forms too);
 * names that match no region are listed under the map and reported as `unknown-region`.
 *
 * Keyboard: the map is one tab stop. ←/→ move between regions west → east (by the centre of
 * each region), ↑/↓ north → south, Home/End to the westernmost/easternmost; Enter or Space
 * selects, Esc hides the tooltip. A polite live region reads the focused region.
 *
 * @summary A district map coloured by value, with legend, tooltip, keyboard access and a data table.
 * @tag civic-district-map
 * @fires civic-select - The user selected a region (Enter, Space or a click); detail `{region, value, rank}`. Cancelable: cancel to keep the previous selection.
 * @cssprop --civic-map-low - Fill of the lowest value (the theme's default ramp start).
 * @cssprop --civic-map-high - Fill of the highest value (the ramp end).
 * @cssprop --civic-map-height - Height of the map (default 360px, 420px in care mode).
 * @csspart map - The focusable map box (one tab stop).
 * @csspart tooltip - The tooltip (text only).
 * @csspart legend - The legend: swatches with ranges as text.
 * @csspart unmatched - The list of data names that matched no region.
 * @csspart table-toggle - The button showing or hiding the data table.
 * @csspart table - The data table.
 * @csspart download - The "下载 CSV" link.
 * @csspart retry - The retry button after a failed load.
 */
export class CivicDistrictMap extends CivicElement<MapData> {
  protected static override textProperties = [...CivicElement.textProperties, 'map', 'geoSrc', 'nameProperty', 'selected', 'reviewNo', 'joinKey'];
  static override styles = [...CivicElement.styles, chartStyles, districtMapStyles];

  /** Built-in map, loaded lazily from @civic-viz/geo: any city by code (`210300`), name (`鞍山市`, `鞍山`, `瀋陽市`) or key (`liaoning-anshan`); `anshan` as before. Illustrative boundaries, not a reviewed standard map. */
  @property({ attribute: 'data-map' }) map = '';
  /** URL of a GeoJSON FeatureCollection (plain or compressed UTF8Encoding); wins over data-map. */
  @property({ attribute: 'data-geo-src' }) geoSrc = '';
  /** Feature property that holds the region names in data-geo-src (default `name`). */
  @property({ attribute: 'data-name-property' }) nameProperty = 'name';
  /** Values by region: JSON object `{"铁东区": 61}`; the property also takes an object or `[{name, value}]`. */
  @property({ attribute: 'data-values' }) values: unknown = '';
  /** Two or more colours, low → high: JSON array or comma list (default: --civic-map-low/--civic-map-high). */
  @property({ attribute: 'data-colors' }) colors: unknown = '';
  /** Colour scale: `linear` (default, lowest → highest value) or `threshold` (classes from data-breaks). */
  @property({ attribute: 'data-scale' }) scale: 'linear' | 'threshold' = 'linear';
  /** Class breaks of the threshold scale: ascending numbers, comma list or JSON array. */
  @property({ attribute: 'data-breaks' }) breaks: unknown = '';
  /** Print region names on the map. */
  @property({ attribute: 'data-show-labels', converter: flag }) showLabels = false;
  /** What data names are: `name` (default) or `adcode` — six-digit division codes (`{"210302": 61}`). Property `joinKey` (not `key`, which React reserves). */
  @property({ attribute: 'data-key' }) joinKey: 'name' | 'adcode' = 'name';
  /** The map's review number (审图号, e.g. `辽S(2021)012号`): printed on the map, in the table caption and in print. */
  @property({ attribute: 'data-review-no' }) reviewNo = '';
  /** The selected region's name (reflected); set it to select a region from JS. */
  @property({ attribute: 'data-selected', reflect: true }) selected = '';

  @state() private focusName: string | null = null;
  @state() private tip: Tip | null = null;
  @state() private live = '';
  @state() private tableOpen = false;

  /** The boundaries' loader (exposed for tests: `loads` counts fetches). */
  protected readonly geo = new GeoController(this, () => this.requestUpdate());
  /** The ECharts lifecycle (exposed for tests: `chart`, `inits`). */
  protected readonly chart = new ChartController(this, {
    load: () => this.loadRegistry(),
    container: () => this.renderRoot.querySelector<HTMLElement>('.canvas'),
    onInit: (c) => this.attach(c),
    onDrawn: () => {
      this.drawn = true;
      if (this.highlightDirty) this.syncHighlight();
      this.markReady();
    },
  });

  private registry?: MapRegistry;
  private view?: MapView;
  private viewOf?: [MapData, GeoMap];
  private stops: Rgba[] = [];
  private breakList: number[] = [];
  private dataAttribute = 'data-values';
  private reportedGeoError?: CivicError;
  private noMapError?: CivicError;
  private palette: Palette = palettes.light;
  private drawn = false;
  private drawnKey?: string;
  private drawnOn?: ChartInstance;
  private highlightDirty = false;
  private hasFocus = false;

  protected override get t(): DistrictMapStrings {
    return districtMapStrings[this.env.locale];
  }

  protected hasInlineData(): boolean {
    return this.values !== '' && this.values != null;
  }

  protected buildModel(payload?: Payload): MapData | null {
    this.dataAttribute = payload ? payload.from : 'data-values';
    const data = payload ? fromPayload(payload) : fromValues(this.values);
    this.stops = parseColors(this.colors, resolveColor);
    this.breakList = [];
    if (this.scale === 'threshold') {
      this.breakList = parseBreaks(this.breaks);
      if (!this.breakList.length) throw new CivicError('invalid-number', 'data-scale="threshold" needs one or more breaks', 'data-breaks');
    }
    return data;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // After a removal the chart was disposed: the next update draws it again (a move is a no-op).
    this.requestUpdate();
  }

  private geoSource(): GeoSource | null {
    const url = this.geoSrc?.trim();
    if (url) return { kind: 'url', url, nameProperty: this.nameProperty?.trim() || 'name' };
    const name = this.map?.trim();
    return name ? { kind: 'builtin', name } : null;
  }

  private async loadRegistry(): Promise<ChartRegistry> {
    const registry = await import('../echarts/map.js');
    this.registry = registry;
    // Register before the controller's first setOption, which names the current map.
    if (this.geo.geo) ensureRegistered(registry, this.geo.geo);
    return registry as unknown as ChartRegistry;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.geo.sync(this.geoSource());
    super.willUpdate(changed);
    this.resolve();
  }

  /** Joins data and boundaries; the map's own errors and loading come after the data's. */
  private resolve(): void {
    const source = this.geoSource();
    if (!source) this.noMapError ??= new CivicError('unknown-map', 'no map given: set data-map (e.g. "anshan") or data-geo-src', 'data-map');
    const geoError = source ? this.geo.error : this.noMapError;
    if (geoError && this.state !== 'error') {
      this.error = geoError;
      this.state = 'error';
      this.view = undefined;
      // The base clears its de-duplication on every recompute; one warning per failure is ours to keep.
      if (geoError !== this.reportedGeoError) this.report((this.reportedGeoError = geoError));
      return;
    }
    const geo = this.geo.geo;
    if (this.state !== 'ready' || !this.model) return void (this.view = undefined);
    if (!geo) {
      this.state = 'loading';
      return void (this.view = undefined);
    }
    if (!this.viewOf || this.viewOf[0] !== this.model || this.viewOf[1] !== geo) {
      this.view = joinData(this.model, geo.regions, indexOf(geo), this.joinKey === 'adcode' ? 'adcode' : 'name');
      this.viewOf = [this.model, geo];
      if (this.focusName && !geo.regions.some((r) => r.name === this.focusName)) this.focusName = null;
      const { unmatched } = this.view;
      if (unmatched.length) {
        this.report(new CivicError('unknown-region', `not matched to any region of the map: ${explainUnmatched(unmatched, geo.regions, geo.missing)}`, this.dataAttribute), true);
      }
    }
    if (this.selected) {
      const found = findRegion(indexOf(geo), this.selected);
      if (found?.regions.length === 1) this.selected = found.regions[0];
      else this.report(new CivicError('unknown-region', `data-selected ${JSON.stringify(this.selected)} is not a region of the map`, 'data-selected'), true);
    }
  }

  private scaleFor(view: MapView, palette: Palette): ColorScale | null {
    const values = view.regions.filter((r) => r.value != null).map((r) => r.value!);
    if (!values.length) return null;
    const stops = this.stops.length ? this.stops : [resolveColor(palette.mapLow) ?? [219, 233, 248, 1], resolveColor(palette.mapHigh) ?? [13, 74, 158, 1]];
    return this.breakList.length ? thresholdScale(this.breakList, stops) : linearScale(values, stops);
  }

  private regionFormat = (v: number) => this.formatValue(v);

  private regionLine(r: RegionDatum): string {
    return regionText(r, this.view?.ranked ?? 0, this.t, this.regionFormat);
  }

  // ---- rendering ------------------------------------------------------------------------

  override render(): TemplateResult {
    const t = this.t;
    const view = this.state === 'ready' ? this.view : undefined;
    const tipRegion = view && this.tip ? view.regions.find((r) => r.name === this.tip!.name) : undefined;
    return html`<div class=${this.frameClass} part="frame" aria-busy=${this.state === 'loading' ? 'true' : 'false'}>
      ${this.renderLabel()} ${this.renderStatus()}
      <div
        class="map"
        part="map"
        role="application"
        tabindex=${view ? 0 : -1}
        ?hidden=${!view}
        aria-roledescription=${t.chartTypes.map}
        aria-labelledby=${this.label ? 'label' : nothing}
        aria-label=${this.label ? nothing : t.chartTypes.map}
        aria-describedby=${view ? 'desc help' : nothing}
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
      >
        <div class="canvas"></div>
        ${renderReviewNo(this.reviewNo, t)}
        ${renderTooltip(tipRegion ? this.regionLine(tipRegion) : null)}
      </div>
      ${view ? this.renderDetails(view) : nothing}
      ${this.geoSource()?.kind === 'builtin' && this.state === 'ready' ? renderCredit(t) : nothing}
      ${this.renderFooter()}
    </div>`;
  }

  private renderDetails(view: MapView): TemplateResult {
    const t = this.t;
    // Legend texts do not depend on colours; swatches are painted in updated() with the live palette.
    const scale = this.scaleFor(view, this.palette);
    const legend: LegendEntry[] = scale
      ? legendEntries(scale, this.regionFormat, { ...t.map, lowest: t.lowest, highest: t.highest }, (v) => formatNumber(v, this.fmt()))
      : [];
    const hasNoData = view.regions.some((r) => r.value == null);
    return html`<p id="desc" class="sr-only">${this.description || mapSummary(view, t, this.regionFormat)}</p>
      <p id="help" class="sr-only">${t.map.instructions}</p>
      <div class="sr-only" role="status">${this.live}</div>
      ${renderLegend(legend, scale?.kind, hasNoData, t)}
      ${view.unmatched.length
        ? html`<p class="unmatched" part="unmatched"><strong>${t.unmatched}</strong>${view.unmatched.map((u) => u.input).join(t.map.nameSep)}</p>`
        : nothing}
      ${this.renderTable(view)}`;
  }

  private renderTable(view: MapView): TemplateResult {
    const t = this.t;
    const rows = tableRows(view);
    const valueHeader = this.model?.valueLabel || t.map.value + unitSuffix(this.unit, this.env.locale);
    const columns = [t.map.region, valueHeader, t.map.rankHeader];
    return renderDataTable({
      t,
      caption: (this.label || t.chartTypes.map) + (this.reviewNo?.trim() ? t.listSep + t.map.reviewNo(this.reviewNo.trim()) : ''),
      columns,
      rows: rows.map((r) => [r.name, r.value == null ? t.noData : this.regionFormat(r.value), r.rank == null ? '–' : String(r.rank)]),
      csv: { header: columns, rows: rows.map((r) => [r.name, r.value ?? '', r.rank ?? '']) },
      filename: this.label || 'map',
      open: this.tableOpen,
      onToggle: () => (this.tableOpen = !this.tableOpen),
    });
  }

  protected override renderStatus(): TemplateResult | typeof nothing {
    const e = this.error;
    // A failed boundary load retries the boundaries, not data-src.
    if (this.state === 'error' && e && e === this.geo.error && (e.code === 'fetch-failed' || e.code === 'fetch-timeout')) {
      return html`<p class="message error" part="message" role="alert">${this.t.errors[e.code]} <code>${e.code}</code></p>
        <button type="button" part="retry" @click=${() => this.geo.retry()}>${this.t.retry}</button>`;
    }
    return super.renderStatus();
  }

  protected override isDrawn(): boolean {
    return this.drawn;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const view = this.state === 'ready' ? this.view : undefined;
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    // Pointer and keyboard feedback re-render often and never change the option or the legend.
    if (view && frame && this.chart.isNear && !feedbackOnly(changed, UI_STATE, this.chart)) {
      // Read after rendering, so theme, care mode and page CSS overrides reach the canvas.
      const style = getComputedStyle(frame);
      const palette = (this.palette = readPalette(frame, style));
      const scale = this.scaleFor(view, palette);
      paintLegend(this.renderRoot, scale);
      this.draw(view, scale, palette, style.fontFamily);
    }
    this.placeTooltip();
    super.updated(changed);
  }

  private draw(view: MapView, scale: ColorScale | null, palette: Palette, font: string): void {
    const geo = this.geo.geo!;
    if (this.registry) ensureRegistered(this.registry, geo);
    const option = buildMapOption({
      mapName: mapName(geo),
      view,
      scale,
      palette,
      showLabels: this.showLabels,
      care: this.env.care,
      animate: this.shouldAnimate,
      selected: this.selected || null,
      font,
      seriesName: this.model?.valueLabel ?? this.label,
      bounds: geo.bounds,
    });
    const key = JSON.stringify(option);
    // Tooltip and focus re-renders leave the option alone: redrawing would reset hover states.
    if (key === this.drawnKey && this.chart.chart === this.drawnOn) return;
    this.drawnKey = key;
    this.drawnOn = this.chart.chart;
    this.highlightDirty = true;
    this.chart.draw(option);
    if (this.chart.chart) this.syncHighlight();
  }

  // ---- interaction ----------------------------------------------------------------------

  private attach(chart: ChartInstance): void {
    const region = (p: { componentType?: string; name?: string }) => (p.componentType === 'series' && p.name ? p.name : null);
    chart.on('click', (p) => {
      const name = region(p);
      if (!name) return;
      this.focusName = name;
      this.select(name);
      // ECharts toggled its own selection on this click; put ours back (a changed selection
      // also redraws from the option).
      chart.dispatchAction({ type: 'unselect', seriesIndex: 0, dataIndex: this.view?.regions.map((_, i) => i) ?? [] });
      if (this.selected) chart.dispatchAction({ type: 'select', seriesIndex: 0, name: this.selected });
    });
    const hover = (p: { componentType?: string; name?: string; event?: { offsetX: number; offsetY: number } }) => {
      const name = region(p);
      if (name && p.event) this.tip = { name, x: p.event.offsetX, y: p.event.offsetY };
    };
    chart.on('mouseover', hover);
    chart.on('mousemove', hover);
    const out = () => {
      this.tip = this.hasFocus && this.focusName ? this.focusTip(this.focusName) : null;
      this.syncHighlight();
    };
    chart.on('mouseout', out);
    chart.on('globalout', out);
  }

  /** Highlights the keyboard-focused region (ECharts emphasis) while the map has focus. */
  private syncHighlight(): void {
    const chart = this.chart.chart;
    this.highlightDirty = false;
    if (!chart || chart.isDisposed()) return;
    chart.dispatchAction({ type: 'downplay', seriesIndex: 0 });
    if (this.hasFocus && this.focusName) chart.dispatchAction({ type: 'highlight', seriesIndex: 0, name: this.focusName });
  }

  private focusTip(name: string): Tip {
    const r = this.view?.regions.find((x) => x.name === name);
    const box = this.renderRoot.querySelector<HTMLElement>('.map');
    let x = (box?.clientWidth ?? 0) / 2;
    let y = (box?.clientHeight ?? 0) / 2;
    try {
      const pt = r && this.chart.chart?.convertToPixel({ seriesIndex: 0 }, r.center);
      if (Array.isArray(pt) && pt.every(Number.isFinite)) [x, y] = pt;
    } catch {
      // Not laid out yet: the box centre will do.
    }
    return { name, x, y };
  }

  private placeTooltip(): void {
    const el = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const box = this.renderRoot.querySelector<HTMLElement>('.map');
    if (el && box && this.tip) placeTooltip(el, box, this.tip.x, this.tip.y);
  }

  private order(axis: 'x' | 'y'): string[] {
    const regions = this.view?.regions ?? [];
    return spatialOrder(regions, axis).map((i) => regions[i].name);
  }

  private moveFocus(name: string): void {
    this.focusName = name;
    this.syncHighlight();
    this.tip = this.focusTip(name);
    const r = this.view?.regions.find((x) => x.name === name);
    if (r) this.live = this.regionLine(r) + (r.name === this.selected ? this.t.listSep + this.t.map.selected : '');
  }

  private onFocus = (e: FocusEvent) => {
    this.hasFocus = true;
    // A click focuses the box too; only keyboard focus (focus-visible) picks a region at once.
    const keyboard = (e.target as HTMLElement).matches(':focus-visible');
    const start = this.focusName ?? (this.selected || this.order('x')[0]);
    if (this.focusName || keyboard) if (start) this.moveFocus(start);
  };

  private onBlur = () => {
    this.hasFocus = false;
    this.tip = null;
    this.syncHighlight();
  };

  private onKeyDown = (e: KeyboardEvent) => {
    if (!this.view?.regions.length || e.altKey || e.ctrlKey || e.metaKey) return;
    const step = (names: string[], d: number) => {
      const i = this.focusName ? names.indexOf(this.focusName) : -1;
      return i < 0 ? names[d > 0 ? 0 : names.length - 1] : names[Math.max(0, Math.min(names.length - 1, i + d))];
    };
    let next: string | undefined;
    switch (e.key) {
      case 'ArrowRight': next = step(this.order('x'), 1); break;
      case 'ArrowLeft': next = step(this.order('x'), -1); break;
      case 'ArrowDown': next = step(this.order('y'), 1); break;
      case 'ArrowUp': next = step(this.order('y'), -1); break;
      case 'Home': next = this.order('x')[0]; break;
      case 'End': next = this.order('x').at(-1); break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        if (this.focusName) this.select(this.focusName);
        return;
      case 'Escape':
        this.tip = null;
        return;
      default:
        return;
    }
    e.preventDefault();
    if (next) this.moveFocus(next);
  };

  /** The user picked a region: fires civic-select and, unless cancelled, selects it. */
  private select(name: string): void {
    const r = this.view?.regions.find((x) => x.name === name);
    if (!r) return;
    if (this.emit('civic-select', { region: r.name, value: r.value, rank: r.rank })) this.selected = r.name;
    this.live = this.regionLine(r) + (this.selected === r.name ? this.t.listSep + this.t.map.selected : '');
  }
}
