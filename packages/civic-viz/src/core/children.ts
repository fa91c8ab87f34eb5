import { parseJson } from './json.js';
import type { Payload, TextTable } from './parse.js';

// Field mapping arrives with the child reader (see the base element's `mapFields`).
export { applyFields } from './fields.js';

/*
 * Data given as children of the element (docs/guide/data.html): a `<script type="application/json">` or a
 * `<table>`. The base element imports this module only when such a child exists.
 */

/** Reads a child `<table>`: the header row (thead or first row) and the body rows, as text. */
export function readTable(table: HTMLTableElement): TextTable {
  const all = Array.from(table.rows).map((r) => Array.from(r.cells).map((c) => (c.textContent ?? '').trim()));
  const headRows = table.tHead?.rows.length ?? 0;
  const first = headRows || (table.rows[0] && Array.from(table.rows[0].cells).every((c) => c.tagName === 'TH') ? 1 : 0);
  return { header: all[first - 1] ?? [], rows: all.slice(first) };
}

/** Reads a child `<script type="application/json">` or, failing that, a child `<table>`. */
export function readChildren(host: Element): Payload | undefined {
  for (const child of Array.from(host.children)) {
    if (child instanceof HTMLScriptElement && /json/i.test(child.type)) {
      return { kind: 'json', value: parseJson(child.textContent ?? '', 'script[type="application/json"]'), from: 'child-json' };
    }
  }
  const table = Array.from(host.children).find((c): c is HTMLTableElement => c instanceof HTMLTableElement);
  return table ? { kind: 'table', table: readTable(table), from: 'child-table' } : undefined;
}
