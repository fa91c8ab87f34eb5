import type { Civic } from './civic.js';

/**
 * CSS the pre-rendered widgets add to the elements' own styles: the static chart image, the
 * `<details>` data table and `data-theme="auto"`, which pre-rendering cannot resolve (the
 * reader's colour scheme is known only to the browser), so the dark tokens and the dark drawing
 * of a chart switch on in a `prefers-color-scheme` query.
 */
export function prerenderCss(civic: Civic): string {
  const { palettes, tokenDeclarations } = civic;
  return [
    // The drawing takes the live canvas's box (same height), so the page does not move when the
    // live chart replaces it; the SVG keeps its proportions inside (viewBox, xMidYMid meet).
    '.static-chart svg{display:block;inline-size:100%;block-size:var(--civic-chart-height,240px);max-inline-size:none}',
    '.care .static-chart svg{block-size:var(--civic-care-chart-height,calc(var(--civic-chart-height,240px) * 1.25))}',
    '.static-chart.map svg{block-size:var(--civic-map-height,360px)}',
    '.static-chart.spark svg{block-size:var(--civic-sparkline-height,40px)}',
    '.care .static-chart.spark svg{block-size:var(--civic-sparkline-height,56px)}',
    '.care .static-chart.map svg{block-size:var(--civic-map-height,420px)}',
    '.static-chart{container-type:inline-size}',
    '.swatch-fill{display:block;inline-size:100%;block-size:100%}.legend .dark-drawing{display:none}',
    '.static-chart .dark-drawing,.static-chart .narrow-drawing{display:none}',
    '@container (max-width:479px){.static-chart .wide-drawing{display:none}.static-chart .narrow-drawing{display:block}}',
    // As tall as the live "数据表" button (1 px border + 2 px padding around a normal line), so nothing moves.
    '.static-table>summary{cursor:pointer;min-block-size:var(--_target-size);padding-block:3px;box-sizing:border-box;color:var(--_accent)}',
    '.static-table>summary:focus-visible{outline:3px solid var(--_focus);outline-offset:2px}',
    '@media (prefers-color-scheme:dark){',
    `.frame.auto{${tokenDeclarations(palettes.dark)}}`,
    `.frame.auto.care{${tokenDeclarations(palettes['care-dark'])}}`,
    '.frame.auto .light-drawing{display:none}.frame.auto .dark-drawing{display:block}',
    '}',
    '@media print{.static-table[open]{break-inside:avoid}.static-chart{break-inside:avoid}}',
  ].join('');
}
