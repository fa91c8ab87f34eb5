/**
 * Checks on what an editor types into a text field (label, unit, source) or a table's name
 * cells. Escaping makes any text safe in the embed code; these checks catch what is almost
 * certainly a mistake — markup pasted from a web page, a spreadsheet formula, a runaway paste.
 */
import type { Problem } from './messages.js';

// A tag, end tag, comment or doctype: `<` followed by a letter, `/`, `!` or `?`. "收入<5万" stays text.
const MARKUP = /<[a-z/!?]/i;

/** The problem with a text value, if any (empty is not a problem here). */
export function textProblem(text: string, max: number): Problem | null {
  if (MARKUP.test(text)) return { code: 'markup' };
  if (/^\s*=/.test(text)) return { code: 'formula' };
  if ([...text].length > max) return { code: 'too-long', max };
  return null;
}
