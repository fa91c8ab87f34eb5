import { CivicError, toNumber } from './parse.js';

/*
 * Attribute and payload text: JSON with limits and comma lists. The one rule for a cell that
 * holds no value is `isMissing` in number.ts.
 */

/** Largest JSON text we parse (1 MiB) and deepest nesting we accept. */
export const MAX_JSON_CHARS = 1 << 20;
export const MAX_JSON_DEPTH = 32;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses JSON from an attribute or a payload. Keys that could pollute prototypes are dropped;
 * oversized or too deeply nested input is refused with `invalid-json`. `maxChars` raises the size
 * cap for inputs that are legitimately large (boundary GeoJSON).
 */
export function parseJson(text: string, attribute?: string, maxChars = MAX_JSON_CHARS): unknown {
  if (text.length > maxChars) {
    throw new CivicError('invalid-json', `JSON is larger than ${maxChars} characters`, attribute);
  }
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v) => (FORBIDDEN.has(key) ? undefined : v));
  } catch (e) {
    throw new CivicError('invalid-json', `malformed JSON (${(e as Error).message})`, attribute);
  }
  if (depth(value, 0) > MAX_JSON_DEPTH) {
    throw new CivicError('invalid-json', `JSON is nested deeper than ${MAX_JSON_DEPTH} levels`, attribute);
  }
  return value;
}

function depth(v: unknown, d: number): number {
  if (d > MAX_JSON_DEPTH || v === null || typeof v !== 'object') return d;
  let max = d + 1;
  for (const child of Object.values(v)) max = Math.max(max, depth(child, d + 1));
  return max;
}

/** A comma list ("5.62, 8.09" or "5.62，8.09") or a JSON array, as strings. */
export function parseList(raw: unknown, attribute?: string): string[] {
  if (Array.isArray(raw)) return raw.map((x) => String(x ?? ''));
  if (raw == null) return [];
  const text = String(raw).trim();
  if (!text) return [];
  if (text.startsWith('[')) {
    const v = parseJson(text, attribute);
    if (!Array.isArray(v)) throw new CivicError('invalid-json', 'expected a JSON array', attribute);
    return v.map((x) => String(x ?? ''));
  }
  return text.split(/[,，]/).map((s) => s.trim());
}

/** A list of finite numbers; any bad entry is an `invalid-number` error naming its position. */
export function parseNumberList(raw: unknown, attribute?: string): number[] {
  if (Array.isArray(raw)) return raw.map((x, i) => toNumber(x, attribute, `item ${i + 1}`));
  return parseList(raw, attribute).map((x, i) => toNumber(x, attribute, `item ${i + 1}`));
}

/** Parses a JSON attribute that may also arrive as an object through its property. */
export const parseStructured = (raw: unknown, attribute?: string): unknown => (typeof raw === 'string' ? parseJson(raw, attribute) : raw);
