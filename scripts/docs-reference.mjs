/**
 * Vite plugin for the docs site: serves `virtual:civic-reference`, the element reference the
 * docs pages render at run time. Its source is packages/civic-viz/custom-elements.json (the CEM
 * manifest, `npm run manifest`), regenerated here whenever it is missing or older than the
 * element sources, so the reference can never drift from the code. The hand-written notes in
 * docs/reference-notes/*.md travel along as plain text.
 *
 * In `npm start` a change under packages/civic-viz/src or docs/reference-notes regenerates the
 * manifest and reloads the page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ID = 'virtual:civic-reference';
const RESOLVED = '\0' + ID;

/** Newest modification time of the .ts files under `dir` (0 when none). */
function newest(dir) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) t = Math.max(t, newest(p));
    else if (d.name.endsWith('.ts')) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

/** Only what the reference pages show: the element declarations, trimmed of private members. */
function elementsOf(manifest) {
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
          name: a.name, field: a.fieldName ?? '', type: a.type?.text ?? '', default: a.default ?? '', description: a.description ?? '',
          inherited: a.inheritedFrom?.name ?? '',
        })),
        properties: (d.members ?? [])
          .filter((m) => m.kind === 'field' && pub(m) && !m.static && !m.name.startsWith('_'))
          .map((m) => ({
            name: m.name, type: m.type?.text ?? '', default: m.default ?? '', description: m.description ?? '',
            attribute: m.attribute ?? '', readonly: !!m.readonly, inherited: m.inheritedFrom?.name ?? '',
          })),
        events: (d.events ?? []).filter((e) => e.name).map((e) => ({ name: e.name, type: e.type?.text ?? '', description: e.description ?? '' })),
        slots: (d.slots ?? []).map((s) => ({ name: s.name ?? '', description: s.description ?? '' })),
        cssParts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
        cssProperties: (d.cssProperties ?? []).map((p) => ({ name: p.name, default: p.default ?? '', description: p.description ?? '' })),
      });
    }
  }
  return out.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * @param {{root?: string}} [options] repository root (default: the parent of docs/)
 * @returns {import('vite').Plugin}
 */
export function civicReference(options = {}) {
  const root = options.root ?? resolve(import.meta.dirname, '..');
  const manifestPath = resolve(root, 'packages/civic-viz/custom-elements.json');
  const srcDir = resolve(root, 'packages/civic-viz/src');
  const notesDir = resolve(root, 'docs/reference-notes');
  let stale = true;

  const regenerate = () => {
    if (!stale && existsSync(manifestPath)) return;
    const before = existsSync(manifestPath) ? statSync(manifestPath).mtimeMs : 0;
    if (before && before >= newest(srcDir)) return void (stale = false);
    // scripts/manifest.mjs exits 1 when an attribute lacks a description but still writes the
    // file; the docs show what exists and leave that complaint to the manifest check.
    const r = spawnSync(process.execPath, ['scripts/manifest.mjs'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) console.warn(`[docs-reference] npm run manifest reported:\n${(r.stderr || r.stdout).trim()}`);
    stale = false;
  };

  const notes = () =>
    existsSync(notesDir)
      ? Object.fromEntries(
          readdirSync(notesDir)
            .filter((f) => f.endsWith('.md'))
            .sort()
            .map((f) => [f.replace(/\.md$/, ''), readFileSync(join(notesDir, f), 'utf8')]),
        )
      : {};

  return {
    name: 'civic-reference',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      regenerate();
      let elements = [];
      let problem = '';
      try {
        elements = elementsOf(JSON.parse(readFileSync(manifestPath, 'utf8')));
      } catch (e) {
        problem = `custom-elements.json could not be read (${e.message}); run npm run manifest`;
        this.warn(problem);
      }
      this.addWatchFile(manifestPath);
      return `export const elements = ${JSON.stringify(elements)};\nexport const notes = ${JSON.stringify(notes())};\nexport const problem = ${JSON.stringify(problem)};\n`;
    },
    configureServer(server) {
      server.watcher.add([srcDir, notesDir]);
      let timer;
      const onChange = (file) => {
        const fromSrc = file.startsWith(srcDir) && file.endsWith('.ts');
        if (!fromSrc && !(file.startsWith(notesDir) && file.endsWith('.md'))) return;
        if (fromSrc) stale = true;
        clearTimeout(timer);
        timer = setTimeout(() => {
          const mod = server.moduleGraph.getModuleById(RESOLVED);
          if (!mod) return;
          server.moduleGraph.invalidateModule(mod);
          server.ws.send({ type: 'full-reload' });
        }, 300);
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
