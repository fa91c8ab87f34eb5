import { chartStrings, type ChartStrings } from '../core/chart-strings.js';
import { extendStrings, type Localized } from '../core/strings.js';

/** Strings of `<civic-trend-chart>` (summary, table, keyboard help) and of sparklines. */
export interface TrendStrings {
  /** Name of a horizontal bar chart (条形图). */
  barHorizontal: string;
  /** "3个系列". */
  seriesCount: (n: number) => string;
  /** Joins the summary's opening parts: "柱状图" + "2项" → "柱状图，2项". */
  overview: (parts: string[]) => string;
  /** Before the list of values: "：". */
  listIntro: string;
  /** One item of the list: "城市低保5.62%" / "城市低保 5.62%". */
  pair: (label: string, value: string) => string;
  /** "最高为农村低保" (names only, used when every value is listed). */
  highestIs: (names: string) => string;
  lowestIs: (names: string) => string;
  /** "最高为2021年（92%）" (used when the values are not listed). */
  highestWith: (names: string, value: string) => string;
  lowestWith: (names: string, value: string) => string;
  /** "从2010年的5%到2021年的9%": first and last point of a long series. */
  range: (fromLabel: string, fromValue: string, toLabel: string, toValue: string) => string;
  /** "目标为95%". */
  targetIs: (value: string) => string;
  /** "城市低保：…" — one series' part of a multi-series summary. */
  seriesPart: (name: string, text: string) => string;
  /** Between the parts of a multi-series summary. */
  partSep: string;
  /** Between names of tied points ("、"). */
  nameSep: string;
  /** Header of the label column when the data names none. */
  category: string;
  /** Header of the value column of a single unnamed series. */
  value: string;
  /** Label of the target line on the chart: "目标 95%". */
  targetLine: (value: string) => string;
  /** How to use the chart from the keyboard (accessible description). */
  instructions: string;
  /** The same when there is only one series (no ↑/↓). */
  instructionsSingle: string;
  /** Between the parts of a point's text: "2021年 · 92%". */
  pointSep: string;
}

export type TrendChartStrings = ChartStrings & { trend: TrendStrings };

const trend: Localized<TrendStrings> = {
  'zh-Hans': {
    barHorizontal: '条形图',
    seriesCount: (n) => `${n}个系列`,
    overview: (parts) => parts.join('，'),
    listIntro: '：',
    // "年初78%", but "2021：92%": a label ending in a digit would run into the number.
    pair: (l, v) => (/[0-9A-Za-z]$/.test(l) ? `${l}：${v}` : `${l}${v}`),
    highestIs: (n) => `最高为${n}`,
    lowestIs: (n) => `最低为${n}`,
    highestWith: (n, v) => `最高为${n}（${v}）`,
    lowestWith: (n, v) => `最低为${n}（${v}）`,
    range: (a, va, b, vb) => `从${a}的${va}到${b}的${vb}`,
    targetIs: (v) => `目标为${v}`,
    seriesPart: (name, text) => `${name}：${text}`,
    partSep: '；',
    nameSep: '、',
    category: '类别',
    value: '数值',
    targetLine: (v) => `目标 ${v}`,
    instructions: '用左右方向键在各项之间移动，上下方向键切换系列，按回车键选择，按 Esc 键关闭提示。',
    instructionsSingle: '用左右方向键在各项之间移动，按回车键选择，按 Esc 键关闭提示。',
    pointSep: ' · ',
  },
  'zh-Hant': {
    barHorizontal: '條形圖',
    seriesCount: (n) => `${n}個系列`,
    overview: (parts) => parts.join('，'),
    listIntro: '：',
    // "年初78%", but "2021：92%": a label ending in a digit would run into the number.
    pair: (l, v) => (/[0-9A-Za-z]$/.test(l) ? `${l}：${v}` : `${l}${v}`),
    highestIs: (n) => `最高為${n}`,
    lowestIs: (n) => `最低為${n}`,
    highestWith: (n, v) => `最高為${n}（${v}）`,
    lowestWith: (n, v) => `最低為${n}（${v}）`,
    range: (a, va, b, vb) => `從${a}的${va}到${b}的${vb}`,
    targetIs: (v) => `目標為${v}`,
    seriesPart: (name, text) => `${name}：${text}`,
    partSep: '；',
    nameSep: '、',
    category: '類別',
    value: '數值',
    targetLine: (v) => `目標 ${v}`,
    instructions: '用左右方向鍵在各項之間移動，上下方向鍵切換系列，按 Enter 鍵選擇，按 Esc 鍵關閉提示。',
    instructionsSingle: '用左右方向鍵在各項之間移動，按 Enter 鍵選擇，按 Esc 鍵關閉提示。',
    pointSep: ' · ',
  },
  en: {
    barHorizontal: 'Bar chart',
    seriesCount: (n) => `${n} series`,
    overview: (parts) => parts.join(', '),
    listIntro: ': ',
    pair: (l, v) => (/[0-9]$/.test(l) ? `${l}: ${v}` : `${l} ${v}`),
    highestIs: (n) => `highest: ${n}`,
    lowestIs: (n) => `lowest: ${n}`,
    highestWith: (n, v) => `highest: ${n} (${v})`,
    lowestWith: (n, v) => `lowest: ${n} (${v})`,
    range: (a, va, b, vb) => `from ${va} (${a}) to ${vb} (${b})`,
    targetIs: (v) => `target: ${v}`,
    seriesPart: (name, text) => `${name}: ${text}`,
    partSep: '. ',
    nameSep: ', ',
    category: 'Category',
    value: 'Value',
    targetLine: (v) => `Target ${v}`,
    instructions: 'Use the left and right arrow keys to move between items, up and down to switch series, Enter to select and Esc to close the tooltip.',
    instructionsSingle: 'Use the left and right arrow keys to move between items, Enter to select and Esc to close the tooltip.',
    pointSep: ' · ',
  },
};

/** Everything `<civic-trend-chart>` and the card's sparkline say. */
export const trendChartStrings: Localized<TrendChartStrings> = extendStrings(
  chartStrings,
  { 'zh-Hans': { trend: trend['zh-Hans'] }, 'zh-Hant': { trend: trend['zh-Hant'] }, en: { trend: trend.en } },
);
