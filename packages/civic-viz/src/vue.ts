/**
 * Template typing of the civic-viz tags for Vue 3 (Volar / vue-tsc). Type-only and opt-in:
 *
 * ```ts
 * import type {} from 'civic-viz/vue';
 * ```
 *
 * Tell Vue the tags are custom elements (`app.config.compilerOptions.isCustomElement =
 * (tag) => tag.startsWith('civic-')` at runtime, or the same option of `@vitejs/plugin-vue`).
 * Vue sets a binding as a property when the element has it (`:values="[5.62, 8.09]"`) and as an
 * attribute otherwise; `.prop` (`:values.prop`, in `h()`: a `.values` key) forces the property
 * even before the element's code has loaded. `@civic-select` (in `h()`: `onCivicSelect`)
 * listens to `civic-select`.
 */
import type { AllowedComponentProps, HTMLAttributes, VNodeProps } from 'vue';
import type { CivicAttributes, CivicElements, CivicEventsOf, CivicProperties, CivicTag } from './element-types.js';

export type { CivicAttributes, CivicElements, CivicEventsOf, CivicProperties, CivicTag } from './element-types.js';

type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;

/** `onCivicSelect`, `onCivicReady`, … (what `@civic-select` compiles to) with the event typed for the tag. */
export type CivicVueEventProps<T extends CivicTag> = {
  [K in keyof CivicEventsOf<T> as `on${Capitalize<Camel<K & string>>}`]?: (event: CivicEventsOf<T>[K]) => void;
};

/** Everything a civic-viz tag accepts in a Vue template or as `h()` props. */
export type CivicVueProps<T extends CivicTag> = Omit<HTMLAttributes, keyof CivicProperties<CivicElements[T]> | keyof CivicAttributes[T]> &
  CivicProperties<CivicElements[T]> &
  CivicAttributes[T] &
  CivicVueEventProps<T> &
  VNodeProps &
  AllowedComponentProps;

/** The shape Vue's language tools read for a global component: an instance type with `$props`. */
export type CivicVueComponent<T extends CivicTag> = new () => CivicElements[T] & {
  /** For template type-checking only; not a property of the element. */
  $props: CivicVueProps<T>;
};

declare module 'vue' {
  interface GlobalComponents {
    'civic-indicator-card': CivicVueComponent<'civic-indicator-card'>;
    'civic-progress-ring': CivicVueComponent<'civic-progress-ring'>;
    'civic-trend-chart': CivicVueComponent<'civic-trend-chart'>;
    'civic-district-map': CivicVueComponent<'civic-district-map'>;
  }
}
