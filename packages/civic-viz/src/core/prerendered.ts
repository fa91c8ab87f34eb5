/**
 * Recognizes an element `@civic-viz/render` pre-rendered: its declarative shadow root holds the
 * finished widget (`state="ready"`). Free of imports, so the autoloader can ask it before any
 * element code is loaded.
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
  return (
    el.hasAttribute('data-refresh') ||
    el.hasAttribute('data-sparkline') ||
    el.closest('[data-interactive]')?.getAttribute('data-interactive') === 'eager'
  );
}

/**
 * What a pre-rendered element inherits from the page (locale, theme, care mode), as one string: a
 * page that sets `<html data-theme="light">` or the same `lang` again changes nothing it shows.
 */
export function envOf(el: Element): string {
  const near = (name: string) => el.closest(`[${name}]`)?.getAttribute(name);
  const care = near('data-care');
  return `${near('lang') ?? ''}|${near('data-theme') || 'light'}|${care != null && care !== 'false'}|${near('data-interactive') ?? ''}`;
}
