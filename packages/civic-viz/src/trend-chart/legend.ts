import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ChartStrings } from '../charts/chart-strings.js';
import { DASHES, DECALS, SYMBOLS, type TrendType } from './options.js';

/**
 * The legend of a multi-series chart: the series name as text next to a small sample that
 * repeats what tells the series apart on the canvas besides colour — the line's dash and point
 * shape, or the bar's fill pattern (colour is never the only encoding).
 */
export function renderLegend(names: string[], type: TrendType, t: ChartStrings): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${t.legend}>
    ${names.map((name, i) => html`<li><svg class="key s${i % 6}" viewBox="0 0 22 10" aria-hidden="true" focusable="false">${type === 'bar' ? barKey(i) : lineKey(i)}</svg>${name}</li>`)}
  </ul>`;
}

const dashArray = (d: (typeof DASHES)[number]): string =>
  d === 'solid' ? 'none' : d === 'dashed' ? '5 3' : d === 'dotted' ? '1.5 2.5' : d.map((x) => x / 2).join(' ');

function marker(shape: string): SVGTemplateResult {
  switch (shape) {
    case 'rect':
    case 'roundRect':
      return svg`<rect class="mark" x="7.5" y="1.5" width="7" height="7" rx=${shape === 'roundRect' ? 2 : 0} fill="currentColor" stroke-width="1"></rect>`;
    case 'triangle':
      return svg`<path class="mark" d="M11 1 L15.5 9 L6.5 9 Z" fill="currentColor" stroke-width="1"></path>`;
    case 'diamond':
      return svg`<path class="mark" d="M11 0.5 L15 5 L11 9.5 L7 5 Z" fill="currentColor" stroke-width="1"></path>`;
    default:
      return svg`<circle class="mark" cx="11" cy="5" r="3.5" fill="currentColor" stroke-width="1"></circle>`;
  }
}

function lineKey(i: number): SVGTemplateResult {
  return svg`<line x1="1" y1="5" x2="21" y2="5" stroke="currentColor" stroke-width="2" stroke-dasharray=${dashArray(DASHES[i % DASHES.length])}></line>
    ${marker(SYMBOLS[i % SYMBOLS.length])}`;
}

function barKey(i: number): SVGTemplateResult {
  const decal = DECALS[i % DECALS.length];
  const lines = !decal
    ? ''
    : decal.symbol === 'circle'
      ? svg`<path class="pattern" d="M4 3h.01M10 3h.01M16 3h.01M7 7h.01M13 7h.01M19 7h.01" stroke-width="2" stroke-linecap="round"></path>`
      : // ECharts draws a positive rotation as stripes falling left to right, like a backslash.
        decal.rotation > 0
        ? svg`<path class="pattern" d="M-2 0 L8 10 M4 0 L14 10 M10 0 L20 10 M16 0 L26 10" stroke-width="1.2"></path>`
        : decal.rotation < 0
          ? svg`<path class="pattern" d="M-2 10 L8 0 M4 10 L14 0 M10 10 L20 0 M16 10 L26 0" stroke-width="1.2"></path>`
          : svg`<path class="pattern" d="M0 3.3 H22 M0 6.6 H22" stroke-width="1.2"></path>`;
  return svg`<rect x="0" y="0" width="22" height="10" fill="currentColor"></rect>${lines}`;
}
