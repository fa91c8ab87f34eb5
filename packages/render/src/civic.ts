/**
 * civic-viz's internal entry, imported after Lit SSR's DOM shim is installed (the element
 * classes extend HTMLElement). Resolved through civic-viz's package exports: the built
 * `dist/internal/render.js` when installed from npm, its TypeScript source under the
 * `civic-viz-source` condition in this repository's tests.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';

export type Civic = typeof import('civic-viz/internal/render.js');
let loaded: Promise<Civic> | undefined;
export const loadCivic = (): Promise<Civic> => (loaded ??= import('civic-viz/internal/render.js'));
