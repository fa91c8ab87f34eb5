/**
 * The ECharts registry for trend charts and sparklines: the only module of this family that
 * imports ECharts, loaded with a dynamic import the first time an element needs it. Tooltips,
 * legends and accessibility text are ours (DOM, text only), so those components stay out.
 */
import { init, use, type ComposeOption } from 'echarts/core';
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import { GridComponent, MarkLineComponent, type GridComponentOption, type MarkLineComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, BarChart, GridComponent, MarkLineComponent, CanvasRenderer]);

export type TrendOption = ComposeOption<LineSeriesOption | BarSeriesOption | GridComponentOption | MarkLineComponentOption>;
export { init };
