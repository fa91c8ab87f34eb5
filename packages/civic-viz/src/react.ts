/**
 * JSX typing of the civic-viz tags for React 19. Type-only and opt-in:
 *
 * ```ts
 * import type {} from 'civic-viz/react';
 * ```
 *
 * React 19 sets a prop as a property when the element has it (`values={[5.62, 8.09]}` arrives
 * as an array once the element is defined) and as an attribute otherwise (`data-*`, and every
 * prop before the element's code has loaded). A prop named `on` + event name attaches a
 * listener for exactly that name: `oncivic-select={…}` listens to `civic-select`
 * (`onCivicSelect` would listen to "CivicSelect", which never fires).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CivicAttributes, CivicElements, CivicEventsOf, CivicProperties, CivicTag } from './element-types.js';

export type { CivicAttributes, CivicElements, CivicEventsOf, CivicProperties, CivicTag } from './element-types.js';

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
