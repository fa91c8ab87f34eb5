/**
 * civic-viz for React 18 and 19.
 *
 * ```tsx
 * import { CivicTrendChart } from 'civic-viz/react';
 * <CivicTrendChart data-label="…" labels={['城市低保', '农村低保']} values={[5.62, 8.09]}
 *   onCivicSelect={(e) => setPicked(e.detail)} ref={chartRef} />
 * ```
 *
 * The components (`CivicIndicatorCard`, `CivicProgressRing`, `CivicTrendChart`,
 * `CivicDistrictMap`) set arrays and objects as properties and attach `onCivic*` handlers in
 * every React version, with client rendering and after hydrating server-rendered markup; each
 * registers its tag in the browser when first rendered. Importing this module is safe in Node.
 *
 * The plain tags keep their JSX typing (below) for React 19 client rendering: React 19 sets a
 * prop as a property when the element is defined when the prop is applied, and `oncivic-select`
 * listens to `civic-select`. React 18, and React 19 hydration, do neither: use the components.
 */
import React, { type DetailedHTMLProps, type HTMLAttributes } from 'react';
import { createCivicComponents } from './react/components.js';
import type { CivicAttributes, CivicElements, CivicEventsOf, CivicProperties, CivicTag } from './element-types.js';

export type { CivicAttributes, CivicElements, CivicEventsOf, CivicProperties, CivicTag } from './element-types.js';
export type { CivicComponent, CivicComponentProps, CivicComponents, CivicEventHandlers } from './react/components.js';
export { createCivicComponents } from './react/components.js';
export type { CivicErrorDetail, CivicPointSelectDetail, CivicRegionSelectDetail } from './core/events.js';
// The element classes, for refs: `useRef<CivicTrendChartElement>(null)`.
export type { CivicIndicatorCard as CivicIndicatorCardElement } from './indicator-card/indicator-card.js';
export type { CivicProgressRing as CivicProgressRingElement } from './progress-ring/progress-ring.js';
export type { CivicTrendChart as CivicTrendChartElement } from './trend-chart/trend-chart.js';
export type { CivicDistrictMap as CivicDistrictMapElement } from './district-map/district-map.js';

/** The React components. */
export const { CivicIndicatorCard, CivicProgressRing, CivicTrendChart, CivicDistrictMap } = createCivicComponents(React);

/** `oncivic-select`, `oncivic-ready`, … with the event typed for the tag. */
export type CivicReactEventProps<T extends CivicTag> = {
  [K in keyof CivicEventsOf<T> as `on${K & string}`]?: (event: CivicEventsOf<T>[K]) => void;
};

/** Everything a civic-viz tag accepts in React JSX. */
export type CivicReactProps<T extends CivicTag> = Omit<
  DetailedHTMLProps<HTMLAttributes<CivicElements[T]>, CivicElements[T]>,
  keyof CivicProperties<CivicElements[T]> | keyof CivicAttributes[T]
> &
  CivicProperties<CivicElements[T]> &
  CivicAttributes[T] &
  CivicReactEventProps<T>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'civic-indicator-card': CivicReactProps<'civic-indicator-card'>;
      'civic-progress-ring': CivicReactProps<'civic-progress-ring'>;
      'civic-trend-chart': CivicReactProps<'civic-trend-chart'>;
      'civic-district-map': CivicReactProps<'civic-district-map'>;
    }
  }
}
