/**
 * What of ECharts both chart families use: the core and the canvas renderer. A family's
 * registry loader imports this module alongside the family's own (charts/trend/registry.ts,
 * district-map/registry.ts), so the browser requests the shared core at once instead of finding
 * it only by parsing the family's code — which, with a page of charts rendering, waits for a
 * busy main thread. Only these names are exported, so the rest of `echarts/core` still shakes out.
 */
export { init, registerMap, use } from 'echarts/core';
export { CanvasRenderer } from 'echarts/renderers';
