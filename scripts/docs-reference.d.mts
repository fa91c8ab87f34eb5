// Types for docs-reference.mjs so docs/vite.config.ts can import it under strict TypeScript.
import type { Plugin } from 'vite';
export declare function civicReference(options?: { root?: string }): Plugin;
