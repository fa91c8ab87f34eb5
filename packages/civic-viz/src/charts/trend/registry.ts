import { registryLoader, type ChartRegistry } from '../chart-controller.js';

/** The trend family's ECharts registry (line, bar, area; also the card's sparkline), imported on first use. */
export const loadTrendRegistry = registryLoader(() => import('../../echarts/trend.js') as Promise<unknown> as Promise<ChartRegistry>);
