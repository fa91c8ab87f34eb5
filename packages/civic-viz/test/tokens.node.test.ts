import { test } from 'node:test';
import assert from 'node:assert/strict';
import { palettes } from '../src/core/tokens.js';

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  assert.ok(m, `not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4]
    .map((i) => parseInt(m[1].slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export const contrast = (a: string, b: string): number => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

test('the contrast function matches known WCAG values', () => {
  assert.equal(contrast('#000000', '#ffffff').toFixed(1), '21.0');
  assert.equal(contrast('#777777', '#ffffff').toFixed(2), '4.48');
});

for (const [name, p] of Object.entries(palettes)) {
  test(`${name}: text colours reach 4.5:1 on the surface (WCAG AA)`, () => {
    for (const key of ['text', 'muted', 'positive', 'negative', 'accent'] as const) {
      const c = contrast(p[key], p.surface);
      assert.ok(c >= 4.5, `${name}.${key} ${p[key]} on ${p.surface}: ${c.toFixed(2)}`);
    }
  });
  test(`${name}: mark colours reach 3:1 on the surface (WCAG 1.4.11)`, () => {
    const marks = {
      accent: p.accent,
      positive: p.positive,
      negative: p.negative,
      focus: p.focus,
      mapHigh: p.mapHigh,
      ...Object.fromEntries(p.series.map((c, i) => [`series-${i + 1}`, c])),
    };
    for (const [key, colour] of Object.entries(marks)) {
      const c = contrast(colour, p.surface);
      assert.ok(c >= 3, `${name}.${key} ${colour} on ${p.surface}: ${c.toFixed(2)}`);
    }
  });
  test(`${name}: map regions stay distinguishable — region outlines (text colour) reach 3:1 on both ramp ends`, () => {
    for (const fill of [p.mapLow, p.mapHigh]) {
      const c = contrast(p.text, fill);
      assert.ok(c >= 3 || contrast(p.surface, fill) >= 3, `${name} outline on ${fill}: ${c.toFixed(2)}`);
    }
  });
}

test('the documented public token names are the ones the styles read', async () => {
  const { tokenStyles } = await import('../src/core/tokens.js');
  const text = String(tokenStyles.cssText);
  for (const name of ['--civic-text-muted', '--civic-surface', '--civic-accent', '--civic-map-low', '--civic-series-1']) {
    assert.ok(text.includes(`var(${name},`), name);
  }
  assert.ok(!text.includes('var(--civic-muted,'));
});
