/**
 * Which attributes each element takes from the builder, shared by the builder (what it writes)
 * and the iframe page (what it accepts from its URL: anything else is ignored).
 */
export const KINDS = ['indicator-card', 'progress-ring', 'trend-chart', 'district-map'] as const;
export type Kind = (typeof KINDS)[number];

/** Every element: language, theme, care mode, and the text around the figure. */
const COMMON = ['lang', 'data-theme', 'data-care', 'data-label', 'data-unit', 'data-source', 'data-updated'] as const;

export const ATTRIBUTES: Record<Kind, readonly string[]> = {
  'indicator-card': [...COMMON, 'data-value', 'data-previous', 'data-target'],
  'progress-ring': [...COMMON, 'data-value', 'data-previous', 'data-target'],
  'trend-chart': [...COMMON, 'data-type', 'data-target', 'data-labels', 'data-series'],
  'district-map': [...COMMON, 'data-map', 'data-values'],
};

/** Longest value accepted per attribute: the data attributes hold up to 200 rows as JSON. */
export const maxLength = (name: string): number => (['data-labels', 'data-series', 'data-values'].includes(name) ? 40_000 : 300);

export const isKind = (s: unknown): s is Kind => typeof s === 'string' && (KINDS as readonly string[]).includes(s);

/** Element languages the builder offers: simplified, traditional, English. */
export const LANGS = ['zh-CN', 'zh-TW', 'en'] as const;
export type WidgetLang = (typeof LANGS)[number];
