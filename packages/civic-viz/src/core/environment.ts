import { closestWithAttribute } from './closest.js';
import { toLocale, type Locale } from './strings.js';

/** What an element inherits from its surroundings: locale, theme, care mode, motion preference. */
export interface Environment {
  locale: Locale;
  dark: boolean;
  care: boolean;
  reducedMotion: boolean;
  /** Forced colours (Windows High Contrast): charts paint system colours on their canvas. */
  forced: boolean;
}

const media = (q: string) => (typeof matchMedia === 'function' ? matchMedia(q) : null);
const darkQuery = media('(prefers-color-scheme: dark)');
const motionQuery = media('(prefers-reduced-motion: reduce)');
const forcedQuery = media('(forced-colors: active)');
/** Whether forced colours (Windows High Contrast) are on: canvases must paint system colours. */
export const forcedColors = (): boolean => !!forcedQuery?.matches;

/**
 * Resolves the environment of an element from its own and its ancestors' attributes. During an
 * update, `own` passes the element's `theme`/`care` properties, which are ahead of their
 * reflected attributes (Lit reflects only after `willUpdate`).
 */
export function readEnvironment(el: Element, own?: { theme?: string; care?: boolean }): Environment {
  const start = own ? el.parentNode : el;
  const theme = own?.theme ?? closestWithAttribute(start, 'data-theme')?.getAttribute('data-theme');
  const careEl = closestWithAttribute(start, 'data-care');
  const care =
    own?.care === true ||
    ((!own || el.getAttribute('data-care') !== 'false') && careEl != null && careEl.getAttribute('data-care') !== 'false');
  return {
    locale: toLocale(closestWithAttribute(el, 'lang')?.getAttribute('lang')),
    dark: theme === 'dark' || (theme === 'auto' && !!darkQuery?.matches),
    care,
    reducedMotion: care || !!motionQuery?.matches,
    forced: forcedColors(),
  };
}

/**
 * One observer for the whole document: when `lang`, `data-theme` or `data-care` change anywhere
 * (typically on `<html>`), or the colour-scheme, motion or forced-colours preference changes,
 * every connected element re-reads its environment. One observer, not one per element, keeps
 * 100 charts cheap.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;
const notify = () => listeners.forEach((fn) => fn());

export function watchEnvironment(fn: () => void): () => void {
  if (!observer && typeof MutationObserver === 'function') {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, {
      attributes: true,
      subtree: true,
      attributeFilter: ['lang', 'data-theme', 'data-care'],
    });
    darkQuery?.addEventListener('change', notify);
    motionQuery?.addEventListener('change', notify);
    forcedQuery?.addEventListener('change', notify);
  }
  listeners.add(fn);
  return () => listeners.delete(fn);
}
