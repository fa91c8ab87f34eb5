/**
 * One `<script type="module" src=".../autoloader.js">` makes every civic-viz tag on the page
 * live: each element's code is loaded the first time its tag — or a CMS-safe placeholder
 * `<div data-civic="trend-chart" …>` — appears, including ones a CMS or SPA adds later.
 * Loading it twice (even two copies from different URLs) leaves one runtime.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'civic-indicator-card': () => import('./indicator-card/define.js'),
  'civic-progress-ring': () => import('./progress-ring/define.js'),
  'civic-trend-chart': () => import('./trend-chart/define.js'),
  'civic-district-map': () => import('./district-map/define.js'),
};
const tags = Object.keys(loaders);
const started = new Set<string>();

function load(tag: string): void {
  if (started.has(tag) || customElements.get(tag)) return;
  started.add(tag);
  loaders[tag]().catch((e: unknown) => {
    started.delete(tag);
    console.warn(`[civic-viz] could not load <${tag}>: ${(e as Error)?.message ?? e}`);
  });
}

/** Replaces a `[data-civic]` placeholder with the element, keeping attributes and children. */
function upgradePlaceholder(div: Element): void {
  const name = (div.getAttribute('data-civic') ?? '').trim().toLowerCase();
  const tag = name.startsWith('civic-') ? name : `civic-${name}`;
  if (!loaders[tag]) {
    console.warn(`[civic-viz] data-civic: unknown element "${name}" (expected one of ${tags.map((t) => t.slice(6)).join(', ')})`);
    div.removeAttribute('data-civic');
    return;
  }
  const el = document.createElement(tag);
  for (const attr of Array.from(div.attributes)) {
    if (attr.name === 'data-civic') continue;
    // A style attribute set by script is blocked under a strict CSP; the CSSOM copy is not.
    if (attr.name === 'style') (el as HTMLElement).style.cssText = (div as HTMLElement).style.cssText;
    else el.setAttribute(attr.name, attr.value);
  }
  el.append(...Array.from(div.childNodes));
  div.replaceWith(el);
  load(tag);
}

function scan(root: ParentNode): void {
  if (root instanceof Element && root.matches('[data-civic]')) upgradePlaceholder(root);
  root.querySelectorAll('[data-civic]').forEach(upgradePlaceholder);
  for (const tag of tags) {
    if (!started.has(tag) && ((root instanceof Element && root.localName === tag) || root.querySelector(tag))) load(tag);
  }
}

const KEY = Symbol.for('civic-viz.autoloader');
const globals = globalThis as typeof globalThis & { [KEY]?: boolean };
if (!globals[KEY]) {
  globals[KEY] = true;
  const start = () => {
    scan(document);
    new MutationObserver((records) => {
      for (const r of records) for (const n of Array.from(r.addedNodes)) if (n instanceof Element) scan(n);
    }).observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}

export {};
