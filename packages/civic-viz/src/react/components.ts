/**
 * React components for the four elements, built with `@lit/react`: every prop the element has as
 * a property (arrays and objects included) is set as that property, `onCivicSelect` and friends
 * become listeners for the `civic-*` events, and `ref` is the element. The properties are set in
 * a layout effect, so they arrive in React 18 and 19, after client rendering and after hydration
 * of server-rendered markup alike.
 *
 * Importing this module registers nothing and touches no DOM (it is safe in a server render).
 * A component registers its own tag when React first attaches its element in the browser: after
 * hydration has compared the server markup, so the element's own attributes (`state`) never race
 * it. The element's host attributes are the element's business: hydration warnings about them
 * are suppressed on the wrapper's tag, as `@lit/react` does.
 */
import { createComponent, type EventName } from '@lit/react';
import type React from 'react';
import { CivicDistrictMap as DistrictMapElement } from '../district-map/district-map.js';
import { CivicIndicatorCard as IndicatorCardElement } from '../indicator-card/indicator-card.js';
import { CivicProgressRing as ProgressRingElement } from '../progress-ring/progress-ring.js';
import { CivicTrendChart as TrendChartElement } from '../trend-chart/trend-chart.js';
import type { CivicAttributes, CivicElements, CivicEventsOf, CivicProperties, CivicTag } from '../element-types.js';

/** `onCivicReady`, `onCivicError`, `onCivicData` and (not on a ring) `onCivicSelect`, typed for the tag. */
export type CivicEventHandlers<T extends CivicTag> = {
  onCivicReady?: (event: CivicEventsOf<T>['civic-ready']) => void;
  onCivicError?: (event: CivicEventsOf<T>['civic-error']) => void;
  onCivicData?: (event: CivicEventsOf<T>['civic-data']) => void;
} & (T extends 'civic-progress-ring' ? unknown : { onCivicSelect?: (event: CivicEventsOf<T>['civic-select']) => void });

/** Props of a civic-viz React component: element properties, `data-*` attributes, event handlers, `ref`. */
export type CivicComponentProps<T extends CivicTag> = Omit<
  React.HTMLAttributes<CivicElements[T]>,
  keyof CivicProperties<CivicElements[T]> | keyof CivicAttributes[T] | keyof CivicEventHandlers<T>
> &
  CivicProperties<CivicElements[T]> &
  CivicAttributes[T] &
  CivicEventHandlers<T> &
  React.RefAttributes<CivicElements[T]>;

/** A civic-viz React component. */
export type CivicComponent<T extends CivicTag> = React.ForwardRefExoticComponent<CivicComponentProps<T>>;

/** The four components. */
export interface CivicComponents {
  CivicIndicatorCard: CivicComponent<'civic-indicator-card'>;
  CivicProgressRing: CivicComponent<'civic-progress-ring'>;
  CivicTrendChart: CivicComponent<'civic-trend-chart'>;
  CivicDistrictMap: CivicComponent<'civic-district-map'>;
}

type ElementClass<T extends CivicTag> = (new () => CivicElements[T]) & { define(tag: string): void };

function eventsOf<T extends CivicTag>(select: boolean) {
  const events = {
    onCivicReady: 'civic-ready' as EventName<CivicEventsOf<T>['civic-ready']>,
    onCivicError: 'civic-error' as EventName<CivicEventsOf<T>['civic-error']>,
    onCivicData: 'civic-data' as EventName<CivicEventsOf<T>['civic-data']>,
  };
  return select ? { ...events, onCivicSelect: 'civic-select' as EventName<CivicEventsOf<T>['civic-select']> } : events;
}

function wrap<T extends CivicTag>(react: typeof React, tagName: T, elementClass: ElementClass<T>, displayName: string): CivicComponent<T> {
  // `@lit/react` sets a prop as a property when the class prototype has it. Lit creates the
  // accessors of a `static properties` table when the class is finalized, which otherwise
  // happens only at `customElements.define` (never in a server render, and after this call in
  // the browser): finalizing now is what makes array and object props arrive as properties.
  (elementClass as unknown as { finalize(): void }).finalize();
  const Inner = createComponent({
    react,
    tagName,
    elementClass,
    events: eventsOf<T>(tagName !== 'civic-progress-ring'),
    displayName: `${displayName}Element`,
  });
  // The inner component hands us its element in its ref callback, which React runs before the
  // inner layout effect that sets the properties: defining here means they land on an upgraded
  // element. Ref callbacks never run in a server render.
  const Outer = react.forwardRef<CivicElements[T], CivicComponentProps<T>>((props, ref) => {
    const attach = react.useCallback(
      (node: CivicElements[T] | null) => {
        if (node) elementClass.define(tagName);
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      },
      [ref],
    );
    return react.createElement(Inner as unknown as React.ComponentType<Record<string, unknown>>, { ...props, ref: attach });
  });
  Outer.displayName = displayName;
  // Same component; the props type is spelled out for editors (React's own is too deep to compare).
  return Outer as unknown as CivicComponent<T>;
}

/**
 * The four components for a given React module. `civic-viz/react` calls it with the `react` your
 * bundler resolves; call it yourself only to bind another copy of React.
 */
export function createCivicComponents(react: typeof React): CivicComponents {
  return {
    CivicIndicatorCard: wrap(react, 'civic-indicator-card', IndicatorCardElement, 'CivicIndicatorCard'),
    CivicProgressRing: wrap(react, 'civic-progress-ring', ProgressRingElement, 'CivicProgressRing'),
    CivicTrendChart: wrap(react, 'civic-trend-chart', TrendChartElement, 'CivicTrendChart'),
    CivicDistrictMap: wrap(react, 'civic-district-map', DistrictMapElement, 'CivicDistrictMap'),
  };
}
