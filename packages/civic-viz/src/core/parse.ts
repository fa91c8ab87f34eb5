import { readNumber } from './number.js';
import type { ErrorCode } from './strings.js';

/** An error with one of the documented error codes and the attribute it came from. */
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

/**
 * A finite number from an attribute or data, read by the one number parser (core/number.ts):
 * "2,391", "1.1万", "１２３", "94.1%" are numbers; anything else is `invalid-number` whose
 * message names `what` (the cell) and says why ("is an approximation ("约")").
 */
export function toNumber(raw: unknown, attribute?: string, what = 'value'): number {
  const r = readNumber(raw);
  if (r.ok) return r.value;
  const shown = typeof raw === 'string' ? JSON.stringify(raw.length > 40 ? raw.slice(0, 40) + '…' : raw) : String(raw);
  throw new CivicError('invalid-number', `${what} ${shown} ${r.reason}`, attribute);
}

/** A number attribute's property value: a string from HTML, a number from JS. */
export type NumberInput = number | string | null | undefined;

/** Like toNumber, but null/undefined/"" mean "not given". */
export const optionalNumber = (raw: unknown, attribute?: string, what?: string): number | undefined =>
  raw == null || raw === '' ? undefined : toNumber(raw, attribute, what);

/** Only http:, https: and relative URLs pass; anything else (javascript:, data:, …) is null. */
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

/** External data, before an element normalizes it: parsed JSON or a text table (CSV or `<table>`). */
export type Payload =
  | { kind: 'json'; value: unknown; from: 'data-src' | 'child-json' | 'child-table' }
  | { kind: 'table'; table: TextTable; from: 'data-src' | 'child-table' };

/** A plain object (not null, not an array): the shape JSON records take. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
