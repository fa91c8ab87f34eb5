import { html, type TemplateResult } from 'lit';

/**
 * The charts' tooltip: our own DOM, text only (never ECharts' HTML tooltip, never innerHTML),
 * positioned through the CSSOM so a strict CSP (`style-src 'self'`) holds. It repeats what the
 * live region announces, so it is `aria-hidden`.
 */

/** The tooltip element: one line per string; hidden when `lines` is null or empty. */
export function renderTooltip(lines: string | readonly string[] | null | undefined): TemplateResult {
  const list = lines == null ? [] : typeof lines === 'string' ? [lines] : lines;
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" ?hidden=${!list.length}>${list.map(
    (line, i) => html`${i ? html`<br />` : ''}${line}`,
  )}</div>`;
}

/**
 * Places a tooltip near (x, y) — px inside `box`, its offset parent — centred above the point,
 * or below it when there is no room above, and kept inside the box.
 */
export function placeTooltip(tip: HTMLElement, box: HTMLElement, x: number, y: number, gap = 12): void {
  if (tip.hidden) return;
  const w = tip.offsetWidth;
  const h = tip.offsetHeight;
  const left = Math.max(0, Math.min(box.clientWidth - w, x - w / 2));
  let top = y - h - gap;
  if (top < 0) top = Math.min(box.clientHeight - h, y + gap + 4);
  tip.style.setProperty('transform', `translate(${Math.round(left)}px, ${Math.round(Math.max(0, top))}px)`);
}

/** Centres a marker (the keyboard focus ring) on (x, y), px inside its offset parent. */
export function placeMarker(marker: HTMLElement, x: number, y: number): void {
  marker.style.setProperty('transform', `translate(${Math.round(x)}px, ${Math.round(y)}px) translate(-50%, -50%)`);
}
