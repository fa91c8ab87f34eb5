import { coreStrings, extendStrings, type CoreStrings, type Localized } from '../core/strings.js';

/** Words of the progress ring. */
export interface RingOnlyStrings {
  /** "14个百分点": a difference of percentages. */
  points: (n: string) => string;
  /** "94.1，满值100": the value text when the maximum is not 100 %. */
  of: (value: string, max: string) => string;
  /** Heading of a multi-ring legend, saying which ring is which by order. */
  ringLegend: string;
}

export type RingStrings = CoreStrings & RingOnlyStrings;

const only: Localized<RingOnlyStrings> = {
  'zh-Hans': {
    points: (n) => `${n}个百分点`,
    of: (v, m) => `${v}，满值${m}`,
    ringLegend: '图例（由外圈到内圈）',
  },
  'zh-Hant': {
    points: (n) => `${n}個百分點`,
    of: (v, m) => `${v}，滿值${m}`,
    ringLegend: '圖例（由外圈到內圈）',
  },
  en: {
    points: (n) => `${n} percentage points`,
    of: (v, m) => `${v} of ${m}`,
    ringLegend: 'Legend (outer ring to inner ring)',
  },
};

export const ringStrings: Localized<RingStrings> = extendStrings(coreStrings, only);
