/**
 * Editor data generated from the public manifest: VS Code's HTML custom data
 * (vscode.html-custom-data.json) and JetBrains' web-types (web-types.json), so both complete the
 * tags, their attributes and — for enumerated attributes — the allowed values.
 */

const DOCS = 'https://www.npmjs.com/package/civic-viz';

/** The custom elements of a manifest, with the module that declares them. */
export const elementsOf = (manifest) =>
  manifest.modules.flatMap((m) =>
    (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, modulePath: m.path })),
  );

/** The type as a user reads it: without the `undefined`/`null` a property may also hold. */
export const plainType = (text = '') =>
  text
    .split(' | ')
    .filter((t) => t !== 'undefined' && t !== 'null')
    .join(' | ');

/** Allowed values of an attribute whose type is a union of string literals, else undefined. */
export function enumValues(attr) {
  const parts = plainType(attr.type?.text).split(' | ');
  return parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

/**
 * A boolean attribute switched on by its presence (`data-care`, `data-stacked`). One whose
 * default is true (`data-lazy`) is written with a value instead: `data-lazy="false"`.
 */
const presenceOnly = (attr) => plainType(attr.type?.text) === 'boolean' && attr.default !== 'true';
const booleanWithValue = (attr) => plainType(attr.type?.text) === 'boolean' && attr.default === 'true';

/** The registering entry of each tag (`civic-viz/trend-chart.js`), from the manifest's definitions. */
function definitions(manifest) {
  const out = new Map();
  for (const m of manifest.modules) {
    for (const e of m.exports ?? []) if (e.kind === 'custom-element-definition') out.set(e.name, m.path);
  }
  return out;
}

const describe = (el) => [el.summary, el.description].filter(Boolean).join('\n\n');
const docUrl = () => DOCS;

/** VS Code HTML custom data (version 1.1). */
export function vscodeData(manifest) {
  const tags = elementsOf(manifest).map((el) => ({
    name: el.tagName,
    description: describe(el),
    attributes: (el.attributes ?? []).map((a) => {
      const values = enumValues(a) ?? (booleanWithValue(a) ? ['true', 'false'] : undefined);
      return {
        name: a.name,
        description: a.description ?? '',
        ...(values ? { values: values.map((name) => ({ name })) } : {}),
        ...(presenceOnly(a) ? { valueSet: 'v' } : {}),
      };
    }),
    references: [{ name: 'civic-viz', url: docUrl(el) }],
  }));
  return { version: 1.1, tags };
}

/** JetBrains web-types (the format WebStorm and other IntelliJ IDEs read from package.json). */
export function webTypes(manifest, pkg) {
  const defs = definitions(manifest);
  const elements = elementsOf(manifest).map((el) => {
    const entry = defs.get(el.tagName);
    return {
      name: el.tagName,
      description: describe(el),
      'doc-url': docUrl(el),
      ...(entry ? { source: { module: `${pkg.name}/${entry.replace(/^dist\//, '')}`, symbol: el.name } } : {}),
      attributes: (el.attributes ?? []).map((a) => {
        const values = enumValues(a) ?? (booleanWithValue(a) ? ['true', 'false'] : undefined);
        return {
          name: a.name,
          description: a.description ?? '',
          ...(presenceOnly(a)
            ? { value: { kind: 'no-value', type: 'boolean' } }
            : { value: { type: plainType(a.type?.text) || 'string', ...(a.default !== undefined ? { default: a.default } : {}) } }),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
      events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
      slots: (el.slots ?? []).map((s) => ({ name: s.name ?? '', description: s.description ?? '' })),
      js: {
        properties: (el.members ?? [])
          .filter((m) => m.kind === 'field' && !m.static)
          .map((m) => ({ name: m.name, description: m.description ?? '', ...(m.type?.text ? { value: { type: m.type.text } } : {}) })),
        events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
      },
      css: {
        properties: (el.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
        parts: (el.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
      },
    };
  });
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: { html: { elements } },
  };
}
