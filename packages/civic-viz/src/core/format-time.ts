import { intlLocale, type Locale } from './strings.js';

// Only a data-src load has a time to show (a failed refresh): this comes with the loader, not
// with every element.

const timeCache = new Map<string, Intl.DateTimeFormat>();
/** A clock time for "showing the data from 10:30"; with the date when it is not today. */
export function formatTime(ms: number, locale: Locale, now = Date.now()): string {
  const sameDay = new Date(ms).toDateString() === new Date(now).toDateString();
  const key = `${locale}|${sameDay}`;
  let tf = timeCache.get(key);
  if (!tf) {
    tf = new Intl.DateTimeFormat(intlLocale(locale), {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(sameDay ? {} : { month: locale === 'en' ? 'short' : 'long', day: 'numeric' }),
    });
    timeCache.set(key, tf);
  }
  return tf.format(ms);
}
