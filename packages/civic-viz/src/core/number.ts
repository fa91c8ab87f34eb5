/*
 * The one reader of numbers, for every input: attributes, child tables, CSV cells and JSON
 * values. It reads numbers the way Chinese text writes them and refuses, with a reason, what is
 * not one exact number. The rule, as the data guide states it:
 *
 * - accepted: `2391`, `2,391`, `2，391` (groups of three), `-5`, `+5`, `−5`, full-width digits,
 *   signs and point (`１２３`, `－５`, `１．５`), a magnitude suffix 万/萬 (10⁴), 亿/億 (10⁸) or
 *   万亿/萬億 (10¹²), a trailing `%` (the number as written: `94.1%` is 94.1), and spaces, NBSP
 *   or ideographic spaces around it;
 * - a gap (where the element allows one): empty, dashes (`-`, `—`, `——`), `…`, `N/A`, `/`, 无;
 * - refused: approximations (`约12万`, `12万余`, `370余处`), text after the number (`12户`: the
 *   unit belongs in `data-unit`), ranges, and `千`/`百万` as suffixes (see `suffixes` below).
 */

/** A number read from text, or the reason it is not one (`missing`: a gap marker). */
export type NumberRead = { ok: true; value: number } | { ok: false; reason: string; missing: boolean };

// Cells that mean "no value here". `…` is the statistical yearbooks' mark for "not available".
const MISSING = new Set([
  '',
  '-',
  '--',
  '–',
  '—',
  '——',
  '―',
  '－',
  '…',
  '……',
  '...',
  '/',
  '／',
  'n/a',
  'na',
  'n.a.',
  '无',
  '暂无',
  '暫無',
  'null',
]);

// Full-width (and typographic) digits, signs, point and percent as their ASCII twins.
const WIDE = /[\uff10-\uff19\uff0b\uff0d\u2212\ufe62\ufe63\uff0e\uff05\uff0c]/g;
const NARROW: Record<string, string> = {
  '\uff0b': '+',
  '\ufe62': '+',
  '\uff0d': '-',
  '\u2212': '-',
  '\ufe63': '-',
  '\uff0e': '.',
  '\uff05': '%',
  '\uff0c': ',',
};
const narrow = (c: string) => NARROW[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0);

// Zero-width spaces a copied cell may carry; `trim()` already removes ASCII, NBSP, ideographic,
// thin and other Unicode spaces and the BOM.
const ZERO_WIDTH = /^\u200b+|\u200b+$/g;
// The common case, a plain decimal, skips the rest.
const PLAIN = /^-?\d+(?:\.\d+)?$/;

/*
 * Magnitudes written after the number. 千 and 百万 are left out on purpose: in published tables
 * they occur as part of a unit (千元, 千公顷, 百万元), which is `data-unit`'s job, and a cell
 * "5千米" must never silently become 5000. A cell with them is refused with that reason.
 */
const suffixes: Record<string, number> = { 万: 4, 萬: 4, 亿: 8, 億: 8, 万亿: 12, 萬億: 12 };

const NUMBER = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?(?:e([+-]?\d+))?(万亿|萬億|万|萬|亿|億)?(%)?$/i;
const APPROX_BEFORE = /^(约|約|大约|大約|近|将近|將近|超|超过|超過|逾|达|達|不足|不到|多于|多於|少于|少於|≈|~|～|>|<|≥|≤|＞|＜)/;
const APPROX_AFTER = /\d[万萬亿億]?(余|餘|多|左右|以上|以下|上下|许|許|\+)/;

/** Whether a raw value is a gap marker (null, empty, a dash, N/A …). */
export function isMissing(raw: unknown): boolean {
  if (raw == null) return true;
  return typeof raw === 'string' && MISSING.has(clean(raw).toLowerCase());
}

function clean(s: string): string {
  let t = s.trim();
  if (WIDE.test(t)) t = t.replace(WIDE, narrow);
  // test() on a /g regex advances lastIndex: reset so the next call starts at 0.
  WIDE.lastIndex = 0;
  return t.includes('\u200b') ? t.replace(ZERO_WIDTH, '').trim() : t;
}

/** Reads a number from a JSON number or text; never throws. */
export function readNumber(raw: unknown): NumberRead {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw } : refuse('is not a finite number');
  if (typeof raw !== 'string') return isMissing(raw) ? refuse('is empty', true) : refuse('is not a number');
  if (PLAIN.test(raw) && Number.isFinite(Number(raw))) return { ok: true, value: Number(raw) };
  const s = clean(raw);
  if (MISSING.has(s.toLowerCase())) return refuse(s ? 'marks a missing value' : 'is empty', true);
  const m = NUMBER.exec(s);
  if (m && (m[2] || m[3])) {
    const [, sign = '', int = '0', frac = '', exp, suffix, pct] = m;
    if (exp && (suffix || pct)) return refuse('mixes an exponent with 万/亿 or %');
    if (suffix && pct) return refuse('mixes 万/亿 with %');
    // Shift the decimal point in text, so 1.1万 is exactly 11000 (1.1 × 10000 is 11000.000000000002).
    const value = Number(`${sign}${int.replace(/,/g, '')}.${frac || '0'}e${Number(exp ?? 0) + (suffix ? suffixes[suffix] : 0)}`);
    return Number.isFinite(value) ? { ok: true, value } : refuse('is too large');
  }
  return refuse(why(s));
}

const refuse = (reason: string, missing = false): NumberRead => ({ ok: false, reason, missing });

/** The reason a cleaned text is not a number, in words an editor can act on. */
function why(s: string): string {
  const before = APPROX_BEFORE.exec(s);
  if (before && /\d/.test(s)) return `is an approximation ("${before[1]}"), not an exact number`;
  const after = APPROX_AFTER.exec(s);
  if (after) return `is an approximation ("${after[1]}"), not an exact number`;
  if (/^[+-]?[\d.,]+\s*(千|百万|百萬)/.test(s))
    return 'uses 千 or 百万, which are not read as magnitudes: write the full number, or put the magnitude in data-unit (千元)';
  if (/^[+-]?\d[\d.,]*\s*[-~～至到]\s*\d/.test(s)) return 'is a range, not one number';
  if (/^[+-]?\d+(,\d+)+(\.\d+)?$/.test(s)) return 'has a comma that does not group thousands (2,391); a decimal comma is not read';
  const unit = /^[+-]?[\d.,]+(?:万|萬|亿|億)?\s*([^\d\s.,]\S*)$/.exec(s);
  if (unit) return `has text after the number ("${unit[1].slice(0, 8)}"): write the unit in data-unit`;
  return 'is not a number';
}
