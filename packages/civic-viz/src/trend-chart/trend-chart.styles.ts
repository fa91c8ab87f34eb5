import { css } from 'lit';

/** Layout of `<civic-trend-chart>`: its height and the legend's keys (the rest is shared: charts/chart.styles.ts). */
export const trendChartStyles = css`
  .frame { --civic-skeleton-height: var(--civic-chart-height, 240px); }
  .frame.care { --civic-skeleton-height: var(--civic-care-chart-height, calc(var(--civic-chart-height, 240px) * 1.25)); }
  /* Swatches use the same tokens as the canvas, so page CSS themes both. */
  .key { flex: none; inline-size: 2.2em; block-size: 1em; overflow: hidden; forced-color-adjust: none; }
  .s0 { color: var(--_series-1); }
  .s1 { color: var(--_series-2); }
  .s2 { color: var(--_series-3); }
  .s3 { color: var(--_series-4); }
  .s4 { color: var(--_series-5); }
  .s5 { color: var(--_series-6); }
  .key .pattern { stroke: var(--_surface); }
  .key .mark { stroke: var(--_surface); }
  @media (forced-colors: active) {
    .key { color: CanvasText; }
    .key .pattern, .key .mark { stroke: Canvas; }
  }
`;
