/**
 * One `<script type="module" src=".../autoloader.js">` makes every civic-viz tag on the page
 * live: each element's code is loaded the first time its tag — or a CMS-safe placeholder
 * `<div data-civic="trend-chart" …>` — appears, including ones a CMS or SPA adds later.
 * Loading it twice (even two copies from different URLs) leaves one runtime.
 *
 * Content inside shadow roots is not observed; a host that renders there calls
 * `upgrade(shadowRoot)` (exported here) after rendering.
 *
 * A pre-rendered element (`@civic-viz/render`) is finished without JavaScript: its code is not
 * even loaded until it is needed — a card or ring when its attributes (or an ancestor's locale,
 * theme or care mode) change, a chart or map when a reader interacts with it (what the reader
 * did is handed over once the code is there) — or at once with `data-refresh`, a sparkline or
 * `data-interactive="eager"`.
 */
import { InteractionLog } from './charts/interaction-log.js';
import { envOf, isPrerendered, needsLiveCode } from './core/prerendered.js';

const loaders: Record<string, () => Promise<unknown>> = {
  'civic-indicator-card': () => import('./indicator-card/define.js'),
  'civic-progress-ring': () => import('./progress-ring/define.js'),
  'civic-trend-chart': () => import('./trend-chart/define.js'),
  'civic-district-map': () => import('./district-map/define.js'),
};

/**
 * What each element's entry imports at once (Lit and the shared core), filled in by the build
 * (scripts/lib/preload-map.mjs) with paths relative to this file; empty when run from source.
 * Loading a tag adds `<link rel="modulepreload">` hints for them, so the browser fetches them
 * alongside the entry rather than after reading it.
 */
const preloads = JSON.parse('{"__civic_preload__":[]}') as Record<string, string[] | undefined>;

function preload(tag: string): void {
  for (const file of preloads[tag] ?? []) {
    const href = new URL(file, import.meta.url).href;
    if ([...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].some((l) => l.href === href)) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

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
  /** Pre-rendered elements whose code waits: what they inherit from the page, and for charts the log of what a reader did meanwhile. */
  const waiting = new Map<Element, { env: string; log?: InteractionLog }>();
  const ENV = ['lang', 'data-theme', 'data-care', 'data-interactive'];

  function load(tag: string): void {
    if (started.has(tag)) return;
    started.add(tag);
    if (customElements.get(tag)) return;
    preload(tag);
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

  /** Loads the element's code now, or waits while it is a pre-rendered widget nobody needs live yet. */
  function consider(el: Element): void {
    const tag = el.localName;
    if (started.has(tag) || waiting.has(el)) return;
    if (!isPrerendered(el) || needsLiveCode(el)) return load(tag);
    const chart = tag === 'civic-trend-chart' || tag === 'civic-district-map';
    waiting.set(el, { env: envOf(el), log: chart ? new InteractionLog(el as HTMLElement, () => load(tag)) : undefined });
    changes.observe(el, { attributes: true });
    // Loaded for this element or another of its tag (or by a page script): the element takes over,
    // and gets what its reader did so far.
    void customElements.whenDefined(tag).then(() => {
      const log = waiting.get(el)?.log;
      waiting.delete(el);
      log?.close();
      if (log?.woken) log.replayOnto(el as HTMLElement);
    });
  }

  /** An attribute change on a waiting element, or a locale/theme/care change above it: it goes live. */
  function changed(target: Element, attribute: string | null): void {
    if (attribute === 'state') return;
    for (const [el, { env }] of waiting) {
      if (target === el ? !ENV.includes(attribute ?? '') || envOf(el) !== env : target.contains(el) && envOf(el) !== env)
        load(el.localName);
    }
  }
  const changes = new MutationObserver((records) => records.forEach((r) => changed(r.target as Element, r.attributeName)));

  function scan(root: ParentNode): void {
    // While the parser is still filling a placeholder, moving it would lose its later children;
    // placeholders wait for DOMContentLoaded, tags can start loading at once.
    if (!parsing()) {
      if (root instanceof Element && root.hasAttribute('data-civic')) upgradePlaceholder(root);
      root.querySelectorAll('[data-civic]').forEach(upgradePlaceholder);
    }
    const pending = tags.filter((t) => !started.has(t));
    if (!pending.length) return;
    if (root instanceof Element && pending.includes(root.localName)) consider(root);
    const selector = pending.join(',');
    root.querySelectorAll(selector).forEach(consider);
  }

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of Array.from(r.addedNodes)) if (n instanceof Element) scan(n);
      } else if (r.attributeName === 'data-civic') scan(r.target as Element);
      else changed(r.target as Element, r.attributeName);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-civic', ...ENV] });
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
