import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCssLiterals } from '../../../scripts/lib/minify-css-literals.mjs';

type Result = { code: string; map: { mappings: string } } | null;
const plugin = minifyCssLiterals();
const run = (code: string, id = '/repo/packages/civic-viz/src/x/x.styles.ts') =>
  (plugin.transform as unknown as (code: string, id: string) => Result)(code, id);

test('minifies plain css`…` templates and keeps the JS around them', () => {
  const src =
    "import { css } from 'lit';\n/** doc */\nexport const a = css`\n  :host { display: block; }\n  /* why */\n  ::slotted([slot='icon']) { flex: none; }\n  .care footer { font-size: 1em; }\n`;\nexport const n = 1;\n";
  const out = run(src);
  assert.ok(out);
  assert.equal(
    out.code,
    "import { css } from 'lit';\n/** doc */\nexport const a = css`:host{display:block}::slotted([slot=icon]){flex:none}.care footer{font-size:1em}`;\nexport const n = 1;\n",
  );
  assert.ok(out.map.mappings.length > 0, 'a source map for the npm build');
});

test('leaves templates with ${…} or a backslash as written, and other files alone', () => {
  const dynamic = 'const a = css`\n  .frame { ${unsafeCSS(x)} color: red; }\n`;';
  assert.equal(run(dynamic), null);
  const escaped = "const a = css`\n  .x::before { content: '\\\\2014'; }\n`;";
  assert.equal(run(escaped), null);
  assert.equal(run('const a = css`\n  p { color: red; }\n`;', '/repo/node_modules/lit/index.ts'), null);
  assert.equal(run('const a = 1;'), null);
});

test('minifies each template of a file on its own', () => {
  const out = run('const a = css`\n  p { margin: 0 0 0 0; }\n`, b = css`.y { ${v} }`, c = css`\n  em { color: #ff0000; }\n`;');
  assert.equal(out?.code, 'const a = css`p{margin:0}`, b = css`.y { ${v} }`, c = css`em{color:red}`;');
});

test('a CSS syntax error fails the build instead of shipping broken styles', () => {
  assert.throws(() => run('const a = css`\n  p { color: red; } }\n`;'), /Unexpected end of input/);
  assert.throws(() => run('const a = css`\n  @media ( { p { color: red; } }\n`;'), /Invalid media query/);
});
