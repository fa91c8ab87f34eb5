// Types for docs-reference-html.mjs so node tests can import it under strict TypeScript.
export declare function esc(s: string): string;
export declare function inline(text: string): string;
export declare function markdown(md: string, headingShift?: number): string;
export declare function elementsOf(manifest: unknown): { tagName: string; name: string; path: string }[];
export declare function fillReference(html: string, ref: { elements: unknown[]; notes: Record<string, string>; problem?: string }): string;
