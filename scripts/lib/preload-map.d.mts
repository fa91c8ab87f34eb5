// Types for preload-map.mjs so vite.config.ts and the tests can import it under strict TypeScript.
import type { Plugin } from 'vite';
export declare const PRELOAD_MARKER: string;
type Chunk = { type: 'chunk'; fileName: string; name: string; isEntry: boolean; imports: string[] };
export declare function preloadTable(
  bundle: Record<string, Chunk | { type: 'asset' }>,
  entries: Record<string, string>,
): Record<string, string[]>;
export declare function autoloaderPreload(entries: Record<string, string>): Plugin;
