import { CivicError } from './parse.js';

/*
 * Turns the bytes of a `data-src` response into text. Offices publish CSV the way their
 * spreadsheet saved it: Excel on Chinese Windows writes GBK ("CSV (逗号分隔)"), "Unicode text"
 * is UTF-16LE with a byte-order mark, everything newer is UTF-8. The order:
 *
 * 1. `data-charset`, when given, decodes strictly (a wrong label or bytes that do not fit it are
 *    `invalid-encoding`);
 * 2. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) is unambiguous and wins;
 * 3. the `Content-Type` charset; a declared UTF-8 that the bytes break falls through to step 5,
 *    because many servers stamp `charset=utf-8` on every text file, GBK ones included;
 * 4. UTF-8;
 * 5. GB18030 (a superset of GBK and GB2312) when the bytes are not valid UTF-8.
 *
 * Text that decodes but is full of NUL characters (UTF-16 without a BOM read as UTF-8, or a
 * binary file) or holds private-use characters from the GB18030 fallback is refused too:
 * mojibake is never data. A stray control character in a cell is text like any other.
 */

const PRIVATE_USE = /[\ue000-\uf8ff]/;

/** More than one character in ten of the start is NUL: not text in the encoding it was read as. */
function nulHeavy(text: string): boolean {
  const head = text.slice(0, 4096);
  let nul = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0) nul++;
  return nul > 0 && nul * 10 >= head.length;
}

/** The charset parameter of a Content-Type header, lower case, or undefined. */
export function contentCharset(type: string): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(type);
  return m ? m[1].toLowerCase() : undefined;
}

function bom(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Strict decode; null when the bytes do not fit the encoding. Throws RangeError for an unknown label. */
function strict(bytes: Uint8Array, label: string): string | null {
  const decoder = new TextDecoder(label, { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes response bytes (see the order above); `override` is `data-charset`. */
export function decodeText(bytes: Uint8Array, contentType = '', override?: string, attribute = 'data-src'): string {
  const fail = (why: string) => new CivicError('invalid-encoding', why, attribute);
  const label = override?.trim().toLowerCase();
  let text: string | null;
  let name: string;
  if (label) {
    try {
      text = strict(bytes, label);
    } catch {
      throw new CivicError('invalid-encoding', `unknown charset ${JSON.stringify(label.slice(0, 30))}`, 'data-charset');
    }
    if (text == null) throw fail(`the bytes are not valid ${label} (data-charset)`);
    name = label;
  } else {
    const declared = bom(bytes) ?? contentCharset(contentType);
    name = declared ?? 'utf-8';
    try {
      text = strict(bytes, name);
    } catch {
      throw fail(`the server declared an unknown charset ${JSON.stringify(name.slice(0, 30))}; set data-charset`);
    }
    if (text == null && new TextDecoder(name).encoding !== 'utf-8')
      throw fail(`the bytes are not valid ${name} as the response declares; set data-charset`);
    if (text == null) {
      text = strict(bytes, 'gb18030');
      name = 'gb18030';
      if (text == null) throw fail('the bytes are neither UTF-8 nor GB18030 (GBK); set data-charset');
      if (PRIVATE_USE.test(text))
        throw fail('the bytes are not UTF-8 and read as GB18030 they give unassigned characters; set data-charset');
    }
  }
  // TextDecoder drops a BOM of the encoding it decodes; a UTF-8 BOM inside UTF-16 text etc. would remain.
  text = text.replace(/^\ufeff/, '').replace(/\u001a$/, '');
  if (nulHeavy(text))
    throw fail(`read as ${name} the text is full of NUL characters (UTF-16 without a byte-order mark?); set data-charset`);
  return text;
}
