import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { DataController } from './data-controller.js';
import { VERSION, define } from './define.js';
import { readEnvironment, watchEnvironment, type Environment } from './environment.js';
import type { CivicEventMap } from './events.js';
import { formatDate, formatValue, type FormatOptions, type Notation } from './format.js';
import { CivicError, safeUrl, type Payload } from './parse.js';
import { coreStrings, type CoreStrings } from './strings.js';
import { tokenStyles } from './tokens.js';
import { frameStyles } from './frame.styles.js';

/** The element's state, reflected as the `state` attribute (spec §4). */
export type State = 'loading' | 'empty' | 'error' | 'ready';

// `data-care` is "on" when present unless it says "false"; a JS boolean reflects to presence.
const careConverter = {
  fromAttribute: (v: string | null) => v !== null && v !== 'false',
  toAttribute: (v: boolean) => (v ? '' : null),
};

/**
 * The base of every civic-viz element: common attributes (spec §3), environment (locale,
 * theme, care mode), the state machine, data loading and the error display (spec §4).
 * Subclasses turn inline attributes or an external payload into a model in `buildModel()`.
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
 * @fires civic-ready - First complete render.
 * @fires civic-data - Data loaded or changed; detail is the normalized data.
 * @fires civic-error - Bad input or a failed load; detail `{code, message, attribute?}`.
 */
export abstract class CivicElement<M = unknown> extends LitElement {
  /** Version of the library that defined this class. */
  static readonly version = VERSION;
  static override styles = [tokenStyles, frameStyles];

  /** Registers this class under `tag`, never throwing (see `define`). */
  static define(tag: string): void {
    define(tag, this as unknown as CustomElementConstructor & { version: string });
  }

  /** Current state: loading, empty, error or ready. */
  @property({ reflect: true }) state: State = 'loading';
  /** Title and accessible name. */
  @property({ attribute: 'data-label' }) label = '';
  /** Author's description; replaces the automatic summary. */
  @property({ attribute: 'data-description' }) description = '';
  /** Unit written after numbers (元, 亿元, 户, %, …). */
  @property({ attribute: 'data-unit' }) unit = '';
  /** Number notation: auto (compact from 10000), compact or standard. */
  @property({ attribute: 'data-notation' }) notation: Notation = 'auto';
  /** Maximum fraction digits (default 2). */
  @property({ attribute: 'data-precision', type: Number }) precision?: number;
  /** Source credit shown in the footer. */
  @property({ attribute: 'data-source' }) source = '';
  /** Link for the source credit (http, https or relative). */
  @property({ attribute: 'data-source-href' }) sourceHref = '';
  /** ISO date of the last update (property name differs: Lit reserves `updated`). */
  @property({ attribute: 'data-updated' }) updatedAt = '';
  /** URL of JSON or CSV data. */
  @property({ attribute: 'data-src' }) src = '';
  /** Seconds between re-fetches of `data-src` (minimum 10). */
  @property({ attribute: 'data-refresh', type: Number }) refresh?: number;
  /** light, dark or auto. */
  @property({ attribute: 'data-theme', reflect: true }) theme?: 'light' | 'dark' | 'auto';
  /** Care mode (关怀模式): larger text, thicker strokes, no animation. */
  @property({ attribute: 'data-care', reflect: true, converter: careConverter }) care?: boolean;
  /** auto (off under prefers-reduced-motion) or off. */
  @property({ attribute: 'data-animation' }) animation: 'auto' | 'off' = 'auto';
  /** Start work only near the viewport (default true; "false" starts at once). */
  @property({ attribute: 'data-lazy', converter: { fromAttribute: (v: string | null) => v !== 'false' } })
  lazy = true;

  /** Locale, theme and care mode resolved from this element and its ancestors. */
  protected env: Environment = { locale: 'zh-Hans', dark: false, care: false, reducedMotion: false, forced: false };
  /** The normalized data, when state is ready. */
  protected model?: M;
  /** The error shown, when state is error. */
  protected error?: CivicError;
  /** The `data-src` loader, imported with the first `data-src`. */
  protected data?: DataController;
  private loader?: Promise<unknown>;
  private loaderError?: CivicError;
  private childPayload?: Payload;
  private childError?: CivicError;
  private childReader?: (host: Element) => Payload | undefined;
  private childPending = false;
  private modelKey?: string;
  private reported = new Set<string>();
  private readyFired = false;
  private unwatch?: () => void;
  private childObserver?: MutationObserver;

  /** Subclasses: true when the data comes from attributes/properties (highest precedence). */
  protected abstract hasInlineData(): boolean;
  /** Subclasses: the model from inline data (payload undefined) or a payload; null means empty. Throws CivicError. */
  protected abstract buildModel(payload?: Payload): M | null;

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
   * A pre-rendered page (@civic-viz/render) gives the element a declarative shadow root. Lit
   * would render after its content (a second copy of the widget): the element starts from an
   * empty root instead, in the same task, so nothing is painted in between.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.env = readEnvironment(this);
    this.unwatch = watchEnvironment(() => this.refreshEnvironment());
    this.readChildData();
    this.childObserver ??= new MutationObserver(() => this.readChildData(true));
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch?.();
    this.childObserver?.disconnect();
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

  private readChildData(fromMutation = false): void {
    const read = this.childReader;
    if (!read) {
      // The reader is imported only by an element that has a data child.
      this.childPayload = this.childError = undefined;
      if (this.querySelector(':scope > script, :scope > table') && !this.childPending) {
        this.childPending = true;
        import('./children.js').then(
          (m) => {
            this.childReader = m.readChildren;
            this.childPending = false;
            this.readChildData(true);
          },
          (e: unknown) => {
            this.childPending = false;
            this.childError = new CivicError('fetch-failed', `the child data reader could not be loaded (${(e as Error)?.message ?? e})`);
            this.requestUpdate();
          },
        );
      }
    } else {
      try {
        this.childPayload = read(this);
        this.childError = undefined;
      } catch (e) {
        this.childPayload = undefined;
        this.childError = toCivicError(e);
      }
    }
    if (fromMutation) this.requestUpdate();
  }


  /**
   * Text properties: frameworks assign null or undefined when a prop is removed (React 19), or a
   * number; they are read as '' or the number's text, so no string method meets a non-string.
   * Subclasses add their own text properties.
   */
  protected static textProperties: readonly string[] = ['label', 'description', 'unit', 'source', 'sourceHref', 'updatedAt', 'src'];

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
    if (changed.has('src') || changed.has('refresh')) this.syncData(changed.has('src'));
    this.recompute();
    if (changed.has('sourceHref')) this.checkUrl(this.sourceHref, 'data-source-href');
  }

  /** Hands `data-src` to the loader, importing it first if this is the first one. */
  private syncData(force: boolean): void {
    if (this.data) return this.data.sync(force);
    // A failed import is tried again for a new src or the retry button.
    if (this.loaderError && force) this.loader = this.loaderError = undefined;
    if (!this.src.trim() || this.loader) return;
    this.loader = import('./data-controller.js').then(
      ({ DataController }) => {
        const data = (this.data = new DataController(this, (e, hasData) => this.report(e, hasData), (p) => void this.buildModel(p)));
        // Removed meanwhile: the controller loads when the element is connected again.
        if (this.isConnected) data.sync(true);
        else data.pending = true;
      },
      (e: unknown) => {
        // Offline or blocked: the same answer as a failed fetch, with a retry.
        this.loaderError = new CivicError('fetch-failed', `the data loader could not be loaded (${(e as Error)?.message ?? e})`, 'data-src');
        this.requestUpdate();
      },
    );
  }

  private retryData(): void {
    if (this.data) this.data.retry();
    else this.syncData(true);
    this.requestUpdate();
  }

  /** Reports a link that is not http(s)/relative; the caller then renders no link. */
  protected checkUrl(url: string | undefined, attribute: string): string | null {
    if (!url) return null;
    const safe = safeUrl(url);
    if (!safe) this.report(new CivicError('invalid-url', `only http(s) and relative URLs are allowed, got ${JSON.stringify(url.slice(0, 40))}`, attribute), true);
    return safe;
  }

  /** Works out state and model from inline data, `data-src`, child JSON or child table, in that order. */
  private recompute(): void {
    try {
      let payload: Payload | undefined;
      if (!this.hasInlineData()) {
        if (this.src.trim()) {
          if (this.data?.payload) payload = this.data.payload;
          else if (this.data?.error ?? this.loaderError) throw this.data?.error ?? this.loaderError;
          else return this.setModel(undefined, 'loading');
        } else if (this.childError) throw this.childError;
        else if (this.childPending) return this.setModel(undefined, 'loading');
        else payload = this.childPayload;
      }
      const model = this.buildModel(payload);
      this.error = undefined;
      this.setModel(model ?? undefined, model == null ? 'empty' : 'ready');
    } catch (e) {
      this.error = toCivicError(e);
      this.setModel(undefined, 'error');
      this.report(this.error);
    }
  }

  private setModel(model: M | undefined, state: State): void {
    const key = model === undefined ? undefined : JSON.stringify(model);
    if (key !== this.modelKey) {
      this.modelKey = key;
      this.model = model;
      if (model !== undefined) this.emit('civic-data', model);
    }
    // A recovery lets the same problem be reported again if it comes back.
    if (this.state === 'error' && state !== 'error') this.reported.clear();
    this.state = state;
  }

  /** Warns once and fires `civic-error`; `nonFatal` errors leave the state alone. */
  protected report(e: CivicError, nonFatal = false): void {
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
    if (this.state === 'ready') this.markReady();
  }

  /** Subclasses with asynchronous drawing return false until it is drawn. */
  protected isDrawn(): boolean {
    return true;
  }

  /** Fires `civic-ready` once, after the first complete render. */
  protected markReady(): void {
    if (!this.readyFired && this.state === 'ready' && this.isDrawn()) {
      this.readyFired = true;
      this.emit('civic-ready', undefined);
    }
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
    switch (this.state) {
      case 'loading':
        return html`<div class="skeleton" aria-hidden="true"></div><span class="sr-only">${t.loading}</span>`;
      case 'empty':
        return html`<p class="message" part="message">${t.empty}</p>`;
      case 'error': {
        const e = this.error;
        if (!e) return nothing;
        // Anything that came with the data-src response (a failed or cut-off load, a bad body, bad
        // values) may be gone on the next try; a refused URL will not be.
        const retry = this.src && e.attribute === 'data-src' && e.code !== 'invalid-url';
        return html`<p class="message error" part="message" role="alert">
            ${t.errors[e.code]} <code>${e.code}</code></p>
          ${retry ? html`<button type="button" part="retry" @click=${() => this.retryData()}>${t.retry}</button>` : nothing}`;
      }
      default:
        return nothing;
    }
  }

  /** The footer with the source credit and update date, plus the `footer` slot. */
  protected renderFooter(): TemplateResult {
    const t = this.t;
    const href = safeUrl(this.sourceHref);
    const date = this.updatedAt ? formatDate(this.updatedAt, this.env.locale) : null;
    // role=none: a footer outside any <section> is a contentinfo landmark, one per widget on the page.
    return html`<footer part="footer" role="none">
      ${this.source
        ? html`<span>${t.source}${href ? html`<a href=${href} rel="noopener noreferrer">${this.source}</a>` : this.source}</span>`
        : nothing}
      ${date ? html`<span>${t.updated(date)}</span>` : nothing}
      <slot name="footer"></slot>
    </footer>`;
  }
}

/** Wraps anything thrown into a CivicError so nothing escapes a lifecycle callback. */
export function toCivicError(e: unknown): CivicError {
  if (e instanceof CivicError) return e;
  return new CivicError('invalid-json', e instanceof Error ? e.message : String(e));
}
