import { ReactiveElement, type PropertyValues } from 'lit';
import { isPrerendered } from './prerendered.js';

/**
 * Hydration without redrawing. `@civic-viz/render` gives a pre-rendered element a declarative
 * shadow root holding the finished widget. When the library upgrades such an element, the
 * pre-rendered nodes stay on screen: the element works out its state and model as usual (so bad
 * input is still reported) but does not render until the live view would differ from what is
 * shown — a property or attribute changed, the locale/theme/care mode changed, the data changed
 * (a `data-refresh`), the state turned to error or empty — or, for charts, until a reader
 * interacts (see `charts/static-drawing.ts`). Only then is the static content replaced, in one
 * task, so nothing is painted in between.
 */

/** Reflected outputs the element sets itself during an update: not a change from outside (here: no reason to leave the static view). */
export const OWN_OUTPUTS: ReadonlySet<PropertyKey> = new Set<PropertyKey>(['state', 'stale']);

/** A change from outside: a public property (internal `@state()` ones are the element's own, such as a count-up). */
function isExternal(host: ReactiveElement, key: PropertyKey): boolean {
  const declared = (host.constructor as typeof ReactiveElement).elementProperties.get(key);
  return !!declared && !declared.state && !OWN_OUTPUTS.has(key);
}

/** What of the environment a static view shows: reduced motion and forced colours are CSS's business. */
interface ShownEnvironment {
  locale: string;
  dark: boolean;
  care: boolean;
}
const envKeyOf = (env: ShownEnvironment) => `${env.locale}|${env.dark}|${env.care}`;

/** Style and stylesheet nodes of the pre-rendered root: kept, the static drawing may still use them. */
const isStyle = (n: Node) => n instanceof HTMLStyleElement || (n instanceof HTMLLinkElement && n.rel === 'stylesheet');

export class PrerenderedView {
  /** True while the pre-rendered nodes are on screen and the element has not rendered itself. */
  held = false;
  /** A chart's own condition: keep the static view while this returns true (its drawing engine is not there yet). */
  waitFor?: () => boolean;
  /** Called right before the live render replaces the static content, with the nodes taken out. */
  onRelease?: (removed: Node[]) => void;
  private wanted = false;
  private baseline?: string;
  /** The locale, theme and care mode the server rendered with, read from the static frame. */
  private envKey?: string;

  constructor(private readonly host: ReactiveElement) {}

  /**
   * At the first connection (render root creation): keeps a finished pre-rendered root; anything
   * else in an existing root (a loading or error pre-render, or a sparkline the server could not
   * draw) is cleared, so Lit renders into an empty root in the same task.
   */
  adopt(): void {
    const root = this.host.shadowRoot;
    if (!root || this.host.hasUpdated) return;
    this.held = isPrerendered(this.host) && !this.host.hasAttribute('data-sparkline');
    if (!this.held) return root.replaceChildren();
    // The code may arrive only after the page switched language or theme (the autoloader loads
    // it because of that switch): what was rendered, not what the page says now, is the baseline.
    const frame = root.querySelector<HTMLElement>('[part="frame"]');
    if (frame?.lang) {
      const cls = frame.classList;
      const dark = cls.contains('auto') ? matchMedia('(prefers-color-scheme: dark)').matches : cls.contains('dark');
      this.envKey = envKeyOf({ locale: frame.lang, dark, care: cls.contains('care') });
    }
  }

  /** Asks for the live view (a chart's reader interacted, or `data-interactive="eager"`). */
  wake(): void {
    if (!this.held || this.wanted) return;
    this.wanted = true;
    this.host.requestUpdate();
  }

  /**
   * Whether this update leaves the static content in place. `modelKey` identifies the data shown
   * (undefined while loading), `env` the locale/theme/care mode.
   */
  keep(changed: PropertyValues, status: string, modelKey: string | undefined, env: ShownEnvironment): boolean {
    if (!this.held) return false;
    const envKey = envKeyOf(env);
    if (!this.wanted) {
      // The first update carries every attribute the page was rendered from; later ones are changes.
      const changedLater = this.host.hasUpdated && [...(changed as Map<PropertyKey, unknown>).keys()].some((k) => isExternal(this.host, k));
      this.envKey ??= envKey;
      // The first data the element reads is what the server rendered from; a later one is new.
      if (status === 'ready' && this.baseline === undefined) this.baseline = modelKey;
      this.wanted =
        status === 'error' ||
        status === 'empty' ||
        changedLater ||
        envKey !== this.envKey ||
        (status === 'ready' && modelKey !== this.baseline);
    }
    if (!this.wanted) return true;
    // The live view needs its data (a child table, data-src) and a chart its engine, fetched side by
    // side: until both are there the static view is the better one (no skeleton, no blank box).
    const engineLoading = this.waitFor?.() ?? false;
    if (status === 'loading' || (status === 'ready' && engineLoading)) return true;
    this.release();
    return false;
  }

  /** Skips Lit's render for an update that keeps the static view (attributes still reflect). */
  skipRender(changed: PropertyValues): void {
    // ReactiveElement's own update: reflects attributes and marks the update done, renders nothing.
    ReactiveElement.prototype['update'].call(this.host, changed);
  }

  private release(): void {
    this.held = false;
    const root = this.host.shadowRoot;
    if (!root) return;
    const removed = [...root.childNodes].filter((n) => !isStyle(n));
    this.onRelease?.(removed);
    removed.forEach((n) => n.remove());
  }
}
