/**
 * Loud framework mistakes. Two things go wrong silently in framework apps:
 *
 * - A plain `values="5.62,8.09"` attribute (what React 18 writes for an array prop, and Vue when
 *   the element is not defined yet): the element reads `data-values` or the `values` property,
 *   so the chart would stay empty. One warning names both right ways.
 * - A property a framework cleared or never applied (React 19 hydration): errors name the
 *   attribute the model was checked under (`data-values`), which the developer never wrote.
 *   When the page passes data through properties, the error is re-worded to name them.
 *
 * Both read Lit's property declarations, so every element is covered without listing names.
 */
import type { ReactiveElement } from 'lit';
import { CivicError } from './parse.js';

/** Property name → its `data-*` attribute, for each element class. */
const pairsOf = new WeakMap<object, [prop: string, attr: string][]>();
const warned = new WeakMap<Element, Set<string>>();

function pairs(el: ReactiveElement): [string, string][] {
  const ctor = el.constructor as typeof ReactiveElement;
  let list = pairsOf.get(ctor);
  if (!list) {
    list = [];
    for (const [name, opts] of ctor.elementProperties) {
      if (typeof name === 'string' && typeof opts.attribute === 'string' && opts.attribute.startsWith('data-'))
        list.push([name, opts.attribute]);
    }
    pairsOf.set(ctor, list);
  }
  return list;
}

/** Plain attribute name (`values`) → its property and `data-*` attribute, for each element class. */
const plainOf = new WeakMap<object, Map<string, [prop: string, attr: string]>>();

/** Warns once per element and attribute about a plain attribute named like a property. */
export function warnPlainAttributes(el: ReactiveElement): void {
  let plainNames = plainOf.get(el.constructor);
  if (!plainNames) plainOf.set(el.constructor, (plainNames = new Map(pairs(el).map((p) => [p[0].toLowerCase(), p]))));
  // Every element runs this at connection: its few attributes are looked up, not all its properties.
  for (const { name: plain, value } of el.attributes) {
    const pair = plainNames.get(plain);
    if (!pair) continue;
    const [prop, attr] = pair;
    const seen = warned.get(el) ?? new Set<string>();
    warned.set(el, seen);
    if (seen.has(plain)) continue;
    seen.add(plain);
    console.warn(
      `[civic-viz] <${el.localName}> ${plain}="${value.slice(0, 40)}" is not read: use the ${attr} attribute or set the ${prop} property ` +
        `(React 18: the civic-viz/react components; Vue: :${prop}.prop).`,
    );
  }
}

const isEmpty = (v: unknown) => v == null || v === '';
// Arrays, objects and numbers cannot come from an attribute: the page passed them from JS.
const fromJs = (v: unknown) => (typeof v === 'object' && v !== null) || typeof v === 'number';

/**
 * The same error, naming properties instead of `data-*` attributes the element does not carry,
 * when the page passes its data through properties (a property holds an array, object or
 * number) — including a property a re-render cleared or never set. A page that writes
 * attributes keeps hearing about attributes (`data-map` when there is no map at all).
 */
export function nameProperties(el: ReactiveElement, e: CivicError): CivicError {
  const props = el as unknown as Record<string, unknown>;
  const absent = pairs(el).filter(([, attr]) => !el.hasAttribute(attr));
  if (!absent.some(([prop]) => fromJs(props[prop]))) return e;
  let attribute = e.attribute;
  let message = e.message;
  let hint = '';
  for (const [prop, attr] of absent) {
    if (attribute === attr) {
      attribute = prop;
      if (isEmpty(props[prop])) hint = ` (the ${prop} property is empty: was it cleared by a re-render?)`;
    }
    message = message.replace(new RegExp(`\\b${attr}\\b(?!-)`, 'g'), `the ${prop} property`);
  }
  if (attribute === e.attribute && message === e.message) return e;
  return new CivicError(e.code, message + hint, attribute);
}
