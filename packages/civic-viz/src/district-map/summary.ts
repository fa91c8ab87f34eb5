/**
 * The district map in words: the automatic summary (the accessible description unless
 * `data-description` is set), the text of one region (tooltip and live region) and the rows
 * of the data table. Pure; strings come from the locale's table.
 */
import type { DistrictMapStrings } from './strings.js';
import { CivicError } from '../core/parse.js';
import { explainUnmatched, type MatchRegion } from './match.js';
import type { MapView, RegionDatum } from './model.js';

/** Formats a value with the element's unit, notation and precision. */
export type Formatter = (v: number) => string;

/**
 * "地图，7个地区。最高：海城市 88处；最低：台安县 30处。2个地区无数据：千山区、立山区。未匹配：某某区。"
 * Ties name every region sharing the value; regions without data and unmatched names are listed.
 */
export function mapSummary(view: MapView, t: DistrictMapStrings, format: Formatter): string {
  const m = t.map;
  const end = m.sentenceEnd;
  const names = (list: RegionDatum[]) => list.map((r) => r.name).join(m.nameSep);
  const withValue = view.regions.filter((r) => r.value != null);
  const sentences = [m.overview(view.regions.length)];
  if (withValue.length) {
    const values = withValue.map((r) => r.value!);
    const max = Math.max(...values);
    const min = Math.min(...values);
    const parts = [m.extreme(t.highest, names(withValue.filter((r) => r.value === max)), format(max))];
    if (min !== max) parts.push(m.extreme(t.lowest, names(withValue.filter((r) => r.value === min)), format(min)));
    sentences.push(parts.join(m.partSep));
  }
  const missing = view.regions.filter((r) => r.value == null);
  if (missing.length) sentences.push(m.noDataCount(missing.length, names(missing)));
  if (view.unmatched.length) sentences.push(`${t.unmatched}${view.unmatched.map((u) => u.input).join(m.nameSep)}`);
  return sentences.join(end).trim() + end.trim();
}

/** "海城市 · 88处 · 第1位，共7个", or "千山区 · 无数据": tooltip and live-region text. */
export function regionText(r: RegionDatum, total: number, t: DistrictMapStrings, format: Formatter): string {
  if (r.value == null) return `${r.name} · ${t.noData}`;
  return `${r.name} · ${format(r.value)} · ${t.rank(r.rank!, total)}`;
}

/** Rows of the data table and CSV: region, value (null = no data), rank; highest first, then no data. */
export function tableRows(view: MapView): RegionDatum[] {
  const withValue = view.regions.filter((r) => r.value != null).sort((a, b) => a.rank! - b.rank! || a.name.localeCompare(b.name, 'zh'));
  return [...withValue, ...view.regions.filter((r) => r.value == null)];
}

/** The data table: region, value (formatted; raw in the CSV) and rank, highest first. */
export function mapTable(view: MapView, t: DistrictMapStrings, format: Formatter, valueHeader: string) {
  const rows = tableRows(view);
  const columns = [t.map.region, valueHeader, t.map.rankHeader];
  return {
    columns,
    rows: rows.map((r) => [r.name, r.value == null ? t.noData : format(r.value), r.rank == null ? '–' : String(r.rank)]),
    csv: { header: columns, rows: rows.map((r) => [r.name, r.value ?? '', r.rank ?? '']) },
  };
}

/** The non-fatal `unknown-region` report for data names that matched no region, or null. */
export function unmatchedError(
  view: MapView,
  attribute: string,
  regions: readonly MatchRegion[],
  missing?: readonly { name: string; adcode: number }[],
): CivicError | null {
  if (!view.unmatched.length) return null;
  return new CivicError(
    'unknown-region',
    `not matched to any region of the map: ${explainUnmatched(view.unmatched, regions, missing)}`,
    attribute,
  );
}
