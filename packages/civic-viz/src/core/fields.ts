import { CivicError, type Payload } from './parse.js';

/*
 * JSON of any shape, declaratively: a portal's own API answer ({"code": 0, "data": {"rows":
 * [{"name": "铁东区", "count": 62}]}}) becomes the element's data through attributes alone.
 * `data-path` picks the part of the JSON that holds the data; the `data-*-field` attributes say
 * which field of each record is the label, the value, a series, a region … Pure: the element
 * applies it to a payload before its own model code, which then reads numbers as always.
 */

/** What the element makes of the records: chart series, map regions, or one record (card, ring). */
export type FieldShape = 'series' | 'regions' | 'record';

/** The mapping attributes; unset ones are empty or undefined. */
export interface FieldMap {
  /** `data-path`: dotted path into the JSON ("data.rows", "data.list.-1"). */
  path?: string;
  /** `data-label-field`: the label of each record (x axis), or the card's/ring's label. */
  label?: string;
  /** `data-value-field`: the value (one series, a region's value, a card's value). */
  value?: string;
  /** `data-series-fields`: several value fields of wide rows, one series each ("urban:城市低保, rural:农村低保"). */
  series?: string;
  /** `data-region-field`: the region name of each record (map). */
  region?: string;
  /** `data-previous-field`, `data-target-field`, `data-max-field`: more fields of one record. */
  previous?: string;
  target?: string;
  max?: string;
}

const ATTR: Record<Exclude<keyof FieldMap, 'path'>, string> = {
  label: 'data-label-field',
  value: 'data-value-field',
  series: 'data-series-fields',
  region: 'data-region-field',
  previous: 'data-previous-field',
  target: 'data-target-field',
  max: 'data-max-field',
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const given = (s: string | undefined): s is string => typeof s === 'string' && s.trim() !== '';
const quote = (s: string) => JSON.stringify(s.length > 60 ? s.slice(0, 60) + '…' : s);

/** Whether any mapping attribute is set (without one the payload is used as it is). */
export const hasFields = (m: FieldMap): boolean => Object.values(m).some((v) => given(v as string | undefined));

/**
 * Follows a dotted path: keys of objects, indexes of arrays (negative from the end: `-1` is the
 * last record). A step that leads nowhere is `invalid-json` naming the path and the step.
 */
export function followPath(value: unknown, path: string): unknown {
  let here = value;
  const steps = path.split('.').map((s) => s.trim());
  steps.forEach((step, i) => {
    const at = i ? `"${steps.slice(0, i).join('.')}"` : 'the top level';
    if (Array.isArray(here) && /^-?\d+$/.test(step)) {
      const n = Number(step);
      const item = here[n < 0 ? here.length + n : n];
      if (item === undefined)
        throw new CivicError('invalid-json', `data-path ${quote(path)}: ${at} has ${here.length} items, no item ${step}`, 'data-path');
      here = item;
    } else if (isRecord(here) && Object.prototype.hasOwnProperty.call(here, step)) here = here[step];
    else {
      const keys = isRecord(here)
        ? `; its keys: ${Object.keys(here).slice(0, 8).join(', ') || 'none'}`
        : Array.isArray(here)
          ? ' (an array: use an index)'
          : '';
      throw new CivicError('invalid-json', `data-path ${quote(path)}: ${at} has no ${quote(step)}${keys}`, 'data-path');
    }
  });
  return here;
}

/** A table (CSV, `<table>`) as records keyed by its header, so the same fields apply to it. */
const tableRecords = (p: Extract<Payload, { kind: 'table' }>): Record<string, string>[] =>
  p.table.rows.map((r) => Object.fromEntries(p.table.header.map((h, i) => [h, r[i] ?? ''])));

/** `"urban:城市低保, rural"` → [[urban, 城市低保], [rural, rural]]. */
function seriesList(text: string): [string, string][] {
  return text
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const m = /^(.+?)\s*[:：]\s*(.+)$/.exec(s);
      return m ? [m[1], m[2]] : [s, s];
    });
}

/** Applies `data-path` and the field attributes to a payload; unchanged when none is set. */
export function applyFields(p: Payload, m: FieldMap, shape: FieldShape): Payload {
  if (!hasFields(m)) return p;
  let value: unknown = p.kind === 'json' ? p.value : tableRecords(p);
  const where = given(m.path) ? `data-path ${quote(m.path.trim())}` : 'the data';
  if (given(m.path)) value = followPath(value, m.path.trim());
  const fields = (Object.keys(ATTR) as (keyof typeof ATTR)[]).filter((k) => given(m[k]));
  if (!fields.length) return { kind: 'json', value, from: p.from };

  /** The field of record i; a missing field is invalid-json naming the attribute, record and path. */
  const field = (rec: unknown, i: number | null, key: keyof typeof ATTR, name = (m[key] ?? '').trim()): unknown => {
    const which = i == null ? `the record at ${where}` : `record ${i + 1} of ${where}`;
    if (!isRecord(rec)) throw new CivicError('invalid-json', `${which} is not an object`, ATTR[key]);
    if (!Object.prototype.hasOwnProperty.call(rec, name)) {
      throw new CivicError(
        'invalid-json',
        `${which} has no field ${quote(name)} (${ATTR[key]}); its fields: ${Object.keys(rec).slice(0, 8).join(', ') || 'none'}`,
        ATTR[key],
      );
    }
    return rec[name];
  };

  if (shape === 'record') {
    if (Array.isArray(value)) {
      throw new CivicError(
        'invalid-json',
        `${where} is a list of ${value.length} records; this element shows one: end data-path with its index (0 for the first, -1 for the last)`,
        'data-path',
      );
    }
    const out: Record<string, unknown> = {};
    for (const k of ['value', 'previous', 'target', 'max', 'label'] as const) if (given(m[k])) out[k] = field(value, null, k);
    return { kind: 'json', value: out, from: p.from };
  }

  if (!Array.isArray(value))
    throw new CivicError('invalid-json', `${where} is not a list of records`, given(m.path) ? 'data-path' : ATTR[fields[0]]);
  const records = value;
  if (shape === 'regions') {
    const region = given(m.region) ? m.region.trim() : 'name';
    const val = given(m.value) ? m.value.trim() : 'value';
    const regions = records.map((r, i) => ({ name: field(r, i, 'region', region), value: field(r, i, 'value', val) }));
    return { kind: 'json', value: { regions }, from: p.from };
  }
  const cols: [string, string][] = given(m.series) ? seriesList(m.series) : given(m.value) ? [[m.value.trim(), m.value.trim()]] : [];
  if (!cols.length)
    throw new CivicError(
      'invalid-json',
      'name the value field (data-value-field) or the series fields (data-series-fields)',
      'data-value-field',
    );
  const out: Record<string, unknown> = {
    series: cols.map(([key, name]) => ({ name, values: records.map((r, i) => field(r, i, given(m.series) ? 'series' : 'value', key)) })),
  };
  if (given(m.label)) {
    out.labels = records.map((r, i) => String(field(r, i, 'label') ?? ''));
    out.labelName = m.label.trim();
  }
  return { kind: 'json', value: out, from: p.from };
}
