/**
 * Builds the reference pages from custom-elements.json (through `virtual:civic-reference`,
 * see scripts/docs-reference.mjs): the list of elements on reference/index.html and, on each
 * element's page (`<div data-reference="civic-…">`), its attributes, properties, events, slots,
 * parts and CSS properties, plus the hand-written notes from docs/reference-notes/. DOM APIs and
 * textContent only.
 */
import { elements, notes, problem, type RefElement } from 'virtual:civic-reference';
import { appendInline, renderMarkdown } from './markdown.js';

const slug = (tag: string) => tag.replace(/^civic-/, '');

function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

const code = (text: string) => h('code', {}, text);
const inline = (text: string) => {
  const span = h('span');
  appendInline(span, text);
  return span;
};

interface Column<T> {
  title: string;
  cell: (row: T) => Node | string;
}

/** A captioned table; the first column is the row header. */
function table<T>(caption: string, rows: T[], columns: Column<T>[]): HTMLElement {
  const t = h('table', { class: 'doc' });
  t.createCaption().textContent = caption;
  const head = t.createTHead().insertRow();
  for (const c of columns) head.append(h('th', { scope: 'col' }, c.title));
  const body = t.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    columns.forEach((c, i) => tr.append(i === 0 ? h('th', { scope: 'row' }, c.cell(row)) : h('td', {}, c.cell(row))));
  }
  return h('div', { class: 'table-wrap' }, t);
}

function section(parent: HTMLElement, id: string, title: string, intro?: string): HTMLElement {
  const s = h('section', { 'aria-labelledby': id });
  s.append(h('h2', { id }, title));
  if (intro) s.append(h('p', { class: 'muted' }, intro));
  parent.append(s);
  return s;
}

const typeText = (t: string) => (t ? code(t.replace(/ \| undefined$/, '')) : '—');
const dflt = (d: string) => (d && d !== 'undefined' ? code(d) : '—');

function renderElement(root: HTMLElement, el: RefElement): void {
  const intro = h('div');
  if (el.summary) intro.append(h('p', { class: 'lead' }, inline(el.summary)));
  for (const para of el.description.split(/\n\s*\n/).filter(Boolean)) intro.append(h('p', {}, inline(para.replace(/\s*\n\s*/g, ' '))));
  intro.append(h('p', { class: 'muted' }, '类名 ', code(el.name), '，源文件 ', code(el.path), '。表格由 custom-elements.json 生成，说明文字来自源码注释（英文）。'));
  root.append(intro);

  const own = el.attributes.filter((a) => !a.inherited);
  const common = el.attributes.filter((a) => a.inherited);
  const attrColumns = [
    { title: 'HTML 属性', cell: (a: (typeof own)[number]) => code(a.name) },
    { title: 'JS 属性', cell: (a: (typeof own)[number]) => (a.field ? code(a.field) : '—') },
    { title: '类型', cell: (a: (typeof own)[number]) => typeText(a.type) },
    { title: '默认值', cell: (a: (typeof own)[number]) => dflt(a.default) },
    { title: '说明', cell: (a: (typeof own)[number]) => inline(a.description) },
  ];
  if (own.length) section(root, 'attributes', '专有属性').append(table(`<${el.tagName}> 的专有属性`, own, attrColumns));
  if (common.length) {
    const s = section(root, 'common-attributes', '公共属性', '四个组件都有这些属性，详见使用指南的“公共属性”。');
    s.append(table(`<${el.tagName}> 继承的公共属性`, common, attrColumns));
  }

  const propsOnly = el.properties.filter((p) => !p.attribute);
  if (propsOnly.length) {
    section(root, 'properties', '只能用 JavaScript 设置的属性').append(
      table(`<${el.tagName}> 没有对应 HTML 属性的 JS 属性`, propsOnly, [
        { title: 'JS 属性', cell: (p) => code(p.name) },
        { title: '类型', cell: (p) => typeText(p.type) },
        { title: '只读', cell: (p) => (p.readonly ? '是' : '否') },
        { title: '说明', cell: (p) => inline(p.description) },
      ]),
    );
  }
  if (el.events.length) {
    section(root, 'events', '事件', '所有事件都冒泡并穿出 Shadow DOM（composed）。').append(
      table(`<${el.tagName}> 派发的事件`, el.events, [
        { title: '事件', cell: (e) => code(e.name) },
        { title: '说明', cell: (e) => inline(e.description) },
      ]),
    );
  }
  if (el.slots.length) {
    section(root, 'slots', '插槽').append(
      table(`<${el.tagName}> 的插槽`, el.slots, [
        { title: '插槽', cell: (s) => code(s.name || '（默认）') },
        { title: '说明', cell: (s) => inline(s.description) },
      ]),
    );
  }
  if (el.cssParts.length) {
    section(root, 'parts', 'CSS 部件', '用 ::part(名称) 设置样式。').append(
      table(`<${el.tagName}> 的 CSS 部件`, el.cssParts, [
        { title: '部件', cell: (p) => code(p.name) },
        { title: '说明', cell: (p) => inline(p.description) },
      ]),
    );
  }
  if (el.cssProperties.length) {
    section(root, 'css-properties', 'CSS 变量').append(
      table(`<${el.tagName}> 读取的 CSS 变量`, el.cssProperties, [
        { title: '变量', cell: (p) => code(p.name) },
        { title: '说明', cell: (p) => inline(p.description) },
      ]),
    );
  }
  const note = notes[slug(el.tagName)];
  if (note) {
    const s = section(root, 'notes', '维护说明', `以下内容来自 docs/reference-notes/${slug(el.tagName)}.md。`);
    s.append(renderMarkdown(note, 2));
  }
}

function renderIndex(root: HTMLElement): void {
  const list = h('ul', { class: 'cards-link' });
  for (const el of elements) {
    const own = el.attributes.filter((a) => !a.inherited).length;
    list.append(
      h('li', {}, h('a', { href: `${slug(el.tagName)}.html` }, h('strong', {}, `<${el.tagName}>`), h('span', {}, el.summary || el.name, `（${own} 个专有属性，${el.events.length} 个事件）`))),
    );
  }
  root.append(list);
  const extra = Object.keys(notes).filter((k) => !elements.some((e) => slug(e.tagName) === k));
  for (const k of extra) {
    const s = section(root, `notes-${k}`, `说明：${k}`);
    s.append(renderMarkdown(notes[k], 2));
  }
}

function showProblem(root: HTMLElement, text: string): void {
  root.append(h('p', { class: 'note', role: 'status' }, text));
}

const root = document.querySelector<HTMLElement>('[data-reference]');
if (root) {
  const tag = root.dataset.reference;
  if (problem) showProblem(root, problem);
  if (tag === 'index') renderIndex(root);
  else {
    const el = elements.find((e) => e.tagName === tag);
    if (el) renderElement(root, el);
    else if (!problem) showProblem(root, `custom-elements.json 中还没有 <${tag}>：组件完成后运行 npm run manifest。`);
  }
  root.setAttribute('aria-busy', 'false');
}
