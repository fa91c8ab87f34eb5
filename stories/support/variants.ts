/**
 * Story support: the side-by-side variant grids every element has (`Locales`, `Themes`), and the
 * story parameters the Storybook end-to-end test reads (e2e/storybook.e2e.test.mjs).
 *
 * The test expects every civic element of a story to reach `parameters.civicState` (default
 * `ready`); an element inside a `[data-expect]` wrapper must reach that wrapper's state instead,
 * and fire the `civic-error` code in `data-expect-code` when there is one.
 */
import { html, nothing, type TemplateResult } from 'lit';

export type CivicState = 'loading' | 'empty' | 'error' | 'ready';

/** What the Storybook e2e test checks on a story. */
export interface CivicParameters {
  /** The state every element must reach (default `ready`). */
  civicState?: CivicState;
  /** A `civic-error` code the elements must fire (fatal in `error`, or non-fatal such as `unknown-region`). */
  civicError?: string;
  /** Lift the preview's 720px width limit for side-by-side grids. */
  civicWide?: boolean;
}

export const LOCALES = [
  { lang: 'zh-CN', caption: '简体中文 · zh-Hans' },
  { lang: 'zh-TW', caption: '繁體中文 · zh-Hant' },
  { lang: 'en', caption: 'English · en' },
] as const;
export type Lang = (typeof LOCALES)[number]['lang'];

export const THEMES = [
  { theme: 'light', care: false, caption: '浅色 · light' },
  { theme: 'dark', care: false, caption: '深色 · dark' },
  { theme: 'light', care: true, caption: '关怀模式 · care' },
] as const;

export const STATES: readonly CivicState[] = ['ready', 'loading', 'empty', 'error'];

/** A captioned cell; `expect` (and `code`) tell the e2e test what the element in it must show. */
export const cell = (caption: string, content: TemplateResult, opts: { lang?: string; expect?: CivicState; code?: string } = {}) =>
  html`<div lang=${opts.lang ?? nothing} data-expect=${opts.expect ?? nothing} data-expect-code=${opts.code ?? nothing}>
    <p style="margin: 0 0 6px; font: 13px/1.4 system-ui, sans-serif">${caption}</p>
    ${content}
  </div>`;

/** Cells side by side, wrapping at `min` width. */
export const grid = (cells: TemplateResult[], min = '240px') =>
  html`<div style="display: grid; gap: 20px 16px; align-items: start; grid-template-columns: repeat(auto-fill, minmax(min(${min}, 100%), 1fr))">
    ${cells}
  </div>`;

/** One row per variant, its four states side by side: `render(variant, state)` draws one element. */
export function statesBy<V extends { caption: string; lang?: string }>(
  variants: readonly V[],
  render: (variant: V, state: CivicState) => TemplateResult,
  codes: Partial<Record<CivicState, string>>,
  min?: string,
): TemplateResult {
  return html`<div style="display: grid; gap: 28px">
    ${variants.map(
      (v) => html`<section lang=${v.lang ?? nothing} aria-label=${v.caption}>
        <h2 style="margin: 0 0 10px; font: 600 15px/1.4 system-ui, sans-serif">${v.caption}</h2>
        ${grid(
          STATES.map((s) => cell(s, render(v, s), { lang: v.lang, expect: s, code: codes[s] })),
          min,
        )}
      </section>`,
    )}
  </div>`;
}
