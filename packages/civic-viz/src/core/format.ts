import { intlLocale, type Locale } from './strings.js';

export type Notation = 'auto' | 'compact' | 'standard';

/** How numbers are written: the one formatter behind cards, axes, tooltips, tables and CSV. */
export interface FormatOptions {
  locale: Locale;
  unit?: string;
  notation?: Notation;
  /** Maximum fraction digits; default 2, trailing zeros dropped. */
  precision?: number;
}

// Units that already name a magnitude: rescaling 2.19亿元 to "2.19亿亿元" would be nonsense.
// 千 counts (千元, 千人, 千户) but not as an SI prefix of a measure (千米 km, 千克 kg, 千瓦 kW …).
const MAGNITUDE_UNIT =
  /^(万|萬|亿|億|十亿|十億|千(?!米|克|瓦|焦|帕|赫|卡|伏|字节|位)|百万|百萬|thousand|million|billion|trillion|[kmb]\b)/i;

/** True when the unit already carries a magnitude (万元, 亿元, 万人 …), so values are never rescaled. */
export const unitHasMagnitude = (unit = ''): boolean => MAGNITUDE_UNIT.test(unit.trim());

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, compact: boolean, digits: number): Intl.NumberFormat {
  const key = `${locale}|${compact}|${digits}`;
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(intlLocale(locale), {
      notation: compact ? 'compact' : 'standard',
      maximumFractionDigits: digits,
      minimumFractionDigits: 0,
    });
    cache.set(key, nf);
  }
  return nf;
}

/** Clamps a precision attribute to 0–10, defaulting to 2. */
export const toPrecision = (p: number | undefined | null): number =>
  p == null || !Number.isFinite(p) ? 2 : Math.min(10, Math.max(0, Math.round(p)));

/** Formats a number without its unit: 219000000 → "2.19亿" / "2.19億" / "219M". */
export function formatNumber(value: number, opts: FormatOptions): string {
  if (!Number.isFinite(value)) return '–';
  const notation = opts.notation ?? 'auto';
  const compact = !unitHasMagnitude(opts.unit) && (notation === 'compact' || (notation === 'auto' && Math.abs(value) >= 10000));
  return numberFormat(opts.locale, compact, toPrecision(opts.precision)).format(value);
}

/** Joins a formatted number and its unit the way each language writes it. */
export function withUnit(text: string, unit: string | undefined, locale: Locale): string {
  if (!unit) return text;
  // English puts a space before word units ("12 jobs") but not before symbols ("94.1%").
  const space = locale === 'en' && /^[\p{L}]/u.test(unit) && !/^[\p{Script=Han}]/u.test(unit) ? ' ' : '';
  return `${text}${space}${unit}`;
}

/** Formats a number with its unit: 219000000 元 → "2.19亿元". */
export const formatValue = (value: number, opts: FormatOptions): string => withUnit(formatNumber(value, opts), opts.unit, opts.locale);

/** Percentage change from previous to value, or null when it is undefined (previous 0). */
export function percentChange(value: number, previous: number): number | null {
  if (!Number.isFinite(value) || !Number.isFinite(previous) || previous === 0) return null;
  return ((value - previous) / Math.abs(previous)) * 100;
}

/** Formats a magnitude as a percentage without sign: 21.6666 → "21.7%". */
export function formatPercent(pct: number, locale: Locale, precision = 1): string {
  return formatNumber(Math.abs(pct), { locale, notation: 'standard', precision }) + '%';
}

const dateCache = new Map<string, Intl.DateTimeFormat>();
/** Formats an ISO date for people: "2021年12月20日", "December 20, 2021"; null when it is not a date. */
export function formatDate(iso: string, locale: Locale): string | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso.trim());
  if (!m) return null;
  const [year, month, day] = [+m[1], +m[2], m[3] ? +m[3] : 1];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2021-13-45 over into 2022; a date that does not round-trip is not a date.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  // A year-month ("2021-12", monthly statistics) is shown without inventing a day.
  const key = `${locale}|${m[3] ? 'day' : 'month'}`;
  let df = dateCache.get(key);
  if (!df) {
    df = new Intl.DateTimeFormat(intlLocale(locale), {
      year: 'numeric',
      month: 'long',
      day: m[3] ? 'numeric' : undefined,
      timeZone: 'UTC',
    });
    dateCache.set(key, df);
  }
  return df.format(date);
}
