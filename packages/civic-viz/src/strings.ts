import { chartStrings, type ChartOnlyStrings } from './core/chart-strings.js';
import { extendStrings, type CoreStrings, type Locale, type Localized } from './core/strings.js';
import { districtMapStrings, type MapStrings } from './district-map/strings.js';
import { cardStrings, type CardOnlyStrings } from './indicator-card/strings.js';
import { ringStrings, type RingOnlyStrings } from './progress-ring/strings.js';
import { trendChartStrings, type TrendStrings } from './trend-chart/strings.js';

/** Every built-in string of the four elements, for one locale. */
export type Strings = CoreStrings & ChartOnlyStrings & CardOnlyStrings & RingOnlyStrings & { trend: TrendStrings; map: MapStrings };

// Each element downloads only its own table; this whole view exists for the package's index
// (translators, tests), which loads all four elements anyway.
const all: Localized<Strings> = extendStrings(
  extendStrings(extendStrings(chartStrings, cardStrings), ringStrings),
  extendStrings(trendChartStrings, districtMapStrings),
);

/** The complete string table for a locale. */
export const strings = (locale: Locale): Strings => all[locale];
