/** The three locales every built-in string exists in. */
export type Locale = 'zh-Hans' | 'zh-Hant' | 'en';

/** One string table per locale; a locale missing a key fails to compile. */
export type Localized<T> = Record<Locale, T>;

/**
 * The strings every element needs (states, errors, footer). Each element adds its own table in
 * its folder (`extendStrings`), so a page with only a card does not download the map's words.
 */
export interface CoreStrings {
  loading: string;
  empty: string;
  retry: string;
  source: string;
  updated: (date: string) => string;
  /** A refresh failed and the data shown is from `time`. */
  stale: (time: string) => string;
  errors: Record<ErrorCode, string>;
  listSep: string;
  target: string;
  changeLabel: string;
}

/** Machine-readable error codes (listed for users in docs/guide/errors.html). */
export type ErrorCode =
  | 'invalid-json'
  | 'invalid-number'
  | 'length-mismatch'
  | 'fetch-failed'
  | 'fetch-timeout'
  | 'unsupported-format'
  | 'invalid-encoding'
  | 'unknown-map'
  | 'unknown-region'
  | 'invalid-url';

export const coreStrings: Localized<CoreStrings> = {
  'zh-Hans': {
    loading: '加载中…',
    empty: '暂无数据',
    retry: '重试',
    source: '数据来源：',
    updated: (d) => `更新于 ${d}`,
    stale: (t) => `数据更新失败，显示的是 ${t} 的数据`,
    errors: {
      'invalid-json': '数据格式有误',
      'invalid-number': '数值无效',
      'length-mismatch': '标签与数值数量不一致',
      'fetch-failed': '数据加载失败',
      'fetch-timeout': '数据加载超时',
      'unsupported-format': '不支持的数据格式',
      'invalid-encoding': '数据的文字编码无法识别',
      'unknown-map': '未知的地图',
      'unknown-region': '有地区未能匹配',
      'invalid-url': '链接地址无效',
    },
    listSep: '，',
    target: '目标',
    changeLabel: '较上年',
  },
  'zh-Hant': {
    loading: '載入中…',
    empty: '暫無資料',
    retry: '重試',
    source: '資料來源：',
    updated: (d) => `更新於 ${d}`,
    stale: (t) => `資料更新失敗，顯示的是 ${t} 的資料`,
    errors: {
      'invalid-json': '資料格式有誤',
      'invalid-number': '數值無效',
      'length-mismatch': '標籤與數值數量不一致',
      'fetch-failed': '資料載入失敗',
      'fetch-timeout': '資料載入逾時',
      'unsupported-format': '不支援的資料格式',
      'invalid-encoding': '資料的文字編碼無法識別',
      'unknown-map': '未知的地圖',
      'unknown-region': '有地區未能比對',
      'invalid-url': '連結網址無效',
    },
    listSep: '，',
    target: '目標',
    changeLabel: '較上年',
  },
  en: {
    loading: 'Loading…',
    empty: 'No data',
    retry: 'Retry',
    source: 'Source: ',
    updated: (d) => `Updated ${d}`,
    stale: (t) => `Update failed; showing the data from ${t}`,
    errors: {
      'invalid-json': 'The data is malformed',
      'invalid-number': 'A value is not a number',
      'length-mismatch': 'Labels and values differ in length',
      'fetch-failed': 'The data could not be loaded',
      'fetch-timeout': 'Loading the data timed out',
      'unsupported-format': 'Unsupported data format',
      'invalid-encoding': 'The data’s text encoding is not recognized',
      'unknown-map': 'Unknown map',
      'unknown-region': 'Some regions were not matched',
      'invalid-url': 'Invalid link',
    },
    listSep: '; ',
    target: 'Target',
    changeLabel: 'vs. previous',
  },
};

/** A table of `base` with `extra` added, per locale (built once, at module load). */
export function extendStrings<A, B>(base: Localized<A>, extra: Localized<B>): Localized<A & B> {
  const out = {} as Localized<A & B>;
  for (const loc of Object.keys(base) as Locale[]) out[loc] = { ...base[loc], ...extra[loc] };
  return out;
}

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
export const intlLocale = (locale: Locale): string => (locale === 'zh-Hant' ? 'zh-TW' : locale === 'en' ? 'en' : 'zh-CN');
