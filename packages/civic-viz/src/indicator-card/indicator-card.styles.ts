import { css } from 'lit';

/** Layout of `<civic-indicator-card>`; colours come from the private tokens. */
export const cardStyles = css`
  .frame { --_small: 0.9em; }
  .care { --_small: 1em; }
  .head { display: flex; align-items: center; gap: 8px; }
  ::slotted([slot='icon']) { flex: none; max-block-size: 1.5em; }
  .main {
    display: flex;
    flex-direction: column;
    gap: 4px;
    min-block-size: var(--_target-size);
    border-radius: 4px;
    color: inherit;
    text-decoration: none;
  }
  /* The whole card is the link's hit area; the footer (own links, slot) stays above it. */
  a.main::after { content: ''; position: absolute; inset: 0; border-radius: var(--_radius); }
  a.main:hover .label, a.main:hover .value { text-decoration: underline; }
  footer { position: relative; z-index: 1; }
  .value {
    margin: 0;
    font-size: var(--_value-size);
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .change, .target { margin: 0; font-size: var(--_small); }
  .good { color: var(--_positive); }
  .bad { color: var(--_negative); }
  .neutral, .target { color: var(--_muted); }
  .bar { display: block; inline-size: 100%; block-size: 4px; border-radius: 2px; }
  .care .bar { block-size: 8px; }
  .track { fill: var(--_border); }
  .fill { fill: var(--_accent); }
  .skeleton { min-block-size: var(--civic-skeleton-height, calc(var(--_value-size) * 1.2 + 2em)); }
  @media (forced-colors: active) {
    .good, .bad, .neutral, .target { color: CanvasText; }
    .bar { forced-color-adjust: none; outline: 1px solid CanvasText; }
    .track { fill: Canvas; }
    .fill { fill: Highlight; }
  }
`;
