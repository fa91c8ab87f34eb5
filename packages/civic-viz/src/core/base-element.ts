import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DataSource, toCivicError } from './data-source.js';
import { VERSION, define } from './define.js';
import { readEnvironment, watchEnvironment, type Environment } from './environment.js';
import type { CivicEventMap } from './events.js';
import { formatDate, formatValue, type FormatOptions, type Notation } from './format.js';
import { CivicError, safeUrl, type Payload } from './parse.js';
import type { FieldShape } from './fields.js';
import { coreStrings, errorText, loadErrorStrings, type CoreStrings } from './strings.js';
import { tokenStyles } from './tokens.js';
import { frameStyles } from './frame.styles.js';
import type { PrerenderedView } from './hydrate.js';
import { nameProperties, warnPlainAttributes } from './misuse.js';
import { showState } from './state.js';

export { toCivicError };

/** The element's state, reflected as the `state` attribute. */
export type State = 'loading' | 'empty' | 'error' | 'ready';

/** A boolean attribute: on when present unless it says "false"; a JS boolean reflects to presence. */
export const booleanAttribute = {
  fromAttribute: (v: string | null) => v !== null && v !== 'false',
  toAttribute: (v: boolean) => (v ? '' : null),
};

/**
 * The base of every civic-viz element: the common attributes, environment (locale, theme, care
 * mode), the state machine and the error display. Data comes from inline attributes or, through
 * the data-source controller, from `data-src` or a data child; subclasses turn it into a model
 * in `buildModel()`, a pure function of its input and the element's attributes.
 *
 * @cssprop --civic-surface - Background of the widget.
 * @cssprop --civic-text - Main text colour.
 * @cssprop --civic-text-muted - Secondary text colour (labels, footers, axes).
 * @cssprop --civic-accent - Primary mark colour.
 * @cssprop --civic-positive - Colour of a change in the good direction.
 * @cssprop --civic-negative - Colour of a change in the bad direction, and of error messages.
 * @cssprop --civic-border - Borders, grid lines and tracks.
 * @cssprop --civic-focus - Focus ring colour.
 * @cssprop --civic-font-family - Font stack.
 * @cssprop --civic-font-size - Base text size (care mode: --civic-care-font-size, ≥ 18px).
 * @cssprop --civic-value-size - Size of the primary number.
 * @cssprop --civic-radius - Corner radius.
 * @cssprop --civic-padding - Inner padding.
 * @csspart frame - The outer box.
 * @csspart label - The title.
 * @csspart message - The loading, empty or error message.
 * @csspart footer - Source and update date.
 * @csspart retry - The retry button after a failed load.
 * @csspart error-code - The error code after a failed load; hidden, for developers to show.
 * @csspart stale - "数据更新失败，显示的是 10:30 的数据" while a refresh failed (host attribute `stale`).
 * @slot - Fallback content (a `<p>` or `<table>` with the figures), shown when `data-src` fails to load.
 * @fires civic-ready - First complete render.
 * @fires civic-data - Data loaded or changed; detail is the normalized data.
 * @fires civic-error - Bad input or a failed load; detail `{code, message, attribute?}`.
 */
export abstract class CivicElement<M = unknown> extends LitElement {
  /** Version of the library that defined this class. */
  static readonly version = VERSION;
  static override styles = [tokenStyles, frameStyles];
  /** Reactive properties as a static table (no decorator helpers in the download); fields below carry their docs. */
  static override properties: PropertyDeclarations = {
    state: { reflect: true },
    stale: { type: Boolean, reflect: true },
    label: { attribute: 'data-label' },
    description: { attribute: 'data-description' },
    unit: { attribute: 'data-unit' },
    notation: { attribute: 'data-notation' },
    precision: { attribute: 'data-precision', type: Number },
    source: { attribute: 'data-source' },
    sourceHref: { attribute: 'data-source-href' },
    updatedAt: { attribute: 'data-updated' },
    src: { attribute: 'data-src' },
    charset: { attribute: 'data-charset' },
    path: { attribute: 'data-path' },
    labelField: { attribute: 'data-label-field' },
    valueField: { attribute: 'data-value-field' },
    seriesFields: { attribute: 'data-series-fields' },
    regionField: { attribute: 'data-region-field' },
    previousField: { attribute: 'data-previous-field' },
    targetField: { attribute: 'data-target-field' },
    maxField: { attribute: 'data-max-field' },
    refresh: { attribute: 'data-refresh', type: Number },
    theme: { attribute: 'data-theme', reflect: true },
    care: { attribute: 'data-care', reflect: true, converter: booleanAttribute },
    animation: { attribute: 'data-animation' },
    lazy: { attribute: 'data-lazy', converter: { fromAttribute: (v: string | null) => v !== 'false' } },
  };
  /** @internal `el.focus()` moves focus to the element's one tab stop, as Tab would. */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Registers this class under `tag`, never throwing (see `define`). */
  static define(tag: string): void {
    define(tag, this as unknown as CustomElementConstructor & { version: string });
  }

  /** Current state: loading, empty, error or ready (ready once drawn, when `civic-ready` fires). */
  state: State = 'loading';
  /** Set while a `data-refresh` failed and the last good data is shown; a styling hook. */
  stale = false;
  /** Title and accessible name. */
  label = '';
  /** Author's description; replaces the automatic summary. */
  description = '';
  /** Unit written after numbers (元, 亿元, 户, %, …). */
  unit = '';
  /** Number notation: auto (compact from 10000), compact or standard. */
  notation: Notation = 'auto';
  /** Maximum fraction digits (default 2). */
  precision?: number;
  /** Source credit shown in the footer. */
  source = '';
  /** Link for the source credit (http, https or relative). */
  sourceHref = '';
  /** ISO date of the last update (property name differs: Lit reserves `updated`). */
  updatedAt = '';
  /** URL of JSON or CSV data. */
  src = '';
  /** Text encoding of `data-src` (utf-8, gbk, gb18030, utf-16le …) when the server does not say it right. */
  charset = '';
  /** Dotted path to the data inside a JSON answer ("data.rows"; "data.list.-1" for the last record). */
  path = '';
  /** Field of each record holding the label (chart), or the record's label (card, ring). */
  labelField = '';
  /** Field holding the value. */
  valueField = '';
  /** Fields of wide records, one series each ("urban:城市低保, rural:农村低保"). */
  seriesFields = '';
  /** Field holding the region name (map). */
  regionField = '';
  /** Field holding the previous value (card, ring). */
  previousField = '';
  /** Field holding the target (card, ring). */
  targetField = '';
  /** Field holding the full-scale value (ring). */
  maxField = '';
  /** Seconds between re-fetches of `data-src` (minimum 10). */
  refresh?: number;
  /** light, dark or auto; without it, the nearest ancestor's data-theme, else light. @default 'light' */
  theme?: 'light' | 'dark' | 'auto';
  /** Care mode (关怀模式): larger text, thicker strokes, no animation. */
  care?: boolean;
  /** auto (off under prefers-reduced-motion) or off. */
  animation: 'auto' | 'off' = 'auto';
  /**
   * Charts and maps: start only near the viewport (default true; "false" starts at once). Far off
   * screen, a lazy chart shows its label, a loading placeholder and its footer; it reads its data
   * (events and errors included) and draws when it comes within 200px.
   */
  lazy = true;

  /** Locale, theme and care mode resolved from this element and its ancestors. */
  protected env: Environment = { locale: 'zh-Hans', dark: false, care: false, reducedMotion: false, forced: false };
  /** What the data says: the reflected `state` follows it, except that it turns ready only once drawn. */
  protected status: State = 'loading';
  /** The normalized data, when status is ready. */
  protected model?: M;
  /** The error shown, when status is error. */
  protected error?: CivicError;
  /** Where the payload came from (`data-src`, `child-json`, `child-table`); undefined for inline data. */
  protected dataFrom?: Payload['from'];
  /** Data from `data-src` or children, when there is no inline data. */
  protected readonly dataSource = new DataSource(
    this,
    (e, hasData) => this.report(e, hasData),
    (p) => void this.buildModel(this.shaped(p)),
  );
  /**
   * The pre-rendered widget this element keeps on screen until its live view differs (see
   * hydrate.ts). Charts create it with their code; a card or ring imports it only when it meets a
   * pre-rendered root, so a live page never downloads it.
   */
  protected prerendered?: PrerenderedView;
  /** While hydrate.ts loads for a pre-rendered root: the first update waits for it. */
  private hydrating?: Promise<void>;
  private modelKey?: string;
  private reported = new Set<string>();
  private readyFired = false;
  private unwatch?: () => void;

  /** What `data-path` and the `data-*-field` attributes make of records: series, regions or one record. */
  protected static fieldShape: FieldShape = 'record';

  /** A payload after `data-path` and the field attributes. */
  private shaped(p: Payload): Payload {
    const m = {
      path: this.path,
      label: this.labelField,
      value: this.valueField,
      series: this.seriesFields,
      region: this.regionField,
      previous: this.previousField,
      target: this.targetField,
      max: this.maxField,
    };
    const mapFields = this.dataSource.mapFields;
    return mapFields ? mapFields(p, m, (this.constructor as typeof CivicElement).fieldShape) : p;
  }

  /** Subclasses: true when the data comes from attributes/properties (highest precedence). */
  protected abstract hasInlineData(): boolean;
  /**
   * Subclasses: the model from inline data (payload undefined) or a payload; null means empty.
   * Throws CivicError. Pure: it also checks refreshed data before that data replaces the last good one.
   */
  protected abstract buildModel(payload?: Payload): M | null;

  /** Subclasses: reads their own non-data attributes before a model is built; throws CivicError. */
  protected readOptions(): void {}

  /**
   * Subclasses: what the element itself still needs once the data is there (a map's boundaries):
   * an error to show instead, `'loading'` while it comes, or nothing.
   */
  protected blocker(): CivicError | 'loading' | undefined {
    return undefined;
  }

  /** The string table for the resolved locale (elements override it with their own, larger table). */
  protected get t(): CoreStrings {
    return coreStrings[this.env.locale];
  }

  /** Whether to animate: not when off, in care mode or under reduced motion. */
  protected get shouldAnimate(): boolean {
    return this.animation !== 'off' && !this.env.reducedMotion;
  }

  /** Formatting options from the common attributes, with overrides. */
  protected fmt(extra: Partial<FormatOptions> = {}): FormatOptions {
    return { locale: this.env.locale, unit: this.unit, notation: this.notation, precision: this.precision, ...extra };
  }

  /** Formats a value with the element's unit, notation and precision. */
  protected formatValue(v: number, extra?: Partial<FormatOptions>): string {
    return formatValue(v, this.fmt(extra));
  }

  /**
   * A pre-rendered page (@civic-viz/render) gives the element a declarative shadow root. A
   * finished widget there stays on screen until the live view differs; anything else is cleared
   * so Lit renders into an empty root in the same task (see hydrate.ts).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (root?.firstChild && !this.prerendered && !this.hasUpdated) {
      // What the server rendered stays on screen while the code that decides about it arrives.
      this.hydrating = import('./hydrate.js').then(
        ({ PrerenderedView }) => {
          (this.prerendered = new PrerenderedView(this)).adopt();
          // Lit renders before the first node it found; adopt() may have removed it.
          this.renderOptions.renderBefore = root.firstChild;
        },
        // Offline: the element renders live, into an empty root.
        () => void ((this.renderOptions.renderBefore = null), root.replaceChildren()),
      );
    } else this.prerendered?.adopt();
    return super.createRenderRoot();
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const hydrating = this.hydrating;
    if (!hydrating) return super.scheduleUpdate();
    return hydrating.then(() => {
      this.hydrating = undefined;
      return super.scheduleUpdate();
    });
  }

  protected override update(changed: PropertyValues<this>): void {
    if (!this.prerendered?.keep(changed, this.status, this.modelKey, this.env)) return super.update(changed);
    // The pre-rendered widget on screen is finished: it stays ready while the live one is not rendered.
    this.state = 'ready';
    this.prerendered.skipRender(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.env = readEnvironment(this);
    this.unwatch = watchEnvironment(() => this.refreshEnvironment());
    warnPlainAttributes(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch?.();
  }

  /** Re-reads locale/theme/care; re-renders only when something changed. */
  protected refreshEnvironment(): void {
    const next = readEnvironment(this);
    const prev = this.env;
    if ((Object.keys(next) as (keyof Environment)[]).some((k) => next[k] !== prev[k])) {
      this.env = next;
      this.requestUpdate();
    }
  }

  /**
   * Text properties: frameworks assign null or undefined when a prop is removed (React 19), or a
   * number; they are read as '' or the number's text, so no string method meets a non-string.
   * Subclasses add their own text properties.
   */
  protected static textProperties: readonly string[] = [
    'label',
    'description',
    'unit',
    'source',
    'sourceHref',
    'updatedAt',
    'src',
    'charset',
    'path',
    'labelField',
    'valueField',
    'seriesFields',
    'regionField',
    'previousField',
    'targetField',
    'maxField',
  ];

  // shouldUpdate runs before every subclass's willUpdate, so none of them sees a non-string.
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const self = this as unknown as Record<string, unknown>;
    for (const name of (this.constructor as typeof CivicElement).textProperties) {
      const v = self[name];
      if ((changed as Map<PropertyKey, unknown>).has(name) && typeof v !== 'string') self[name] = v == null ? '' : String(v);
    }
    return super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme') || changed.has('care')) this.env = readEnvironment(this, { theme: this.theme, care: this.care });
    if (changed.has('src') || changed.has('refresh') || changed.has('charset'))
      this.dataSource.sync(changed.has('src') || changed.has('charset'));
    if (this.waiting) this.status = 'loading';
    else this.recompute();
    // A page waiting for [state=ready] to print or measure must find the widget drawn.
    this.state = this.status === 'ready' && !this.isDrawn() ? 'loading' : this.status;
    this.stale = this.status === 'ready' && !!this.dataSource.data?.stale;
    if (changed.has('sourceHref')) this.checkUrl(this.sourceHref, 'data-source-href');
  }

  /** Reports a link that is not http(s)/relative; the caller then renders no link. */
  protected checkUrl(url: string | undefined, attribute: string): string | null {
    if (!url) return null;
    const safe = safeUrl(url);
    if (!safe)
      this.report(
        new CivicError('invalid-url', `only http(s) and relative URLs are allowed, got ${JSON.stringify(url.slice(0, 40))}`, attribute),
        true,
      );
    return safe;
  }

  /** Works out status and model from inline data, `data-src`, child JSON or child table, in that order. */
  private recompute(): void {
    let status: State;
    try {
      const payload = this.hasInlineData() ? undefined : this.dataSource.read();
      this.dataFrom = payload === 'loading' ? undefined : payload?.from;
      let model: M | undefined;
      if (payload !== 'loading') {
        this.readOptions();
        model = this.buildModel(payload && this.shaped(payload)) ?? undefined;
      }
      this.keepModel(model);
      status = payload === 'loading' ? 'loading' : model === undefined ? 'empty' : 'ready';
      this.error = undefined;
    } catch (e) {
      this.keepModel(undefined);
      this.error = toCivicError(e);
      status = 'error';
    }
    // The element's own needs come after the data's errors: a data error is shown first.
    const block = status === 'error' ? undefined : this.blocker();
    if (block instanceof CivicError) [this.error, status] = [block, 'error'];
    else if (block && status === 'ready') status = 'loading';
    // A recovery lets the same problem be reported again if it comes back.
    if (this.status === 'error' && status !== 'error') this.reported.clear();
    this.status = status;
    if (this.error) this.report(this.error);
  }

  private keepModel(model: M | undefined): void {
    const key = model === undefined ? undefined : JSON.stringify(model);
    if (key === this.modelKey) return;
    this.modelKey = key;
    this.model = model;
    if (model !== undefined) this.emit('civic-data', model);
  }

  /** Warns once and fires `civic-error`; `nonFatal` errors leave the state alone. */
  protected report(e: CivicError, nonFatal = false): void {
    e = nameProperties(this, e);
    const key = `${e.code}|${e.attribute}|${e.message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    console.warn(`[civic-viz] <${this.localName}> ${e.attribute ?? ''}: ${e.code}: ${e.message}`.replace(' : ', ' '));
    this.emit('civic-error', { code: e.code, message: e.message, attribute: e.attribute });
    if (nonFatal) this.requestUpdate();
  }

  /** Dispatches a typed, bubbling, composed event. */
  protected emit<K extends keyof CivicEventMap>(type: K, detail: CivicEventMap[K]['detail']): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: type === 'civic-select' }));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('state')) showState(this, this.state);
    // `civic-ready` fires in the update that reflects state="ready": the two are one moment.
    if (this.state === 'ready' && !this.readyFired) {
      this.readyFired = true;
      this.emit('civic-ready', undefined);
    }
    this.markReady();
  }

  /**
   * Subclasses: true while the element builds no model yet (a lazy chart far off screen). It
   * stays loading; its data is read, checked and reported once this turns false.
   */
  protected get waiting(): boolean {
    return false;
  }

  /** Subclasses with asynchronous drawing return false until it is drawn. */
  protected isDrawn(): boolean {
    return true;
  }

  /** Subclasses call this when drawing finished: the state turns ready in the next update. */
  protected markReady(): void {
    if (this.status === 'ready' && this.state !== 'ready' && this.isDrawn()) this.requestUpdate();
  }

  /**
   * The frame classes for the theme; `still` when nothing may move (`data-animation="off"`, care
   * mode, reduced motion): the one switch for CSS motion, the skeleton's shimmer included.
   */
  protected get frameClass(): string {
    return `frame${this.env.dark ? ' dark' : ''}${this.env.care ? ' care' : ''}${this.shouldAnimate ? '' : ' still'}`;
  }

  /** The label element; `id="label"` so inner parts can use aria-labelledby. */
  protected renderLabel(): TemplateResult | typeof nothing {
    return this.label ? html`<div class="label" part="label" id="label">${this.label}</div>` : nothing;
  }

  /** Loading skeleton, empty message or error message with its code (and retry for loads). */
  protected renderStatus(): TemplateResult | typeof nothing {
    const t = this.t;
    switch (this.status) {
      case 'loading':
        return html`<div class="skeleton" aria-hidden="true"></div><span class="sr-only">${t.loading}</span>`;
      case 'empty':
        return html`<p class="message" part="message">${t.empty}</p>`;
      case 'error': {
        const e = this.error;
        if (!e) return nothing;
        const retry = this.retryFor(e);
        if (!retry) {
          return html`<p class="message error" part="message" role="alert">${this.errorMessage(e)} <code>${e.code}</code></p>`;
        }
        // A failed load is the reader's concern: a short notice, a retry, and the author's fallback
        // content (the child <p> or <table> with the figures) in the default slot. The code is for
        // developers: in the title, the console, civic-error and the hidden part error-code.
        return html`<p class="message notice" part="message" role="alert" title=${e.code}>
            <span>${this.errorMessage(e)}</span><code part="error-code">${e.code}</code>
            <button type="button" part="retry" @click=${retry}>${t.retry}</button></p>
          <div class="fallback"><slot></slot></div>`;
      }
      default:
        return nothing;
    }
  }

  /** The reader's words for an error; '' until the messages have loaded (the code shows meanwhile). */
  private errorMessage(e: CivicError): string {
    const text = errorText(this.env.locale, e.code);
    if (text === undefined) void loadErrorStrings().then(() => errorText(this.env.locale, e.code) && this.requestUpdate());
    return text ?? '';
  }

  /** `await el.updateComplete` after an error resolves once its message is on screen, not before. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.status !== 'error' || !this.error || errorText(this.env.locale, this.error.code) !== undefined) return done;
    await loadErrorStrings();
    return super.getUpdateComplete();
  }

  /** What the retry button does for an error, or null for an error no retry can fix. */
  protected retryFor(e: CivicError): (() => void) | null {
    // Anything that came with the data-src response (a failed or cut-off load, a bad body, bad
    // values) may be gone on the next try; a refused URL will not be.
    return this.src && e.attribute === 'data-src' && e.code !== 'invalid-url' ? () => this.dataSource.retry() : null;
  }

  /** The footer with the source credit and update date, plus the `footer` slot. */
  protected renderFooter(): TemplateResult {
    const t = this.t;
    const href = safeUrl(this.sourceHref);
    // No data on screen, no date for it (the fallback content carries its own).
    const date = this.updatedAt && this.state !== 'error' ? formatDate(this.updatedAt, this.env.locale) : null;
    const since = this.stale ? this.dataSource.data?.loadedAtText(this.env.locale) : '';
    const stale = since ? t.stale(since) : '';
    // role=none: a footer outside any <section> is a contentinfo landmark, one per widget on the page.
    return html`<footer part="footer" role="none">
      ${
        this.source
          ? html`<span>${t.source}${href ? html`<a href=${href} rel="noopener noreferrer">${this.source}</a>` : this.source}</span>`
          : nothing
      }
      ${date ? html`<span>${t.updated(date)}</span>` : nothing}
      ${stale ? html`<span class="stale" part="stale" role="status">${stale}</span>` : nothing}
      <slot name="footer"></slot>
    </footer>`;
  }
}
