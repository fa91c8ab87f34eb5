// The element reference served by scripts/docs-reference.mjs (from custom-elements.json).
declare module 'virtual:civic-reference' {
  export interface RefAttribute { name: string; field: string; type: string; default: string; description: string; inherited: string }
  export interface RefProperty {
    name: string; type: string; default: string; description: string; attribute: string; readonly: boolean; inherited: string;
  }
  export interface RefNamed { name: string; description: string }
  export interface RefEvent extends RefNamed { type: string }
  export interface RefCssProperty extends RefNamed { default: string }
  export interface RefElement {
    tagName: string;
    name: string;
    path: string;
    summary: string;
    description: string;
    attributes: RefAttribute[];
    properties: RefProperty[];
    events: RefEvent[];
    slots: RefNamed[];
    cssParts: RefNamed[];
    cssProperties: RefCssProperty[];
  }
  /** Every custom element in the manifest, by tag name. */
  export const elements: RefElement[];
  /** docs/reference-notes/*.md by file name without extension (e.g. "district-map"). */
  export const notes: Record<string, string>;
  /** Why the manifest could not be read, or "". */
  export const problem: string;
}
