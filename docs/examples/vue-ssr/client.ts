/**
 * The browser half: register the elements, then hydrate the server's HTML with the same app.
 * `render` is the template compiled at build time with `isCustomElement` (Nuxt/Vite do this).
 */
import type { RenderFunction } from 'vue';
import '../../../packages/civic-viz/src/all.js';
import { createDashboardApp, type Picked } from './app.js';

/** Hydrates the server-rendered dashboard in `container`; returns the function that unmounts it. */
export function hydrateDashboard(container: Element, render: RenderFunction, props: { onSelect?: (d: Picked) => void } = {}): () => void {
  const app = createDashboardApp(props, render);
  app.mount(container);
  return () => app.unmount();
}
