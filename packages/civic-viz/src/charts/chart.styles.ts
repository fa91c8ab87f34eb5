import { css } from 'lit';

/**
 * Shared by the chart elements: the chart box and its canvas (height from
 * `--civic-chart-height`, taller in care mode), the keyboard focus marker, the text tooltip,
 * the legend's layout, the data-table toggle, table and CSV link.
 */
export const chartStyles = css`
  /* A canvas has no width of its own: in a flex row the chart would shrink to its text. It
     grows instead, from a readable basis (page CSS on the element still wins). */
  :host { flex: 1 1 20rem; }
  /* Lazy charts (the default) far off screen skip style, layout and paint until they come
     close, like their ECharts work: a 100-chart page lays out its first screen only. Once laid
     out, the browser remembers the real size; before that, a chart-sized estimate keeps the
     scrollbar honest. Eager charts (data-lazy="false") are always laid out: they draw at once. */
  :host(:not([data-lazy='false'])) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto calc(var(--civic-chart-height, 240px) + 7rem);
  }
  .chart-box { position: relative; border-radius: 4px; cursor: pointer; }
  .chart-box[hidden] { display: none; }
  .chart-canvas { inline-size: 100%; block-size: var(--civic-chart-height, 240px); }
  /* A pre-rendered drawing laid over the live canvas until ECharts has drawn (static-drawing.ts). */
  .static-overlay { position: absolute; inset: 0; background: var(--_surface); pointer-events: none; }
  .care .chart-canvas { block-size: var(--civic-care-chart-height, calc(var(--civic-chart-height, 240px) * 1.25)); }
  /* A ring on the keyboard-focused point, drawn in DOM so it shows whatever the canvas does. */
  .focus-marker {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0;
    inline-size: 18px;
    block-size: 18px;
    border: 3px solid var(--_focus);
    border-radius: 50%;
    box-shadow: 0 0 0 2px var(--_surface);
    pointer-events: none;
  }
  .care .focus-marker { inline-size: 26px; block-size: 26px; border-width: 4px; }
  .focus-marker[hidden] { display: none; }
  .tooltip {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0;
    z-index: 1;
    max-inline-size: min(28em, 90%);
    padding: 4px 8px;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
    pointer-events: none;
    font-size: 0.95em;
    line-height: 1.4;
  }
  .tooltip[hidden] { display: none; }
  /* Care mode: no text below its 18 px base, the tooltip and table included. */
  .care .tooltip, .care table { font-size: 1em; }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 16px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .care .legend { font-size: 1em; }
  .legend li { display: inline-flex; align-items: center; gap: 6px; }
  .table-controls { display: flex; flex-wrap: wrap; gap: 8px; }
  .table-wrap { overflow-x: auto; }
  table { border-collapse: collapse; inline-size: 100%; font-size: 0.95em; font-variant-numeric: tabular-nums; }
  caption { text-align: start; font-weight: 600; padding-block-end: 4px; }
  th, td { padding: 4px 8px; border-block-end: 1px solid var(--_border); text-align: start; }
  td { text-align: end; }
  thead th { color: var(--_text); font-weight: 600; }
  [part='download'] { display: inline-block; margin-block-start: 6px; min-block-size: var(--_target-size); line-height: var(--_target-size); }
  /* Print: the canvas scales to its box (drawn at most paper-wide, see print.ts), never clipped. */
  @media print {
    :host { content-visibility: visible; }
    .chart-canvas, .canvas { block-size: auto !important; }
    .chart-canvas > div, .canvas > div { inline-size: 100% !important; block-size: auto !important; }
    .chart-canvas canvas, .canvas canvas { position: static !important; inline-size: 100% !important; block-size: auto !important; }
    .chart-canvas canvas:not(:first-child), .canvas canvas:not(:first-child) { display: none; }
  }
  @media (forced-colors: active) {
    .tooltip { border-color: CanvasText; background: Canvas; color: CanvasText; }
    .focus-marker { border-color: Highlight; }
    th, td { border-color: CanvasText; }
  }
`;
