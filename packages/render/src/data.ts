/**
 * The element's data as the renderer finds it in the page: a child `<script type="application/json">`
 * or `<table>` (read from the parsed HTML, as the browser reads the DOM), or a `data-src` /
 * `data-geo-src` that resolves to a file under `baseDir`. Files outside `baseDir` are never
 * read; remote URLs are left to the browser.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { Civic } from './civic.js';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];
type Payload = import('civic-viz/internal/render.js').Payload;

export const isElement = (n: Node): n is Element => 'tagName' in n;

/** Text content of a parsed node (what `textContent` gives in the browser). */
export function textOf(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  const kids =
    'content' in n && n.nodeName === 'template'
      ? (n as DefaultTreeAdapterMap['template']).content.childNodes
      : 'childNodes' in n
        ? n.childNodes
        : [];
  return kids.map(textOf).join('');
}

const children = (n: Element) => n.childNodes.filter(isElement);

/** The rows of a parsed `<table>` the way `HTMLTableElement.rows` lists them (thead, tbody, tfoot, direct tr). */
function rowsOf(table: Element): { cells: Element[]; head: boolean }[] {
  const out: { cells: Element[]; head: boolean }[] = [];
  const sections = children(table);
  const push = (tr: Element, head: boolean) =>
    out.push({ cells: children(tr).filter((c) => c.tagName === 'td' || c.tagName === 'th'), head });
  for (const s of sections.filter((s) => s.tagName === 'thead'))
    children(s)
      .filter((r) => r.tagName === 'tr')
      .forEach((r) => push(r, true));
  for (const s of sections) {
    if (s.tagName === 'tr') push(s, false);
    else if (s.tagName === 'tbody')
      children(s)
        .filter((r) => r.tagName === 'tr')
        .forEach((r) => push(r, false));
  }
  for (const s of sections.filter((s) => s.tagName === 'tfoot'))
    children(s)
      .filter((r) => r.tagName === 'tr')
      .forEach((r) => push(r, false));
  return out;
}

/** Reads a child JSON script or table, as the element does in the browser. Throws the element's CivicError. */
export function readChildData(el: Element, civic: Civic): Payload | undefined {
  for (const c of children(el)) {
    const type = c.attrs.find((a) => a.name === 'type')?.value ?? '';
    if (c.tagName === 'script' && /json/i.test(type)) {
      return { kind: 'json', value: civic.parseJson(textOf(c), 'script[type="application/json"]'), from: 'child-json' };
    }
  }
  const table = children(el).find((c) => c.tagName === 'table');
  if (!table) return undefined;
  const rows = rowsOf(table);
  const all = rows.map((r) => r.cells.map((c) => textOf(c).trim()));
  const headRows = rows.filter((r) => r.head).length;
  const first = headRows || (rows[0] && rows[0].cells.every((c) => c.tagName === 'th') ? 1 : 0);
  return { kind: 'table', table: { header: all[first - 1] ?? [], rows: all.slice(first) }, from: 'child-table' };
}

/** A local path for a data URL, or a reason it is not one. */
export type Located = { kind: 'file'; path: string } | { kind: 'remote' } | { kind: 'outside'; path: string };

/**
 * Resolves a `data-src` value against the page's folder inside `baseDir`. Absolute URLs (with a
 * scheme or `//`) are remote; a root-relative `/x` is relative to `baseDir`.
 */
export function locate(url: string, baseDir: string, pageDir: string): Located {
  const u = url.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(u) || u.startsWith('//')) return { kind: 'remote' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(u.split(/[?#]/)[0]);
  } catch {
    decoded = u.split(/[?#]/)[0];
  }
  const path = decoded.startsWith('/') ? resolve(baseDir, '.' + decoded) : resolve(pageDir, decoded);
  return inside(baseDir, path) ? { kind: 'file', path } : { kind: 'outside', path };
}

const inside = (dir: string, path: string) => {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
};

/** Largest data file read (the browser's JSON cap is 1 MiB of text; CSV and GeoJSON get more room). */
export const MAX_FILE_BYTES = 8 << 20;

/**
 * Reads a located file as text. Symlinks are resolved first and checked again, so a link inside
 * `baseDir` pointing outside it is refused too.
 */
export async function readLocal(path: string, baseDir: string, attribute: string, civic: Civic): Promise<string> {
  const fail = (msg: string) => new civic.CivicError('fetch-failed', msg, attribute);
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    throw fail(`file not found: ${relative(baseDir, path)}`);
  }
  const realBase = await realpath(baseDir).catch(() => baseDir);
  if (!inside(realBase, real)) throw fail("the file lies outside the renderer's base directory");
  const info = await stat(real);
  if (!info.isFile()) throw fail(`not a file: ${relative(baseDir, path)}`);
  if (info.size > MAX_FILE_BYTES) throw fail(`file larger than ${MAX_FILE_BYTES} bytes`);
  const bytes = await readFile(real);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Excel on Chinese Windows saves CSV as GBK: the browser's loader tries GB18030 next.
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new civic.CivicError('unsupported-format', 'the file is neither UTF-8 nor GB18030 text', attribute);
    }
  }
}

/** Parses a local data file by extension, as the browser does by content type or extension. */
export function parsePayload(text: string, path: string, civic: Civic): Payload {
  const p = path.toLowerCase();
  if (p.endsWith('.json')) return { kind: 'json', value: civic.parseJson(text, 'data-src'), from: 'data-src' };
  if (p.endsWith('.csv') || p.endsWith('.tsv')) return { kind: 'table', table: civic.parseCsv(text, 'data-src'), from: 'data-src' };
  throw new civic.CivicError('unsupported-format', 'expected JSON or CSV, got an unknown type', 'data-src');
}
