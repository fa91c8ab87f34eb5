import type { ErrorCode } from './strings.js';

/** An error with a spec §4 code and the attribute it came from. */
export class CivicError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly attribute?: string,
  ) {
    super(message);
    this.name = 'CivicError';
  }
}

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

/** Checks a value from an attribute or data is a finite number; strings like "1,234" or "5.62%" are accepted. */
export function toNumber(raw: unknown, attribute?: string, what = 'value'): number {
  let n = Number.NaN;
  if (typeof raw === 'number') n = raw;
  else if (typeof raw === 'string' && raw.trim() !== '') {
    n = Number(raw.trim().replace(/[,，\s]/g, '').replace(/%$/, ''));
  }
  if (!Number.isFinite(n)) {
    throw new CivicError('invalid-number', `${what} ${JSON.stringify(String(raw)).slice(0, 40)} is not a finite number`, attribute);
  }
  return n;
}

/** A number attribute's property value: a string from HTML, a number from JS. */
export type NumberInput = number | string | null | undefined;

/** Like toNumber, but null/undefined/"" mean "not given". */
export const optionalNumber = (raw: unknown, attribute?: string, what?: string): number | undefined =>
  raw == null || raw === '' ? undefined : toNumber(raw, attribute, what);

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
export const parseStructured = (raw: unknown, attribute?: string): unknown =>
  typeof raw === 'string' ? parseJson(raw, attribute) : raw;

/** Only http:, https: and relative URLs pass (spec §11); anything else is null. */
export function safeUrl(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  // Strip control and whitespace characters browsers ignore inside a scheme ("java\nscript:").
  const url = raw.trim();
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, '');
  if (!compact) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (scheme) return /^https?$/i.test(scheme[1]) ? url : null;
  // Protocol-relative (//host) is an absolute URL to any scheme's host: allowed, it inherits http(s).
  return url;
}

/** A rectangular text table: header row plus body rows. The shape CSV and `<table>` both become. */
export interface TextTable {
  header: string[];
  rows: string[][];
}

/** Parses CSV (RFC 4180 quoting, comma or tab separated, BOM tolerated). */
export function parseCsv(text: string, attribute?: string): TextTable {
  if (text.length > MAX_JSON_CHARS) throw new CivicError('unsupported-format', 'CSV is too large', attribute);
  const src = text.replace(/^\ufeff/, '');
  const sep = !src.split('\n', 1)[0].includes(',') && src.includes('\t') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (quoted) throw new CivicError('unsupported-format', 'CSV has an unterminated quote', attribute);
  if (field !== '' || row.length) row.push(field), rows.push(row);
  const nonEmpty = rows.filter((r) => r.some((f) => f.trim() !== ''));
  if (!nonEmpty.length) return { header: [], rows: [] };
  const [header, ...body] = nonEmpty.map((r) => r.map((f) => f.trim()));
  return { header, rows: body };
}

/** Reads a child `<table>`: the header row (thead or first row) and the body rows, as text. */
export function readTable(table: HTMLTableElement): TextTable {
  const all = Array.from(table.rows).map((r) => Array.from(r.cells).map((c) => (c.textContent ?? '').trim()));
  const headRows = table.tHead?.rows.length ?? 0;
  const first = headRows || (table.rows[0] && Array.from(table.rows[0].cells).every((c) => c.tagName === 'TH') ? 1 : 0);
  return { header: all[first - 1] ?? [], rows: all.slice(first) };
}

/** Escapes one CSV field (also neutralising spreadsheet formula prefixes). */
export function csvField(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Builds CSV text from a header and rows, with a BOM so spreadsheet apps read Chinese correctly. */
export const toCsv = (header: string[], rows: (string | number)[][]): string =>
  '\ufeff' + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
