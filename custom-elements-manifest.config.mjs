/**
 * The manifest is the single source for docs reference pages, Storybook controls and editor data,
 * and it ships in the npm package for users' tools. So it describes what a user can use, where a
 * user can find it: the public API only, with module paths of files in the published tarball.
 */
import { relative } from 'node:path';
import { publicManifest } from './scripts/lib/public-manifest.mjs';

export default {
  globs: ['packages/civic-viz/src/**/*.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts'],
  // scripts/manifest.mjs may write elsewhere (its node test does); the path is made relative.
  outdir: relative(process.cwd(), process.env.CIVIC_MANIFEST_OUTDIR ?? 'packages/civic-viz') || '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [fullDescriptions(), literalAliases(), dropComputedEventNames(), publicOnly()],
};

/**
 * The analyzer reads an `@` inside a description as the start of a JSDoc tag, so "loaded lazily
 * from @civic-viz/geo: …" became "loaded lazily from". A member's description is re-read from its
 * comment up to the first line that starts with a tag, and replaces the analyzer's when that is
 * a cut-off prefix of it.
 */
const BLOCK_TAG = /\s@(?:default|deprecated|internal|ignore|type|reflect|summary|private|protected|public|readonly|see|example|since)\b/;

function fullDescriptions() {
  const described = (ts, node) => {
    const doc = node.jsDoc?.at(-1);
    if (!doc) return '';
    const lines = doc
      .getText()
      .replace(/^\/\*\*|\*\/$/g, '')
      .split('\n')
      .map((l) => l.replace(/^\s*\*? ?/, '').trimEnd());
    const end = lines.findIndex((l) => /^@[a-z]+(\s|$)/i.test(l));
    // A known block tag later on a line (`… @default 'light'`) ends the description too.
    return (end < 0 ? lines : lines.slice(0, end)).join('\n').split(BLOCK_TAG)[0].trim();
  };
  const squash = (s) => s.replace(/\s+/g, ' ').trim();
  return {
    name: 'civic-full-descriptions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const cls = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
      if (!cls) return;
      for (const member of node.members) {
        const name = member.name?.getText?.();
        const full = name && described(ts, member);
        if (!full) continue;
        for (const item of [...(cls.members ?? []).filter((m) => m.name === name), ...(cls.attributes ?? []).filter((a) => a.fieldName === name)]) {
          const had = squash(item.description ?? '');
          if (had && had !== squash(full) && squash(full).startsWith(had)) item.description = full;
        }
      }
    },
  };
}

/**
 * `data-type` is typed `TrendType`, `data-notation` `Notation`: names that tell a user nothing.
 * Type aliases that are unions of string literals are written out (`'line' | 'area' | 'bar'`) in
 * attribute and property types, so the reference, Storybook and editors can offer the values.
 */
function literalAliases() {
  const aliases = new Map();
  const expand = (type) => {
    if (!type?.text) return;
    type.text = type.text
      .split(' | ')
      .map((part) => aliases.get(part) ?? part)
      .join(' | ');
  };
  return {
    name: 'civic-literal-aliases',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const parts = node.type.types;
      if (parts.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) {
        aliases.set(node.name.getText(), parts.map((t) => `'${t.literal.text}'`).join(' | '));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          for (const item of [...(decl.attributes ?? []), ...(decl.members ?? [])]) expand(item.type);
        }
      }
    },
  };
}

/**
 * The base element's generic `emit(type, detail)` dispatches `new CustomEvent(type, …)`; the
 * analyzer reads that as an event literally named "type". The real events are documented with
 * `@fires`, so events whose name is the variable are dropped.
 */
function dropComputedEventNames() {
  return {
    name: 'civic-drop-computed-event-names',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.events) decl.events = decl.events.filter((e) => e.name !== 'type');
        }
      }
    },
  };
}

/** Public API only, published paths (see scripts/lib/public-manifest.mjs). Runs last. */
function publicOnly() {
  return {
    name: 'civic-public-only',
    packageLinkPhase({ customElementsManifest }) {
      const pub = publicManifest(customElementsManifest);
      customElementsManifest.modules = pub.modules;
    },
  };
}
