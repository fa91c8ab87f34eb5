/**
 * The code an editor copies, made from the widget's attributes. Every attribute value is
 * escaped (& " < > ' become character references), so no value — whatever an editor typed or
 * pasted — can end the attribute, open a tag or start a script on the host page.
 */
import type { Widget } from './widget.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Escapes text for a double-quoted HTML attribute value (and for text content). Tabs and line
 * breaks become references too: each tag stays on one line, and a CR survives the HTML parser
 * (which would turn a raw one into a line feed).
 */
export const escapeAttr = (s: string): string => s.replace(/[&"<>'\t\n\r]/g, (c) => ESCAPES[c]);

const attributeList = (attrs: [string, string][]): string =>
  attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escapeAttr(v)}"`)).join('');

/** The public CDN address of the autoloader for one exact release. */
export const cdnUrl = (version: string): string => `https://cdn.jsdelivr.net/npm/civic-viz@${version}/cdn/autoloader.js`;

/** `<civic-…>` with the widget's attributes. */
export const elementTag = (w: Widget): string => `<civic-${w.kind}${attributeList(w.attributes)}></civic-${w.kind}>`;

/** The one-line script embed (versioned CDN URL) and the tag. */
export const scriptEmbed = (w: Widget, version: string): string =>
  `<script type="module" src="${escapeAttr(cdnUrl(version))}"></script>\n${elementTag(w)}`;

/** The CMS-safe placeholder: a `<div data-civic>` the autoloader turns into the element. */
export const placeholderEmbed = (w: Widget): string => `<div data-civic="${w.kind}"${attributeList(w.attributes)}></div>`;

/** Id of an embedded frame: letters, digits, `-` and `_`, so it is safe in a URL and a selector. */
export const isEmbedId = (s: unknown): s is string => typeof s === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(s);

/** The address of the iframe page for this widget: the element and each attribute as a URL parameter. */
export function frameUrl(w: Widget, page: string, id: string): string {
  const q = new URLSearchParams({ el: w.kind });
  for (const [n, v] of w.attributes) q.append(n, v);
  q.append('id', id);
  return `${page}?${q}`;
}

export interface FrameOptions {
  /** Absolute URL of the iframe page (…/embed.html). */
  page: string;
  /** Absolute URL of the resize script (…/embed-resize.js). */
  resizeScript: string;
  id: string;
  /** Height to start with, in CSS px (the preview's height at phone width), used until the page reports its own. */
  height: number;
}

/** The `<iframe>` embed, plus the one-line resize script for hosts that allow scripts. */
export function frameEmbed(w: Widget, o: FrameOptions): string {
  const title = w.attributes.find(([n]) => n === 'data-label')?.[1] ?? w.kind;
  const h = Math.max(80, Math.min(4000, Math.round(o.height)));
  return (
    `<iframe src="${escapeAttr(frameUrl(w, o.page, o.id))}" title="${escapeAttr(title)}" width="100%" height="${h}" loading="lazy" data-civic-embed="${escapeAttr(o.id)}"></iframe>\n` +
    `<script src="${escapeAttr(o.resizeScript)}" async></script>`
  );
}

/**
 * The resize snippet written into a host page's own script (for hosts that keep scripts in a
 * site template rather than in the article). It accepts messages from `origin` only, from an
 * iframe on the page marked `data-civic-embed`, carrying a number height and that iframe's id.
 */
export const resizeSnippet = (origin: string): string => `window.addEventListener('message', function (e) {
  if (e.origin !== ${JSON.stringify(origin).replace(/</g, '\\u003c')}) return;
  var d = e.data, frames = document.querySelectorAll('iframe[data-civic-embed]');
  if (!d || typeof d.height !== 'number' || !(d.height > 0 && d.height < 10000)) return;
  for (var i = 0; i < frames.length; i++) {
    var f = frames[i];
    if (f.contentWindow === e.source && f.getAttribute('data-civic-embed') === d.civicEmbed) {
      f.style.height = Math.ceil(d.height) + 'px';
      f.style.border = '0';
    }
  }
});`;
