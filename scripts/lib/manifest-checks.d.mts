// Types for manifest-checks.mjs so node tests can import it under strict TypeScript.
import type { Manifest, VscodeData, WebTypes } from './editor-data.mjs';
export declare const TAGS: string[];
export declare const ENUMS: Record<string, string[]>;
export declare const OUTSIDE_REFS: RegExp;
export declare function manifestProblems(manifest: Manifest, options?: { files?: Set<string> }): string[];
export declare function editorProblems(manifest: Manifest, vscode: VscodeData, webTypes: WebTypes): string[];
export declare function filesUnder(dir: string): Set<string>;
