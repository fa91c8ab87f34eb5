import { chartStrings, type ChartOnlyStrings } from '../src/charts/chart-strings.js';
import { errorStrings } from '../src/core/error-strings.js';
import { extendStrings, type CoreStrings, type ErrorStrings, type Locale, type Localized } from '../src/core/strings.js';
import { districtMapStrings, type MapStrings } from '../src/district-map/strings.js';
import { cardStrings, type CardOnlyStrings } from '../src/indicator-card/strings.js';
import { ringStrings, type RingOnlyStrings } from '../src/progress-ring/strings.js';
import { trendChartStrings, type TrendStrings } from '../src/trend-chart/strings.js';

/** Every built-in string of the four elements, for one locale. */
export type Strings = CoreStrings & { errors: ErrorStrings } & ChartOnlyStrings &
  CardOnlyStrings &
  RingOnlyStrings & { trend: TrendStrings; map: MapStrings };

// Each element downloads only its own table (src/*/strings.ts), and the error messages on the
// first error (core/error-strings.ts); the tests check the union.
const all: Localized<Strings> = extendStrings(
  extendStrings(extendStrings(extendStrings(chartStrings, cardStrings), ringStrings), {
    'zh-Hans': { errors: errorStrings['zh-Hans'] },
    'zh-Hant': { errors: errorStrings['zh-Hant'] },
    en: { errors: errorStrings.en },
  }),
  extendStrings(trendChartStrings, districtMapStrings),
);

/** The complete string table for a locale. */
export const strings = (locale: Locale): Strings => all[locale];
