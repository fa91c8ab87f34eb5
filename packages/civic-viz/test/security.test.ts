/**
 * Security suite (spec §11, issue 8). Every payload of the injection corpus goes into every text
 * attribute, every string position of every data format (JSON attributes, `data-src` JSON and
 * CSV, child `<script type="application/json">`, child `<table>`), every URL attribute and every
 * number/enumerated attribute of all four elements. Then tooltips are walked with the keyboard,
 * the data table is opened and its CSV read, and after each step:
 *
 * - no script ran (`__civicPwned` never called) and no CSP / Trusted Types violation was reported;
 * - no unexpected element or `on*` attribute appeared in a shadow root or in the document;
 * - links point only to http(s) (relative included) — the CSV download to its own blob: URL;
 * - Object/Array/Function prototypes are unpolluted;
 * - the payload is shown as literal text where it is shown;
 * - the element ends in a spec state: ready, or error with a spec error code and a civic-error.
 *
 * The first block proves each detector fires on a planted injection.
 */
import { sendKeys } from '@web/test-runner-commands';
import '../src/indicator-card/define.js';
import '../src/progress-ring/define.js';
import '../src/trend-chart/define.js';
import '../src/district-map/define.js';
import { csvBlob } from '../src/charts/data-table.js';
import { $, captureWarnings, expect, recordEvents, until, violations } from './helpers.js';
import { FORBIDDEN_KEYS, PAYLOADS, pollutingJson, type InjectionPayload } from './fixtures/injection-corpus.js';

// ---- the tripwire ----------------------------------------------------------------------------

declare global {
  interface Window {
    __civicPwned?: (id: number) => void;
  }
}
/** Ids of payloads whose code ran. */
const pwned: number[] = [];
window.__civicPwned = (id: number) => void pwned.push(id);

/** Errors that escaped to the window (a lifecycle callback must never throw). */
const uncaught: string[] = [];
window.addEventListener('error', (e) => uncaught.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) =>
  uncaught.push(`unhandled rejection: ${String((e.reason as Error)?.stack ?? e.reason)}`),
);

// ---- Trusted Types: a page author's JSON data block --------------------------------------------

interface ScriptPolicy {
  createScript(s: string): unknown;
}
// A CMS renders child JSON into the HTML on the server; under Trusted Types, script code creating
// the same block needs a policy. It only wraps our own JSON text; nothing executes it.
const tt = (window as unknown as { trustedTypes: { createPolicy(n: string, r: { createScript(s: string): string }): ScriptPolicy } })
  .trustedTypes;
const policy = tt.createPolicy('civic-security-test', { createScript: (s) => s });

// ---- small helpers -----------------------------------------------------------------------------

type Tag = 'civic-indicator-card' | 'civic-progress-ring' | 'civic-trend-chart' | 'civic-district-map';
interface CivicEl extends HTMLElement {
  updateComplete: Promise<unknown>;
  state: string;
}

const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(sel));
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const fixtureUrl = (type: string, body: string) => '/__fixture?' + new URLSearchParams({ type, body }).toString();
/** Text as it survives UTF-8 (query strings, Blobs): lone surrogates become U+FFFD. */
const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
const show = (s: unknown) => {
  if (typeof s !== 'string') return String(s);
  return JSON.stringify(s.length > 90 ? `${s.slice(0, 70)}…(${s.length} chars)` : s);
};
/** CSV text with every cell quoted (the first cell of the first line is always plain text). */
const csv = (rows: string[][]) => rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n');
/** A `<script type="application/json">` child, as a CMS would render it. */
function jsonScript(json: string): HTMLScriptElement {
  const s = document.createElement('script');
  s.type = 'application/json';
  (s as unknown as { text: unknown }).text = policy.createScript(json);
  return s;
}
/** A child `<table>`: a header row of `th`, then rows of `td`, all text set as text. */
function childTable(header: string[], rows: string[][]): HTMLTableElement {
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const h of header) head.appendChild(document.createElement('th')).textContent = h;
  const body = table.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    for (const c of r) tr.insertCell().textContent = c;
  }
  return table;
}
/**
 * Parses the library's CSV download (RFC 4180, CRLF rows, BOM). Deliberately not core/csv.ts's
 * parseCsv: an independent strict reader, so a fault shared by our writer and reader cannot hide.
 */
function parseCsvText(text: string): string[][] {
  const s = text.replace(/^\ufeff/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') ((f += '"'), i++);
      else if (c === '"') quoted = false;
      else f += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(f), (f = ''));
    else if (c === '\r' && s[i + 1] === '\n') (row.push(f), rows.push(row), (row = []), (f = ''), i++);
    else f += c;
  }
  if (f !== '' || row.length) (row.push(f), rows.push(row));
  return rows;
}

// ---- detectors ---------------------------------------------------------------------------------

/** Elements that must never appear inside a component's shadow root or be added to the page. */
const DANGEROUS = new Set(
  (
    'script iframe frame frameset object embed applet base meta link foreignobject form input textarea select ' +
    'math template noscript img image video audio source track picture style use animate set animatetransform ' +
    'animatemotion details marquee body html head title xmp plaintext portal fencedframe'
  ).split(' '),
);
const URL_ATTRS = new Set([
  'href',
  'xlink:href',
  'src',
  'srcset',
  'srcdoc',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'ping',
  'codebase',
  'cite',
]);
/** Tags the components render for benign input (collected in `before`); anything else is injected. */
const knownTags = new Set<string>();
let collectTags = false;

/** Every element below `root`, through nested shadow roots. */
function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const e of Array.from(root.querySelectorAll('*'))) {
    out.push(e);
    if (e.shadowRoot) out.push(...allElements(e.shadowRoot));
  }
  return out;
}

/** Is this a link target the spec allows? http(s) and relative; the CSV download's own blob: URL. */
function allowedLink(a: Element): boolean {
  const raw = a.getAttribute('href') ?? a.getAttribute('xlink:href') ?? '';
  let url: URL;
  try {
    url = new URL(raw, document.baseURI);
  } catch {
    return true; // not a parseable URL: not navigable at all
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return true;
  return (
    url.protocol === 'blob:' &&
    a.localName === 'a' &&
    a.hasAttribute('download') &&
    a.getAttribute('part') === 'download' &&
    url.origin === location.origin
  );
}

/** Injection findings in a component's shadow root. */
function scanShadow(el: Element): string[] {
  const out: string[] = [];
  if (!el.shadowRoot) return ['no shadow root'];
  for (const e of allElements(el.shadowRoot)) {
    const tag = e.localName.toLowerCase();
    if (collectTags) knownTags.add(tag);
    else if (!knownTags.has(tag)) out.push(`unexpected <${e.localName}> in the shadow root`);
    if (DANGEROUS.has(tag)) out.push(`dangerous <${e.localName}> in the shadow root`);
    for (const attr of Array.from(e.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) out.push(`<${e.localName} ${attr.name}=${show(attr.value)}> in the shadow root`);
      if (name === 'style' && /javascript:|expression\s*\(|url\s*\(|@import|behavior\s*:/i.test(attr.value))
        out.push(`<${e.localName} style=${show(attr.value)}>`);
      if (URL_ATTRS.has(name)) {
        if (name === 'href' || name === 'xlink:href') {
          if (!allowedLink(e)) out.push(`<${e.localName} ${attr.name}=${show(attr.value)}> is not an http(s)/relative link`);
        } else out.push(`<${e.localName} ${attr.name}=${show(attr.value)}> in the shadow root`);
      }
    }
  }
  return out;
}

// The page as it was before any test, and the nodes this suite adds itself.
const pageBefore = new WeakSet<Element>(Array.from(document.querySelectorAll('*')));
const ours = new WeakSet<Element>();
const own = <T extends Element>(e: T): T => {
  ours.add(e);
  e.querySelectorAll('*').forEach((c) => ours.add(c));
  return e;
};

/** Elements added to the light DOM (head included) by anyone but this suite, and `on*` attributes anywhere. */
function scanDocument(): string[] {
  const out: string[] = [];
  for (const e of Array.from(document.querySelectorAll('*'))) {
    if (!pageBefore.has(e) && !ours.has(e))
      out.push(`unexpected <${e.localName}> added to the document (in <${e.parentElement?.localName}>)`);
    for (const attr of Array.from(e.attributes))
      if (attr.name.toLowerCase().startsWith('on')) out.push(`<${e.localName} ${attr.name}> in the document`);
  }
  return out;
}

const PROTOS: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Element.prototype', Element.prototype],
  ['Object', Object],
  // What a lookup such as `cache[name]` returns for a name like "toString" or "constructor".
  ...Object.getOwnPropertyNames(Object.prototype)
    .map((k): [string, unknown] => [`Object.prototype.${k}`, (Object.prototype as Record<string, unknown>)[k]])
    .filter((e): e is [string, object] => typeof e[1] === 'function'),
];
const protoKeys = PROTOS.map(([, p]) => new Set(Reflect.ownKeys(p)));

/**
 * Prototype pollution: new own keys on built-in prototypes (and on the functions a lookup such as
 * `map["toString"]` reaches), or a `polluted` property seen through them. Found keys are removed
 * again so that the next test starts clean.
 */
function pollution(): string[] {
  const out: string[] = [];
  const probe = ({} as Record<string, unknown>).polluted ?? ([] as unknown as Record<string, unknown>).polluted;
  if (probe !== undefined) out.push(`({}).polluted is ${show(probe)}`);
  PROTOS.forEach(([name, p], i) => {
    for (const k of Reflect.ownKeys(p)) {
      if (protoKeys[i].has(k)) continue;
      const v = (p as Record<PropertyKey, unknown>)[k];
      out.push(`${name}.${String(k)} was added (${v === null ? 'null' : typeof v})`);
      delete (p as Record<PropertyKey, unknown>)[k];
    }
  });
  return out;
}

/** Violations other than the page refusing an author's cross-origin data URL (connect-src working as configured). */
const cspFindings = (from: number) => violations.slice(from).filter((v) => !/^connect-src: https?:\/\/(?!localhost|127\.0\.0\.1)/.test(v));

const CODES = new Set([
  'invalid-json',
  'invalid-number',
  'length-mismatch',
  'fetch-failed',
  'fetch-timeout',
  'unsupported-format',
  'invalid-encoding',
  'unknown-map',
  'unknown-region',
  'invalid-url',
]);

// ---- cases -------------------------------------------------------------------------------------

/** One element instance: attributes and children carrying a payload, and what must hold afterwards. */
interface Case {
  name: string;
  attrs: Record<string, string>;
  children?: () => Node[];
  /** Must end `ready` (else ready, empty, or error with a code). */
  ready: boolean;
  /** Wait for civic-ready (drawn) before checking. */
  drawn?: boolean;
  /** Literal-text checks and interactions (tooltips, table, CSV); push findings to `out`. */
  check?: (el: CivicEl, out: string[]) => void | Promise<void>;
}

/** Records a mismatch between shown text and the payload. */
function same(out: string[], where: string, actual: string | null | undefined, expected: string): void {
  if (actual !== expected) out.push(`${where}: expected ${show(expected)}, got ${show(actual)}`);
}
function has(out: string[], where: string, actual: string | null | undefined, expected: string): void {
  if (!actual?.includes(expected)) out.push(`${where}: expected to contain ${show(expected)}, got ${show(actual)}`);
}
const textOf = (el: CivicEl, sel: string) => $(el, sel)?.textContent ?? null;
/** The text of the footer's source credit (after "数据来源："). */
const sourceText = (el: CivicEl) => {
  const span = $(el, '[part=footer] span');
  return span ? (span.textContent ?? '').replace(/^数据来源：/, '') : null;
};
/** A data name as a JSON object key: prototype keys are dropped by the parser (spec §11). */
const survivesAsKey = (p: string) => !FORBIDDEN_KEYS.has(p);

/** Opens the data table, checks its texts and the CSV download (formula-neutralized, literal). */
async function openTable(el: CivicEl, out: string[], expectCells: (table: HTMLTableElement) => void, csvCells: (rows: string[][]) => void) {
  const toggle = $<HTMLButtonElement>(el, '[part=table-toggle]');
  if (!toggle) return void out.push('no data table toggle');
  toggle.click();
  await el.updateComplete;
  const table = $<HTMLTableElement>(el, '[part=table]');
  if (!table) return void out.push('the data table did not open');
  expectCells(table);
  out.push(...scanShadow(el));
  const link = $<HTMLAnchorElement>(el, '[part=download]');
  if (!link) return void out.push('no CSV download link');
  const name = link.getAttribute('download') ?? '';
  if (!name.endsWith('.csv') || /[\\/:*?"<>|\u0000-\u001f]/.test(name)) out.push(`unsafe download file name ${show(name)}`);
  const blob = csvBlob(link.href);
  if (!blob) return void out.push(`the download link ${show(link.href)} has no CSV blob`);
  const rows = parseCsvText(new TextDecoder().decode(await blob.arrayBuffer()));
  for (const cell of rows.flat())
    if (/^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell)) out.push(`CSV cell starts a spreadsheet formula: ${show(cell)}`);
  csvCells(rows);
  toggle.click();
  await el.updateComplete;
}
/** A CSV cell holding `text`: literal, or with the formula guard's leading apostrophe. */
function csvSame(out: string[], where: string, cell: string | undefined, text: string) {
  const expected = wellFormed(text);
  if (cell !== expected && cell !== `'${expected}`) out.push(`CSV ${where}: expected ${show(expected)}, got ${show(cell)}`);
}

/**
 * Focuses a chart/map box and walks it with the arrow keys; checks the tooltip after each key. The
 * first key is a real key press (sendKeys); the rest are dispatched keydown events to the same
 * handler, as a real press costs a round trip to the browser driver.
 */
async function walk(el: CivicEl, boxSel: string, keys: string[], out: string[], expectTip: (tips: string[]) => void) {
  const box = $(el, boxSel);
  if (!box) return void out.push(`no ${boxSel}`);
  box.focus();
  await el.updateComplete;
  if (el.shadowRoot!.activeElement !== box) out.push(`${boxSel} did not take focus`);
  const tips: string[] = [];
  for (const [i, key] of keys.entries()) {
    if (i === 0) await sendKeys({ press: key });
    else box.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    const tip = $(el, '[part=tooltip]');
    if (!tip || tip.hidden) {
      out.push(`no tooltip after ${key}`);
      continue;
    }
    for (const child of Array.from(tip.children)) if (child.localName !== 'br') out.push(`<${child.localName}> inside the tooltip`);
    tips.push(tip.textContent ?? '');
    const live = $(el, '[role=status]');
    if (live && live.children.length) out.push('elements inside the live region');
    out.push(...scanShadow(el));
  }
  box.blur();
  await el.updateComplete;
  expectTip(tips);
}

/** The text an element holds directly (a legend entry's name, without its SVG sample). */
const ownText = (e: Element) => Array.from(e.childNodes, (n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : '')).join('');

const cardCases = (p: InjectionPayload): Case[] => {
  const P = p.text;
  const T = P.trim();
  const fetched = wellFormed(P);
  const fetchedT = fetched.trim();
  const json = pollutingJson(JSON.stringify({ value: 5, label: P, unit: P }));
  const number = (attr: string): Case => ({ name: `${attr} = payload`, attrs: { 'data-value': '5', [attr]: P }, ready: false });
  const cases: Case[] = [
    {
      name: 'child JSON through data-path and field attributes = payload',
      attrs: { 'data-path': P, 'data-value-field': P, 'data-target-field': P, 'data-label-field': P },
      children: () => [jsonScript(pollutingJson(JSON.stringify({ data: { [T]: P } })))],
      ready: false,
    },
    {
      name: 'child JSON record by data-path with the payload as its label',
      attrs: { 'data-path': 'data.list.-1', 'data-value-field': 'v', 'data-label-field': 'n' },
      children: () => [
        jsonScript(
          pollutingJson(
            JSON.stringify({
              data: {
                list: [
                  { n: P, v: '1' },
                  { n: P, v: '2.19亿' },
                ],
              },
            }),
          ),
        ),
      ],
      ready: true,
      check(el, out) {
        same(out, 'label from the record', textOf(el, '[part=label]'), P);
      },
    },
    {
      name: 'text and URL attributes',
      attrs: {
        'data-label': P,
        'data-description': P,
        'data-unit': P,
        'data-source': P,
        'data-source-href': P,
        'data-href': P,
        'data-change-label': P,
        'data-value': '5',
        'data-previous': '4',
        'data-target': '10',
        'data-sparkline': '[1, 3, 2]',
        'data-sparkline-labels': JSON.stringify([P, P, P]),
        'data-animation': 'off',
      },
      ready: true,
      drawn: true,
      check(el, out) {
        same(out, 'label', textOf(el, '[part=label]'), P);
        same(out, 'value with unit', textOf(el, '[part=value]'), `5${P}`);
        has(out, 'change label', textOf(el, '[part=change]'), P);
        has(out, 'target', textOf(el, '[part=target]'), `10${P}`);
        same(out, 'description', textOf(el, '#desc'), P);
        same(out, 'source', sourceText(el), P);
        has(out, 'sparkline summary', textOf(el, '[part=sparkline]'), P);
      },
    },
    {
      name: 'enumerated attributes',
      attrs: {
        'data-value': '123456',
        'data-previous': '100000',
        'data-good': P,
        'data-notation': P,
        'data-precision': P,
        'data-updated': P,
        'data-theme': P,
        'data-care': P,
        'data-animation': P,
        'data-lazy': P,
        'data-refresh': P,
        lang: P,
      },
      ready: true,
    },
    number('data-value'),
    number('data-previous'),
    number('data-change'),
    number('data-target'),
    number('data-sparkline'),
    {
      name: 'data-sparkline-labels = payload',
      attrs: { 'data-value': '5', 'data-sparkline': '1,2', 'data-sparkline-labels': P },
      ready: false,
    },
    { name: 'data-src = payload (as a URL)', attrs: { 'data-src': P }, ready: false },
    {
      name: 'child JSON',
      attrs: { 'data-animation': 'off' },
      children: () => [jsonScript(json)],
      ready: true,
      check: (el, out) => same(out, 'label', textOf(el, '[part=label]'), P),
    },
    {
      name: 'child table',
      attrs: { 'data-animation': 'off' },
      children: () => [childTable(['指标', '数值'], [[P, '5']])],
      ready: true,
      check: (el, out) => same(out, 'label', textOf(el, '[part=label]'), T),
    },
  ];
  if (!p.huge) {
    cases.push(
      {
        name: 'data-src JSON',
        attrs: { 'data-src': fixtureUrl('application/json', json), 'data-animation': 'off' },
        ready: true,
        check(el, out) {
          same(out, 'label', textOf(el, '[part=label]'), P);
          same(out, 'value with unit', textOf(el, '[part=value]'), `5${P}`);
        },
      },
      {
        name: 'data-src CSV',
        attrs: { 'data-src': fixtureUrl('text/csv', `指标,数值\n${csv([[P, '5']])}`), 'data-animation': 'off' },
        ready: true,
        check: (el, out) => same(out, 'label', textOf(el, '[part=label]'), fetchedT),
      },
    );
  }
  return cases;
};

const ringCases = (p: InjectionPayload): Case[] => {
  const P = p.text;
  const T = P.trim();
  const fetched = wellFormed(P);
  const ring = (value: number) => pollutingJson(JSON.stringify({ label: P, value, max: 10 }));
  const rings = `[${ring(5)}, ${ring(3)}]`;
  const legend = (el: CivicEl, out: string[], label: string) => {
    const items = $$(el, '[part=legend] li');
    if (items.length !== 2) out.push(`${items.length} legend entries, expected 2`);
    items.forEach((li, i) => {
      if (!li.textContent?.startsWith(label))
        out.push(`legend ${i + 1}: expected to start with ${show(label)}, got ${show(li.textContent)}`);
    });
  };
  const number = (attr: string): Case => ({ name: `${attr} = payload`, attrs: { 'data-value': '5', [attr]: P }, ready: false });
  const cases: Case[] = [
    {
      name: 'text and URL attributes',
      attrs: {
        'data-label': P,
        'data-description': P,
        'data-unit': P,
        'data-change-label': P,
        'data-source': P,
        'data-source-href': P,
        'data-value': '5',
        'data-max': '10',
        'data-previous': '4',
        'data-target': '8',
      },
      ready: true,
      check(el, out) {
        same(out, 'label', textOf(el, '[part=label]'), P);
        same(out, 'value with unit', textOf(el, '[part=value]'), `5${P}`);
        has(out, 'change', textOf(el, '[part=change]'), ` ${P}`);
        has(out, 'target', textOf(el, '[part=target]'), `8${P}`);
        same(out, 'description', textOf(el, '#desc'), P);
        same(out, 'source', sourceText(el), P);
        has(out, 'aria-valuetext', $(el, '[role=meter]')?.getAttribute('aria-valuetext'), `5${P}`);
      },
    },
    {
      name: 'data-rings labels (JSON with prototype keys)',
      attrs: { 'data-rings': rings },
      ready: true,
      check: (el, out) => legend(el, out, P),
    },
    {
      name: 'enumerated attributes',
      attrs: {
        'data-value': '50',
        'data-previous': '40',
        'data-notation': P,
        'data-precision': P,
        'data-updated': P,
        'data-theme': P,
        'data-care': P,
        'data-animation': P,
        'data-lazy': P,
        'data-refresh': P,
        lang: P,
      },
      ready: true,
    },
    number('data-value'),
    number('data-max'),
    number('data-previous'),
    number('data-target'),
    number('data-rings'),
    { name: 'data-src = payload (as a URL)', attrs: { 'data-src': P }, ready: false },
    {
      name: 'child JSON',
      attrs: {},
      children: () => [jsonScript(pollutingJson(JSON.stringify({ label: P, value: 5, max: 10 })))],
      ready: true,
      check: (el, out) => same(out, 'label', textOf(el, '[part=label]'), P),
    },
    {
      name: 'child table',
      attrs: {},
      children: () => [
        childTable(
          ['名称', '数值', '满值'],
          [
            [P, '5', '10'],
            [P, '3', '10'],
          ],
        ),
      ],
      ready: true,
      check: (el, out) => legend(el, out, T),
    },
  ];
  if (!p.huge) {
    cases.push(
      {
        name: 'data-src JSON',
        attrs: { 'data-src': fixtureUrl('application/json', pollutingJson(`{"rings": ${rings}}`)) },
        ready: true,
        check: (el, out) => legend(el, out, P),
      },
      {
        name: 'data-src CSV',
        attrs: { 'data-src': fixtureUrl('text/csv', `名称,数值\n${csv([[P, '5']])}`) },
        ready: true,
        check: (el, out) => same(out, 'label', textOf(el, '[part=label]'), fetched.trim()),
      },
    );
  }
  return cases;
};

/** Checks a trend chart's table: label column header, series headers, row headers and cells. */
function trendTable(
  el: CivicEl,
  out: string[],
  o: { labelName?: string; names: string[]; labels: string[]; unit?: string; caption?: string },
) {
  return openTable(
    el,
    out,
    (table) => {
      if (o.caption !== undefined) same(out, 'table caption', table.caption?.textContent, o.caption);
      const heads = Array.from(table.tHead?.rows[0]?.cells ?? [], (c) => c.textContent);
      if (o.labelName !== undefined) same(out, 'table label header', heads[0], o.labelName);
      o.names.forEach((n, i) => same(out, `table series header ${i + 1}`, heads[i + 1], n));
      const rows = Array.from(table.tBodies[0]?.rows ?? []);
      o.labels.forEach((l, i) => same(out, `table row header ${i + 1}`, rows[i]?.cells[0]?.textContent, l));
      if (o.unit !== undefined) has(out, 'table cell', rows[0]?.cells[1]?.textContent, o.unit);
    },
    (rows) => {
      if (o.labelName !== undefined) csvSame(out, 'label header', rows[0]?.[0], o.labelName);
      o.labels.forEach((l, i) => csvSame(out, `row ${i + 1} label`, rows[i + 1]?.[0], l));
      o.names.forEach((n, i) => {
        const cell = rows[0]?.[i + 1] ?? '';
        if (!cell.startsWith(wellFormed(n)) && !cell.startsWith(`'${wellFormed(n)}`))
          out.push(`CSV series header ${i + 1}: expected ${show(n)}…, got ${show(cell)}`);
      });
    },
  );
}

const trendCases = (p: InjectionPayload): Case[] => {
  const P = p.text;
  const T = P.trim();
  const fetched = wellFormed(P);
  const series = `[${pollutingJson(JSON.stringify({ name: P, values: [1, 2] }))}, ${JSON.stringify({ name: P, values: [2, 1] })}]`;
  const payloadJson = pollutingJson(JSON.stringify({ labels: [P, P], labelName: P, series: [{ name: P, values: [1, 2] }] }));
  const number = (attr: string): Case => ({ name: `${attr} = payload`, attrs: { 'data-values': '1,2', [attr]: P }, ready: false });
  const fromData = (labelName: string, name: string, label: string) => async (el: CivicEl, out: string[]) => {
    has(out, 'summary', textOf(el, '#desc'), label);
    await trendTable(el, out, { labelName, names: [name], labels: [label, label] });
  };
  const cases: Case[] = [
    {
      name: 'text, URL and data attributes; tooltips, table and CSV',
      attrs: {
        'data-label': P,
        'data-description': P,
        'data-unit': P,
        'data-source': P,
        'data-source-href': P,
        'data-labels': JSON.stringify([P, P]),
        'data-series': series,
        'data-target': '3',
      },
      ready: true,
      drawn: true,
      async check(el, out) {
        same(out, 'label', textOf(el, '[part=label]'), P);
        same(out, 'description', textOf(el, '#desc'), P);
        same(out, 'source', sourceText(el), P);
        const legend = $$(el, '[part=legend] li');
        if (legend.length !== 2) out.push(`${legend.length} legend entries, expected 2`);
        legend.forEach((li, i) => same(out, `legend ${i + 1}`, ownText(li), P));
        await walk(el, '[part=chart]', ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'End'], out, (tips) => {
          tips.forEach((tip, i) => {
            has(out, `tooltip ${i + 1} (label)`, tip, P);
            if (!tip.includes(`1${P}`) && !tip.includes(`2${P}`))
              out.push(`tooltip ${i + 1}: no value with the unit ${show(P)} in ${show(tip)}`);
          });
        });
        await trendTable(el, out, { caption: P, names: [P, P], labels: [P, P], unit: P });
      },
    },
    {
      name: 'data-values with data-series-name',
      attrs: {
        'data-type': 'bar',
        'data-labels': JSON.stringify([P, P]),
        'data-values': '[5, 8]',
        'data-series-name': P,
        'data-unit': '%',
      },
      ready: true,
      drawn: true,
      async check(el, out) {
        has(out, 'summary', textOf(el, '#desc'), P);
        await trendTable(el, out, { names: [P], labels: [P, P] });
      },
    },
    {
      name: 'enumerated attributes',
      attrs: {
        'data-labels': '甲,乙',
        'data-values': '1,2',
        'data-type': P,
        'data-horizontal': P,
        'data-stacked': P,
        'data-smooth': P,
        'data-notation': P,
        'data-precision': P,
        'data-updated': P,
        'data-theme': P,
        'data-care': P,
        'data-animation': P,
        'data-lazy': P,
        'data-refresh': P,
        lang: P,
      },
      ready: true,
    },
    number('data-values'),
    number('data-labels'),
    number('data-target'),
    number('data-y-min'),
    number('data-y-max'),
    number('data-series'),
    { name: 'data-src = payload (as a URL)', attrs: { 'data-src': P }, ready: false },
    { name: 'child JSON', attrs: {}, children: () => [jsonScript(payloadJson)], ready: true, drawn: true, check: fromData(P, P, P) },
    {
      // A portal's JSON: the payload as a field name (data-label-field), as labels and as a 万 value's neighbour.
      name: 'child JSON through data-path and data-label-field = payload',
      attrs: { 'data-path': 'data.rows', 'data-label-field': P, 'data-value-field': 'v' },
      children: () => [
        jsonScript(
          pollutingJson(
            JSON.stringify({
              code: 0,
              data: {
                rows: [
                  { [T]: P, v: '1.1万' },
                  { [T]: P, v: 2 },
                ],
              },
            }),
          ),
        ),
      ],
      ready: false,
      drawn: true,
      check: fromData(T, 'v', P),
    },
    {
      name: 'data-series-fields and data-path = payload',
      attrs: { 'data-path': P, 'data-series-fields': P, 'data-label-field': P },
      children: () => [jsonScript('{"data": {"rows": [{"a": 1}]}}')],
      ready: false,
    },
    {
      name: 'child table',
      attrs: {},
      children: () => [
        childTable(
          [P, P],
          [
            [P, '1'],
            [P, '2'],
          ],
        ),
      ],
      ready: true,
      drawn: true,
      check: fromData(T, T, T),
    },
  ];
  if (!p.huge) {
    cases.push(
      {
        name: 'data-src JSON',
        attrs: { 'data-src': fixtureUrl('application/json', payloadJson) },
        ready: true,
        drawn: true,
        check: fromData(P, P, P),
      },
      { name: 'data-charset = payload', attrs: { 'data-src': fixtureUrl('text/csv', '类别,值\n甲,1'), 'data-charset': P }, ready: false },
      {
        name: 'data-src CSV',
        attrs: {
          'data-src': fixtureUrl(
            'text/csv',
            `类别,${csv([[P]])}\n${csv([
              [P, '1'],
              [P, '2'],
            ])}`,
          ),
        },
        ready: true,
        drawn: true,
        check: fromData('类别', fetched.trim(), fetched.trim()),
      },
    );
  }
  return cases;
};

// A two-region GeoJSON map whose first region is named by the payload.
const square = (x: number) => [
  [
    [x, 0],
    [x + 1, 0],
    [x + 1, 1],
    [x, 1],
    [x, 0],
  ],
];
const geoJson = (name: string, nameProperty = 'name') =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { [nameProperty]: name }, geometry: { type: 'Polygon', coordinates: square(0) } },
      { type: 'Feature', properties: { [nameProperty]: '甲区' }, geometry: { type: 'Polygon', coordinates: square(1) } },
    ],
  });

function mapTable(el: CivicEl, out: string[], o: { caption?: string; valueHeader?: string; regions?: string[]; unit?: string }) {
  return openTable(
    el,
    out,
    (table) => {
      if (o.caption !== undefined) same(out, 'table caption', table.caption?.textContent, o.caption);
      const heads = Array.from(table.tHead?.rows[0]?.cells ?? [], (c) => c.textContent ?? '');
      if (o.valueHeader !== undefined) has(out, 'table value header', heads[1], o.valueHeader);
      const rows = Array.from(table.tBodies[0]?.rows ?? [], (r) => Array.from(r.cells, (c) => c.textContent ?? ''));
      for (const r of o.regions ?? []) if (!rows.some((row) => row[0] === r)) out.push(`table: no row for region ${show(r)}`);
      if (o.unit !== undefined) has(out, 'table cell', rows[0]?.[1], o.unit);
    },
    (rows) => {
      for (const r of o.regions ?? [])
        if (!rows.some((row) => row[0] === wellFormed(r) || row[0] === `'${wellFormed(r)}`)) out.push(`CSV: no row for region ${show(r)}`);
      if (o.valueHeader !== undefined && !rows[0]?.[1]?.includes(wellFormed(o.valueHeader)))
        out.push(`CSV value header: expected ${show(o.valueHeader)} in ${show(rows[0]?.[1])}`);
    },
  );
}

const mapCases = (p: InjectionPayload): Case[] => {
  const P = p.text;
  const T = P.trim();
  const fetched = wellFormed(P);
  const VALUES = '{"铁东区": 61, "海城": 88}';
  const unmatched = (name: string) => (el: CivicEl, out: string[]) => {
    if (!survivesAsKey(name)) return;
    has(out, 'unmatched names', textOf(el, '[part=unmatched]'), name);
  };
  const regionsJson = pollutingJson(
    JSON.stringify({
      regions: [
        { name: P, value: 5 },
        { name: '海城', value: 88 },
      ],
    }),
  );
  const field = (attr: string, value = P, extra: Record<string, string> = {}): Case => ({
    name: `${attr} = payload`,
    attrs: { 'data-map': 'anshan', 'data-values': VALUES, ...extra, [attr]: value },
    ready: false,
  });
  const cases: Case[] = [
    {
      name: 'text, URL and data attributes; tooltips, table and CSV',
      attrs: {
        'data-map': 'anshan',
        'data-label': P,
        'data-description': P,
        'data-unit': P,
        'data-source': P,
        'data-source-href': P,
        'data-values': pollutingJson(JSON.stringify({ [P]: 5, 海城: 88 }), false),
        'data-selected': P,
      },
      ready: true,
      drawn: true,
      async check(el, out) {
        same(out, 'label', textOf(el, '[part=label]'), P);
        same(out, 'description', textOf(el, '#desc'), P);
        same(out, 'source', sourceText(el), P);
        if (survivesAsKey(P) && P.trim() !== '海城') has(out, 'unmatched names', textOf(el, '[part=unmatched]'), T);
        await walk(
          el,
          '[part=map]',
          ['Home', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight'],
          out,
          (tips) => {
            if (!tips.some((t) => t.includes(`88${P}`)))
              out.push(`no tooltip showed 海城市's value with the unit: ${show(tips.join(' | '))}`);
          },
        );
        await mapTable(el, out, { caption: P, valueHeader: P, unit: P });
      },
    },
    {
      name: 'region names from data-geo-src; tooltips, table and CSV',
      attrs: p.huge
        ? { 'data-geo-src': P }
        : {
            'data-geo-src': fixtureUrl('application/json', geoJson(P)),
            'data-values': JSON.stringify([
              [P, 7],
              ['甲区', 3],
            ]),
            'data-show-labels': '',
          },
      ready: !p.huge,
      drawn: !p.huge,
      async check(el, out) {
        if (p.huge) return;
        has(out, 'summary', textOf(el, '#desc'), T);
        await walk(el, '[part=map]', ['Home', 'ArrowRight', 'ArrowLeft'], out, (tips) => {
          if (!tips.some((t) => t.startsWith(T))) out.push(`no tooltip named the region ${show(T)}: ${show(tips.join(' | '))}`);
        });
        await mapTable(el, out, { regions: [T, '甲区'] });
      },
    },
    {
      name: 'enumerated attributes',
      attrs: {
        'data-map': 'anshan',
        'data-values': VALUES,
        'data-scale': P,
        'data-show-labels': P,
        'data-name-property': P,
        'data-notation': P,
        'data-precision': P,
        'data-updated': P,
        'data-theme': P,
        'data-care': P,
        'data-animation': P,
        'data-lazy': P,
        'data-refresh': P,
        lang: P,
      },
      ready: true,
    },
    field('data-map', P, { 'data-map': '' }),
    field('data-values'),
    field('data-colors'),
    field('data-breaks', P, { 'data-scale': 'threshold' }),
    field('data-selected'),
    field('data-geo-src'),
    { name: 'data-src = payload (as a URL)', attrs: { 'data-map': 'anshan', 'data-src': P }, ready: false },
    {
      name: 'child JSON',
      attrs: { 'data-map': 'anshan' },
      children: () => [jsonScript(regionsJson)],
      ready: true,
      drawn: true,
      check: unmatched(T),
    },
    {
      name: 'child table',
      attrs: { 'data-map': 'anshan', 'data-label': '表' },
      children: () => [
        childTable(
          ['地区', P],
          [
            [P, '5'],
            ['海城', '88'],
          ],
        ),
      ],
      ready: true,
      drawn: true,
      async check(el, out) {
        unmatched(T)(el, out);
        await mapTable(el, out, { valueHeader: T });
      },
    },
  ];
  if (!p.huge) {
    cases.push(
      {
        name: 'data-src JSON',
        attrs: { 'data-map': 'anshan', 'data-src': fixtureUrl('application/json', regionsJson) },
        ready: true,
        drawn: true,
        check: unmatched(T),
      },
      {
        name: 'data-src CSV',
        attrs: {
          'data-map': 'anshan',
          'data-src': fixtureUrl(
            'text/csv',
            `地区,${csv([[P]])}\n${csv([
              [P, '5'],
              ['海城', '88'],
            ])}`,
          ),
        },
        ready: true,
        drawn: true,
        async check(el, out) {
          unmatched(fetched.trim())(el, out);
          await mapTable(el, out, { valueHeader: fetched.trim() });
        },
      },
      {
        name: 'data-src JSON through data-path, data-region-field and data-value-field = payload',
        attrs: {
          'data-map': 'anshan',
          'data-src': fixtureUrl(
            'application/json',
            pollutingJson(
              JSON.stringify({
                data: [
                  { [T]: P, v: '1.1万' },
                  { [T]: '海城', v: 88 },
                ],
              }),
            ),
          ),
          'data-path': 'data',
          'data-region-field': P,
          'data-value-field': 'v',
        },
        ready: false,
      },
      {
        name: 'data-name-property = payload',
        attrs: {
          'data-geo-src': fixtureUrl('application/json', geoJson('乙区', P)),
          'data-name-property': P,
          'data-values': '{"甲区": 1}',
        },
        ready: false,
      },
    );
  }
  return cases;
};

const CASES: Record<Tag, (p: InjectionPayload) => Case[]> = {
  'civic-indicator-card': cardCases,
  'civic-progress-ring': ringCases,
  'civic-trend-chart': trendCases,
  'civic-district-map': mapCases,
};

// ---- running a payload through an element ------------------------------------------------------

/** Mounts every case of `tag` for one payload at once, then checks each; returns the findings. */
async function run(tag: Tag, p: InjectionPayload): Promise<string[]> {
  const findings: string[] = [];
  const pwnedBefore = pwned.length;
  const uncaughtBefore = uncaught.length;
  const violationsBefore = violations.length;
  const holder = own(document.createElement('div'));
  holder.className = 'security-holder';
  document.body.prepend(holder);
  const mounted: { c: Case; el: CivicEl; events: CustomEvent[] }[] = [];
  try {
    await captureWarnings(async () => {
      for (const c of CASES[tag](p)) {
        const el = document.createElement(tag) as CivicEl;
        // Eager and without animation (ECharts reports a chart drawn when its animation ends),
        // unless the case puts the payload into those attributes.
        if (!('data-lazy' in c.attrs)) el.setAttribute('data-lazy', 'false');
        if (!('data-animation' in c.attrs)) el.setAttribute('data-animation', 'off');
        // Each payload draws canvas text in its own font: ECharts' text-width caches are per font,
        // so a payload that corrupts them cannot spill into the next test (see payload "__proto__").
        el.style.setProperty('--civic-font-family', `civic-security-${p.id}, sans-serif`);
        for (const [k, v] of Object.entries(c.attrs)) el.setAttribute(k, v);
        for (const child of c.children?.() ?? []) el.append(child);
        own(el);
        const events = recordEvents(el, 'civic-error', 'civic-ready');
        holder.append(el);
        mounted.push({ c, el, events });
      }
      for (const { c, el, events } of mounted) {
        const where = `${c.name}:`;
        const out: string[] = [];
        try {
          await el.updateComplete;
          // A lazy chart (the case sets data-lazy) draws, and turns ready, only near the viewport.
          if ('data-lazy' in c.attrs) el.scrollIntoView();
          const readyEvent = () => events.some((e) => e.type === 'civic-ready');
          await until(
            () => el.state !== 'loading' && (!c.ready || !c.drawn || el.state !== 'ready' || readyEvent()),
            10000,
            'a settled state',
          ).catch(() => undefined);
          await el.updateComplete;
          const state = el.getAttribute('state');
          const codes = events.filter((e) => e.type === 'civic-error').map((e) => (e.detail as { code: string }).code);
          if (state === 'loading' || (c.ready && c.drawn && state === 'ready' && !readyEvent()))
            out.push(`stuck in ${state}${state === 'ready' ? ' (never drawn)' : ''}`);
          else if (c.ready && state !== 'ready') out.push(`state ${state} (codes ${codes.join(', ') || 'none'}), expected ready`);
          else if (state === 'error') {
            const shown = textOf(el, '[part=message] code');
            if (!shown || !CODES.has(shown)) out.push(`error state shows code ${show(shown)}`);
            else if (!codes.includes(shown))
              out.push(`error ${shown} shown but no civic-error with that code (got ${codes.join(', ') || 'none'})`);
          } else if (state !== 'ready' && state !== 'empty') out.push(`state attribute ${show(state)} is not a spec state`);
          for (const code of codes) if (!CODES.has(code)) out.push(`civic-error with unknown code ${show(code)}`);
          out.push(...scanShadow(el));
          if (state === 'ready') await c.check?.(el, out);
        } catch (e) {
          out.push(`threw: ${(e as Error)?.stack ?? e}`);
        }
        findings.push(...out.map((f) => `${where} ${f}`));
      }
    });
  } finally {
    holder.remove();
  }
  await tick(20); // CSP reports and error events are queued tasks
  if (pwned.length > pwnedBefore) findings.push(`SCRIPT RAN: __civicPwned(${pwned.slice(pwnedBefore).join(', ')})`);
  findings.push(...cspFindings(violationsBefore).map((v) => `CSP/Trusted Types violation: ${v}`));
  findings.push(...uncaught.slice(uncaughtBefore).map((u) => `uncaught ${u}`));
  findings.push(...scanDocument());
  findings.push(...pollution());
  return findings;
}

const report = (p: InjectionPayload, findings: string[]) => `payload ${p.id} (${p.name}: ${show(p.text)}):\n  - ${findings.join('\n  - ')}`;

// The first import of ECharts through the dev server takes seconds on a busy machine.
before(async function () {
  this.timeout(60000);
  await Promise.all([import('../src/echarts/trend.js'), import('../src/echarts/map.js')]);
});

after(() => {
  expect(pwned, 'payload code that ran').to.deep.equal([]);
  expect(pollution()).to.deep.equal([]);
});

// ---- the detectors themselves ------------------------------------------------------------------

const BENIGN: InjectionPayload = { id: 0, name: 'benign text', text: '鞍山市 2021 年民生（示意）' };

describe('security: detectors', () => {
  it('a benign label runs every case to ready/error with no finding (and teaches the tag allow-list)', async function () {
    this.timeout(60000);
    collectTags = true;
    const findings: string[] = [];
    try {
      for (const tag of Object.keys(CASES) as Tag[]) findings.push(...(await run(tag, BENIGN)).map((f) => `${tag} ${f}`));
    } finally {
      collectTags = false;
    }
    expect(findings).to.deep.equal([]);
    // The allow-list is what the components really render: no injection-prone tag in it.
    for (const tag of knownTags) expect(DANGEROUS.has(tag), tag).to.equal(false);
    expect([...knownTags]).to.include.members(['div', 'p', 'table', 'th', 'td', 'a', 'svg', 'canvas']);
  });

  it('flags elements, handlers and javascript: links planted in a shadow root', async () => {
    const el = own(document.createElement('civic-indicator-card')) as CivicEl;
    el.setAttribute('data-value', '5');
    el.setAttribute('data-label', '对照');
    document.body.append(el);
    await el.updateComplete;
    expect(scanShadow(el)).to.deep.equal([]);
    const root = el.shadowRoot!;
    const plant = (make: () => Element, pattern: RegExp) => {
      const node = make();
      root.append(node);
      const found = scanShadow(el);
      node.remove();
      expect(found.join('\n'), node.outerHTML).to.match(pattern);
    };
    // No src: nothing loads and the handler never runs; only its presence is being detected.
    plant(() => document.createElement('img'), /dangerous <img>/);
    plant(() => {
      // Under Trusted Types even setAttribute('on…') needs a TrustedScript.
      const img = document.createElement('img');
      img.setAttribute('onerror', policy.createScript('__civicPwned(-1)') as string);
      return img;
    }, /onerror/);
    plant(() => {
      const span = document.createElement('span');
      span.setAttribute('onmouseover', policy.createScript('__civicPwned(-1)') as string);
      return span;
    }, /onmouseover/);
    plant(() => document.createElement('script'), /dangerous <script>/);
    plant(() => document.createElement('iframe'), /dangerous <iframe>/);
    plant(() => document.createElement('b'), /unexpected <b>/);
    plant(() => {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'foreignObject'));
      return svg;
    }, /<foreignObject>/);
    for (const href of ['javascript:__civicPwned(-1)', ' JaVaScRiPt:x', 'java\tscript:x', 'data:text/html,x', 'vbscript:x']) {
      plant(() => {
        const a = document.createElement('a');
        a.setAttribute('href', href);
        return a;
      }, /is not an http\(s\)\/relative link/);
    }
    plant(() => {
      const a = document.createElementNS('http://www.w3.org/2000/svg', 'a');
      a.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', 'javascript:x');
      return a;
    }, /xlink:href/);
    // Allowed links pass.
    for (const href of ['https://example.org/a', 'http://example.org', '/relative', 'detail.html?x=1', '//example.org/x']) {
      const a = document.createElement('a');
      a.setAttribute('href', href);
      root.append(a);
      expect(scanShadow(el), href).to.deep.equal([]);
      a.remove();
    }
    el.remove();
  });

  it('flags elements added to the document and prototype pollution', () => {
    const planted = document.createElement('object');
    document.body.append(planted);
    expect(scanDocument().join()).to.contain('unexpected <object> added to the document');
    planted.remove();
    const meta = document.createElement('meta');
    document.head.append(meta);
    expect(scanDocument().join()).to.contain('unexpected <meta>');
    meta.remove();
    expect(scanDocument()).to.deep.equal([]);

    expect(pollution()).to.deep.equal([]);
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 'yes';
    try {
      const found = pollution().join();
      expect(found).to.contain('Object.prototype.polluted was added');
      expect(found).to.contain('({}).polluted is "yes"');
      expect(proto.polluted, 'removed again').to.equal(undefined);
    } finally {
      delete proto.polluted;
    }
    const toString = Object.prototype.toString as unknown as Record<string, unknown>;
    toString.next = null;
    expect(pollution()).to.deep.equal(['Object.prototype.toString.next was added (null)']);
    expect(pollution()).to.deep.equal([]);
  });

  it('records CSP and Trusted Types violations, and the tripwire records calls', async () => {
    const before = violations.length;
    // An inline style attribute is refused by style-src 'self' and reported.
    const div = document.createElement('div');
    div.setAttribute('style', 'color: red');
    document.body.append(div);
    await until(() => violations.length > before, 3000, 'a style-src violation');
    div.remove();
    // A string into a script sink throws under require-trusted-types-for 'script'.
    expect(() => {
      (document.createElement('script') as unknown as { text: string }).text = '__civicPwned(-1)';
    }).to.throw(TypeError);
    await until(
      () => violations.some((v, i) => i >= before && v.startsWith('require-trusted-types-for')),
      3000,
      'a Trusted Types violation',
    );
    expect(cspFindings(before).length).to.be.at.least(2);
    violations.splice(before);

    window.__civicPwned!(-1);
    expect(pwned).to.deep.equal([-1]);
    pwned.length = 0;
  });
});

// ---- the corpus through every element ----------------------------------------------------------

describe('security: injection corpus', () => {
  it(`has at least 30 payloads with unique ids`, () => {
    expect(PAYLOADS.length).to.be.at.least(30);
    expect(new Set(PAYLOADS.map((p) => p.id)).size).to.equal(PAYLOADS.length);
    // Every payload that names the tripwire names its own id.
    for (const p of PAYLOADS) for (const m of p.text.matchAll(/__civicPwned\((\d+)\)/g)) expect(Number(m[1]), p.name).to.equal(p.id);
  });
});

for (const tag of Object.keys(CASES) as Tag[]) {
  describe(`security: <${tag}>`, () => {
    for (const p of PAYLOADS) {
      it(`payload ${p.id}: ${p.name}`, async function () {
        this.timeout(60000);
        const findings = await run(tag, p);
        if (findings.length) expect.fail(report(p, findings));
      });
    }
  });
}
