import { transform } from 'lightningcss';
import MagicString from 'magic-string';

/**
 * Minifies the CSS inside Lit's css`…` templates at build time, with lightningcss (the CSS
 * minifier Vite itself uses). Lit ships styles as strings in JS, so neither Vite's CSS pipeline
 * nor the JS minifier touches their whitespace and comments; this does, for the library builds
 * only (tests, docs and Storybook run the source as written).
 *
 * A template with `${…}` holds CSS made at run time and one with a backslash would need its
 * escapes cooked first: both stay as written.
 */
export function minifyCssLiterals() {
  return {
    name: 'civic-minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].+\.ts$/.test(id) || !code.includes('css`')) return null;
      const s = new MagicString(code);
      for (const m of code.matchAll(/\bcss`([^`]*)`/g)) {
        const body = m[1];
        if (body.includes('${') || body.includes('\\')) continue;
        const min = transform({ filename: id, code: Buffer.from(body), minify: true }).code.toString();
        const start = m.index + 4;
        s.overwrite(start, start + body.length, min);
      }
      return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
