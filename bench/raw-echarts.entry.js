/**
 * The baseline's ECharts: built by scripts/bench.mjs (Vite, minified, tree-shaken) from
 * `echarts/core` with exactly the set civic-viz's trend registry installs
 * (packages/civic-viz/src/echarts/trend.ts), so both sides draw with the same code.
 */
import { init, use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, BarChart, GridComponent, MarkLineComponent, CanvasRenderer]);

export { init };
