import { CivicError, type TextTable } from './parse.js';
import { MAX_JSON_CHARS } from './json.js';

/*
 * CSV in and out, in a module of its own: only `data-src` loading (core/fetch.ts) reads CSV and
 * only the charts' data table writes it, so a card with inline data downloads neither.
 */

/** Parses CSV (RFC 4180 quoting, comma or tab separated, BOM tolerated). */
export function parseCsv(text: string, attribute?: string): TextTable {
  if (text.length > MAX_JSON_CHARS) throw new CivicError('unsupported-format', 'CSV is too large', attribute);
  const src = text.replace(/^\ufeff/, '');
  const sep = separator(src);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new CivicError('unsupported-format', 'CSV has an unterminated quote', attribute);
  if (field !== '' || row.length) rows.push([...row, field]);
  const nonEmpty = rows.filter((r) => r.some((f) => f.trim() !== ''));
  if (!nonEmpty.length) return { header: [], rows: [] };
  const [header, ...body] = nonEmpty.map((r) => r.map((f) => f.trim()));
  return { header, rows: body };
}

/**
 * Tab when the first record has more tabs than commas outside quotes, else comma. Quotes are
 * followed so that `"地区,名称"\t值` is tab separated and a quoted tab is not a separator; the
 * record may span lines inside quotes.
 */
function separator(src: string): ',' | '\t' {
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  for (const c of src) {
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n' || c === '\r') break;
    else if (c === '\t') tabs++;
    else if (c === ',') commas++;
  }
  return tabs > commas ? '\t' : ',';
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
