/**
 * Vite plugin for the docs site: writes the element reference into the HTML of the reference
 * pages (every `<div data-reference="…">`), in `npm start` and in the build alike, so the page
 * source holds the tables — readable without JavaScript, indexable, printable. Its source is
 * packages/civic-viz/custom-elements.json (the CEM manifest, `npm run manifest`), regenerated
 * here whenever it is missing or older than the element sources, so the reference can never
 * drift from the code; the hand-written notes in docs/reference-notes/*.md come along
 * (docs-reference-html.mjs renders both).
 *
 * In `npm start` a change under packages/civic-viz/src or docs/reference-notes regenerates the
 * manifest and reloads the page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { elementsOf, fillReference } from './docs-reference-html.mjs';

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

  /** What the pages need: the elements of the manifest and the notes, or why they are missing. */
  const reference = () => {
    regenerate();
    try {
      return { elements: elementsOf(JSON.parse(readFileSync(manifestPath, 'utf8'))), notes: notes() };
    } catch (e) {
      return { elements: [], notes: {}, problem: `custom-elements.json could not be read (${e.message}); run npm run manifest` };
    }
  };

  return {
    name: 'civic-reference',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes('data-reference=')) return html;
        const ref = reference();
        if (ref.problem) console.warn(`[docs-reference] ${ref.problem}`);
        return fillReference(html, ref);
      },
    },
    configureServer(server) {
      server.watcher.add([srcDir, notesDir]);
      let timer;
      const onChange = (file) => {
        const fromSrc = file.startsWith(srcDir) && file.endsWith('.ts');
        if (!fromSrc && !(file.startsWith(notesDir) && file.endsWith('.md'))) return;
        if (fromSrc) stale = true;
        clearTimeout(timer);
        // The pages are transformed on every request: reloading the reference pages that are
        // open shows the new reference (other pages are left alone).
        timer = setTimeout(() => {
          for (const page of readdirSync(resolve(root, 'docs/reference')).filter((f) => f.endsWith('.html'))) {
            server.ws.send({ type: 'full-reload', path: `/reference/${page}` });
          }
        }, 300);
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
