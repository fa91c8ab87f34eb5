/**
 * How wide a value text is, in em, so the ring can size its centre number to fit inside the
 * track: "92%" fits large, "10.4万人" or "1,234,567 people" get smaller type. An estimate from
 * character classes (CJK full width, digits and Latin about half, punctuation narrower) is
 * enough: the result only picks a size step, and it needs no layout pass or canvas.
 */
export function textEms(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)) w += 1;
    else if (/[.,:;'!|\s\u2009\u202f]/.test(ch)) w += 0.3;
    else if (/[%MW@]/.test(ch)) w += 0.85;
    else w += 0.66; // bold digits and Latin letters
  }
  return w;
}

/**
 * The size step (class `w<n>`) for a value text: its width rounded up to whole em, capped at 12;
 * 2 for texts up to 2.5 em ("92%"), which keep the full size.
 */
export function widthStep(text: string): number {
  const ems = textEms(text);
  return ems <= 2.5 ? 2 : Math.min(12, Math.ceil(ems));
}
