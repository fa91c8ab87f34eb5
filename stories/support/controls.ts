/**
 * Story support: Storybook controls from the manifest, one per real attribute.
 *
 * Storybook lists every attribute of custom-elements.json *and* every property, so each
 * attribute appeared twice (`data-label` and `label`), and only the row named like the story's
 * arg did anything. `controlsFor(tag, wired)` keeps one row per attribute: under the story's arg
 * name when the story's template sets that attribute (a working control, with the allowed values
 * of an enumerated attribute as options), else as a documented row without a control. Property
 * twins and statics are hidden; events, slots, CSS properties and parts stay in the table without
 * a control (a story's template does not set them).
 */
import { getCustomElements } from '@storybook/web-components';
import type { ArgTypes } from '@storybook/web-components-vite';

interface Attr {
  name: string;
  fieldName?: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
interface Decl {
  tagName?: string;
  members?: { kind: string; name: string }[];
  attributes?: Attr[];
  events?: { name: string }[];
  slots?: { name: string }[];
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
}
interface Manifest {
  modules?: { declarations?: Decl[] }[];
}

const plain = (text = '') =>
  text
    .split(' | ')
    .filter((t) => t !== 'undefined' && t !== 'null')
    .join(' | ');
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The attribute's allowed values when its type is a union of string literals. */
export function optionsOf(attr: Attr): string[] | undefined {
  const parts = plain(attr.type?.text).split(' | ');
  return parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

/**
 * argTypes for the story of `tag`. `wired`: the story's arg names its template turns into
 * attributes (`label` → `data-label`; an arg named like the attribute, e.g. `updated`, works too).
 */
export function controlsFor(tag: string, wired: readonly string[], manifest = getCustomElements() as Manifest | undefined): ArgTypes {
  const el = manifest?.modules?.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!el) return {};
  const out: ArgTypes = {};
  for (const m of el.members ?? []) if (m.kind === 'field') out[m.name] = { table: { disable: true } };
  // Events, slots, CSS properties and parts are documented in the table; the template sets none of them.
  for (const item of [...(el.events ?? []), ...(el.slots ?? []), ...(el.cssProperties ?? []), ...(el.cssParts ?? [])]) {
    if (item.name) out[item.name] = { control: false };
  }
  for (const a of el.attributes ?? []) {
    const arg = wired.find((w) => w === a.fieldName || `data-${kebab(w)}` === a.name);
    // `state` is set by the element (reflected for styling), never by the page.
    if (!arg || a.name === 'state') {
      out[a.name] = { control: false, table: { category: 'attributes' } };
      continue;
    }
    out[a.name] = { table: { disable: true } };
    const options = optionsOf(a);
    const type = plain(a.type?.text);
    out[arg] = {
      name: arg,
      description: `\`${a.name}\` — ${a.description ?? ''}`,
      ...(options
        ? { control: options.length > 3 ? 'select' : 'inline-radio', options }
        : { control: type === 'boolean' ? 'boolean' : 'text' }),
      table: {
        category: 'attributes',
        type: { summary: type || 'string' },
        ...(a.default ? { defaultValue: { summary: a.default } } : {}),
      },
    };
  }
  return out;
}
