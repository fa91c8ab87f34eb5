/**
 * The copied code: every attribute value escaped, whatever an editor typed or pasted. Each
 * payload of the security suite's injection corpus goes into every attribute the builder writes;
 * the generated code must match a strict grammar (a double-quoted value holds no raw " < > ' &,
 * only the five character references) and decode back to exactly the value given.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PAYLOADS } from '../../../packages/civic-viz/test/fixtures/injection-corpus.js';
import { ATTRIBUTES, KINDS } from '../attributes.js';
import {
  cdnUrl,
  elementTag,
  escapeAttr,
  frameEmbed,
  frameUrl,
  isEmbedId,
  placeholderEmbed,
  resizeSnippet,
  scriptEmbed,
} from '../embed-code.js';
import type { Widget } from '../widget.js';

const VALUE = `"(?:[^"<>'&\\t\\n\\r]|&(?:amp|quot|lt|gt|#39|#9|#10|#13);)*"`;
const ATTRS = `(?: [a-z][a-z-]*(?:=${VALUE})?)*`;
const REFS: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#9': '\t', '#10': '\n', '#13': '\r' };
const unescape = (s: string) => s.replace(/&(amp|quot|lt|gt|#39|#9|#10|#13);/g, (_, e: string) => REFS[e]);
// A URL parameter is a USV string: lone surrogates become U+FFFD on the way.
const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** The attributes of the one tag in `code`, decoded; fails if the code is not exactly that tag. */
function attributesOf(code: string, open: string, close: string): [string, string][] {
  const m = new RegExp(`^<${open}(${ATTRS})>${close}$`).exec(code);
  assert.ok(m, `not a single well-formed tag: ${code.slice(0, 200)}`);
  return [...m[1].matchAll(new RegExp(` ([a-z][a-z-]*)(?:=(${VALUE}))?`, 'g'))].map(([, n, v]) => [n, v ? unescape(v.slice(1, -1)) : '']);
}

const widget = (kind: Widget['kind'], value: string): Widget => ({
  kind,
  attributes: ATTRIBUTES[kind].filter((n) => n !== 'data-care').map((n) => [n, value] as [string, string]),
});

describe('escaping', () => {
  test('the five characters become references, nothing else changes', () => {
    assert.equal(escapeAttr(`a&b"c<d>e'f 鞍山 ＜x＞`), 'a&amp;b&quot;c&lt;d&gt;e&#39;f 鞍山 ＜x＞');
    assert.equal(escapeAttr('&amp;'), '&amp;amp;');
    assert.equal(escapeAttr('a\r\nb\tc'), 'a&#13;&#10;b&#9;c');
  });

  for (const p of PAYLOADS) {
    test(`corpus #${p.id} ${p.name}: every output keeps it inside its attributes`, () => {
      for (const kind of KINDS) {
        const w = widget(kind, p.text);
        assert.deepEqual(attributesOf(elementTag(w), `civic-${kind}`, `</civic-${kind}>`), w.attributes);
        assert.deepEqual(attributesOf(placeholderEmbed(w), 'div', '</div>'), [['data-civic', kind], ...w.attributes]);
        const [script, tag] = scriptEmbed(w, '0.1.0').split('\n');
        assert.equal(script, `<script type="module" src="${cdnUrl('0.1.0')}"></script>`);
        assert.equal(tag, elementTag(w));

        const [frame, resize] = frameEmbed(w, {
          page: 'https://example.org/embed.html',
          resizeScript: 'https://example.org/embed-resize.js',
          id: 'x1',
          height: 300,
        }).split('\n');
        const fa = new Map(attributesOf(frame, 'iframe', '</iframe>'));
        assert.equal(fa.get('title'), p.text);
        assert.equal(fa.get('src'), frameUrl(w, 'https://example.org/embed.html', 'x1'));
        assert.equal(resize, '<script src="https://example.org/embed-resize.js" async></script>');
        // The frame's URL carries each value as a parameter, decoded exactly.
        const q = new URL(fa.get('src')!).searchParams;
        assert.equal(new URL(fa.get('src')!).origin, 'https://example.org');
        assert.equal(q.get('el'), kind);
        for (const [n, v] of w.attributes) assert.equal(q.get(n), wellFormed(v));
      }
    });
  }
});

describe('outputs', () => {
  const card: Widget = {
    kind: 'indicator-card',
    attributes: [
      ['data-label', '稳岗返还资金'],
      ['data-value', '219000000'],
      ['data-unit', '元'],
      ['lang', 'zh-CN'],
      ['data-care', ''],
    ],
  };

  test('the script embed pins the exact release on the public CDN', () => {
    assert.equal(
      scriptEmbed(card, '1.2.3'),
      '<script type="module" src="https://cdn.jsdelivr.net/npm/civic-viz@1.2.3/cdn/autoloader.js"></script>\n' +
        '<civic-indicator-card data-label="稳岗返还资金" data-value="219000000" data-unit="元" lang="zh-CN" data-care></civic-indicator-card>',
    );
  });

  test('the placeholder is a div the autoloader upgrades', () => {
    assert.equal(
      placeholderEmbed(card),
      '<div data-civic="indicator-card" data-label="稳岗返还资金" data-value="219000000" data-unit="元" lang="zh-CN" data-care></div>',
    );
  });

  test('the iframe height starts within sane bounds', () => {
    const o = { page: 'https://x.example/embed.html', resizeScript: 'https://x.example/embed-resize.js', id: 'a' };
    assert.match(frameEmbed(card, { ...o, height: 12 }), / height="80" /);
    assert.match(frameEmbed(card, { ...o, height: 1e9 }), / height="4000" /);
    assert.match(frameEmbed(card, { ...o, height: 233.4 }), / height="233" /);
  });

  test('frame ids are plain tokens', () => {
    assert.ok(isEmbedId('civic-indicator-card-lx2k0'));
    for (const bad of ['', 'a"b', 'a b', '<x>', 'a'.repeat(41), 'a]', null, 3]) assert.equal(isEmbedId(bad), false, String(bad));
  });

  test('the resize snippet checks the origin and the source frame, and takes a number only', () => {
    const s = resizeSnippet('https://docs.example');
    assert.match(s, /e\.origin !== "https:\/\/docs\.example"/);
    assert.match(s, /f\.contentWindow === e\.source/);
    assert.match(s, /typeof d\.height !== 'number'/);
    // An origin that tried to close the script is written as a JS string that cannot.
    assert.doesNotMatch(resizeSnippet('https://a</script><script>x'), /<\/script>/);
  });
});
