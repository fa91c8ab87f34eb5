import { closestWithAttribute } from './closest.js';

/**
 * Recognizes an element `@civic-viz/render` pre-rendered: its declarative shadow root holds the
 * finished widget (`state="ready"`). Small and free of Lit, so the autoloader can ask it before
 * any element code is loaded.
 */
export function isPrerendered(el: Element): boolean {
  return !!el.shadowRoot?.firstElementChild && el.getAttribute('state') === 'ready';
}

/**
 * Whether a pre-rendered element still needs its live code at once: live data (`data-refresh`),
 * a card's sparkline (drawn only in the browser), or `data-interactive="eager"` on it or an
 * ancestor. Everything else reads complete without JavaScript.
 */
export function needsLiveCode(el: Element): boolean {
  return el.hasAttribute('data-refresh') || el.hasAttribute('data-sparkline') || isEager(el);
}

/** `data-interactive="eager"` on the element or the nearest ancestor that sets it: live charts at once. */
export const isEager = (el: Element): boolean => closestWithAttribute(el, 'data-interactive')?.getAttribute('data-interactive') === 'eager';

/**
 * What a pre-rendered element inherits from the page (locale, theme, care mode), as one string: a
 * page that sets `<html data-theme="light">` or the same `lang` again changes nothing it shows.
 */
export function envOf(el: Element): string {
  // The same lookup as the element's own (environment.ts): through shadow roots to the page.
  const near = (name: string) => closestWithAttribute(el, name)?.getAttribute(name);
  const care = near('data-care');
  return `${near('lang') ?? ''}|${near('data-theme') || 'light'}|${care != null && care !== 'false'}|${near('data-interactive') ?? ''}`;
}
