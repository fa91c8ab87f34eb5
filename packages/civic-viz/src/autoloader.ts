/**
 * One `<script type="module" src=".../autoloader.js">` makes every civic-viz tag on the page
 * live: each element's code is loaded the first time its tag — or a CMS-safe placeholder
 * `<div data-civic="trend-chart" …>` — appears, including ones a CMS or SPA adds later.
 * Loading it twice (even two copies from different URLs) leaves one runtime.
 *
 * Content inside shadow roots is not observed; a host that renders there calls
 * `upgrade(shadowRoot)` (exported here) after rendering.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'civic-indicator-card': () => import('./indicator-card/define.js'),
  'civic-progress-ring': () => import('./progress-ring/define.js'),
  'civic-trend-chart': () => import('./trend-chart/define.js'),
  'civic-district-map': () => import('./district-map/define.js'),
};

/** What the first copy of the autoloader installs on the page; later copies reuse it. */
interface Runtime {
  /** Upgrades placeholders and loads the elements found under `root`. */
  upgrade(root: ParentNode): void;
}

const KEY = Symbol.for('civic-viz.autoloader');
const globals = globalThis as typeof globalThis & { [KEY]?: Runtime };

function createRuntime(): Runtime {
  const tags = Object.keys(loaders);
  const started = new Set<string>();
  const warned = new WeakSet<Element>();
  const parsing = () => document.readyState === 'loading';

  function load(tag: string): void {
    if (started.has(tag)) return;
    started.add(tag);
    if (customElements.get(tag)) return;
    loaders[tag]().catch((e: unknown) => {
      // Let the next appearance of the tag try again (a flaky network, a redeploy).
      started.delete(tag);
      console.warn(`[civic-viz] could not load <${tag}>: ${(e as Error)?.message ?? e}`);
    });
  }

  /** Replaces a `[data-civic]` placeholder with the element, keeping attributes and children. */
  function upgradePlaceholder(div: Element): void {
    if (warned.has(div) || !div.parentNode) return;
    const name = (div.getAttribute('data-civic') ?? '').trim().toLowerCase();
    const tag = name.startsWith('civic-') ? name : `civic-${name}`;
    if (!Object.hasOwn(loaders, tag)) {
      warned.add(div);
      const known = tags.map((t) => t.slice('civic-'.length)).join(', ');
      console.warn(`[civic-viz] data-civic="${name.slice(0, 40)}": unknown element (expected one of: ${known}); left as it is.`);
      return;
    }
    const el = document.createElement(tag);
    for (const attr of Array.from(div.attributes)) {
      // Inline handlers are never carried over: a sanitizer should have removed them, and under
      // Trusted Types setting one from script throws.
      if (attr.name === 'data-civic' || attr.name.startsWith('on')) continue;
      // A style attribute set by script is blocked under a strict CSP; the CSSOM copy is not.
      if (attr.name === 'style') el.style.cssText = (div as HTMLElement).style?.cssText ?? '';
      else el.setAttribute(attr.name, attr.value);
    }
    el.append(...Array.from(div.childNodes));
    div.replaceWith(el);
    load(tag);
  }

  function scan(root: ParentNode): void {
    // While the parser is still filling a placeholder, moving it would lose its later children;
    // placeholders wait for DOMContentLoaded, tags can start loading at once.
    if (!parsing()) {
      if (root instanceof Element && root.hasAttribute('data-civic')) upgradePlaceholder(root);
      root.querySelectorAll('[data-civic]').forEach(upgradePlaceholder);
    }
    const pending = tags.filter((t) => !started.has(t));
    if (!pending.length) return;
    if (root instanceof Element && pending.includes(root.localName)) load(root.localName);
    const selector = pending.join(',');
    root.querySelectorAll(selector).forEach((el) => load(el.localName));
  }

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') scan(r.target as Element);
      else for (const n of Array.from(r.addedNodes)) if (n instanceof Element) scan(n);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-civic'] });
  scan(document);
  if (parsing()) document.addEventListener('DOMContentLoaded', () => scan(document), { once: true });
  return { upgrade: scan };
}

// On a server (a Node render of a framework app) there is no document to watch: importing this
// module does nothing there, and the browser's copy of the page starts the runtime.
const inBrowser = typeof document !== 'undefined' && typeof MutationObserver !== 'undefined';
const runtime: Runtime | undefined = inBrowser ? (globals[KEY] ??= createRuntime()) : undefined;

/**
 * Upgrades `[data-civic]` placeholders and loads the elements under `root` now — for content
 * the autoloader cannot observe, such as a shadow root an application renders into.
 */
export function upgrade(root?: ParentNode): void {
  runtime?.upgrade(root ?? document);
}
