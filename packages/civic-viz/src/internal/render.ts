/**
 * Internal entry for `@civic-viz/render` (the Node pre-renderer): the element classes and the
 * pure model, option, summary and legend modules the browser uses, so a server-side render is
 * built from the same code as the live widget. Not public API: it carries no semver promise and
 * may change in any release; `@civic-viz/render` depends on the exact same version of civic-viz.
 */
export { CivicIndicatorCard } from '../indicator-card/indicator-card.js';
export { CivicProgressRing } from '../progress-ring/progress-ring.js';
export { CivicTrendChart } from '../trend-chart/trend-chart.js';
export { CivicDistrictMap } from '../district-map/district-map.js';
export { CivicElement, toCivicError } from '../core/base-element.js';
export { buildTrendOption, type TrendType } from '../trend-chart/options.js';
export { trendSummary, tableRows as trendTableRows } from '../charts/trend/summary.js';
export { renderLegend as renderTrendLegend } from '../trend-chart/legend.js';
export { trendChartStrings } from '../trend-chart/strings.js';
export { trendTextStrings } from '../charts/trend/strings.js';
export { parseSparkline, sparklineOption } from '../indicator-card/sparkline-chart.js';
export type { TrendData } from '../charts/trend/model.js';
export { buildMapOption } from '../district-map/options.js';
export { mapSummary, tableRows as mapTableRows } from '../district-map/summary.js';
export { renderLegend as renderMapLegend } from '../district-map/legend.js';
export { legendEntries, formatColor, type ColorScale, type LegendEntry } from '../district-map/scale.js';
export { districtMapStrings } from '../district-map/strings.js';
export { normalizeGeo, builtinMaps, MAX_GEO_CHARS, type GeoMap, type GeoSource } from '../district-map/geo-source.js';
export type { MapView } from '../district-map/model.js';
export { palettes, tokenDeclarations, type Palette } from '../core/tokens.js';
export { unitSuffix, chartStrings, type ChartStrings } from '../charts/chart-strings.js';
export { coreStrings, loadErrorStrings, toLocale, type Locale, type ErrorCode } from '../core/strings.js';
export { formatNumber, formatValue, type FormatOptions } from '../core/format.js';
export { CivicError, safeUrl, type Payload, type TextTable } from '../core/parse.js';
export { parseJson, MAX_JSON_CHARS } from '../core/json.js';
export { parseCsv } from '../core/csv.js';
export { VERSION } from '../core/define.js';
export type { Environment } from '../core/environment.js';
