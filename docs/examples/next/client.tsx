/**
 * The browser half: `hydrateRoot` over the server's HTML (what Next.js does for a page).
 * Nothing to register first: each component defines its tag when it is hydrated.
 */
import { createRoot, hydrateRoot } from 'react-dom/client';
import { Dashboard, type DashboardProps } from './app.js';

/** Hydrates the server-rendered dashboard in `container`; returns the function that unmounts it. */
export function hydrateDashboard(container: Element, props: DashboardProps = {}): () => void {
  const root = hydrateRoot(container, <Dashboard {...props} />);
  return () => root.unmount();
}

/** Renders the dashboard in the browser alone (the docs page, which has no server). */
export function renderDashboard(container: Element, props: DashboardProps = {}): () => void {
  const root = createRoot(container);
  root.render(<Dashboard {...props} />);
  return () => root.unmount();
}
