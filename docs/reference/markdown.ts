/**
 * A deliberately small Markdown reader for the hand-written reference notes: headings,
 * paragraphs, lists, fenced code, pipe tables, `code`, **bold** and [links](url). Everything is
 * built with DOM APIs and textContent — no innerHTML, so it runs under Trusted Types — and
 * anything it does not understand stays visible as plain text.
 */

const SAFE_LINK = /^(https?:|\.{0,2}\/|#|[\w.-]+(\/|\.md|\.html|$))/i;

/** Appends inline Markdown (code, bold, links) as text and elements. */
export function appendInline(parent: Node, text: string): void {
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
    if (m[1] !== undefined) {
      const code = document.createElement('code');
      code.textContent = m[1];
      parent.appendChild(code);
    } else if (m[2] !== undefined) {
      const b = document.createElement('strong');
      appendInline(b, m[2]);
      parent.appendChild(b);
    } else if (SAFE_LINK.test(m[4]) && !/^javascript:/i.test(m[4])) {
      const a = document.createElement('a');
      a.href = m[4];
      appendInline(a, m[3]);
      parent.appendChild(a);
    } else {
      parent.appendChild(document.createTextNode(m[0]));
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, inline?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (inline !== undefined) appendInline(node, inline);
  return node;
};

const cells = (line: string): string[] =>
  line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));

/**
 * Renders Markdown into a fragment. `headingShift` moves heading levels so a note's `#` fits
 * under the page's own headings (1 → `#` becomes h2).
 */
export function renderMarkdown(md: string, headingShift = 1): DocumentFragment {
  const out = document.createDocumentFragment();
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
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i].startsWith(fence[1]); i++) body.push(lines[i]);
      i++;
      const pre = el('pre');
      const code = el('code');
      code.textContent = body.join('\n');
      if (fence[2]) code.dataset.lang = fence[2];
      pre.appendChild(code);
      out.appendChild(pre);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = Math.min(6, heading[1].length + headingShift);
      out.appendChild(el(`h${level}` as 'h2', heading[2]));
      i++;
      continue;
    }
    if (line.trim().startsWith('|') && i + 1 < lines.length && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1])) {
      const wrap = el('div');
      wrap.className = 'table-wrap';
      const table = el('table');
      table.className = 'doc';
      const head = table.createTHead().insertRow();
      for (const c of cells(line)) {
        const th = el('th', c);
        th.scope = 'col';
        head.appendChild(th);
      }
      const body = table.createTBody();
      for (i += 2; i < lines.length && lines[i].trim().startsWith('|'); i++) {
        const row = body.insertRow();
        for (const c of cells(lines[i])) row.appendChild(el('td', c));
      }
      wrap.appendChild(table);
      out.appendChild(wrap);
      continue;
    }
    const item = /^(\s*)([-*+]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      const list = el(/\d/.test(item[2]) ? 'ol' : 'ul');
      while (i < lines.length) {
        const m = /^(\s*)([-*+]|\d+\.)\s+(.*)$/.exec(lines[i]);
        if (!m) break;
        let text = m[3];
        // Continuation lines of the same item are indented.
        for (i++; i < lines.length && /^\s{2,}\S/.test(lines[i]) && !/^\s*([-*+]|\d+\.)\s/.test(lines[i]); i++) text += ' ' + lines[i].trim();
        list.appendChild(el('li', text));
      }
      out.appendChild(list);
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i].trim() && !/^(#{1,6}\s|```|~~~|\s*([-*+]|\d+\.)\s|\s*\|)/.test(lines[i])) para.push(lines[i++].trim());
    if (!para.length) para.push(lines[i++].trim());
    // Chinese lines join without a space; Latin ones with one.
    const text = para.reduce((acc, l) => (acc && /[\u3000-\u9fff，。；：、）]$/.test(acc) && /^[\u3000-\u9fff（]/.test(l) ? acc + l : acc ? `${acc} ${l}` : l), '');
    out.appendChild(el('p', text));
  }
  return out;
}
