/**
 * Turns the analyzer's view of the source into the manifest users get in the npm package:
 *
 * - Module paths are files of the tarball. A public entry (an `exports` condition of
 *   packages/civic-viz/package.json) gets its JavaScript file (`dist/trend-chart.js`); every
 *   other source module its declaration file (`dist/types/trend-chart/trend-chart.d.ts`).
 * - Only the public API: declarations reachable from an entry's exports; of a class, only public
 *   members (no private, protected, `#` or `_` members) and the attributes of public fields.
 * - Each element's registering entry carries a `custom-element-definition` export, so tools know
 *   which module defines which tag.
 *
 * Pure: takes the analyzer's manifest and the package.json, returns a new manifest.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

export const SRC = 'packages/civic-viz/src/';
const PKG_DIR = 'packages/civic-viz/';

/** Source module (`index.ts`, relative to src/) → published path, for every entry in `exports`. */
export function entriesOf(pkg) {
  const out = new Map();
  for (const [key, target] of Object.entries(pkg.exports ?? {})) {
    // `./internal/*` serves @civic-viz/render and is no public API: it stays out of the manifest.
    if (key.startsWith('./internal/') || typeof target !== 'object' || !target.types) continue;
    const src = target.types.replace(/^\.\/dist\/types\//, '').replace(/\.d\.ts$/, '.ts');
    out.set(src, (target.default ?? target.types).replace(/^\.\//, ''));
  }
  return out;
}

/** Published path of a source module path (`packages/civic-viz/src/x/y.ts`). */
export function publishedPath(srcPath, entries) {
  const rel = srcPath.replace(SRC, '');
  return entries.get(rel) ?? `dist/types/${rel.replace(/\.ts$/, '.d.ts')}`;
}

const isPublicMember = (m) => (!m.privacy || m.privacy === 'public') && !/^[#_]/.test(m.name);

/** A pointer at the internal product contract is no documentation for a user: `(spec \u00a78)` is dropped. */
export const withoutSpecRefs = (text) => text.replace(/\s*\((?:see )?spec \u00a7[\d.–, \u00a7]+\)/g, '');

export function publicManifest(manifest, pkg = JSON.parse(readFileSync(`${PKG_DIR}package.json`, 'utf8'))) {
  const entries = entriesOf(pkg);
  const byPath = new Map(manifest.modules.map((m) => [m.path, m]));

  /** The source module a `module` reference written in `from` points at. */
  const resolveRef = (ref, from) => {
    let p = ref.replace(/^\//, '');
    if (p.startsWith('.')) p = posix.join(posix.dirname(from), p);
    p = p.replace(/\.js$/, '.ts');
    return byPath.has(p) ? p : undefined;
  };

  // Walk the exports of every entry: declarations they reach are public.
  const publicDecls = new Map(); // module path → Set of names
  const redirects = new Map(); // `${module}#${name}` of a self-referencing re-export → declaring module
  const mark = (path, name, seen = new Set()) => {
    const key = `${path}#${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    const mod = byPath.get(path);
    if (!mod) return;
    if (name === '*') {
      for (const e of mod.exports ?? []) follow(e, path, seen);
      return;
    }
    if ((mod.declarations ?? []).some((d) => d.name === name)) {
      if (!publicDecls.has(path)) publicDecls.set(path, new Set());
      publicDecls.get(path).add(name);
    }
    for (const e of mod.exports ?? []) if (e.name === name) follow(e, path, seen);
  };
  // `import {X} from './x.js'; export {X};` is recorded as an export of the module itself, the
  // import being gone: such a name is looked up where it is declared (names are unique here).
  const declaredIn = new Map();
  for (const m of manifest.modules)
    for (const d of m.declarations ?? []) declaredIn.set(d.name, [...(declaredIn.get(d.name) ?? []), m.path]);
  const follow = (exp, from, seen) => {
    if (exp.kind !== 'js' || !exp.declaration?.module || exp.declaration.package) return;
    let target = resolveRef(exp.declaration.module, from);
    const { name } = exp.declaration;
    if (target === from && !(byPath.get(from).declarations ?? []).some((d) => d.name === name)) {
      const where = declaredIn.get(name) ?? [];
      target = where.length === 1 ? where[0] : undefined;
    }
    if (target && target !== resolveRef(exp.declaration.module, from)) redirects.set(`${from}#${name}`, target);
    if (target) mark(target, name, seen);
  };
  for (const rel of entries.keys()) if (byPath.has(SRC + rel)) mark(SRC + rel, '*');

  const isEntry = (path) => entries.has(path.replace(SRC, ''));
  const rewrite = (value, from) => {
    if (Array.isArray(value)) return value.map((v) => rewrite(v, from));
    if (!value || typeof value !== 'object') return typeof value === 'string' ? withoutSpecRefs(value) : value;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'module' && typeof v === 'string' && !value.package) {
        const target = resolveRef(v, from);
        out[k] = target ? publishedPath(target, entries) : v;
      } else out[k] = rewrite(v, from);
    }
    return out;
  };

  const modules = [];
  for (const mod of manifest.modules) {
    // Modules without a public declaration are left out (references to type-only modules still
    // name files of the tarball).
    if (!isEntry(mod.path) && !(mod.declarations ?? []).some((d) => publicDecls.get(mod.path)?.has(d.name))) continue;
    const names = publicDecls.get(mod.path) ?? new Set();
    const declarations = (mod.declarations ?? [])
      .filter((d) => names.has(d.name))
      .map((d) => {
        if (d.kind !== 'class') return d;
        const members = (d.members ?? []).filter(isPublicMember);
        const fields = new Set(members.map((m) => m.name));
        const attributes = (d.attributes ?? []).filter((a) => !a.fieldName || fields.has(a.fieldName));
        return { ...d, members, ...(d.attributes ? { attributes } : {}) };
      });
    const exports = (mod.exports ?? [])
      .map((e) => {
        const to = redirects.get(`${mod.path}#${e.declaration?.name}`);
        return to ? { ...e, declaration: { ...e.declaration, module: to } } : e;
      })
      .filter((e) => {
        if (e.kind !== 'js') return false; // the analyzer's "definitions" come from the generic define()
        if (isEntry(mod.path)) return !e.declaration?.module || e.declaration.package || resolveRef(e.declaration.module, mod.path);
        return names.has(e.declaration?.name);
      });
    // A per-element entry (x/define.ts) registers the element it exports.
    if (/\/define\.ts$/.test(mod.path) && isEntry(mod.path)) {
      for (const e of [...exports]) {
        const target = e.declaration?.module && resolveRef(e.declaration.module, mod.path);
        const decl = target && findClass(byPath, resolveRef, target, e.declaration.name);
        if (decl?.customElement && decl.tagName) {
          exports.push({ kind: 'custom-element-definition', name: decl.tagName, declaration: { name: decl.name, module: decl.module } });
        }
      }
    }
    modules.push(rewrite({ ...mod, declarations, exports }, mod.path));
    modules.at(-1).path = publishedPath(mod.path, entries);
  }
  return { ...manifest, modules };
}

/** The class declaration `name` exported by `path`, following re-exports: `{...decl, module}`. */
function findClass(byPath, resolveRef, path, name, depth = 0) {
  const mod = byPath.get(path);
  if (!mod || depth > 5) return undefined;
  const decl = (mod.declarations ?? []).find((d) => d.name === name && d.kind === 'class');
  if (decl) return { ...decl, module: path };
  if (depth === 0) {
    // See `declaredIn` above: a self-referencing re-export.
    for (const [p, m] of byPath) {
      const d = p !== path && (m.declarations ?? []).find((x) => x.name === name && x.kind === 'class');
      if (d) return { ...d, module: p };
    }
  }
  for (const e of mod.exports ?? []) {
    if (e.name !== name || !e.declaration?.module || e.declaration.package) continue;
    const target = resolveRef(e.declaration.module, path);
    if (target && target !== path) {
      const found = findClass(byPath, resolveRef, target, e.declaration.name, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}
