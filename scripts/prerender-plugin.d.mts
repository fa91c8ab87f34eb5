import type { Plugin } from 'vite';

/** Serves and builds the listed docs pages (paths relative to the Vite root) pre-rendered by @civic-viz/render. */
export function civicPrerender(options: { pages: string[] }): Plugin;
