/**
 * Pure normalization of an indicator card's data: its attributes, a JSON payload or a text
 * table all become one `IndicatorData`. Problems throw a `CivicError` naming the attribute
 * (or payload source).
 */
import { CivicError, isRecord, optionalNumber, toNumber, type Payload } from '../core/parse.js';

/** The normalized data of an indicator card (also the `civic-data` detail). */
export interface IndicatorData {
  value: number;
  previous?: number;
  /** Explicit change in %, used when there is no previous value. */
  change?: number;
  target?: number;
  /** Label and unit from `data-src` / child data, used when the attributes are empty. */
  label?: string;
  unit?: string;
}

/** The card's number attributes, as given (a string from HTML, a number from JS, or nothing). */
export interface CardNumbers {
  value?: unknown;
  previous?: unknown;
  change?: unknown;
  target?: unknown;
}

const isNumeric = (s: unknown): boolean => {
  try {
    return (toNumber(s), true);
  } catch {
    return false;
  }
};

/**
 * The card's data from its attributes alone (no payload), or from a payload — JSON
 * `{value, previous?, change?, target?, label?, unit?}` or a table whose first row with a
 * number in its second cell gives label and value — with the attributes overriding the
 * payload's fields one by one. Null when there is no value (the card is empty).
 */
export function cardModel(own: CardNumbers, p?: Payload): IndicatorData | null {
  let d: Record<string, unknown> = {};
  if (p?.kind === 'json') {
    if (!isRecord(p.value))
      throw new CivicError('invalid-json', 'expected an object {value, previous?, change?, target?, label?, unit?}', p.from);
    d = p.value;
  } else if (p) {
    const row = p.table.rows.find((r) => isNumeric(r[1]));
    if (row) d = { label: row[0], value: row[1] };
  }
  const value = p ? optionalNumber(d.value, p.from, 'value') : optionalNumber(own.value, 'data-value', 'value');
  if (value === undefined) return null;
  const num = (key: 'previous' | 'change' | 'target') => {
    const given = own[key];
    return given != null && given !== '' ? toNumber(given, `data-${key}`, key) : optionalNumber(d[key], p?.from, key);
  };
  const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const data: IndicatorData = {
    value,
    previous: num('previous'),
    change: num('change'),
    target: num('target'),
    label: text(d.label),
    unit: text(d.unit),
  };
  // Fields not given are absent, not undefined: the civic-data detail lists what is there.
  for (const k of Object.keys(data) as (keyof IndicatorData)[]) if (data[k] === undefined) delete data[k];
  return data;
}
