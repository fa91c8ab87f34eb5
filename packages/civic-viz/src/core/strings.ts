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
    listSep: '; ',
    target: 'Target',
    changeLabel: 'vs. previous',
  },
};

/** The reader's words for each error code, per locale. */
export type ErrorStrings = Record<ErrorCode, string>;

let errorTable: Localized<ErrorStrings> | undefined;
let errorLoad: Promise<void> | undefined;

/**
 * Loads the error messages. They come in a chunk of their own on the first error, so a page
 * whose widgets all draw never downloads them; the code is shown at once meanwhile. A page
 * renderer that must write messages in one pass awaits this first. Never rejects: when offline,
 * the code alone stays shown and the next call tries again.
 */
export function loadErrorStrings(): Promise<void> {
  return (errorLoad ??= import('./error-strings.js').then(
    (m) => void (errorTable = m.errorStrings),
    () => void (errorLoad = undefined),
  ));
}

/** The message for `code` in `locale`, or undefined while the messages are not loaded. */
export const errorText = (locale: Locale, code: ErrorCode): string | undefined => errorTable?.[locale][code];

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
