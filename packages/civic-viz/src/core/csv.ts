import { CivicError, type TextTable } from './parse.js';
import { MAX_JSON_CHARS } from './json.js';

/*
 * CSV in and out, in a module of its own: only `data-src` loading (core/fetch.ts) reads CSV and
 * only the charts' data table writes it, so a card with inline data downloads neither.
 */

/**
 * Parses CSV as spreadsheets write it: RFC 4180 quoting (cells may hold separators, quotes and
 * line breaks), comma, semicolon (European-locale Excel) or tab separated, BOM tolerated, empty
 * lines ignored. Then `tidy` reads the layout offices use around the table.
 */
export function parseCsv(text: string, attribute?: string): TextTable {
  if (text.length > MAX_JSON_CHARS) throw new CivicError('unsupported-format', 'CSV is too large', attribute);
  const src = text.replace(/^\ufeff/, '');
  const sep = separator(src);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let start = 0;
  // Plain runs are sliced rather than added a character at a time: 10,000 rows parse in a few ms.
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (quoted) {
      if (c !== 34) continue;
      field += src.slice(start, i);
      if (src.charCodeAt(i + 1) === 34) {
        field += '"';
        start = ++i + 1;
      } else {
        quoted = false;
        start = i + 1;
      }
    } else if (c === 34 && field === '' && start === i) {
      quoted = true;
      start = i + 1;
    } else if (c === sep || c === 10 || c === 13) {
      row.push((field + src.slice(start, i)).trim());
      field = '';
      start = i + 1;
      if (c !== sep) {
        if (c === 13 && src.charCodeAt(i + 1) === 10) start = ++i + 1;
        rows.push(row);
        row = [];
      }
    }
  }
  if (quoted) throw new CivicError('unsupported-format', 'CSV has an unterminated quote', attribute);
  if (start < src.length || field !== '' || row.length) {
    row.push((field + src.slice(start)).trim());
    rows.push(row);
  }
  return tidy(rows, attribute);
}

function filled(r: string[]): number {
  let n = 0;
  for (const f of r) if (f !== '') n++;
  return n;
}
// Notes under a table: 注：…, 备注, 说明, 数据来源：…
const NOTE = /^(注|备注|備註|说明|說明|数据来源|數據來源|资料来源|資料來源|来源|來源|note|source)\s*[:：\d]/i;

/**
 * The layout around the table in a spreadsheet's CSV: empty lines are dropped; title rows above
 * the header ("表1 各区站点数": one filled cell while the table has more) and note rows under it
 * ("注：…") are skipped; empty columns (merged-cell leftovers, trailing separators) are dropped.
 * A column with values but no header name beside named ones (cells of a merged header) is refused:
 * which series it belongs to cannot be told.
 */
function tidy(all: string[][], attribute?: string): TextTable {
  let rows = all.filter((r) => filled(r) > 0);
  if (!rows.length) return { header: [], rows: [] };
  const wide = rows.some((r) => filled(r) > 1);
  if (wide) {
    while (rows.length > 1 && filled(rows[0]) === 1) rows = rows.slice(1);
    while (rows.length > 1 && filled(rows[rows.length - 1]) === 1 && NOTE.test(rows[rows.length - 1].find((f) => f) ?? ''))
      rows = rows.slice(0, -1);
  }
  const width = Math.max(...rows.map((r) => r.length));
  const keep: number[] = [];
  // An unnamed value column beside named ones is a merged cell's leftover; a lone one is just unnamed.
  const named = rows[0].slice(1).some((h) => h !== '');
  for (let c = 0; c < width; c++) {
    const name = rows[0][c] ?? '';
    const used = rows.some((r, i) => i > 0 && (r[c] ?? '') !== '');
    if (!name && !used) continue;
    if (!name && used && c > 0 && named) {
      throw new CivicError(
        'unsupported-format',
        `CSV column ${c + 1} has values but no header name (a merged header cell?): give every column a name in one header row`,
        attribute,
      );
    }
    keep.push(c);
  }
  // Usually every column is kept: the row arrays are then trimmed in place, not copied.
  const everyColumn = keep.length === width;
  const pick = (r: string[]) => {
    const out = everyColumn ? r : keep.map((c) => r[c] ?? '');
    // Trailing empty cells are dropped (a row may be shorter than the header: its missing cells are gaps).
    while (out.length > 1 && out[out.length - 1] === '') out.pop();
    return out;
  };
  return { header: keep.map((c) => rows[0][c] ?? ''), rows: rows.slice(1).map(pick) };
}

const SEPARATORS = [44, 59, 9]; // , ; tab

/**
 * The separator: for each candidate, how many of the first lines (outside quotes) hold it the
 * same non-zero number of times; the most consistent wins, then the most frequent, then comma.
 * `"地区,名称"\t值` is tab separated; `区县;2020;2021` with `1,5` decimals is semicolon separated;
 * a title line above the header holds none and does not decide.
 */
function separator(src: string): number {
  const lines: Map<number, number>[] = [];
  let counts = new Map<number, number>();
  let quoted = false;
  for (let i = 0; i < src.length && lines.length < 20; i++) {
    const c = src.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 10 || c === 13) {
      if (counts.size) lines.push(counts);
      counts = new Map();
    } else if (SEPARATORS.includes(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  if (counts.size) lines.push(counts);
  let best = 44;
  let bestScore = [0, 0];
  for (const sep of SEPARATORS) {
    const n = lines.map((l) => l.get(sep) ?? 0).filter((x) => x > 0);
    if (!n.length) continue;
    const mode = n.sort((a, b) => n.filter((x) => x === b).length - n.filter((x) => x === a).length)[0];
    const score = [n.filter((x) => x === mode).length, mode];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
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
