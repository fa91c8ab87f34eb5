/**
 * civic-viz for Vue 3: template typing of the tags (Volar / vue-tsc) and `isCivicTag`, the
 * `isCustomElement` test. Safe to import in Node; it registers nothing.
 *
 * ```ts
 * import { isCivicTag } from 'civic-viz/vue';
 * app.config.compilerOptions.isCustomElement = isCivicTag;   // or @vitejs/plugin-vue's
 * // template.compilerOptions, or Nuxt's vue.compilerOptions — on the server AND the client
 * ```
 *
 * A server render compiles templates too: without the option there, Vue looks for a component
 * named `civic-trend-chart`, warns, and renders nothing for it.
 * Vue sets a binding as a property when the element has it (`:values="[5.62, 8.09]"`) and as an
 * attribute otherwise; `.prop` (`:values.prop`, in `h()`: a `.values` key) forces the property
 * even before the element's code has loaded. `@civic-select` (in `h()`: `onCivicSelect`)
 * listens to `civic-select`.
 */
import type { AllowedComponentProps, HTMLAttributes, VNodeProps } from 'vue';
import type { CivicAttributes, CivicElements, CivicEventsOf, CivicProperties, CivicTag } from './element-types.js';

export type { CivicAttributes, CivicElements, CivicEventsOf, CivicProperties, CivicTag } from './element-types.js';

/** True for the civic-viz tags: pass it as Vue's `compilerOptions.isCustomElement`. */
export const isCivicTag = (tag: string): boolean => tag.startsWith('civic-');

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
