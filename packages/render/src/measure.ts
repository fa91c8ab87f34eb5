/**
 * Text measurement for ECharts' server-side renderer. Without a canvas, zrender guesses text
 * widths, and CJK labels come out clipped or overlapping. We measure with the advance widths of
 * a real font (Noto Sans CJK SC, the CJK font Debian and most Linux servers ship), falling back
 * to a width table (CJK and full-width forms 1 em, Latin by character class) when no font file
 * is found, so the renderer still works on a machine without fonts.
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';

/** Where we look for a CJK font when the caller names none. */
export const DEFAULT_FONT_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
];

interface Glyphs {
  unitsPerEm: number;
  glyphForCodePoint(cp: number): { advanceWidth: number; id: number };
}

export type Measure = (text: string, font?: string) => { width: number };

/** Width of one character in em from the fallback table. */
export function tableWidth(cp: number): number {
  // CJK ideographs, kana, hangul, full-width forms, CJK punctuation: one em.
  if (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0x20000 && cp <= 0x3134f)
  )
    return 1;
  if (cp === 0x20) return 0.25;
  if (cp >= 0x30 && cp <= 0x39) return 0.56;
  if (cp >= 0x41 && cp <= 0x5a) return 0.65;
  if ("ilj.,:;'|!".includes(String.fromCodePoint(cp))) return 0.26;
  if (cp >= 0x61 && cp <= 0x7a) return 0.53;
  return 0.6;
}

/** Font size in px from a CSS font shorthand ("bold 12px sans-serif"); ECharts' default is 12. */
export const fontSize = (font?: string): number => {
  const m = /(\d+(?:\.\d+)?)px/.exec(font ?? '');
  return m ? Number(m[1]) : 12;
};

function openFont(files: readonly string[]): Glyphs | null {
  const require = createRequire(import.meta.url);
  let fontkit: { openSync(path: string, name?: string): unknown };
  try {
    fontkit = require('fontkit');
  } catch {
    return null;
  }
  for (const file of files) {
    if (!existsSync(file)) continue;
    try {
      const f = fontkit.openSync(file) as { fonts?: (Glyphs & { postscriptName: string })[] } & Glyphs;
      const font = f.fonts ? (f.fonts.find((x) => /CJKsc-Regular$/.test(x.postscriptName)) ?? f.fonts[0]) : f;
      if (font?.unitsPerEm) return font;
    } catch {
      // Unreadable file: try the next, then the table.
    }
  }
  return null;
}

/** A measurer from the first readable font file, else the width table. `source` says which. */
export function createMeasure(files: readonly string[] = DEFAULT_FONT_FILES): { measure: Measure; source: string } {
  const font = openFont(files);
  const em = new Map<number, number>();
  const widthOf = (cp: number): number => {
    let w = em.get(cp);
    if (w === undefined) {
      const g = font?.glyphForCodePoint(cp);
      // Glyph 0 is .notdef: the font lacks the character, the table is a better guess.
      w = g && g.id !== 0 ? g.advanceWidth / font!.unitsPerEm : tableWidth(cp);
      em.set(cp, w);
    }
    return w;
  };
  const measure: Measure = (text, fontSpec) => {
    let sum = 0;
    for (const ch of String(text ?? '')) sum += widthOf(ch.codePointAt(0)!);
    // Bold text runs about 5% wider in Noto Sans CJK.
    return { width: sum * fontSize(fontSpec) * (/\bbold\b|\b[6-9]00\b/.test(fontSpec ?? '') ? 1.05 : 1) };
  };
  return { measure, source: font ? 'font' : 'table' };
}
