import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { PRELOAD_MARKER, preloadTable } from '../../../scripts/lib/preload-map.mjs';

const chunk = (fileName: string, imports: string[], name = '', isEntry = false) => ({
  type: 'chunk' as const,
  fileName,
  name,
  isEntry,
  imports,
});

test("the preload table lists each element entry's static imports, transitively, relative to the autoloader", () => {
  const bundle = {
    'indicator-card.js': chunk('indicator-card.js', ['chunks/base-a.js'], 'indicator-card', true),
    'trend-chart.js': chunk('trend-chart.js', ['chunks/chart-b.js'], 'trend-chart', true),
    'chunks/chart-b.js': chunk('chunks/chart-b.js', ['chunks/base-a.js']),
    'chunks/base-a.js': chunk('chunks/base-a.js', []),
    'notices.txt': { type: 'asset' as const },
  };
  assert.deepEqual(
    preloadTable(bundle, { 'civic-indicator-card': 'indicator-card', 'civic-trend-chart': 'trend-chart', 'civic-x': 'missing' }),
    {
      'civic-indicator-card': ['./chunks/base-a.js'],
      'civic-trend-chart': ['./chunks/base-a.js', './chunks/chart-b.js'],
    },
  );
});

test('the autoloader source carries the marker the build replaces', () => {
  const src = readFileSync(new URL('../src/autoloader.ts', import.meta.url), 'utf8');
  assert.ok(src.includes(`'${PRELOAD_MARKER}'`));
});
