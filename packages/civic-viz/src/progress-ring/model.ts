/**
 * Pure normalization of a progress ring's data: its attributes, `data-rings`, a JSON payload
 * or a text table all become one `RingData`. Problems throw a `CivicError` naming the
 * attribute (or payload source) and the ring.
 */
import { parseStructured } from '../core/json.js';
import { CivicError, isRecord, optionalNumber, toNumber, type Payload } from '../core/parse.js';

/** One ring: its label, value and full-scale value. */
export interface RingDatum {
  label: string;
  value: number;
  max: number;
}

/** The normalized data of a progress ring (also the `civic-data` detail). */
export interface RingData {
  /** One entry: a single ring (a meter); several: concentric rings, outer first. */
  rings: RingDatum[];
  previous?: number;
  target?: number;
}

/** A ring as given through `data-rings` or its property. */
export interface RingInput {
  label?: string;
  value: number | string;
  max?: number | string;
}

/** The ring's attributes, as given. */
export interface RingAttributes {
  value?: unknown;
  max?: unknown;
  previous?: unknown;
  target?: unknown;
  rings?: unknown;
}

const given = (v: unknown): boolean => v != null && v !== '';

/** Whether the attributes carry data of their own (they then win over data-src and children). */
export const hasRingInline = (own: RingAttributes): boolean => given(own.value) || given(own.rings);

/**
 * The ring's data from its attributes (no payload) or a payload — JSON `{value, max?,
 * previous?, target?, label?}` or `[{label, value, max?}]`, or a table of rows (label, value[,
 * max]) — with the number attributes overriding the payload's fields. Null when empty.
 */
export function ringModel(own: RingAttributes, p?: Payload): RingData | null {
  let d: Record<string, unknown> = {};
  let list: unknown;
  const from = p?.from ?? 'data-rings';
  if (!p) list = given(own.rings) ? parseStructured(own.rings, 'data-rings') : undefined;
  else if (p.kind === 'table') list = p.table.rows.filter((r) => r[1]?.trim()).map(([label, value, max]) => ({ label, value, max }));
  else if (Array.isArray(p.value)) list = p.value;
  else if (isRecord(p.value)) {
    d = p.value;
    list = d.rings;
  } else throw new CivicError('invalid-json', 'expected {value, max?, previous?, target?} or [{label, value, max}]', from);

  // Attributes override the payload field by field.
  const num = (key: 'value' | 'max' | 'previous' | 'target') =>
    given(own[key]) ? toNumber(own[key], `data-${key}`, key) : optionalNumber(d[key], from, key);
  const ring = (label: unknown, value: number, max: number | undefined, attribute: string): RingDatum => {
    max ??= num('max') ?? 100;
    if (max <= 0) throw new CivicError('invalid-number', `max ${max} must be greater than 0`, given(own.max) ? 'data-max' : attribute);
    return { label: typeof label === 'string' ? label : '', value, max };
  };
  let rings: RingDatum[];
  if (list !== undefined) {
    if (!Array.isArray(list)) throw new CivicError('invalid-json', 'expected an array of {label, value, max}', from);
    rings = list.map((r: unknown, i) => {
      if (!isRecord(r)) throw new CivicError('invalid-json', `ring ${i + 1} is not an object {label, value, max}`, from);
      return ring(r.label, toNumber(r.value, from, `ring ${i + 1} value`), optionalNumber(r.max, from, `ring ${i + 1} max`), from);
    });
  } else {
    const value = num('value');
    if (value === undefined) return null;
    rings = [ring(d.label, value, undefined, from)];
  }
  return rings.length ? { rings, previous: num('previous'), target: num('target') } : null;
}
