import { coreStrings, extendStrings, type CoreStrings, type Localized } from '../core/strings.js';

/** Words of the card's change line and target line. */
export interface CardOnlyStrings {
  up: string;
  down: string;
  flat: string;
  complete: string;
}

export type CardStrings = CoreStrings & CardOnlyStrings;

const only: Localized<CardOnlyStrings> = {
  'zh-Hans': {
    up: '增长',
    down: '下降',
    flat: '持平',
    complete: '完成',
  },
  'zh-Hant': {
    up: '增長',
    down: '下降',
    flat: '持平',
    complete: '完成',
  },
  en: {
    up: 'up',
    down: 'down',
    flat: 'unchanged',
    complete: 'achieved',
  },
};

export const cardStrings: Localized<CardStrings> = extendStrings(coreStrings, only);
