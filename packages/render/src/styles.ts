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
    '.static-chart svg{display:block;inline-size:100%;block-size:auto;max-block-size:none}',
    '.static-chart{container-type:inline-size}',
    '.static-chart .dark-drawing,.static-chart .narrow-drawing{display:none}',
    '@container (max-width:479px){.static-chart .wide-drawing{display:none}.static-chart .narrow-drawing{display:block}}',
    '.static-table{margin-block-start:4px}',
    '.static-table>summary{cursor:pointer;min-block-size:var(--_target-size);line-height:var(--_target-size);color:var(--_accent)}',
    '.static-table>summary:focus-visible{outline:3px solid var(--_focus);outline-offset:2px}',
    '@media (prefers-color-scheme:dark){',
    `.frame.auto{${tokenDeclarations(palettes.dark)}}`,
    `.frame.auto.care{${tokenDeclarations(palettes['care-dark'])}}`,
    '.frame.auto .light-drawing{display:none}.frame.auto .dark-drawing{display:block}',
    '}',
    '@media print{.static-table[open]{break-inside:avoid}.static-chart{break-inside:avoid}}',
  ].join('');
}
