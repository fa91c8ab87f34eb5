/**
 * `renderHTML(html, options)`: every civic-* element of a page or fragment rendered ahead of
 * time into declarative shadow DOM. The rest of the page is kept byte for byte: each element's
 * start tag gains `state="…"` and its first child becomes `<template shadowrootmode="open">`;
 * its own children (the fallback text, the child table) stay in place.
 */
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { loadCivic, type Civic } from './civic.js';
import { isElement, locate, parsePayload, readChildData, readLocal } from './data.js';
import type { ElementJob } from './elements.js';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

export const TAGS = ['civic-indicator-card', 'civic-progress-ring', 'civic-trend-chart', 'civic-district-map'] as const;

export interface RenderOptions {
  /** Folder local `data-src` / `data-geo-src` paths may be read from (default: the current directory). Nothing outside it is read. */
  baseDir?: string;
  /** Path of the page relative to `baseDir` (relative data paths resolve from its folder). Default: `baseDir` itself. */
  pagePath?: string;
  /** Width in CSS px the chart and map drawings are laid out at (they scale to their box). Default 640. */
  chartWidth?: number;
  /** Font files for measuring chart text (default: Noto Sans CJK where Linux installs it). */
  fontFiles?: string[];
  /** Longest attribute value accepted (default 1 MiB); a longer one puts the element in its error state. */
  maxAttributeLength?: number;
  /**
   * URL prefix of same-origin stylesheets (e.g. `/assets/`): each shadow root then links its CSS
   * (`<prefix>civic-<hash>.css`, files listed in the report's `stylesheets`, for the caller to
   * write) instead of carrying an inline `<style>`, so the page needs no style hashes in its CSP.
   */
  stylesheetPrefix?: string;
  /** `lang` when neither the element nor an ancestor sets one (default zh-CN). */
  lang?: string;
}

export interface RenderReport {
  html: string;
  /** `'sha256-…'` sources for `style-src`: the pre-rendered `<style>` elements need them under a CSP without 'unsafe-inline'. */
  styleHashes: string[];
  /** With `stylesheetPrefix`: the CSS files the shadow roots link, to be written under that prefix. */
  stylesheets: { file: string; css: string }[];
  /** Elements rendered, by state. */
  elements: { tag: string; state: string }[];
  /** What the elements reported (the browser's console warnings), and elements left to the browser. */
  warnings: string[];
}

let ready: Promise<Civic> | undefined;
async function setup(fontFiles?: string[]): Promise<Civic> {
  ready ??= (async () => {
    const civic = await loadCivic();
    // A server render is one synchronous pass: the error messages the browser loads on the first
    // error must be there before it starts.
    await civic.loadErrorStrings();
    const { defineServerElements } = await import('./elements.js');
    const { installEcharts } = await import('./svg.js');
    installEcharts(fontFiles);
    defineServerElements(civic);
    return civic;
  })();
  return ready;
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

interface Found {
  el: Element;
  ancestors: Element[];
}

/** Every civic-* element, outermost only, with its ancestors (for inherited lang/theme/care). */
function find(node: Node, ancestors: Element[], out: Found[]): void {
  const kids =
    node.nodeName === 'template'
      ? (node as DefaultTreeAdapterMap['template']).content.childNodes
      : 'childNodes' in node
        ? node.childNodes
        : [];
  for (const c of kids) {
    if (!isElement(c)) continue;
    if ((TAGS as readonly string[]).includes(c.tagName)) {
      // Already rendered (a page run through twice): leave it.
      if (!c.childNodes.some((k) => isElement(k) && k.tagName === 'template' && k.attrs.some((a) => a.name === 'shadowrootmode')))
        out.push({ el: c, ancestors });
      continue;
    }
    find(c, [...ancestors, c], out);
  }
}

/** The nearest value of an attribute on the element or its ancestors. */
const inherited = (f: Found, name: string) => {
  for (const e of [f.el, ...[...f.ancestors].reverse()]) {
    const v = attr(e, name);
    if (v !== undefined) return v;
  }
  return undefined;
};

async function prepare(
  f: Found,
  civic: Civic,
  opts: Required<Pick<RenderOptions, 'baseDir' | 'chartWidth' | 'maxAttributeLength'>> & { pageDir: string; lang: string },
): Promise<ElementJob> {
  const { el } = f;
  const theme = inherited(f, 'data-theme');
  const careAttr = attr(el, 'data-care') === 'false' ? 'false' : inherited(f, 'data-care');
  const care = careAttr !== undefined && careAttr !== 'false';
  const job: ElementJob = {
    attributes: [],
    env: { locale: civic.toLocale(inherited(f, 'lang') ?? opts.lang), dark: theme === 'dark', care, reducedMotion: true, forced: false },
    autoTheme: theme === 'auto',
    chartWidth: opts.chartWidth,
    warnings: [],
  };
  for (const a of el.attrs) {
    if (a.name === 'state') continue;
    if (a.value.length > opts.maxAttributeLength || /^\uE000civic-long-\d+\uE000$/.test(a.value)) {
      job.error ??= new civic.CivicError('invalid-json', `attribute longer than ${opts.maxAttributeLength} characters`, a.name);
      continue;
    }
    job.attributes.push([a.name, a.value]);
  }
  if (job.error) return job;
  try {
    const src = attr(el, 'data-src')?.trim();
    if (src) {
      const where = locate(src, opts.baseDir, opts.pageDir);
      if (where.kind === 'outside')
        throw new civic.CivicError('fetch-failed', "data-src resolves outside the renderer's base directory; it was not read", 'data-src');
      if (where.kind === 'file')
        job.payload = parsePayload(await readLocal(where.path, opts.baseDir, 'data-src', civic), where.path, civic);
      else job.warnings.push(`<${el.tagName}> data-src: remote data is loaded by the browser; pre-rendered in its loading state`);
    } else job.payload = readChildData(el, civic);
  } catch (e) {
    job.error = civic.toCivicError(e);
  }
  if (el.tagName === 'civic-district-map') await prepareGeo(f, job, civic, opts);
  return job;
}

async function prepareGeo(f: Found, job: ElementJob, civic: Civic, opts: { baseDir: string; pageDir: string }): Promise<void> {
  const geoSrc = attr(f.el, 'data-geo-src')?.trim();
  try {
    if (geoSrc) {
      const where = locate(geoSrc, opts.baseDir, opts.pageDir);
      if (where.kind === 'outside')
        throw new civic.CivicError(
          'fetch-failed',
          "data-geo-src resolves outside the renderer's base directory; it was not read",
          'data-geo-src',
        );
      if (where.kind === 'remote') return; // loading: the browser fetches it
      const text = await readLocal(where.path, opts.baseDir, 'data-geo-src', civic);
      job.geo = civic.normalizeGeo(
        civic.parseJson(text, 'data-geo-src', civic.MAX_GEO_CHARS),
        attr(f.el, 'data-name-property')?.trim() || 'name',
        'data-geo-src',
        geoSrc,
      );
      return;
    }
    const name = attr(f.el, 'data-map')?.trim();
    if (!name) return; // the element reports unknown-map itself
    const load = Object.hasOwn(civic.builtinMaps, name) ? civic.builtinMaps[name] : undefined;
    if (!load) throw new civic.CivicError('unknown-map', `no built-in map named ${JSON.stringify(name.slice(0, 40))}`, 'data-map');
    job.geo = civic.normalizeGeo(await load(), 'name', 'data-map', name);
  } catch (e) {
    job.geoError = civic.toCivicError(e);
  }
}

const templates = async () => {
  const { html } = await import('lit');
  return {
    'civic-indicator-card': html`<civic-indicator-card></civic-indicator-card>`,
    'civic-progress-ring': html`<civic-progress-ring></civic-progress-ring>`,
    'civic-trend-chart': html`<civic-trend-chart></civic-trend-chart>`,
    'civic-district-map': html`<civic-district-map></civic-district-map>`,
  } as Record<string, unknown>;
};

/** Lit SSR of one element: its shadow root as a declarative `<template>`, and its state. */
async function renderElement(tag: string, job: ElementJob): Promise<{ shadow: string; state: string; element?: HTMLElement }> {
  const { render } = await import('@lit-labs/ssr');
  const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
  const { LitElementRenderer } = await import('@lit-labs/ssr/lib/lit-element-renderer.js');
  const { withJob } = await import('./elements.js');
  let element: HTMLElement | undefined;
  class Renderer extends LitElementRenderer {
    constructor(tagName: string) {
      super(tagName);
      element = this.element as HTMLElement;
      // Through the renderer: attributeChangedCallback turns each into its property.
      for (const [name, value] of job.attributes) this.setAttribute(name, value);
    }
  }
  const tpl = (await templates())[tag];
  const out = withJob(job, () => collectResultSync(render(tpl, { elementRenderers: [Renderer] })));
  const start = out.indexOf('<template');
  const end = out.lastIndexOf(`</${tag}>`);
  if (start < 0 || end < start) throw new Error('Lit SSR produced no shadow root');
  return { shadow: out.slice(start, end), state: element?.getAttribute('state') ?? 'loading', element };
}

const isDocument = (html: string) => /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html[\s>])/i.test(html);

/** One element rendered on its own, for the image export: its tag, attributes, job and server render. */
export interface RenderedElement {
  tag: string;
  attributes: Record<string, string>;
  job: ElementJob;
  shadow: string;
  state: string;
  /** The server-side element instance (its model, strings and view, read by the image export). */
  element?: HTMLElement;
}

/**
 * Every civic-* element of a page rendered on its own (no page edits). `adjust` may change each
 * job before rendering (the image export's `--theme`). A failure of one element is a warning.
 */
export async function renderElements(
  html: string,
  options: RenderOptions,
  adjust?: (job: ElementJob) => void,
): Promise<{ elements: RenderedElement[]; warnings: string[] }> {
  const civic = await setup(options.fontFiles);
  const baseDir = resolve(options.baseDir ?? process.cwd());
  const opts = {
    baseDir,
    pageDir: dirname(resolve(baseDir, options.pagePath ?? 'index.html')),
    chartWidth: Math.max(160, Math.min(2000, Number(options.chartWidth) || 640)),
    maxAttributeLength: options.maxAttributeLength ?? 1 << 20,
    lang: options.lang ?? 'zh-CN',
  };
  const tree = isDocument(html) ? parse(html) : parseFragment(html);
  const found: Found[] = [];
  find(tree as Node, [], found);
  const elements: RenderedElement[] = [];
  const warnings: string[] = [];
  for (const f of found) {
    try {
      const job = await prepare(f, civic, opts);
      adjust?.(job);
      const r = await renderElement(f.el.tagName, job);
      elements.push({ tag: f.el.tagName, attributes: Object.fromEntries(f.el.attrs.map((a) => [a.name, a.value])), job, ...r });
      warnings.push(...job.warnings);
    } catch (e) {
      warnings.push(`<${f.el.tagName}> not rendered: ${(e as Error)?.message ?? e}`);
    }
  }
  return { elements, warnings };
}

/** Renders every civic-* element; returns the page with the style hashes and what was rendered. */
export async function renderPage(html: string, options: RenderOptions = {}): Promise<RenderReport> {
  if (typeof html !== 'string') throw new TypeError('renderHTML: html must be a string');
  const civic = await setup(options.fontFiles);
  const baseDir = resolve(options.baseDir ?? process.cwd());
  const pageDir = dirname(resolve(baseDir, options.pagePath ?? 'index.html'));
  const opts = {
    baseDir,
    pageDir,
    chartWidth: Math.max(160, Math.min(2000, Number(options.chartWidth) || 640)),
    maxAttributeLength: options.maxAttributeLength ?? 1 << 20,
    lang: options.lang ?? 'zh-CN',
  };
  // A quoted run longer than the attribute cap is set aside before parsing (parse5 needs seconds
  // for a 10 MB attribute) and put back, byte for byte, in the output.
  const long = new Map<string, string>();
  const source =
    html.length > opts.maxAttributeLength
      ? html.replace(/"([^"]*)"|'([^']*)'/g, (m, a?: string, b?: string) => {
          const v = a ?? b ?? '';
          if (v.length <= opts.maxAttributeLength) return m;
          const key = `\uE000civic-long-${long.size}\uE000`;
          long.set(key, v);
          return m[0] + key + m[0];
        })
      : html;
  const tree = isDocument(source)
    ? parse(source, { sourceCodeLocationInfo: true })
    : parseFragment(source, { sourceCodeLocationInfo: true });
  const found: Found[] = [];
  find(tree as Node, [], found);
  const edits: { from: number; to: number; text: string }[] = [];
  const report: RenderReport = { html, styleHashes: [], stylesheets: [], elements: [], warnings: [] };
  const sheets = new Map<string, string>();
  const hashes = new Set<string>();
  for (const f of found) {
    const loc = f.el.sourceCodeLocation?.startTag;
    if (!loc) continue;
    try {
      const job = await prepare(f, civic, opts);
      const rendered = await renderElement(f.el.tagName, job);
      const { state } = rendered;
      const shadow = rendered.shadow.replace(/<style>([\s\S]*?)<\/style>/g, (all, css: string) => {
        const hash = createHash('sha256').update(css).digest('base64');
        if (options.stylesheetPrefix == null) return (hashes.add(`'sha256-${hash}'`), all);
        const file = `civic-${createHash('sha256').update(css).digest('hex').slice(0, 12)}.css`;
        sheets.set(file, css);
        return `<link rel="stylesheet" href="${escapeAttr(options.stylesheetPrefix + file)}">`;
      });
      const attrs = f.el.attrs
        .filter((a) => a.name !== 'state')
        .map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${escapeAttr(a.value)}"`))
        .join('');
      edits.push({ from: loc.startOffset, to: loc.endOffset, text: `<${f.el.tagName}${attrs} state="${state}">${shadow}` });
      report.elements.push({ tag: f.el.tagName, state });
      report.warnings.push(...job.warnings);
    } catch (e) {
      // A renderer failure leaves this element to the browser; the rest of the page renders.
      report.warnings.push(`<${f.el.tagName}> not pre-rendered: ${(e as Error)?.message ?? e}`);
    }
  }
  let out = source;
  for (const e of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  report.html = long.size ? out.replace(/\uE000civic-long-\d+\uE000/g, (k) => long.get(k) ?? k) : out;
  report.styleHashes = [...hashes].sort();
  report.stylesheets = [...sheets].map(([file, css]) => ({ file, css }));
  return report;
}

/** Renders every civic-* element of a page or fragment into declarative shadow DOM. */
export async function renderHTML(html: string, options?: RenderOptions): Promise<string> {
  return (await renderPage(html, options)).html;
}
