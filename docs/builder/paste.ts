/**
 * Reads a table an editor pastes: copied from Excel or WPS (tab separated), or CSV. The library's
 * own CSV reader splits it (quotes, tabs/commas/semicolons, title and note rows) and its number
 * reader reads each cell, so the builder accepts exactly what the elements accept:
 *
 * - accepted: tabs or commas between cells, full-width digits (１２３), thousands separators
 *   (2,391 and 2，391), 万/萬/亿/億 after a number (1.1万 = 11000), a trailing %, a leading +,
 *   spaces around a cell; a dash (—, -), … or N/A for "no data" (a gap in the chart);
 * - refused with a message naming the cell: an empty cell (write — for a gap; an empty cell is
 *   usually a paste that missed something), text that is not one exact number (约12万, 12户),
 *   a spreadsheet formula (=HYPERLINK(…)), HTML markup, more than MAX_ROWS rows.
 *
 * Nothing is dropped silently: a table with a problem produces no embed code until it is fixed.
 */
import { parseCsv } from '../../packages/civic-viz/src/core/csv.js';
import { readNumber } from '../../packages/civic-viz/src/core/number.js';
import type { Problem } from './messages.js';
import { textProblem } from './text.js';

/** Most data rows the builder takes (a chart with more is unreadable; an attribute grows large). */
export const MAX_ROWS = 200;
/** Most value columns (series) the builder takes. */
export const MAX_SERIES = 6;

export interface PastedTable {
  /** Column headers after the first: the series names. */
  series: string[];
  /** First column: categories or region names. */
  labels: string[];
  /** values[s][i]: series s at label i; null is a gap. */
  values: (number | null)[][];
}

export type PasteResult = { ok: true; table: PastedTable } | { ok: false; problems: Problem[] };

/** Reads pasted text; returns the table or every problem found (up to a handful). */
export function readPaste(text: string): PasteResult {
  if (!text.trim()) return { ok: false, problems: [{ code: 'empty-table' }] };
  let header: string[];
  let rows: string[][];
  try {
    ({ header, rows } = parseCsv(text));
  } catch {
    return { ok: false, problems: [{ code: 'unreadable-table' }] };
  }
  if (!header.length || !rows.length) return { ok: false, problems: [{ code: 'empty-table' }] };
  if (header.length < 2) return { ok: false, problems: [{ code: 'no-values' }] };
  if (rows.length > MAX_ROWS) return { ok: false, problems: [{ code: 'too-many-rows', rows: rows.length, max: MAX_ROWS }] };
  if (header.length - 1 > MAX_SERIES)
    return { ok: false, problems: [{ code: 'too-many-columns', columns: header.length - 1, max: MAX_SERIES }] };

  const problems: Problem[] = [];
  const note = (p: Problem) => problems.length < 5 && problems.push(p);
  // Row numbers count the header as row 1, as the spreadsheet shows them.
  header.forEach((h, c) => {
    const p = textProblem(h, 60);
    if (p) note(p.code === 'formula' ? { code: 'formula', row: 1, column: c + 1 } : p);
  });
  const labels: string[] = [];
  const values: (number | null)[][] = header.slice(1).map(() => []);
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const row = i + 2;
    const label = r[0] ?? '';
    const lp = label ? textProblem(label, 60) : ({ code: 'missing-cell', row, column: 1 } as Problem);
    if (lp) note(lp.code === 'formula' ? { code: 'formula', row, column: 1 } : lp);
    if (label && seen.has(label)) note({ code: 'duplicate-name', text: label });
    seen.add(label);
    labels.push(label);
    for (let c = 1; c < header.length; c++) {
      const cell = r[c] ?? '';
      if (cell === '') {
        note({ code: 'missing-cell', row, column: c + 1 });
        continue;
      }
      if (cell.startsWith('=')) {
        note({ code: 'formula', row, column: c + 1 });
        continue;
      }
      const n = readNumber(cell);
      if (n.ok) values[c - 1].push(n.value);
      else if (n.missing) values[c - 1].push(null);
      else note({ code: 'cell-not-a-number', row, column: c + 1, text: cell });
    }
  });
  return problems.length ? { ok: false, problems } : { ok: true, table: { series: header.slice(1), labels, values } };
}
