import { css } from 'lit';

/** Layout shared by every element: the frame, label, messages, skeleton, footer, focus ring. */
export const frameStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-inline-size: 0;
    contain: content;
  }
  :host([hidden]) { display: none; }
  * { box-sizing: border-box; }
  .frame {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 8px;
    block-size: 100%;
    padding: var(--civic-padding, 16px);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .label { margin: 0; font-size: 1em; font-weight: 600; color: var(--_text); }
  .muted { color: var(--_muted); }
  .message { margin: 0; color: var(--_muted); }
  .message.error { color: var(--_negative); font-weight: 600; }
  /* A failed load: a short notice with a retry sized to its text, the author's fallback below. */
  [part~='retry'] { align-self: flex-start; }
  .message.notice { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; color: var(--_text); }
  .message.notice code { display: none; }
  .fallback { color: var(--_text); }
  .stale { color: var(--_negative); }
  .message code { font-family: ui-monospace, monospace; font-size: 0.9em; font-weight: 400; color: var(--_text); }
  /* Care mode: the error code is text to read out too, at the full ≥ 18 px. */
  .care .message code { font-size: 1em; }
  .skeleton {
    min-block-size: var(--civic-skeleton-height, 3em);
    border-radius: 4px;
    background: linear-gradient(90deg, var(--_border) 25%, transparent 50%, var(--_border) 75%) 0 0 / 200% 100%;
    opacity: 0.5;
    animation: shimmer 1.5s linear infinite;
  }
  .still .skeleton { animation: none; }
  @keyframes shimmer { to { background-position: -200% 0; } }
  footer { margin-block-start: auto; font-size: 0.85em; color: var(--_muted); display: flex; flex-wrap: wrap; gap: 0 1em; }
  .care footer { font-size: 1em; }
  /* Care mode: the source link is a 44 × 44 px target like every other control. */
  .care footer a { display: inline-flex; align-items: center; min-block-size: var(--_target-size); min-inline-size: var(--_target-size); }
  a { color: var(--_accent); }
  button {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: 4px;
    padding: 2px 10px;
    min-block-size: var(--_target-size);
    min-inline-size: var(--_target-size);
    cursor: pointer;
  }
  :focus-visible, .focus-ring:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute !important;
    inline-size: 1px; block-size: 1px;
    overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%);
    white-space: nowrap; margin: -1px; padding: 0; border: 0;
  }
  @media (forced-colors: active) {
    .frame { border-color: CanvasText; background: Canvas; color: CanvasText; }
    .message.error, .muted, footer { color: CanvasText; }
    a { color: LinkText; }
    :focus-visible { outline-color: Highlight; }
  }
`;
