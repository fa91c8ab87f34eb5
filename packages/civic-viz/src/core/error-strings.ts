import type { ErrorStrings, Localized } from './strings.js';

/** Error messages for readers, loaded on the first error (see `loadErrorStrings`). */
export const errorStrings: Localized<ErrorStrings> = {
  'zh-Hans': {
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
  'zh-Hant': {
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
  en: {
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
};
