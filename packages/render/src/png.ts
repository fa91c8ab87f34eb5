/**
 * PNG rasterizing of the exported SVG images with resvg (no browser, no system font lookup):
 * the fonts are given as files, so the same input gives the same bytes on every machine that
 * has the same fonts. Text whose characters none of the fonts has would come out blank or as
 * boxes, so `missingGlyphs()` checks the coverage first and the CLI refuses to write tofu.
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { DEFAULT_FONT_FILES } from './measure.js';

/** Regular and bold Noto Sans CJK where Linux distributions install them. */
export const DEFAULT_IMAGE_FONTS = DEFAULT_FONT_FILES.flatMap((f) => [f, f.replace('Regular', 'Bold')]);

/** The font files that exist of those given (default: the Noto Sans CJK locations). */
export function findFonts(files: readonly string[] = DEFAULT_IMAGE_FONTS): string[] {
  return files.filter((f) => existsSync(f));
}

interface Face {
  glyphForCodePoint(cp: number): { id: number };
}

const faces = new Map<string, Face[]>();
function facesOf(file: string): Face[] {
  let list = faces.get(file);
  if (!list) {
    const fontkit = createRequire(import.meta.url)('fontkit') as { openSync(p: string): { fonts?: Face[] } & Face };
    try {
      const f = fontkit.openSync(file);
      list = f.fonts ?? [f];
    } catch {
      list = [];
    }
    faces.set(file, list);
  }
  return list;
}

/** Characters of `texts` that no face of the font files has a glyph for (spaces and controls aside). */
export function missingGlyphs(texts: readonly string[], files: readonly string[]): string[] {
  const missing = new Set<string>();
  const checked = new Set<string>();
  for (const t of texts)
    for (const ch of t) {
      if (checked.has(ch) || /\s|\p{Cc}|\p{Cf}/u.test(ch)) continue;
      checked.add(ch);
      const cp = ch.codePointAt(0)!;
      if (!files.some((f) => facesOf(f).some((face) => face.glyphForCodePoint(cp)?.id))) missing.add(ch);
    }
  return [...missing];
}

/** The SVG drawn at `scale` device pixels per CSS px (2 by default) with exactly these fonts. */
export async function svgToPng(svg: string, fontFiles: readonly string[], scale = 2): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: [...fontFiles],
      defaultFontFamily: 'Noto Sans CJK SC',
      sansSerifFamily: 'Noto Sans CJK SC',
    },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
