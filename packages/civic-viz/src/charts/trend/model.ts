/**
 * Pure normalization of a trend's data (the trend chart's, and the card's sparkline type): attributes/properties, JSON payloads
 * and text tables all become one `TrendData`. Problems throw a `CivicError` naming the
 * attribute (or payload source) and, for numbers, the position.
 */
import type { Payload } from '../../core/parse.js';
import { CivicError, toNumber } from '../../core/parse.js';
import { parseList, parseStructured } from '../../core/json.js';
import { readCell } from '../../core/number-cell.js';

/** One series: a name and one value per label (`null` = no value, drawn as a gap). */
export interface TrendSeries {
  name: string;
  values: (number | null)[];
}

/** The normalized data of a trend chart (also the `civic-data` detail). */
export interface TrendData {
  labels: string[];
  series: TrendSeries[];
  /** Header of the label column, when the data names it (CSV/table header, JSON `labelName`). */
  labelName?: string;
}

/** What the element hands over from its attributes/properties. */
export interface TrendInline {
  labels: unknown;
  values: unknown;
  seriesName: string;
  series: unknown;
}

/**
 * The `i`th value of a list or column, or a gap; anything else that is not a finite number is
 * `invalid-number`. `where(i)` names the cell and runs only for the message: one function per
 * column, not a closure per cell (a 10,000-row CSV has 30,000 cells).
 */
function cell(raw: unknown, attribute: string, where: (i: number) => string, i: number): number | null {
  if (raw == null) return null;
  const r = readCell(raw);
  if (r.ok) return r.value;
  return r.missing ? null : toNumber(raw, attribute, where(i));
}

/** Numbers of one series from a comma list, a JSON array text or an array. */
function valueList(raw: unknown, attribute: string, prefix = ''): (number | null)[] {
  let items: unknown[];
  if (Array.isArray(raw)) items = raw;
  else if (typeof raw === 'string' && raw.trim().startsWith('[')) {
    const v = parseStructured(raw, attribute);
    if (!Array.isArray(v)) throw new CivicError('invalid-json', 'expected a JSON array of numbers', attribute);
    items = v;
  } else items = parseList(raw, attribute);
  const where = (i: number) => `${prefix}item ${i + 1}`;
  return items.map((x, i) => {
    if (x !== null && typeof x === 'object') throw new CivicError('invalid-number', `${where(i)} is not a number`, attribute);
    return cell(x, attribute, where, i);
  });
}

/** Default labels when none are given: 1, 2, 3 … */
const ordinals = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));

/** Checks every series has one value per label; empty data is null. */
function finish(labels: string[] | null, series: TrendSeries[], attribute: string, labelName?: string): TrendData | null {
  const longest = Math.max(0, ...series.map((s) => s.values.length));
  const lab = labels ?? ordinals(longest);
  for (const s of series) {
    if (s.values.length !== lab.length) {
      const who = series.length > 1 ? `series ${JSON.stringify(s.name)} has` : 'there are';
      const where = labels
        ? `${lab.length} labels${attribute.startsWith('data-') ? ' in data-labels' : ''}`
        : `the longest series has ${longest}`;
      throw new CivicError('length-mismatch', `${who} ${s.values.length} values but ${where}`, attribute);
    }
  }
  if (!lab.length || !series.length) return null;
  return labelName ? { labels: lab, series, labelName } : { labels: lab, series };
}

/** `[{name, values}]` (text or array) into series; anything else is `invalid-json`. */
function seriesList(raw: unknown, attribute: string): TrendSeries[] {
  const v = parseStructured(raw, attribute);
  if (!Array.isArray(v)) throw new CivicError('invalid-json', 'expected an array of {"name": …, "values": […]}', attribute);
  return v.map((s, i) => {
    if (s === null || typeof s !== 'object' || Array.isArray(s) || !('values' in s)) {
      throw new CivicError('invalid-json', `series ${i + 1} is not an object with "values"`, attribute);
    }
    const o = s as { name?: unknown; values: unknown };
    const name = o.name == null ? '' : String(o.name);
    if (!Array.isArray(o.values) && typeof o.values !== 'string') {
      throw new CivicError('invalid-json', `"values" of series ${JSON.stringify(name)} is not an array`, attribute);
    }
    return { name, values: valueList(o.values, attribute, `series ${JSON.stringify(name || String(i + 1))} `) };
  });
}

/** Whether the element has inline data (attributes or properties): the highest precedence. */
export const hasInline = (d: TrendInline): boolean => present(d.series) || present(d.values);

const present = (v: unknown) => v != null && v !== '';

/**
 * From attributes/properties: `data-series` (several series) wins over `data-values` (one).
 * A series without a name keeps `""`; the element names it for display ("数值", "数值 2").
 */
export function fromInline(d: TrendInline): TrendData | null {
  const labels = present(d.labels) ? parseList(d.labels, 'data-labels') : null;
  if (present(d.series)) return finish(labels, seriesList(d.series, 'data-series'), 'data-series');
  const values = valueList(d.values, 'data-values');
  // Labels without values (or the reverse) is a mismatch, not an empty chart.
  return finish(labels, [{ name: d.seriesName ?? '', values }], 'data-values');
}

/**
 * From `data-src` / child JSON (`{labels, series}`, or `{labels, values, name}` for one series,
 * or a bare series array) or a text table / CSV (first column labels, one column per series,
 * header = names).
 */
export function fromPayload(p: Payload): TrendData | null {
  const attribute = p.from;
  if (p.kind === 'table') {
    const { header, rows } = p.table;
    if (!header.length && !rows.length) return null;
    if (header.length < 2) throw new CivicError('unsupported-format', 'expected a label column and at least one value column', attribute);
    const names = header.slice(1);
    const series = names.map((name, c) => {
      const where = (i: number) => `row ${i + 1} (${JSON.stringify(rows[i][0] ?? '')}), column ${c + 2}`;
      return { name, values: rows.map((r, i) => cell(r[c + 1] ?? '', attribute, where, i)) };
    });
    for (const [i, r] of rows.entries()) {
      if (r.length > header.length)
        throw new CivicError('length-mismatch', `row ${i + 1} has ${r.length} cells but the header has ${header.length}`, attribute);
    }
    return finish(
      rows.map((r) => r[0] ?? ''),
      series,
      attribute,
      header[0] || undefined,
    );
  }
  const v = p.value;
  if (Array.isArray(v)) return finish(null, seriesList(v, attribute), attribute);
  if (v === null || typeof v !== 'object')
    throw new CivicError('invalid-json', 'expected {"labels": […], "series": [{"name": …, "values": […]}]}', attribute);
  const o = v as { labels?: unknown; series?: unknown; values?: unknown; name?: unknown; labelName?: unknown };
  if (o.labels != null && !Array.isArray(o.labels)) throw new CivicError('invalid-json', '"labels" is not an array', attribute);
  const labels = Array.isArray(o.labels) ? o.labels.map((x) => String(x ?? '')) : null;
  const labelName = typeof o.labelName === 'string' && o.labelName ? o.labelName : undefined;
  if (o.series != null) return finish(labels, seriesList(o.series, attribute), attribute, labelName);
  if (o.values != null) {
    if (!Array.isArray(o.values)) throw new CivicError('invalid-json', '"values" is not an array', attribute);
    const name = typeof o.name === 'string' ? o.name : '';
    return finish(labels, [{ name, values: valueList(o.values, attribute) }], attribute, labelName);
  }
  if (labels && labels.length) throw new CivicError('invalid-json', 'there are labels but no "series" or "values"', attribute);
  return null;
}

/** Every finite value of a series with its index. */
export const points = (s: TrendSeries): { index: number; value: number }[] =>
  s.values.flatMap((value, index) => (value == null ? [] : [{ index, value }]));
