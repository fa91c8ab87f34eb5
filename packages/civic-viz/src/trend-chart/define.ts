import { CivicTrendChart } from './trend-chart.js';

export { CivicTrendChart };
export type { TrendData, TrendSeries, TrendType } from './trend-chart.js';

CivicTrendChart.define('civic-trend-chart');

declare global {
  interface HTMLElementTagNameMap {
    'civic-trend-chart': CivicTrendChart;
  }
}
