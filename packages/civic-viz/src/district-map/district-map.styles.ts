import { css } from 'lit';

/** Layout of `<civic-district-map>`: its height, the legend's swatches and the notes (the rest is shared: charts/chart.styles.ts). */
export const districtMapStyles = css`
  .frame { --civic-skeleton-height: var(--civic-map-height, 360px); }
  .frame.care { --civic-skeleton-height: var(--civic-map-height, 420px); }
  [hidden] { display: none !important; }
  .chart-canvas { block-size: var(--civic-map-height, 360px); }
  .care .chart-canvas { block-size: var(--civic-map-height, 420px); }
  .swatch, .ramp {
    display: inline-block;
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    border: 1px solid var(--_text);
    border-radius: 2px;
    background: var(--swatch, transparent);
    forced-color-adjust: none;
  }
  .ramp { inline-size: 6em; background: var(--ramp, transparent); }
  .swatch.nodata {
    background: repeating-linear-gradient(-45deg, var(--_muted) 0 1px, var(--_surface) 1px 5px);
  }
  .unmatched { margin: 0; color: var(--_text); font-size: 0.9em; }
  .care .unmatched { font-size: 1em; }
  .unmatched strong { font-weight: 600; }
  /* The credit wraps to the map's width and never widens it (contain: inline-size takes it out
     of the intrinsic width); the package name is one long word, so it may break anywhere. */
  .credit { margin: 0; font-size: 0.8em; color: var(--_muted); overflow-wrap: anywhere; contain: inline-size; }
  .care .credit { font-size: 1em; }
  .credit a { color: inherit; }
  /* Care mode: the credit links are 44 × 44 px targets like the source link. */
  .care .credit a { display: inline-flex; align-items: center; min-block-size: var(--_target-size); min-inline-size: var(--_target-size); }
  /* On the map, so it is in every screenshot and printout of it. */
  .review-no {
    position: absolute;
    inset-inline-start: 4px;
    inset-block-end: 2px;
    margin: 0;
    padding: 0 4px;
    font-size: 0.75em;
    color: var(--_text);
    background: var(--_surface);
    pointer-events: none;
  }
  .care .review-no { font-size: 0.9em; }
  @media (forced-colors: active) {
    .swatch, .ramp { border-color: CanvasText; }
  }
`;
