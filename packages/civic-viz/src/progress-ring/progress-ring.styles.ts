import { css } from 'lit';

/** Layout of `<civic-progress-ring>`: the ring is drawn in SVG user units, sized by CSS. */
export const ringStyles = css`
  .frame { --_ring: var(--civic-ring-size, 140px); --_small: 0.9em; }
  .care { --_ring: calc(var(--civic-ring-size, 140px) * 1.3); --_small: 1em; }
  .body { display: flex; flex-wrap: wrap; align-items: center; gap: 12px 24px; border-radius: 4px; }
  .meter { position: relative; flex: none; inline-size: var(--_ring); block-size: var(--_ring); border-radius: 50%; }
  svg { display: block; inline-size: var(--_ring); block-size: var(--_ring); max-inline-size: none; }
  circle { fill: none; }
  .track { stroke: var(--_border); }
  .prev { stroke: var(--_muted); opacity: 0.4; }
  .arc { stroke: var(--c, var(--_accent)); }
  .tick { stroke: var(--_text); stroke-width: 2.5px; }
  .care .tick { stroke-width: 4px; }
  .c1 { --c: var(--_series-1); } .c2 { --c: var(--_series-2); } .c3 { --c: var(--_series-3); }
  .c4 { --c: var(--_series-4); } .c5 { --c: var(--_series-5); } .c6 { --c: var(--_series-6); }
  .frame:not(.still) .arc { transition: stroke-dasharray 0.8s ease-out; animation: grow 0.8s ease-out; }
  @keyframes grow { from { stroke-dasharray: 0 100; } }
  .center {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    /* The hole inside the track is 64–72 % of the ring wide (care–normal); the number takes its width class
       (w2…w12: its estimated width in em, fit.ts) so "10.4万人" shrinks where "92%" need not. */
    font-size: min(var(--_value-size), calc(var(--_ring) * 0.22), calc(var(--_ring) * 0.58 / var(--_w, 2.5)));
    white-space: nowrap;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1;
  }
  .w3 { --_w: 3; } .w4 { --_w: 4; } .w5 { --_w: 5; } .w6 { --_w: 6; } .w7 { --_w: 7; } .w8 { --_w: 8; }
  .w9 { --_w: 9; } .w10 { --_w: 10; } .w11 { --_w: 11; } .w12 { --_w: 12; }
  .info { display: flex; flex-direction: column; gap: 4px; min-inline-size: 0; }
  .info p { margin: 0; font-size: var(--_small); color: var(--_muted); }
  .legend { margin: 0; padding-inline-start: 1.6em; }
  .legend li { margin-block: 2px; }
  .sw { display: inline-block; inline-size: 0.8em; block-size: 0.8em; margin-inline-end: 0.4em; border-radius: 2px; background: var(--c); }
  .skeleton { inline-size: var(--_ring); min-block-size: var(--civic-skeleton-height, var(--_ring)); border-radius: 50%; }
  @media (forced-colors: active) {
    svg, .sw { forced-color-adjust: none; }
    .track { stroke: GrayText; }
    .prev { stroke: CanvasText; }
    .arc { stroke: Highlight; }
    .tick { stroke: CanvasText; }
    .sw { background: Highlight; outline: 1px solid CanvasText; }
    .info p { color: CanvasText; }
  }
`;
