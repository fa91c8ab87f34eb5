// Free of imports: the autoloader reads the page's settings with it before any element code loads.

/** Finds the closest element (self included, crossing shadow roots) carrying an attribute. */
export function closestWithAttribute(start: Node | null, name: string): Element | null {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && node.hasAttribute(name)) return node;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}
