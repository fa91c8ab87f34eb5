#!/usr/bin/env node
/**
 * Checks the pending changesets (.changeset/*.md) before they become release notes: each names
 * at least one package of this repository with a valid bump (major, minor, patch) and has a
 * text, and no text points at documents outside the repository. An empty changeset — one that
 * names no package — would silently put nothing in any changelog, so it fails here.
 *
 *   node scripts/changeset-check.mjs [dir]   (default .changeset)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = resolve(process.argv[2] ?? join(root, '.changeset'));
const workspace = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces.map(
  (w) => JSON.parse(readFileSync(join(root, w, 'package.json'), 'utf8')).name,
);

/** Problems of one changeset file's text. */
export function changesetProblems(name, text, packages = workspace) {
  const m = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return [`${name}: no frontmatter (--- … ---)`];
  const problems = [];
  const releases = m[1]
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => /^\s*(["']?)([^"':]+)\1\s*:\s*(\S+)\s*$/.exec(l) ?? l);
  if (!releases.length) problems.push(`${name}: names no package`);
  for (const r of releases) {
    if (typeof r === 'string') problems.push(`${name}: cannot read "${r}"`);
    else {
      if (!packages.includes(r[2])) problems.push(`${name}: "${r[2]}" is not a package of this repository (${packages.join(', ')})`);
      if (!['major', 'minor', 'patch'].includes(r[3])) problems.push(`${name}: "${r[3]}" is not major, minor or patch`);
    }
  }
  const body = m[2].trim();
  if (!body) problems.push(`${name}: no text for the changelog`);
  if (/spec \u00a7|\.\.\/shared|\/work\/shared|\bissue \d/i.test(body))
    problems.push(`${name}: points at a document outside the repository`);
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');
  const problems = files.flatMap((f) => changesetProblems(f, readFileSync(join(dir, f), 'utf8')));
  console.log(`changesets: ${files.length} pending`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
}
