/**
 * Pure text of a trend chart: the localized summary (its accessible description), the text of
 * one point (tooltip and live region) and the data table's rows. No DOM.
 */
import type { TrendTextTable } from './strings.js';
import { points, type TrendData, type TrendSeries } from './model.js';

/** Up to this many labels every value is listed (one series); beyond it, first → last and extremes. */
export const LIST_MAX = 12;
/** The same for each series of a multi-series chart, which says more per label. */
export const LIST_MAX_MULTI = 6;

type Format = (v: number) => string;

/** Names of the labels where a series reaches `v`, joined ("2020年、2021年"). */
function namesAt(data: TrendData, s: TrendSeries, v: number, t: TrendTextTable): string {
  return s.values.flatMap((x, i) => (x === v ? [data.labels[i]] : [])).join(t.trend.nameSep);
}

/** One series: every value and the highest/lowest, or the range and the extremes. */
function describeSeries(data: TrendData, s: TrendSeries, t: TrendTextTable, format: Format, listMax: number): string {
  const tr = t.trend;
  const pts = points(s);
  if (!pts.length) return t.noData;
  const values = pts.map((p) => p.value);
  const max = Math.max(...values);
  const min = Math.min(...values);
  const parts: string[] = [];
  const varied = pts.length > 1 && max !== min;
  if (data.labels.length <= listMax) {
    parts.push(data.labels.map((l, i) => tr.pair(l, s.values[i] == null ? t.noData : format(s.values[i]!))).join(t.listSep));
    if (varied) parts.push(tr.highestIs(namesAt(data, s, max, t)));
    // With two values the lowest is the other one: saying it adds nothing.
    if (varied && pts.length > 2) parts.push(tr.lowestIs(namesAt(data, s, min, t)));
  } else {
    const first = pts[0];
    const last = pts[pts.length - 1];
    parts.push(tr.range(data.labels[first.index], format(first.value), data.labels[last.index], format(last.value)));
    if (varied) parts.push(tr.highestWith(namesAt(data, s, max, t), format(max)), tr.lowestWith(namesAt(data, s, min, t), format(min)));
  }
  return parts.join(t.listSep);
}

/**
 * The auto summary, e.g. "柱状图，2项：城市低保5.62%，农村低保8.09%，最高为农村低保".
 * `typeName` is the localized chart type (柱状图, 折线图 …).
 */
export function trendSummary(data: TrendData, typeName: string, t: TrendTextTable, format: Format, target?: number): string {
  const tr = t.trend;
  const n = data.labels.length;
  const targetPart = target != null && Number.isFinite(target) ? t.listSep + tr.targetIs(format(target)) : '';
  if (data.series.length === 1) {
    return tr.overview([typeName, t.items(n)]) + tr.listIntro + describeSeries(data, data.series[0], t, format, LIST_MAX) + targetPart;
  }
  const head = tr.overview([typeName, tr.seriesCount(data.series.length), t.items(n)]);
  const parts = data.series.map((s) => tr.seriesPart(s.name, describeSeries(data, s, t, format, LIST_MAX_MULTI)));
  return [head, ...parts].join(tr.partSep) + targetPart;
}

/**
 * The text of one point, read by the live region and shown in the tooltip: "2021年 · 92%", with
 * the series name in the middle when there are several ("目前 · 城市低保 · 92%").
 */
export function pointText(data: TrendData, seriesIndex: number, index: number, t: TrendTextTable, format: Format): string {
  const s = data.series[seriesIndex];
  const v = s?.values[index];
  const parts = [data.labels[index] ?? ''];
  if (data.series.length > 1 && s) parts.push(s.name);
  parts.push(v == null ? t.noData : format(v));
  return parts.join(t.trend.pointSep);
}

/** Rows of the data table: the label, then each series' formatted value ("–" for none). */
export const tableRows = (data: TrendData, format: Format): string[][] =>
  data.labels.map((l, i) => [l, ...data.series.map((s) => (s.values[i] == null ? '–' : format(s.values[i]!)))]);

/** Rows of the CSV: the label, then each series' raw number (empty for none). */
export const csvRows = (data: TrendData): (string | number)[][] =>
  data.labels.map((l, i) => [l, ...data.series.map((s) => s.values[i] ?? '')]);
