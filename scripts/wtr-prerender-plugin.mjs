import { resolve } from 'node:path';
import { render } from './prerender-plugin.mjs';

/**
 * Test-only: `/__prerender?html=…` answers with the fragment pre-rendered by @civic-viz/render
 * (the CLI on the TypeScript sources, as the docs build runs it), so browser tests hydrate the
 * renderer's real output. Its shadow roots link same-origin stylesheets (served here under
 * /civic-prerender/), which the strict CSP of the test pages allows. Local `data-src` paths
 * resolve from the repository root. Results are cached per fragment for the test run.
 */
const ROOT = resolve(import.meta.dirname, '..');

export function prerenderMiddleware() {
  const pages = new Map();
  const sheets = new Map();
  return async (ctx, next) => {
    if (ctx.path.startsWith('/civic-prerender/')) {
      const css = sheets.get(ctx.path.slice('/civic-prerender/'.length));
      if (css == null) return next();
      ctx.type = 'text/css';
      ctx.body = css;
      return;
    }
    if (ctx.path !== '/__prerender') return next();
    const html = String(ctx.query.html ?? '');
    if (!pages.has(html)) pages.set(html, render(html, ROOT, 'index.html'));
    const out = await pages.get(html);
    for (const [f, css] of out.sheets) sheets.set(f, css);
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = out.page;
  };
}
