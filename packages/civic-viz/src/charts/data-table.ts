import { html, nothing, type TemplateResult } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { toCsv } from '../core/csv.js';
import type { ChartStrings } from './chart-strings.js';

/**
 * The "数据表" toggle of the charts: a button, a real `<table>` with a caption and
 * `th scope`, and a "下载 CSV" link with the raw numbers. Everything a chart shows is reachable
 * as text here.
 */
export interface DataTable {
  /** Table caption (usually the element's label). */
  caption: string;
  /** Column headers; the first column holds the row headers (`th scope="row"`). */
  columns: string[];
  /** Display text of each row, one string per column. */
  rows: string[][];
  /**
   * CSV header and rows. Pass raw numbers here: a spreadsheet wants 219000000, not "2.19亿";
   * the default is the display texts.
   */
  csv?: { header: string[]; rows: (string | number)[][] };
  /** File name of the download, without ".csv". */
  filename: string;
  open: boolean;
  onToggle: () => void;
  /** The element's string table. */
  t: ChartStrings;
  /** Id of the table's container, for `aria-controls` (unique inside the shadow root). */
  id?: string;
}

/** A `data:` URL of CSV text (kept for callers that need a URL without a lifecycle). */
export const csvHref = (header: string[], rows: (string | number)[][]): string =>
  'data:text/csv;charset=utf-8,' + encodeURIComponent(toCsv(header, rows));

/** A safe file name: no path separators or characters file systems refuse. */
export const csvFileName = (s: string): string =>
  (s
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .trim()
    .slice(0, 80) || 'data') + '.csv';

// Live object URLs and their blobs. Tests read a link's CSV through `csvBlob` because the
// strict CSP (connect-src 'self') forbids fetching blob: URLs.
const liveBlobs = new Map<string, Blob>();

/** @internal The Blob behind a live CSV link's `href` (tests). */
export const csvBlob = (url: string): Blob | undefined => liveBlobs.get(url);

/**
 * An object URL for CSV text, made once per distinct text and revoked when the text changes or
 * the link leaves the DOM (table closed, element removed): a Blob URL has no length limit and
 * is not re-encoded into the attribute on every render, as a data: URL would be.
 */
class CsvUrl extends AsyncDirective {
  private text?: string;
  private url?: string;

  render(text: string): string {
    if (text !== this.text || !this.url) {
      this.revoke();
      this.text = text;
      const blob = new Blob([text], { type: 'text/csv;charset=utf-8' });
      this.url = URL.createObjectURL(blob);
      liveBlobs.set(this.url, blob);
    }
    return this.url;
  }

  private revoke(): void {
    if (!this.url) return;
    URL.revokeObjectURL(this.url);
    liveBlobs.delete(this.url);
    this.url = undefined;
  }

  protected override disconnected(): void {
    this.revoke();
  }

  protected override reconnected(): void {
    if (this.text !== undefined) this.setValue(this.render(this.text));
  }
}

/** `href=${csvUrl(text)}`: a Blob URL with a lifecycle (see CsvUrl). */
export const csvUrl = directive(CsvUrl);

/** Renders the toggle button and, when open, the table and the CSV link. */
export function renderDataTable(spec: DataTable): TemplateResult {
  const { t, open } = spec;
  const id = spec.id ?? 'data-table';
  const csv = spec.csv ?? { header: spec.columns, rows: spec.rows };
  return html`<div class="table-controls">
      <button type="button" part="table-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? id : nothing} @click=${spec.onToggle}>
        ${open ? t.hideTable : t.table}
      </button>
    </div>
    ${
      open
        ? html`<div id=${id} class="table-wrap">
          <table part="table">
            <caption>${spec.caption}</caption>
            <thead><tr>${spec.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
            <tbody>
              ${spec.rows.map(([head, ...rest]) => html`<tr><th scope="row">${head}</th>${rest.map((c) => html`<td>${c}</td>`)}</tr>`)}
            </tbody>
          </table>
          <a part="download" download=${csvFileName(spec.filename)} href=${csvUrl(toCsv(csv.header, csv.rows))}>${t.downloadCsv}</a>
        </div>`
        : nothing
    }`;
}
