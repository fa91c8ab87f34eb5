/**
 * The docs site's pages as a reader gets them (view-source, no JavaScript): the element
 * reference is in the HTML, and nothing the repository ships or documents points at a document
 * outside it. The reference pages go through the same Vite plugin the dev server and the build
 * use (scripts/docs-reference.mjs), so this checks what `npm start` serves.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { civicReference } from '../../../scripts/docs-reference.mjs';
import { fillReference } from '../../../scripts/docs-reference-html.mjs';
import { OUTSIDE_REFS } from '../../../scripts/lib/manifest-checks.mjs';

const root = resolve(import.meta.dirname, '../../..');
const SKIP = new Set(['node_modules', 'dist', 'public', 'test-results', 'fixtures']);
const walk = (dir: string, keep: (f: string) => boolean): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return SKIP.has(d.name) ? [] : walk(p, keep);
    return keep(d.name) ? [p] : [];
  });
const rel = (p: string) => relative(root, p).replaceAll('\\', '/');

type Handler = (html: string) => string;
const plugin = civicReference({ root });
const transform = (plugin.transformIndexHtml as unknown as { handler: Handler }).handler;

/** `<div data-reference>` blocks whose content is empty once comments and whitespace are gone. */
const emptyReferences = (html: string) =>
  [...html.matchAll(/<div data-reference="([^"]+)"[^>]*>([\s\S]*?)<\/div>/g)]
    .filter(([, , body]) => !body.replace(/<!--[\s\S]*?-->/g, '').trim())
    .map(([, tag]) => tag);

const pages = walk(join(root, 'docs'), (f) => f.endsWith('.html'));

test('every docs page holds its element reference in the HTML it is served with', () => {
  let filled = 0;
  for (const page of pages) {
    const source = readFileSync(page, 'utf8');
    const served = transform(source);
    assert.deepEqual(emptyReferences(served), [], `${rel(page)}: empty <div data-reference>`);
    if (!source.includes('data-reference=')) continue;
    filled++;
    const tag = /data-reference="([^"]+)"/.exec(source)![1];
    if (tag === 'index') assert.equal((served.match(/<li><a href="[\w-]+\.html"><strong>&lt;civic-/g) ?? []).length, 4, rel(page));
    else {
      assert.ok((served.match(/<table class="doc">/g) ?? []).length >= 4, `${rel(page)}: the attribute, event, part and property tables`);
      assert.match(served, new RegExp(`&lt;${tag}&gt; 的专有属性`), rel(page));
      assert.doesNotMatch(served, /<script[^>]+reference\.ts/, `${rel(page)} needs no script for its reference`);
    }
  }
  assert.equal(filled, 5, 'the reference index and the four element pages');
});

test('the check finds an empty reference and text is escaped, never markup', () => {
  assert.deepEqual(emptyReferences('<div data-reference="civic-x"><!-- soon --> </div>'), ['civic-x']);
  const el = {
    tagName: 'civic-x',
    name: 'X',
    path: 'dist/x.js',
    summary: '<img src=x onerror=alert(1)>',
    description: '',
    attributes: [
      { name: 'data-a', field: 'a', type: "'p' | 'q'", default: '', description: '[link](javascript:alert(1)) `<b>`', inherited: '' },
    ],
    properties: [],
    events: [],
    slots: [],
    cssParts: [],
    cssProperties: [],
  };
  const html = fillReference('<div data-reference="civic-x"></div>', { elements: [el], notes: {} });
  assert.doesNotMatch(html, /<img|<b>|href="javascript/);
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.match(html, /<code>&lt;b&gt;<\/code>/);
});

test('data-map reads in full and data-theme shows its default', () => {
  const served = transform(readFileSync(join(root, 'docs/reference/district-map.html'), 'utf8'));
  const row = (name: string) => new RegExp(`<th scope="row"><code>${name}</code></th>(.*?)</tr>`).exec(served)?.[1] ?? '';
  assert.match(row('data-map'), /@civic-viz\/geo: <code>anshan<\/code>/);
  assert.match(row('data-theme'), /<td><code>&#39;light&#39;<\/code><\/td>/);
});

test('nothing in docs, stories, scripts, e2e or the geo package points outside the repository', () => {
  const files = ['docs', 'stories', 'scripts', 'e2e', 'packages/geo', '.changeset', '.storybook'].flatMap((d) =>
    walk(join(root, d), (f) => /\.(html|md|ts|tsx|mts|mjs|js|css|json)$/.test(f)),
  );
  const hits = files.flatMap((f) => {
    const text = readFileSync(f, 'utf8');
    const m = OUTSIDE_REFS.exec(text);
    return m ? [`${rel(f)}: …${text.slice(Math.max(0, m.index - 40), m.index + 20).replace(/\s+/g, ' ')}…`] : [];
  });
  assert.ok(files.length > 50, 'the sweep found the files');
  assert.deepEqual(hits, []);
});
