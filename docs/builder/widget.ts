/**
 * From the builder's form to the element's attributes: every field checked, numbers read with
 * the library's reader and written back as plain numbers (so the copied code means the same in
 * every parser), the pasted table turned into the element's JSON attributes. The preview, the
 * copied code and the iframe all use the attribute list made here: what is copied is what was
 * previewed.
 */
import { readNumber } from '../../packages/civic-viz/src/core/number.js';
import type { Kind, WidgetLang } from './attributes.js';
import type { Problem } from './messages.js';
import { readPaste } from './paste.js';
import { textProblem } from './text.js';

export interface FormValues {
  kind: Kind;
  label: string;
  value: string;
  unit: string;
  previous: string;
  target: string;
  source: string;
  updated: string;
  /** Trend charts: line, bar or area. */
  chartType: string;
  /** District maps: a built-in map name, code or key. */
  map: string;
  /** Trend charts and maps: the pasted table. */
  table: string;
  lang: WidgetLang;
  theme: 'light' | 'dark';
  care: boolean;
}

export type Field = 'label' | 'value' | 'unit' | 'previous' | 'target' | 'source' | 'updated' | 'chartType' | 'map' | 'table';

/** Which form fields each element uses, in form order. */
export const FIELDS: Record<Kind, readonly Field[]> = {
  'indicator-card': ['label', 'value', 'unit', 'previous', 'target', 'source', 'updated'],
  'progress-ring': ['label', 'value', 'unit', 'previous', 'target', 'source', 'updated'],
  'trend-chart': ['label', 'chartType', 'table', 'unit', 'target', 'source', 'updated'],
  'district-map': ['label', 'map', 'table', 'unit', 'source', 'updated'],
};

export interface Widget {
  kind: Kind;
  /** Attribute name/value pairs in a stable order. */
  attributes: [string, string][];
}

export type BuildResult =
  { ok: true; widget: Widget; problems: Partial<Record<Field, Problem[]>> } | { ok: false; problems: Partial<Record<Field, Problem[]>> };

const MAX_TEXT: Partial<Record<Field, number>> = { label: 80, unit: 12, source: 80, map: 40 };

// Control characters would be changed by the HTML parser (NUL → U+FFFD) or break a line of code;
// a line break typed into a one-line field is a space.
const clean = (s: string): string => s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();

function readField(text: string, required: boolean): { value?: number; problem?: Problem } {
  const t = clean(text);
  if (!t) return required ? { problem: { code: 'required' } } : {};
  if (t.startsWith('=')) return { problem: { code: 'formula' } };
  const n = readNumber(t);
  if (n.ok) return { value: n.value };
  if (n.missing) return required ? { problem: { code: 'required' } } : {};
  if (/approximation/.test(n.reason)) return { problem: { code: 'approximation', text: t } };
  if (/text after the number|千 or 百万/.test(n.reason)) return { problem: { code: 'unit-in-number', text: t } };
  return { problem: { code: 'not-a-number', text: t } };
}

/** The widget for the form's values, or the problems per field. */
export function buildWidget(form: FormValues): BuildResult {
  const problems: Partial<Record<Field, Problem[]>> = {};
  const fail = (f: Field, p: Problem) => (problems[f] ??= []).push(p);
  const uses = (f: Field) => FIELDS[form.kind].includes(f);
  const attrs: [string, string][] = [['lang', form.lang]];
  if (form.theme === 'dark') attrs.push(['data-theme', 'dark']);
  if (form.care) attrs.push(['data-care', '']);

  const text = (f: Field, attr: string, required = false) => {
    if (!uses(f)) return;
    const t = clean(form[f] as string);
    if (!t) return required ? fail(f, { code: 'required' }) : undefined;
    const p = textProblem(t, MAX_TEXT[f] ?? 80);
    if (p) fail(f, p);
    else attrs.push([attr, t]);
  };
  const number = (f: Field, attr: string, required = false) => {
    if (!uses(f)) return;
    const r = readField(form[f] as string, required);
    if (r.problem) fail(f, r.problem);
    else if (r.value !== undefined) attrs.push([attr, String(r.value)]);
  };

  text('label', 'data-label', true);
  if (uses('chartType')) attrs.push(['data-type', ['line', 'bar', 'area'].includes(form.chartType) ? form.chartType : 'line']);
  text('map', 'data-map', true);
  number('value', 'data-value', true);
  text('unit', 'data-unit');
  number('previous', 'data-previous');
  number('target', 'data-target');
  text('source', 'data-source');
  if (uses('updated')) {
    const d = clean(form.updated);
    if (d && !/^\d{4}-\d{2}-\d{2}$/.test(d)) fail('updated', { code: 'bad-date' });
    else if (d) attrs.push(['data-updated', d]);
  }
  if (uses('table')) {
    const pasted = readPaste(form.table);
    if (!pasted.ok) pasted.problems.forEach((p) => fail('table', p));
    else if (form.kind === 'trend-chart') {
      const { labels, series, values } = pasted.table;
      attrs.push(['data-labels', JSON.stringify(labels)]);
      attrs.push(['data-series', JSON.stringify(series.map((name, s) => ({ name, values: values[s] })))]);
    } else {
      const { labels, series, values } = pasted.table;
      if (series.length > 1) fail('table', { code: 'too-many-columns', columns: series.length, max: 1 });
      else attrs.push(['data-values', JSON.stringify(Object.fromEntries(labels.map((l, i) => [l, values[0][i]])))]);
    }
  }
  const ok = Object.keys(problems).length === 0;
  return ok ? { ok, widget: { kind: form.kind, attributes: order(attrs) }, problems } : { ok, problems };
}

// Label first (it is what an editor looks for in the code), the language and theme last.
const ORDER = [
  'data-label',
  'data-type',
  'data-map',
  'data-value',
  'data-unit',
  'data-previous',
  'data-target',
  'data-labels',
  'data-series',
  'data-values',
  'data-source',
  'data-updated',
  'lang',
  'data-theme',
  'data-care',
];
const order = (a: [string, string][]) => [...a].sort(([x], [y]) => ORDER.indexOf(x) - ORDER.indexOf(y));
