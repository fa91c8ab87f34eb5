/**
 * Fills in the autoloader's table of what each element's entry imports at once. The autoloader
 * holds `JSON.parse('{"__civic_preload__":[]}')`; after bundling, when the chunk names are
 * final, the table becomes `{"civic-indicator-card": ["./chunks/base-element-….js"], …}`, paths
 * relative to the autoloader. Loading a tag then adds `<link rel="modulepreload">` hints for
 * those files, so the browser fetches them alongside the entry instead of after it.
 */
export const PRELOAD_MARKER = '{"__civic_preload__":[]}';

/** Tag → the entry's static imports (transitively), as paths relative to the output root. */
export function preloadTable(bundle, entries) {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const table = {};
  for (const [tag, name] of Object.entries(entries)) {
    const entry = chunks.find((c) => c.isEntry && c.name === name);
    if (!entry) continue;
    const seen = new Set();
    const stack = [...entry.imports];
    while (stack.length) {
      const f = stack.pop();
      if (seen.has(f)) continue;
      seen.add(f);
      stack.push(...(byFile.get(f)?.imports ?? []));
    }
    table[tag] = [...seen].sort().map((f) => `./${f}`);
  }
  return table;
}

/** The build plugin: replaces the marker in the autoloader chunk with the table. */
export function autoloaderPreload(entries) {
  const marker = /(["'`])\{"__civic_preload__":\[\]\}\1/;
  return {
    name: 'civic-autoloader-preload',
    apply: 'build',
    generateBundle(_options, bundle) {
      const loader = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'autoloader');
      if (!loader) return;
      if (!marker.test(loader.code)) this.error('the autoloader lost its preload marker');
      loader.code = loader.code.replace(marker, () => JSON.stringify(JSON.stringify(preloadTable(bundle, entries))));
    },
  };
}
