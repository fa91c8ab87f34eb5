/** The three locales every built-in string exists in. */
export type Locale = 'zh-Hans' | 'zh-Hant' | 'en';

/** Every user-visible string. A locale missing a key fails to compile. */
export interface Strings {
  loading: string;
  empty: string;
  retry: string;
  source: string;
  updated: (date: string) => string;
  errors: Record<ErrorCode, string>;
  up: string;
  down: string;
  flat: string;
  changeLabel: string;
  target: string;
  complete: string;
  points: (n: string) => string;
  listSep: string;
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
  illustrative: string;
  of: (value: string, max: string) => string;
  legend: string;
  /** Heading of a multi-ring legend, saying which ring is which by order. */
  ringLegend: string;
}

/** Machine-readable error codes, spec §4. */
export type ErrorCode =
  | 'invalid-json'
  | 'invalid-number'
  | 'length-mismatch'
  | 'fetch-failed'
  | 'fetch-timeout'
  | 'unsupported-format'
  | 'unknown-map'
  | 'unknown-region'
  | 'invalid-url';

const zhHans: Strings = {
  loading: '加载中…',
  empty: '暂无数据',
  retry: '重试',
  source: '数据来源：',
  updated: (d) => `更新于 ${d}`,
  errors: {
    'invalid-json': '数据格式有误',
    'invalid-number': '数值无效',
    'length-mismatch': '标签与数值数量不一致',
    'fetch-failed': '数据加载失败',
    'fetch-timeout': '数据加载超时',
    'unsupported-format': '不支持的数据格式',
    'unknown-map': '未知的地图',
    'unknown-region': '有地区未能匹配',
    'invalid-url': '链接地址无效',
  },
  up: '增长',
  down: '下降',
  flat: '持平',
  changeLabel: '较上年',
  target: '目标',
  complete: '完成',
  points: (n) => `${n}个百分点`,
  listSep: '，',
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
  illustrative: '示意数据',
  of: (v, m) => `${v}，满值${m}`,
  legend: '图例',
  ringLegend: '图例（由外圈到内圈）',
};

const zhHant: Strings = {
  ...zhHans,
  loading: '載入中…',
  empty: '暫無資料',
  retry: '重試',
  source: '資料來源：',
  updated: (d) => `更新於 ${d}`,
  errors: {
    'invalid-json': '資料格式有誤',
    'invalid-number': '數值無效',
    'length-mismatch': '標籤與數值數量不一致',
    'fetch-failed': '資料載入失敗',
    'fetch-timeout': '資料載入逾時',
    'unsupported-format': '不支援的資料格式',
    'unknown-map': '未知的地圖',
    'unknown-region': '有地區未能比對',
    'invalid-url': '連結網址無效',
  },
  up: '增長',
  down: '下降',
  flat: '持平',
  changeLabel: '較上年',
  target: '目標',
  complete: '完成',
  points: (n) => `${n}個百分點`,
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
  illustrative: '示意資料',
  of: (v, m) => `${v}，滿值${m}`,
  legend: '圖例',
  ringLegend: '圖例（由外圈到內圈）',
};

const en: Strings = {
  loading: 'Loading…',
  empty: 'No data',
  retry: 'Retry',
  source: 'Source: ',
  updated: (d) => `Updated ${d}`,
  errors: {
    'invalid-json': 'The data is malformed',
    'invalid-number': 'A value is not a number',
    'length-mismatch': 'Labels and values differ in length',
    'fetch-failed': 'The data could not be loaded',
    'fetch-timeout': 'Loading the data timed out',
    'unsupported-format': 'Unsupported data format',
    'unknown-map': 'Unknown map',
    'unknown-region': 'Some regions were not matched',
    'invalid-url': 'Invalid link',
  },
  up: 'up',
  down: 'down',
  flat: 'unchanged',
  changeLabel: 'vs. previous',
  target: 'Target',
  complete: 'achieved',
  points: (n) => `${n} percentage points`,
  listSep: '; ',
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
  illustrative: 'Illustrative data',
  of: (v, m) => `${v} of ${m}`,
  legend: 'Legend',
  ringLegend: 'Legend (outer ring to inner ring)',
};

const tables: Record<Locale, Strings> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

/** The string table for a locale. */
export const strings = (locale: Locale): Strings => tables[locale];

/**
 * Maps a BCP 47 tag to one of our locales: zh-TW/zh-HK/zh-MO/zh-Hant → zh-Hant,
 * any en-* → en, everything else (zh-CN, zh-Hans, unknown) → zh-Hans.
 */
export function toLocale(lang: string | null | undefined): Locale {
  const tag = (lang ?? '').trim().toLowerCase();
  if (!tag) return 'zh-Hans';
  if (tag.startsWith('en')) return 'en';
  if (/^zh-(hant|tw|hk|mo)\b/.test(tag)) return 'zh-Hant';
  return 'zh-Hans';
}

/** The Intl locale used for number and date formatting. */
export const intlLocale = (locale: Locale): string =>
  locale === 'zh-Hant' ? 'zh-TW' : locale === 'en' ? 'en' : 'zh-CN';
