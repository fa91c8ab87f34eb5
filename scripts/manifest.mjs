#!/usr/bin/env node
/**
 * Generates packages/civic-viz/custom-elements.json (CEM analyzer) and, from it, VS Code's HTML
 * custom data (vscode.html-custom-data.json) so editors complete tags and data-* attributes.
 * Fails when an element's public attribute has no description (the manifest is the docs) or an
 * event is not one of the spec's civic-* events.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], { stdio: 'inherit' });
const manifestPath = 'packages/civic-viz/custom-elements.json';
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
const problems = [];
// A doc comment that lands on the wrong declaration drops a whole element without an error.
const TAGS = ['civic-district-map', 'civic-indicator-card', 'civic-progress-ring', 'civic-trend-chart'];
for (const tag of TAGS) if (!elements.some((el) => el.tagName === tag)) problems.push(`<${tag}> is missing from the manifest`);
const tags = elements.map((el) => {
  for (const a of el.attributes ?? []) if (!a.description) problems.push(`<${el.tagName}> ${a.name} has no description`);
  // Spec §4: every event is civic-*; anything else is an analyzer misreading (see the config).
  for (const e of el.events ?? []) if (!/^civic-[a-z]+$/.test(e.name)) problems.push(`<${el.tagName}> lists an event named "${e.name}"`);
  return {
    name: el.tagName,
    description: [el.summary, el.description].filter(Boolean).join('\n\n'),
    attributes: (el.attributes ?? []).map((a) => ({
      name: a.name,
      description: a.description ?? '',
      ...(a.type?.text && /^'[^']+'( \| '[^']+')+$/.test(a.type.text.replace(/ \| undefined/g, ''))
        ? { values: a.type.text.replace(/ \| undefined/g, '').split(' | ').map((v) => ({ name: v.slice(1, -1) })) }
        : {}),
    })),
    references: [{ name: 'civic-viz docs', url: `https://www.npmjs.com/package/civic-viz` }],
  };
});
writeFileSync('packages/civic-viz/vscode.html-custom-data.json', JSON.stringify({ version: 1.1, tags }, null, 2) + '\n');
console.log(`manifest: ${elements.length} elements, ${elements.reduce((n, e) => n + (e.attributes?.length ?? 0), 0)} attributes`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
