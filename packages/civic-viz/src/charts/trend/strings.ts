import { chartStrings, type ChartStrings } from '../chart-strings.js';
import { extendStrings, type Localized } from '../../core/strings.js';

/** The words of a trend's text: its summary and the text of one point (trend chart and sparkline). */
export interface TrendTextStrings {
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
  /** Between the parts of a point's text: "2021年 · 92%". */
  pointSep: string;
}

export type TrendTextTable = ChartStrings & { trend: TrendTextStrings };

/** Text of trends, without a chart's keyboard help (a card's sparkline carries only this). */
export const trendText: Localized<TrendTextStrings> = {
  'zh-Hans': {
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
    pointSep: ' · ',
  },
  'zh-Hant': {
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
    pointSep: ' · ',
  },
  en: {
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
    pointSep: ' · ',
  },
};

/** Everything a sparkline says. */
export const trendTextStrings: Localized<TrendTextTable> = extendStrings(chartStrings, {
  'zh-Hans': { trend: trendText['zh-Hans'] },
  'zh-Hant': { trend: trendText['zh-Hant'] },
  en: { trend: trendText.en },
});
