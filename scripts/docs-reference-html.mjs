/**
 * The element reference as HTML, written into the docs pages when they are served or built (see
 * docs-reference.mjs): from custom-elements.json, each element's attributes, JS-only properties,
 * events, slots, CSS parts and CSS properties, plus the hand-written notes of
 * docs/reference-notes/*.md. Everything from those sources is escaped as text; only links with
 * an http(s), relative or fragment URL become links.
 */

export const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const SAFE_LINK = /^(https?:|\.{0,2}\/|#|[\w.-]+(\/|\.md|\.html|$))/i;

/** Inline Markdown (`code`, **bold**, [links](url)) → HTML, everything else escaped. */
export function inline(text) {
  let out = '';
  let last = 0;
  for (const m of String(text).matchAll(/`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g)) {
    out += esc(text.slice(last, m.index));
    if (m[1] !== undefined) out += `<code>${esc(m[1])}</code>`;
    else if (m[2] !== undefined) out += `<strong>${inline(m[2])}</strong>`;
    else if (SAFE_LINK.test(m[4]) && !/^javascript:/i.test(m[4])) out += `<a href="${esc(m[4])}">${inline(m[3])}</a>`;
    else out += esc(m[0]);
    last = m.index + m[0].length;
  }
  return out + esc(String(text).slice(last));
}

const cells = (line) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));

/**
 * Block Markdown → HTML: headings (shifted by `headingShift` so a note's `#` fits under the
 * page's headings), paragraphs, lists, fenced code and pipe tables.
 */
export function markdown(md, headingShift = 1) {
  const out = [];
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    const fence = /^(```|~~~)\s*([\w-]*)/.exec(line);
    if (fence) {
      const body = [];
      for (i++; i < lines.length && !lines[i].startsWith(fence[1]); i++) body.push(lines[i]);
      i++;
      out.push(`<pre><code${fence[2] ? ` data-lang="${esc(fence[2])}"` : ''}>${esc(body.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = Math.min(6, heading[1].length + headingShift);
      out.push(`<h${level}>${inline(heading[2])}</h${level}>`);
      i++;
      continue;
    }
    if (line.trim().startsWith('|') && i + 1 < lines.length && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1])) {
      const head = cells(line)
        .map((c) => `<th scope="col">${inline(c)}</th>`)
        .join('');
      const rows = [];
      for (i += 2; i < lines.length && lines[i].trim().startsWith('|'); i++)
        rows.push(
          `<tr>${cells(lines[i])
            .map((c) => `<td>${inline(c)}</td>`)
            .join('')}</tr>`,
        );
      out.push(`<div class="table-wrap"><table class="doc"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`);
      continue;
    }
    const item = /^(\s*)([-*+]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      const tag = /\d/.test(item[2]) ? 'ol' : 'ul';
      const items = [];
      while (i < lines.length) {
        const m = /^(\s*)([-*+]|\d+\.)\s+(.*)$/.exec(lines[i]);
        if (!m) break;
        let text = m[3];
        // Continuation lines of the same item are indented.
        for (i++; i < lines.length && /^\s{2,}\S/.test(lines[i]) && !/^\s*([-*+]|\d+\.)\s/.test(lines[i]); i++)
          text += ' ' + lines[i].trim();
        items.push(`<li>${inline(text)}</li>`);
      }
      out.push(`<${tag}>${items.join('')}</${tag}>`);
      continue;
    }
    const para = [];
    while (i < lines.length && lines[i].trim() && !/^(#{1,6}\s|```|~~~|\s*([-*+]|\d+\.)\s|\s*\|)/.test(lines[i]))
      para.push(lines[i++].trim());
    if (!para.length) para.push(lines[i++].trim());
    // Chinese lines join without a space; Latin ones with one.
    const text = para.reduce(
      (acc, l) => (acc && /[\u3000-\u9fff，。；：、）]$/.test(acc) && /^[\u3000-\u9fff（]/.test(l) ? acc + l : acc ? `${acc} ${l}` : l),
      '',
    );
    out.push(`<p>${inline(text)}</p>`);
  }
  return out.join('\n');
}

const slug = (tag) => tag.replace(/^civic-/, '');
const code = (t) => `<code>${esc(t)}</code>`;
const typeText = (t) =>
  t
    ? code(
        t
          .split(' | ')
          .filter((x) => x !== 'undefined' && x !== 'null')
          .join(' | '),
      )
    : '—';
const dflt = (d) => (d && d !== 'undefined' ? code(d) : '—');

/** A captioned table; the first column is the row header. */
function table(caption, rows, columns) {
  const head = columns.map((c) => `<th scope="col">${esc(c.title)}</th>`).join('');
  const body = rows
    .map(
      (row) => `<tr>${columns.map((c, i) => (i === 0 ? `<th scope="row">${c.cell(row)}</th>` : `<td>${c.cell(row)}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<div class="table-wrap"><table class="doc"><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

const section = (id, title, intro, content) =>
  `<section aria-labelledby="${id}"><h2 id="${id}">${esc(title)}</h2>${intro ? `<p class="muted">${intro}</p>` : ''}\n${content}</section>`;

/** The elements of a manifest, as the reference shows them (public members only). */
export function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const pub = (m) => !m.privacy || m.privacy === 'public';
      out.push({
        tagName: d.tagName,
        name: d.name,
        path: mod.path,
        summary: d.summary ?? '',
        description: d.description ?? '',
        attributes: (d.attributes ?? []).map((a) => ({
          name: a.name,
          field: a.fieldName ?? '',
          type: a.type?.text ?? '',
          default: a.default ?? '',
          description: a.description ?? '',
          inherited: a.inheritedFrom?.name ?? '',
        })),
        properties: (d.members ?? [])
          .filter((m) => m.kind === 'field' && pub(m) && !m.static && !m.name.startsWith('_'))
          .map((m) => ({
            name: m.name,
            type: m.type?.text ?? '',
            description: m.description ?? '',
            attribute: m.attribute ?? '',
            readonly: !!m.readonly,
          })),
        events: (d.events ?? []).filter((e) => e.name).map((e) => ({ name: e.name, description: e.description ?? '' })),
        slots: (d.slots ?? []).map((s) => ({ name: s.name ?? '', description: s.description ?? '' })),
        cssParts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
        cssProperties: (d.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
      });
    }
  }
  return out.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** One element's reference: intro, tables, notes. */
export function elementHtml(el, note) {
  const parts = [];
  if (el.summary) parts.push(`<p class="lead">${inline(el.summary)}</p>`);
  for (const para of el.description.split(/\n\s*\n/).filter(Boolean)) parts.push(`<p>${inline(para.replace(/\s*\n\s*/g, ' '))}</p>`);
  parts.push(
    `<p class="muted">类名 ${code(el.name)}，声明文件 ${code(`civic-viz/${el.path}`)}。表格由 custom-elements.json 生成，说明文字来自源码注释（英文）。</p>`,
  );

  const own = el.attributes.filter((a) => !a.inherited);
  const common = el.attributes.filter((a) => a.inherited);
  const attrColumns = [
    { title: 'HTML 属性', cell: (a) => code(a.name) },
    { title: 'JS 属性', cell: (a) => (a.field ? code(a.field) : '—') },
    { title: '类型', cell: (a) => typeText(a.type) },
    { title: '默认值', cell: (a) => dflt(a.default) },
    { title: '说明', cell: (a) => inline(a.description) },
  ];
  if (own.length) parts.push(section('attributes', '专有属性', '', table(`<${el.tagName}> 的专有属性`, own, attrColumns)));
  if (common.length) {
    parts.push(
      section(
        'common-attributes',
        '公共属性',
        '四个组件都有这些属性，详见使用指南的<a href="../guide/data.html#common">公共属性</a>。',
        table(`<${el.tagName}> 继承的公共属性`, common, attrColumns),
      ),
    );
  }
  const propsOnly = el.properties.filter((p) => !p.attribute);
  if (propsOnly.length) {
    parts.push(
      section(
        'properties',
        '只能用 JavaScript 设置的属性',
        '',
        table(`<${el.tagName}> 没有对应 HTML 属性的 JS 属性`, propsOnly, [
          { title: 'JS 属性', cell: (p) => code(p.name) },
          { title: '类型', cell: (p) => typeText(p.type) },
          { title: '只读', cell: (p) => (p.readonly ? '是' : '否') },
          { title: '说明', cell: (p) => inline(p.description) },
        ]),
      ),
    );
  }
  const simple = (id, title, intro, caption, rows, head, name = (r) => code(r.name)) =>
    rows.length &&
    parts.push(
      section(
        id,
        title,
        intro,
        table(caption, rows, [
          { title: head, cell: name },
          { title: '说明', cell: (r) => inline(r.description) },
        ]),
      ),
    );
  simple(
    'events',
    '事件',
    '所有事件都冒泡并穿出 Shadow DOM（composed）；<code>detail</code> 的形状和错误代码见<a href="../guide/errors.html#events">状态与错误代码</a>。',
    `<${el.tagName}> 派发的事件`,
    el.events,
    '事件',
  );
  simple('slots', '插槽', '', `<${el.tagName}> 的插槽`, el.slots, '插槽', (s) => code(s.name || '（默认）'));
  simple('parts', 'CSS 部件', '用 <code>::part(名称)</code> 设置样式。', `<${el.tagName}> 的 CSS 部件`, el.cssParts, '部件');
  simple(
    'css-properties',
    'CSS 变量',
    '完整的设计令牌表见<a href="../guide/theming.html#tokens">主题与样式</a>。',
    `<${el.tagName}> 读取的 CSS 变量`,
    el.cssProperties,
    '变量',
  );
  if (note) parts.push(section('notes', '使用说明', '', markdown(note, 2)));
  return parts.join('\n');
}

/** The list of elements on reference/index.html. */
export function indexHtml(elements) {
  const items = elements.map((el) => {
    const own = el.attributes.filter((a) => !a.inherited).length;
    return `<li><a href="${slug(el.tagName)}.html"><strong>&lt;${esc(el.tagName)}&gt;</strong><span>${inline(el.summary || el.name)}（${own} 个专有属性，${el.events.length} 个事件）</span></a></li>`;
  });
  return `<ul class="cards-link">\n${items.join('\n')}\n</ul>`;
}

/**
 * Fills every `<div data-reference="…">` of a page: "index" gets the element list, a tag name
 * that element's reference. `notes` maps a note's file name (without .md) to its text; the
 * note of an element is the one named like the element, or the one whose name contains it.
 */
export function fillReference(html, { elements, notes, problem = '' }) {
  return html.replace(/(<div data-reference="([^"]+)"[^>]*>)[\s\S]*?(<\/div>)/g, (_, open, tag, close) => {
    const note = (t) => notes[slug(t)] ?? Object.entries(notes).find(([k]) => k.split('-and-').includes(slug(t)))?.[1];
    let body;
    if (problem) body = `<p class="note" role="status">${esc(problem)}</p>`;
    else if (tag === 'index') body = indexHtml(elements);
    else {
      const el = elements.find((e) => e.tagName === tag);
      body = el
        ? elementHtml(el, note(tag))
        : `<p class="note" role="status">${esc(`custom-elements.json 中没有 <${tag}>：运行 npm run manifest。`)}</p>`;
    }
    return `${open}\n${body}\n${close}`;
  });
}
