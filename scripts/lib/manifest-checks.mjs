/**
 * What must hold for the manifest and the editor data users get in the package. Used by
 * scripts/manifest.mjs (the build fails) and by the node test (test/manifest.node.test.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { elementsOf, enumValues } from './editor-data.mjs';

export const TAGS = ['civic-district-map', 'civic-indicator-card', 'civic-progress-ring', 'civic-trend-chart'];

/** Attributes whose values a user picks from a list: editors must offer exactly these. */
export const ENUMS = {
  'data-type': ['line', 'area', 'bar'],
  'data-notation': ['auto', 'compact', 'standard'],
  'data-scale': ['linear', 'threshold'],
  'data-theme': ['light', 'dark', 'auto'],
  'data-good': ['up', 'down', 'neutral'],
  'data-animation': ['auto', 'off'],
  'data-key': ['name', 'adcode'],
  state: ['loading', 'empty', 'error', 'ready'],
};

/** Text that points at documents outside the repository. */
export const OUTSIDE_REFS = /spec \u00a7|\.\.\/shared|\/work\/shared|shared\/spec/;

/** Every `module` reference in a manifest (declarations, inheritance, exports), with where it is. */
function moduleRefs(value, where, out = []) {
  if (Array.isArray(value)) value.forEach((v, i) => moduleRefs(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    if (typeof value.module === 'string' && !value.package) out.push([value.module, where]);
    for (const [k, v] of Object.entries(value)) if (k !== 'module') moduleRefs(v, `${where}.${k}`, out);
  }
  return out;
}

/**
 * Problems of a public manifest. `files`: the set of paths (relative to the package) the
 * tarball holds; without it, paths are not checked.
 */
export function manifestProblems(manifest, { files } = {}) {
  const problems = [];
  const elements = elementsOf(manifest);
  for (const tag of TAGS) if (!elements.some((el) => el.tagName === tag)) problems.push(`<${tag}> is missing from the manifest`);
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      const who = d.tagName ? `<${d.tagName}>` : d.name;
      for (const m of d.members ?? []) {
        if ((m.privacy && m.privacy !== 'public') || /^[#_]/.test(m.name))
          problems.push(`${who}: ${m.privacy ?? 'internal'} member ${m.static ? 'static ' : ''}${m.name} is in the manifest`);
      }
      const fields = new Set((d.members ?? []).map((m) => m.name));
      for (const a of d.attributes ?? []) {
        if (a.fieldName && !fields.has(a.fieldName))
          problems.push(`${who}: attribute ${a.name} belongs to the non-public field ${a.fieldName}`);
        if (d.tagName && !a.description) problems.push(`${who} ${a.name} has no description`);
      }
      // Every event is civic-*; anything else is an analyzer misreading (see the config).
      for (const e of d.events ?? [])
        if (d.tagName && !/^civic-[a-z]+$/.test(e.name)) problems.push(`${who} lists an event named "${e.name}"`);
    }
  }
  if (files) {
    for (const mod of manifest.modules) if (!files.has(mod.path)) problems.push(`module path ${mod.path} is not in the package`);
    for (const [ref, where] of moduleRefs(manifest.modules, 'modules'))
      if (!files.has(ref)) problems.push(`${where} points at ${ref}, not in the package`);
  }
  const text = JSON.stringify(manifest);
  const outside = OUTSIDE_REFS.exec(text);
  if (outside)
    problems.push(`the manifest points outside the repository: …${text.slice(Math.max(0, outside.index - 60), outside.index + 20)}…`);
  return problems;
}

/** Problems of the editor data: enumerated attributes must offer their values. */
export function editorProblems(manifest, vscode, webTypes) {
  const problems = [];
  const wtElements = webTypes.contributions?.html?.elements ?? [];
  for (const el of elementsOf(manifest)) {
    const vs = vscode.tags.find((t) => t.name === el.tagName);
    const wt = wtElements.find((t) => t.name === el.tagName);
    if (!vs) problems.push(`VS Code data has no <${el.tagName}>`);
    if (!wt) problems.push(`web-types has no <${el.tagName}>`);
    for (const a of el.attributes ?? []) {
      const expected = ENUMS[a.name] ?? enumValues(a);
      if (!expected) continue;
      const have = (list) => (list?.attributes.find((x) => x.name === a.name)?.values ?? []).map((v) => v.name);
      if (vs && have(vs).join() !== expected.join())
        problems.push(`VS Code data: <${el.tagName}> ${a.name} offers [${have(vs)}], expected [${expected}]`);
      if (wt && have(wt).join() !== expected.join())
        problems.push(`web-types: <${el.tagName}> ${a.name} offers [${have(wt)}], expected [${expected}]`);
    }
  }
  return problems;
}

/** The files under `dir` (relative paths, `/`-separated). */
export function filesUnder(dir, base = dir, out = new Set()) {
  if (!existsSync(dir)) return out;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) filesUnder(p, base, out);
    else out.add(relative(base, p).replaceAll('\\', '/'));
  }
  return out;
}
