import { chartStrings, type ChartStrings } from '../charts/chart-strings.js';
import { extendStrings, type Localized } from '../core/strings.js';

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
  /** After the built-in boundaries' credit: they are illustrative, not a reviewed standard map. */
  illustrative: string;
  /** The review number as printed: "审图号：辽S(2021)012号". */
  reviewNo: (n: string) => string;
}

export type DistrictMapStrings = ChartStrings & { map: MapStrings };

const map: Localized<MapStrings> = {
  'zh-Hans': {
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
    illustrative: '，开源示意数据，非审核的标准地图',
    reviewNo: (n) => `审图号：${n}`,
  },
  'zh-Hant': {
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
    illustrative: '，開源示意資料，非審核的標準地圖',
    reviewNo: (n) => `審圖號：${n}`,
  },
  en: {
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
    illustrative: '; open-source illustrative data, not a reviewed standard map',
    reviewNo: (n) => `Map review no. ${n}`,
  },
};

/** Everything `<civic-district-map>` says. */
export const districtMapStrings: Localized<DistrictMapStrings> = extendStrings(chartStrings, {
  'zh-Hans': { map: map['zh-Hans'] },
  'zh-Hant': { map: map['zh-Hant'] },
  en: { map: map.en },
});
