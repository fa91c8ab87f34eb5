import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { CivicChartElement } from '../charts/chart-element.js';
import type { ChartInstance } from '../charts/chart-controller.js';
import { unitSuffix } from '../charts/chart-strings.js';
import { booleanAttribute } from '../core/base-element.js';
import type { CivicRegionSelectDetail } from '../core/events.js';
import { formatNumber } from '../core/format.js';
import { CivicError, type Payload } from '../core/parse.js';
import { palettes, type Palette } from '../core/tokens.js';
import { districtMapStyles } from './district-map.styles.js';
import { GeoController, geoSourceOf, type GeoMap, type GeoSource } from './geo-source.js';
import { MapColors } from './colors.js';
import { paintLegend, renderCredit, renderLegend, renderReviewNo, renderUnmatched } from './legend.js';
import { selectedRegion } from './match.js';
import { fromPayload, fromValues, joinData, type MapData, type MapView, type RegionDatum } from './model.js';
import { firstRegion, stepRegion } from './navigation.js';
import { buildMapOption } from './options.js';
import { attachPointer } from './pointer.js';
import { ensureRegistered, indexOf, loadMapRegistry, mapName } from './registry.js';
import { legendEntries, type ColorScale } from './scale.js';
import { districtMapStrings, type DistrictMapStrings } from './strings.js';
import { mapSummary, mapTable, regionText, unmatchedError } from './summary.js';

/**
 * A choropleth map of districts: one colour per region from its value, regions
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
export class CivicDistrictMap extends CivicChartElement<MapData, string> {
  protected static override textProperties = [
    ...CivicChartElement.textProperties,
    'map',
    'geoSrc',
    'nameProperty',
    'selected',
    'reviewNo',
    'joinKey',
  ];
  protected static override fieldShape = 'regions' as const;
  static override styles = [...CivicChartElement.styles, districtMapStyles];
  protected static override dataProperties: ReadonlySet<PropertyKey> = new Set(['values']);
  static override properties: PropertyDeclarations = {
    map: { attribute: 'data-map' },
    geoSrc: { attribute: 'data-geo-src' },
    nameProperty: { attribute: 'data-name-property' },
    values: { attribute: 'data-values' },
    colors: { attribute: 'data-colors' },
    scale: { attribute: 'data-scale' },
    breaks: { attribute: 'data-breaks' },
    showLabels: { attribute: 'data-show-labels', converter: booleanAttribute },
    joinKey: { attribute: 'data-key' },
    reviewNo: { attribute: 'data-review-no' },
    selected: { attribute: 'data-selected', reflect: true },
  };

  /** Built-in map, loaded lazily from @civic-viz/geo: `anshan` (the seven divisions of 鞍山市). */
  map = '';
  /** URL of a GeoJSON FeatureCollection (plain or compressed UTF8Encoding); wins over data-map. */
  geoSrc = '';
  /** Feature property that holds the region names in data-geo-src (default `name`). */
  nameProperty = 'name';
  /** Values by region: JSON object `{"铁东区": 61}`; the property also takes an object or `[{name, value}]`. */
  values: unknown = '';
  /** Two or more colours, low → high: JSON array or comma list (default: --civic-map-low/--civic-map-high). */
  colors: unknown = '';
  /** Colour scale: `linear` (default, lowest → highest value) or `threshold` (classes from data-breaks). */
  scale: 'linear' | 'threshold' = 'linear';
  /** Class breaks of the threshold scale: ascending numbers, comma list or JSON array. */
  breaks: unknown = '';
  /** Print region names on the map. */
  showLabels = false;
  /** What data names are: `name` (default) or `adcode` — six-digit division codes (`{"210302": 61}`). Property `joinKey` (not `key`, which React reserves). */
  joinKey: 'name' | 'adcode' = 'name';
  /** The map's review number (审图号, e.g. `辽S(2021)012号`): printed on the map, in the table caption and in print. */
  reviewNo = '';
  /** The selected region's name (reflected); set it to select a region from JS. */
  selected = '';

  /** The boundaries' loader (exposed for tests: `loads` counts fetches). */
  protected readonly geo = new GeoController(this, () => this.requestUpdate());
  /** The ECharts lifecycle (exposed for tests: `chart`, `inits`); the boundaries are registered before each draw. */
  protected readonly chart = this.chartController(
    loadMapRegistry,
    (registry) => this.drawnGeo && ensureRegistered(registry, this.drawnGeo),
  );
  protected override resumesFocus = true;

  private view?: MapView;
  private viewOf?: [MapData, GeoMap];
  private drawnGeo?: GeoMap;
  private readonly colorScale = new MapColors();
  private noMapError?: CivicError;
  private palette: Palette = palettes.light;

  /** @internal Tests also read the boundaries' loader (`loads`, `geo`). */
  override get testing(): CivicChartElement<MapData, string>['testing'] & { geo: GeoController } {
    return { ...super.testing, geo: this.geo };
  }

  protected override get t(): DistrictMapStrings {
    return districtMapStrings[this.env.locale];
  }

  protected get typeName(): string {
    return this.t.chartTypes.map;
  }

  protected override get boxPart(): string {
    return 'map';
  }

  protected get hasView(): boolean {
    return this.status === 'ready' && !!this.view;
  }

  protected hasInlineData(): boolean {
    return this.values !== '' && this.values != null;
  }

  protected buildModel(payload?: Payload): MapData | null {
    return payload ? fromPayload(payload) : fromValues(this.values);
  }

  protected override readOptions(): void {
    this.colorScale.read(this.colors, this.scale, this.breaks);
  }

  /** The boundaries: none given, their error, or loading until they are there. */
  protected override blocker(): CivicError | 'loading' | undefined {
    if (!this.geoSource())
      return (this.noMapError ??= new CivicError('unknown-map', 'no map given: set data-map (e.g. "anshan") or data-geo-src', 'data-map'));
    return this.geo.blocker;
  }

  private geoSource(): GeoSource | null {
    return geoSourceOf(this.geoSrc, this.map, this.nameProperty);
  }

  protected override retryFor(e: CivicError): (() => void) | null {
    // A failed boundary load retries the boundaries, not data-src.
    return this.geo.retryFor(e) ?? super.retryFor(e);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.geo.sync(this.geoSource());
    super.willUpdate(changed);
    // Data there, boundaries on their way: fetch ECharts meanwhile rather than after them.
    if (this.model && !this.geo.geo && !this.geo.error) this.chart.preload();
    this.resolve();
  }

  /** Joins data and boundaries once both are there; reports names that match no region. */
  private resolve(): void {
    const geo = this.geo.geo;
    if (this.status !== 'ready' || !this.model || !geo) return void (this.view = undefined);
    if (!this.viewOf || this.viewOf[0] !== this.model || this.viewOf[1] !== geo) {
      this.view = joinData(this.model, geo.regions, indexOf(geo), this.joinKey === 'adcode' ? 'adcode' : 'name');
      this.viewOf = [this.model, geo];
      if (this.focusPoint && !geo.regions.some((r) => r.name === this.focusPoint)) this.focusPoint = null;
      const unmatched = unmatchedError(this.view, this.dataFrom ?? 'data-values', geo.regions, geo.missing);
      if (unmatched) this.report(unmatched, true);
    }
    const selected = this.selected && selectedRegion(indexOf(geo), this.selected);
    if (selected instanceof CivicError) this.report(selected, true);
    else if (selected) this.selected = selected;
  }

  /** The colour scale for a view (the pre-renderer reads it too). */
  private scaleFor(view: MapView, palette: Palette): ColorScale | null {
    return this.colorScale.scaleFor(view, palette);
  }

  private regionFormat = (v: number) => this.formatValue(v);

  private region(name: string): RegionDatum | undefined {
    return this.view?.regions.find((r) => r.name === name);
  }

  // ---- rendering ------------------------------------------------------------------------

  /** The review number (审图号) sits on the map itself, so every screenshot and printout carries it. */
  protected override renderOverlay(): TemplateResult | typeof nothing {
    return renderReviewNo(this.reviewNo, this.t);
  }

  protected renderDetails(): TemplateResult {
    const view = this.view!;
    const t = this.t;
    // Legend texts do not depend on colours; swatches are painted with the live palette when drawn.
    const scale = this.scaleFor(view, this.palette);
    const legend = scale
      ? legendEntries(scale, this.regionFormat, { ...t.map, lowest: t.lowest, highest: t.highest }, (v) => formatNumber(v, this.fmt()))
      : [];
    return html`${this.renderText(() => mapSummary(view, t, this.regionFormat), t.map.instructions)}
      ${renderLegend(
        legend,
        scale?.kind,
        view.regions.some((r) => r.value == null),
        t,
      )}
      ${renderUnmatched(view.unmatched, t)}
      ${this.renderTable(() => ({
        caption: (this.label || t.chartTypes.map) + (this.reviewNo?.trim() ? t.listSep + t.map.reviewNo(this.reviewNo.trim()) : ''),
        filename: this.label || 'map',
        ...mapTable(view, t, this.regionFormat, this.model?.valueLabel || t.map.value + unitSuffix(this.unit, this.env.locale)),
      }))}
      ${this.geoSource()?.kind === 'builtin' ? renderCredit(t) : nothing}`;
  }

  protected buildOption(frame: HTMLElement): { option: object } | null {
    const view = this.view;
    const geo = this.geo.geo;
    if (!view || !geo) return null;
    const { palette, font } = this.frameStyle(frame);
    this.palette = palette;
    const scale = this.scaleFor(view, palette);
    paintLegend(this.renderRoot, scale);
    this.drawnGeo = geo;
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
    return { option };
  }

  // ---- points and interaction -------------------------------------------------------------

  /** A region's centre on screen; the box centre before the map is laid out. */
  protected pixel(name: string): [number, number] {
    const r = this.region(name);
    const box = this.renderRoot.querySelector<HTMLElement>('.chart-box');
    try {
      const pt = r && this.chart.chart?.convertToPixel({ seriesIndex: 0 }, r.center);
      if (Array.isArray(pt) && pt.every(Number.isFinite)) return [pt[0], pt[1]];
    } catch {
      // Not laid out yet: the box centre will do.
    }
    return [(box?.clientWidth ?? 0) / 2, (box?.clientHeight ?? 0) / 2];
  }

  protected pointText(name: string): string {
    const r = this.region(name);
    return r ? regionText(r, this.view?.ranked ?? 0, this.t, this.regionFormat) : '';
  }

  protected override liveText(name: string): string {
    return this.pointText(name) + (name === this.selected ? this.t.listSep + this.t.map.selected : '');
  }

  protected highlightOf(name: string): object {
    return { seriesIndex: 0, name };
  }

  /** The keyboard's region while the map has focus (ECharts emphasises hovered regions itself). */
  protected override highlighted(): string | null {
    return this.hasFocus ? this.focusPoint : null;
  }

  protected attach(chart: ChartInstance): void {
    attachPointer(chart, {
      click: (name) => {
        this.focusPoint = name;
        this.select(name);
      },
      selected: () => this.selected,
      regionCount: () => this.view?.regions.length ?? 0,
      hover: (name, at) => {
        this.tip = name;
        this.tipAt = at;
      },
      out: () => {
        this.tip = this.hasFocus ? this.focusPoint : null;
        this.tipAt = null;
        this.syncHighlight();
      },
    });
  }

  protected firstPoint(): string | null {
    return firstRegion(this.view?.regions ?? [], this.selected);
  }

  protected step(key: string): string | null | undefined {
    return stepRegion(this.view?.regions ?? [], this.focusPoint, key);
  }

  protected selectDetail(name: string): CivicRegionSelectDetail | null {
    const r = this.region(name);
    return r ? { region: r.name, value: r.value, rank: r.rank } : null;
  }

  /** Selects the region unless the event was cancelled; the live region says which it is. */
  protected picked(name: string, accepted: boolean): void {
    if (accepted) this.selected = name;
    this.live = this.liveText(name);
  }
}
