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
  /** Strings of the district map. */
  map: MapStrings;
  /** Heading of a multi-ring legend, saying which ring is which by order. */
  ringLegend: string;
  /** Strings of `<civic-trend-chart>` and the card's sparkline. */
  trend: TrendStrings;
}

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

/** Strings of `<civic-district-map>`. */
export interface MapStrings {
  /** "地图，7个地区": the summary's first sentence. */
  overview: (n: number) => string;
  /** "最高：海城市 88处" — `label` is highest/lowest, `names` one or more region names. */
  extreme: (label: string, names: string, value: string) => string;
  /** "2个地区无数据：千山区、立山区". */
  noDataCount: (n: number, names: string) => string;
  /** Between the parts of the summary ("；"). */
  partSep: string;
  /** Between sentences of the summary ("。"). */
  sentenceEnd: string;
  /** Between region names ("、"). */
  nameSep: string;
  /** Table header of the region column. */
  region: string;
  /** Table header of the value column when the data names none. */
  value: string;
  /** Table header of the rank column. */
  rankHeader: string;
  /** Legend class below the first break: "低于40处". */
  below: (v: string) => string;
  /** Legend class from the last break: "80处及以上". */
  atLeast: (v: string) => string;
  /** Legend class between breaks: "40–60处". */
  range: (from: string, to: string) => string;
  /** How to use the map from the keyboard (accessible description). */
  instructions: string;
  /** Said after a selected region. */
  selected: string;
  /** Before the boundary data credit. */
  boundaries: string;
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
  map: {
    overview: (n) => `地图，${n}个地区`,
    extreme: (l, names, v) => `${l}：${names} ${v}`,
    noDataCount: (n, names) => `${n}个地区无数据：${names}`,
    partSep: '；',
    sentenceEnd: '。',
    nameSep: '、',
    region: '地区',
    value: '数值',
    rankHeader: '排名',
    below: (v) => `低于${v}`,
    atLeast: (v) => `${v}及以上`,
    range: (a, b) => `${a}–${b}`,
    instructions: '用方向键在地区之间移动，按回车键选择。',
    selected: '已选择',
    boundaries: '边界数据：',
  },
  ringLegend: '图例（由外圈到内圈）',
  trend: {
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
  map: {
    overview: (n) => `地圖，${n}個地區`,
    extreme: (l, names, v) => `${l}：${names} ${v}`,
    noDataCount: (n, names) => `${n}個地區無資料：${names}`,
    partSep: '；',
    sentenceEnd: '。',
    nameSep: '、',
    region: '地區',
    value: '數值',
    rankHeader: '排名',
    below: (v) => `低於${v}`,
    atLeast: (v) => `${v}及以上`,
    range: (a, b) => `${a}–${b}`,
    instructions: '用方向鍵在地區之間移動，按 Enter 鍵選擇。',
    selected: '已選擇',
    boundaries: '邊界資料：',
  },
  ringLegend: '圖例（由外圈到內圈）',
  trend: {
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
  map: {
    overview: (n) => `Map, ${n} ${n === 1 ? 'region' : 'regions'}`,
    extreme: (l, names, v) => `${l}: ${names}, ${v}`,
    noDataCount: (n, names) => `${n} ${n === 1 ? 'region' : 'regions'} without data: ${names}`,
    partSep: '. ',
    sentenceEnd: '. ',
    nameSep: ', ',
    region: 'Region',
    value: 'Value',
    rankHeader: 'Rank',
    below: (v) => `under ${v}`,
    atLeast: (v) => `${v} and over`,
    range: (a, b) => `${a}–${b}`,
    instructions: 'Use the arrow keys to move between regions and Enter to select one.',
    selected: 'selected',
    boundaries: 'Boundaries: ',
  },
  ringLegend: 'Legend (outer ring to inner ring)',
  trend: {
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
