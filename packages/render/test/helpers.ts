/** Walks rendered HTML (declarative shadow roots included) for the renderer's node tests. */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type El = DefaultTreeAdapterMap['element'];

export function elements(html: string, fragment = true): El[] {
  const out: El[] = [];
  const walk = (n: Node) => {
    if ('tagName' in n) out.push(n);
    const kids =
      n.nodeName === 'template' ? (n as DefaultTreeAdapterMap['template']).content.childNodes : 'childNodes' in n ? n.childNodes : [];
    kids.forEach(walk);
  };
  walk((fragment ? parseFragment(html) : parse(html)) as Node);
  return out;
}

export const attr = (el: El, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** Text of a node, template contents included, comments left out. */
export function text(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  const kids =
    n.nodeName === 'template' ? (n as DefaultTreeAdapterMap['template']).content.childNodes : 'childNodes' in n ? n.childNodes : [];
  return kids.map(text).join('');
}

/** The shadow template of each civic-* host, by document order. */
export const hosts = (html: string) => elements(html).filter((e) => e.tagName.startsWith('civic-'));
export const shadowOf = (host: El) =>
  host.childNodes.find((c): c is El => 'tagName' in c && c.tagName === 'template' && !!attr(c, 'shadowrootmode'));
