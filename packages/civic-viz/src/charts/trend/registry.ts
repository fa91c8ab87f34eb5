import { registryLoader, type ChartRegistry } from '../chart-controller.js';

/**
 * The trend family's ECharts registry (line, bar, area; also the card's sparkline), imported on
 * first use. ECharts' core, which the map family shares, is requested alongside it: left to be
 * found by parsing the family's code, its request waits for a main thread busy rendering.
 */
export const loadTrendRegistry = registryLoader(() =>
  Promise.all([import('../../echarts/core.js'), import('../../echarts/trend.js')]).then(([, family]) => family as unknown as ChartRegistry),
);
