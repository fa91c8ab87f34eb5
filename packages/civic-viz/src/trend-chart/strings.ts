import { chartStrings, type ChartStrings } from '../charts/chart-strings.js';
import { trendText, type TrendTextStrings } from '../charts/trend/strings.js';
import { extendStrings, type Localized } from '../core/strings.js';

/** Strings of `<civic-trend-chart>`: a trend's text plus the chart's own (table, keyboard help). */
export interface TrendStrings extends TrendTextStrings {
  /** Name of a horizontal bar chart (条形图). */
  barHorizontal: string;
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
}

export type TrendChartStrings = ChartStrings & { trend: TrendStrings };

const own: Localized<Omit<TrendStrings, keyof TrendTextStrings>> = {
  'zh-Hans': {
    barHorizontal: '条形图',
    category: '类别',
    value: '数值',
    targetLine: (v) => `目标 ${v}`,
    instructions: '用左右方向键在各项之间移动，上下方向键切换系列，按回车键选择，按 Esc 键关闭提示。',
    instructionsSingle: '用左右方向键在各项之间移动，按回车键选择，按 Esc 键关闭提示。',
  },
  'zh-Hant': {
    barHorizontal: '條形圖',
    category: '類別',
    value: '數值',
    targetLine: (v) => `目標 ${v}`,
    instructions: '用左右方向鍵在各項之間移動，上下方向鍵切換系列，按 Enter 鍵選擇，按 Esc 鍵關閉提示。',
    instructionsSingle: '用左右方向鍵在各項之間移動，按 Enter 鍵選擇，按 Esc 鍵關閉提示。',
  },
  en: {
    barHorizontal: 'Bar chart',
    category: 'Category',
    value: 'Value',
    targetLine: (v) => `Target ${v}`,
    instructions:
      'Use the left and right arrow keys to move between items, up and down to switch series, Enter to select and Esc to close the tooltip.',
    instructionsSingle: 'Use the left and right arrow keys to move between items, Enter to select and Esc to close the tooltip.',
  },
};

/** Everything `<civic-trend-chart>` says. */
export const trendChartStrings: Localized<TrendChartStrings> = extendStrings(chartStrings, {
  'zh-Hans': { trend: { ...trendText['zh-Hans'], ...own['zh-Hans'] } },
  'zh-Hant': { trend: { ...trendText['zh-Hant'], ...own['zh-Hant'] } },
  en: { trend: { ...trendText.en, ...own.en } },
});
