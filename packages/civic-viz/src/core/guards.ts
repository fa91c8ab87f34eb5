/** A plain object (not null, not an array): the shape JSON records take. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The spellings of "no value" in a data cell: empty, `null`/`undefined`, or a dash (ASCII, en,
 * em or fullwidth — spreadsheets and statistical tables write all four). A gap in a chart or a
 * sparkline, "no data" on a map.
 */
export function isMissing(v: unknown): boolean {
  if (v == null) return true;
  return typeof v === 'string' && MISSING.has(v.trim());
}
const MISSING = new Set(['', '-', '–', '—', '－']);
