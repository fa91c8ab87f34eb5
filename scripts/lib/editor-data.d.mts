// Types for editor-data.mjs so node tests can import it under strict TypeScript.
export interface ManifestAttribute {
  name: string;
  fieldName?: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
export interface ManifestElement {
  name: string;
  tagName: string;
  customElement: true;
  modulePath: string;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  members?: { kind: string; name: string; privacy?: string; static?: boolean; description?: string }[];
  events?: { name: string; description?: string }[];
}
export interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Record<string, unknown>[]; exports?: Record<string, unknown>[] }[];
}
export interface EditorAttribute {
  name: string;
  description: string;
  values?: { name: string }[];
  valueSet?: string;
  value?: { kind?: string; type?: string; default?: string };
}
export interface VscodeData {
  version: number;
  tags: { name: string; description: string; attributes: EditorAttribute[] }[];
}
export interface WebTypes {
  name: string;
  version: string;
  contributions: {
    html: { elements: { name: string; description: string; source?: { module: string; symbol: string }; attributes: EditorAttribute[] }[] };
  };
}
export declare function elementsOf(manifest: Manifest): ManifestElement[];
export declare function plainType(text?: string): string;
export declare function enumValues(attr: ManifestAttribute): string[] | undefined;
export declare function vscodeData(manifest: Manifest): VscodeData;
export declare function webTypes(manifest: Manifest, pkg: { name: string; version: string }): WebTypes;
