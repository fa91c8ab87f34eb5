import { coreStrings, extendStrings, type CoreStrings, type Locale, type Localized } from '../core/strings.js';

/** Strings shared by the chart elements (trend chart, district map, the card's sparkline): data table, legend, summaries. */
export interface ChartOnlyStrings {
  table: string;
  hideTable: string;
  downloadCsv: string;
  chartTypes: { line: string; area: string; bar: string; map: string; sparkline: string };
  items: (n: number) => string;
  highest: string;
  lowest: string;
  noData: string;
  rank: (rank: number, total: number) => string;
  unmatched: string;
  legend: string;
}

export type ChartStrings = CoreStrings & ChartOnlyStrings;

const chartOnly: Localized<ChartOnlyStrings> = {
  'zh-Hans': {
    table: '数据表',
    hideTable: '隐藏数据表',
    downloadCsv: '下载 CSV',
    chartTypes: { line: '折线图', area: '面积图', bar: '柱状图', map: '地图', sparkline: '走势' },
    items: (n) => `${n}项`,
    highest: '最高',
    lowest: '最低',
    noData: '无数据',
    rank: (r, t) => `第${r}位，共${t}个`,
    unmatched: '未匹配：',
    legend: '图例',
  },
  'zh-Hant': {
    table: '資料表',
    hideTable: '隱藏資料表',
    downloadCsv: '下載 CSV',
    chartTypes: { line: '折線圖', area: '面積圖', bar: '柱狀圖', map: '地圖', sparkline: '走勢' },
    items: (n) => `${n}項`,
    highest: '最高',
    lowest: '最低',
    noData: '無資料',
    rank: (r, t) => `第${r}位，共${t}個`,
    unmatched: '未比對：',
    legend: '圖例',
  },
  en: {
    table: 'Data table',
    hideTable: 'Hide table',
    downloadCsv: 'Download CSV',
    chartTypes: { line: 'Line chart', area: 'Area chart', bar: 'Bar chart', map: 'Map', sparkline: 'Trend' },
    items: (n) => `${n} ${n === 1 ? 'item' : 'items'}`,
    highest: 'Highest',
    lowest: 'Lowest',
    noData: 'no data',
    rank: (r, t) => `rank ${r} of ${t}`,
    unmatched: 'Not matched: ',
    legend: 'Legend',
  },
};

export const chartStrings: Localized<ChartStrings> = extendStrings(coreStrings, chartOnly);

/** A table column's unit as each language writes it: "数值（个）", "Value (sites)"; '' without a unit. */
export const unitSuffix = (unit: string, locale: Locale): string => (unit ? (locale === 'en' ? ` (${unit})` : `（${unit}）`) : '');
