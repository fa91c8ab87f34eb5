/**
 * Image export: one standalone SVG / 2× PNG per element, named from id or label, with the
 * element's text, CJK glyphs present, escaping, determinism and the CLI's errors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { renderImages, svgToPng, missingGlyphs, findFonts } from '../src/index.js';
import { main } from '../src/cli.js';
import { PAYLOADS } from '../../civic-viz/test/fixtures/injection-corpus.js';
import { palettes } from '../../civic-viz/src/core/tokens.js';

const site = resolve(import.meta.dirname, 'fixtures/site');
const fonts = findFonts();
const haveFonts = fonts.length > 0;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
/** All text of an SVG's <text> and <title> elements, unescaped. */
const texts = (svg: string) => [...svg.matchAll(/<(text|title)\b[^>]*>([^<]*)<\/\1>/g)].map((m) => unescape(m[2]));
const pngSize = (png: Uint8Array) => {
  const b = Buffer.from(png);
  assert.equal(b.subarray(1, 4).toString(), 'PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};

const PAGE = `<article lang="zh-CN">
  <civic-indicator-card id="funds" data-label="发放稳岗返还资金" data-value="219000000" data-unit="元" data-previous="180000000"
    data-target="250000000" data-source="鞍山民生实事纪实" data-updated="2021-12-31"></civic-indicator-card>
  <civic-indicator-card data-label="稳岗 返还/企业" data-value="11000" data-unit="户"></civic-indicator-card>
  <civic-indicator-card data-label="稳岗 返还/企业" data-value="12000" data-unit="户"></civic-indicator-card>
  <civic-indicator-card id="../../etc/passwd" data-value="1"></civic-indicator-card>
  <civic-progress-ring data-label="课后服务参与率" data-value="94.1" data-previous="80" data-target="95"></civic-progress-ring>
  <civic-trend-chart data-label="城乡低保标准提高幅度" data-type="bar" data-unit="%" data-labels="城市低保,农村低保" data-values="5.62,8.09"
    data-source="市民政局"></civic-trend-chart>
  <civic-district-map data-label="鞍山各区" data-map="anshan" data-review-no="辽S(2021)012号" data-unit="个" data-show-labels
    data-values='{"铁西区": 3, "立山区": 5, "千山区": 1}'></civic-district-map>
</article>`;

test('one image per element, named from id or label slug, deduplicated, never a path', async () => {
  const { images } = await renderImages(PAGE, { baseDir: site });
  assert.deepEqual(
    images.map((i) => i.name),
    ['funds', '稳岗-返还-企业', '稳岗-返还-企业-2', 'etc-passwd', '课后服务参与率', '城乡低保标准提高幅度', '鞍山各区'],
  );
  assert.deepEqual(
    images.map((i) => i.tag),
    [
      'civic-indicator-card',
      'civic-indicator-card',
      'civic-indicator-card',
      'civic-indicator-card',
      'civic-progress-ring',
      'civic-trend-chart',
      'civic-district-map',
    ],
  );
  for (const i of images) assert.equal(i.state, 'ready', i.name);
});

test('the image carries title, value with unit, change, target, source, date; maps their review number', async () => {
  const { images } = await renderImages(PAGE, { baseDir: site });
  const by = Object.fromEntries(images.map((i) => [i.name, i]));
  const card = texts(by.funds.svg).join('\n');
  for (const s of ['发放稳岗返还资金', '2.19亿元', '增长 21.7%', '目标 2.5亿元', '鞍山民生实事纪实', '2021'])
    assert.ok(card.includes(s), `${s} in ${card}`);
  const ring = texts(by['课后服务参与率'].svg).join('\n');
  assert.match(ring, /94\.1%/);
  assert.match(ring, /14\.1个百分点/);
  assert.match(ring, /目标 95%/);
  const chart = texts(by['城乡低保标准提高幅度'].svg).join('\n');
  for (const s of ['城乡低保标准提高幅度', '城市低保', '农村低保', '8.09%', '市民政局']) assert.ok(chart.includes(s), s);
  const map = texts(by['鞍山各区'].svg).join('\n');
  for (const s of ['鞍山各区', '审图号：辽S(2021)012号', '立山区', '最高 5个']) assert.ok(map.includes(s), `${s} in ${map}`);
});

test('standalone SVG: XML that a strict parser reads, no CSS, no external reference, CJK font stack', async () => {
  const { images } = await renderImages(PAGE, { baseDir: site });
  for (const { svg, name, width, height } of images) {
    assert.ok(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"`), name);
    assert.doesNotMatch(svg, /<style|style=|href|url\((?!#)|<image|@import|&nbsp;/i, name);
    assert.match(svg, /font-family="[^"]*Noto Sans CJK SC/);
    // resvg's XML parser rejects anything not well-formed.
    assert.ok(new Resvg(svg, { font: { loadSystemFonts: false } }).width > 0, name);
  }
});

test('traditional Chinese and English: strings and the TC font first', async () => {
  // The option sets the locale where the page names none.
  const bare = PAGE.replace('<article lang="zh-CN">', '<article>');
  const hant = (await renderImages(bare, { baseDir: site, lang: 'zh-TW' })).images;
  const map = hant.find((i) => i.tag === 'civic-district-map')!;
  assert.match(map.svg, /審圖號：辽S\(2021\)012号/);
  assert.match(map.svg, /font-family="&#39;Noto Sans CJK TC&#39;/);
  // The charts' own text (axis labels, map labels) asks for Traditional faces too, not SC glyph forms.
  for (const img of hant.filter((i) => i.tag === 'civic-trend-chart' || i.tag === 'civic-district-map')) {
    const families = [...img.svg.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(families.length > 1, `${img.name}: the chart's text carries its font family`);
    for (const f of families) assert.doesNotMatch(f, /CJK SC|PingFang SC|YaHei/, `${img.name}: ${f}`);
  }
  const hans = (await renderImages(PAGE, { baseDir: site })).images.find((i) => i.tag === 'civic-trend-chart')!;
  assert.match(hans.svg, /Noto Sans CJK SC/, 'Simplified images keep the SC faces');
  const en = (await renderImages(bare, { baseDir: site, lang: 'en' })).images;
  assert.match(texts(en[0].svg).join('\n'), /219M|219 million|219,000,000/);
  assert.match(texts(en[0].svg).join('\n'), /up 21\.7%/);
});

test('themes: dark and care palettes as in the browser, care is larger', async () => {
  const card = '<civic-indicator-card data-label="x" data-value="5"></civic-indicator-card>';
  const [light] = (await renderImages(card)).images;
  const [dark] = (await renderImages(card, { theme: 'dark' })).images;
  const [care] = (await renderImages(card, { theme: 'care' })).images;
  assert.match(light.svg, new RegExp(`<rect width="100%" height="100%" fill="${palettes.light.surface}"`));
  assert.match(dark.svg, new RegExp(`<rect width="100%" height="100%" fill="${palettes.dark.surface}"`));
  assert.match(dark.svg, new RegExp(`fill="${palettes.dark.text}">x<`));
  assert.match(care.svg, new RegExp(`fill="${palettes.care.text}">x<`));
  assert.ok(care.height > light.height);
});

test('injection payloads stay text: only drawing elements, no handlers, the payload readable', async () => {
  const sample = PAYLOADS.filter((p) => !p.huge).filter((_, i) => i % 4 === 0);
  const html = sample
    .map(
      (p) => `<civic-indicator-card data-label="${esc(p.text)}" data-value="1" data-source="${esc(p.text)}"></civic-indicator-card>
      <civic-trend-chart data-label="${esc(p.text)}" data-labels='${esc(JSON.stringify([p.text, 'b']))}' data-values="1,2"></civic-trend-chart>`,
    )
    .join('\n');
  const { images } = await renderImages(html);
  assert.equal(images.length, sample.length * 2);
  const allowed = new Set([
    'svg',
    'title',
    'rect',
    'text',
    'g',
    'path',
    'circle',
    'line',
    'polyline',
    'polygon',
    'tspan',
    'defs',
    'clipPath',
    'clippath',
  ]);
  for (const img of images) {
    for (const m of img.svg.matchAll(/<([a-zA-Z][\w:-]*)([^>]*)>/g)) {
      assert.ok(allowed.has(m[1]), `element <${m[1]}> in ${img.name}`);
      assert.doesNotMatch(m[2], /\s(on\w+|href|xlink:href|style)\s*=/i, img.name);
    }
    assert.ok(new Resvg(img.svg, { font: { loadSystemFonts: false } }).width > 0);
  }
  // The label reads as it was written (normalized whitespace aside).
  sample.forEach((p, i) => {
    const drawn = texts(images[2 * i].svg).join('');
    const words = p.text
      .replace(/[\u0000-\u001f\u2028\u2029]/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 3 && !/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/.test(w));
    for (const w of words.slice(0, 2)) assert.ok(drawn.includes(w), `${p.name}: ${w}`);
  });
});

test('PNG at 2× device pixels; same input gives the same bytes', { skip: !haveFonts && 'no Noto Sans CJK' }, async () => {
  const { images } = await renderImages(PAGE, { baseDir: site, width: 375, fontFiles: fonts });
  const again = (await renderImages(PAGE, { baseDir: site, width: 375, fontFiles: fonts })).images;
  for (const [i, img] of images.entries()) {
    assert.equal(img.width, 375);
    assert.equal(img.svg, again[i].svg, `${img.name}: SVG is deterministic`);
    const png = await svgToPng(img.svg, fonts);
    assert.deepEqual(pngSize(png), { width: 750, height: img.height * 2 });
    assert.deepEqual(Buffer.from(png), Buffer.from(await svgToPng(again[i].svg, fonts)), `${img.name}: PNG is deterministic`);
  }
});

/** Dark pixels of one string drawn alone at 48 px. */
function ink(s: string, fontFiles: string[]): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="70"><rect width="400" height="70" fill="#fff"/><text x="4" y="54" font-size="48" font-family="Noto Sans CJK TC" fill="#000">${s}</text></svg>`;
  const img = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans CJK SC' } }).render();
  const px = img.pixels;
  const out = new Uint8Array(px.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = px[i * 4] < 128 ? 1 : 0;
  return out;
}
const count = (a: Uint8Array) => a.reduce((n, v) => n + v, 0);
const same = (a: Uint8Array, b: Uint8Array) => a.every((v, i) => v === b[i]);

test('glyph coverage: 鞍山 鐵西區 English all have glyphs in the fonts; no tofu', { skip: !haveFonts && 'no Noto Sans CJK' }, () => {
  assert.deepEqual(missingGlyphs(['鞍山', '鐵西區', 'English', '审图号：辽S(2021)012号', '▲▼■'], fonts), []);
  // A private-use character is in no font: the check names it.
  assert.deepEqual(missingGlyphs(['鞍\uE000山'], fonts), ['\uE000']);
  // Drawn: every character inks pixels, and none looks like a missing glyph (blank or a box).
  const missing = ink('\uE000', fonts);
  for (const ch of [...'鞍山鐵西區English']) {
    const drawn = ink(ch, fonts);
    assert.ok(count(drawn) > 20, `${ch} draws`);
    assert.ok(!same(drawn, missing), `${ch} is not the missing-glyph drawing`);
    // Without the fonts resvg has nothing to draw it with.
    assert.equal(count(ink(ch, [])), 0, `${ch} needs the fonts`);
  }
});

test('CLI: writes one file per element and lists them; clear errors and exit 1 on bad input', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'civic-images-'));
  const err: string[] = [];
  const out: string[] = [];
  const write = { err: process.stderr.write, out: process.stdout.write };
  process.stderr.write = ((s: string) => (err.push(String(s)), true)) as typeof process.stderr.write;
  process.stdout.write = ((s: string) => (out.push(String(s)), true)) as typeof process.stdout.write;
  try {
    const page = join(dir, 'page.html');
    await writeFile(page, PAGE);
    const svgDir = join(dir, 'svg');
    {
      assert.equal(await main([page, '--format', 'svg', '--out', svgDir]), 0);
      assert.deepEqual(
        (await readdir(svgDir)).sort(),
        [
          'funds.svg',
          'etc-passwd.svg',
          '稳岗-返还-企业.svg',
          '稳岗-返还-企业-2.svg',
          '课后服务参与率.svg',
          '城乡低保标准提高幅度.svg',
          '鞍山各区.svg',
        ].sort(),
      );
      assert.match(await readFile(join(svgDir, 'funds.svg'), 'utf8'), /2\.19亿元/);
      assert.equal(out.length, 7);
      if (haveFonts) {
        assert.equal(await main([page, '--format', 'png', '--out', join(dir, 'png'), '--width', '320', '--theme', 'dark']), 0);
        assert.equal(pngSize(await readFile(join(dir, 'png', 'funds.png'))).width, 640);
      }
    }
    const latin = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
    if (existsSync(latin)) {
      // A font without CJK glyphs: the CLI names the missing characters and writes no PNG.
      err.length = 0;
      assert.equal(await main([page, '--format', 'png', '--out', join(dir, 'tofu'), '--font', latin]), 1);
      assert.match(err.join(''), /no glyph for .*稳 \(U\+7A33\)/);
      assert.ok(!existsSync(join(dir, 'tofu')));
    }
    err.length = 0;
    assert.equal(await main([join(site, 'no-such.html'), '--format', 'png', '--out', dir]), 1);
    assert.match(err.join(''), /cannot read .*no-such\.html/);
    err.length = 0;
    assert.equal(await main([page, '--format', 'gif', '--out', dir]), 1);
    assert.match(err.join(''), /unknown --format "gif": use svg or png/);
    err.length = 0;
    assert.equal(await main([page, '--format', 'svg']), 1);
    assert.match(err.join(''), /--format needs --out/);
    err.length = 0;
    assert.equal(await main([page, '--format', 'svg', '--out', dir, '--theme', 'neon']), 1);
    assert.match(err.join(''), /unknown --theme "neon"/);
    err.length = 0;
    assert.equal(await main([page, '--format', 'png', '--out', dir, '--font', '/nowhere/font.ttf']), 1);
    assert.match(err.join(''), /font file not found: \/nowhere\/font\.ttf/);
  } finally {
    process.stderr.write = write.err;
    process.stdout.write = write.out;
    await rm(dir, { recursive: true, force: true });
  }
});

test("multi-series legend: the element's dash and marker samples, not colour alone", async () => {
  const html = `<civic-trend-chart data-label="t" data-labels="2019,2020" data-series='[{"name":"城市","values":[1,2]},{"name":"农村","values":[2,3]}]'></civic-trend-chart>`;
  const [img] = (await renderImages(html)).images;
  const keys = [...img.svg.matchAll(/<svg [^>]*viewBox="0 0 22 10">(.*?)<\/svg>/g)].map((m) => m[1]);
  assert.equal(keys.length, 2);
  assert.match(keys[0], new RegExp(`<line [^>]*stroke="${palettes.light.series[0]}"`));
  assert.match(keys[1], /stroke-dasharray="5 3"/);
  assert.notEqual(keys[0].match(/<(circle|rect|path) /)?.[1], keys[1].match(/<(circle|rect|path) /)?.[1], 'different marker shapes');
  assert.deepEqual(
    texts(img.svg).filter((t) => t === '城市' || t === '农村'),
    ['城市', '农村'],
  );
});

test('an element in error draws its localized message and code; a hostile review number stays text', async () => {
  const bad = (await renderImages('<civic-indicator-card data-label="坏数" data-value="abc"></civic-indicator-card>')).images[0];
  assert.equal(bad.state, 'error');
  assert.match(texts(bad.svg).join('\n'), /坏数\n.*invalid-number/);
  const payload = PAYLOADS.find((p) => p.name === 'svg onload')!.text;
  const map = (
    await renderImages(
      `<civic-district-map data-map="anshan" data-review-no="${esc(payload)}" data-values='{"立山区": 1}'></civic-district-map>`,
    )
  ).images[0];
  assert.ok(texts(map.svg).includes(`审图号：${payload}`));
  assert.doesNotMatch(map.svg, /<svg onload/);
});

test('a card with data-sparkline carries its line under the value; without one, no drawing', async () => {
  const page = `<civic-indicator-card id="with" data-label="稳岗返还" data-value="219000000" data-unit="元" data-sparkline="[1.2,1.5,1.8,2.19]"></civic-indicator-card>
    <civic-indicator-card id="without" data-label="稳岗返还" data-value="219000000" data-unit="元"></civic-indicator-card>`;
  const { images } = await renderImages(page, { baseDir: site });
  const [withLine, without] = images;
  const nested = [...withLine.svg.matchAll(/<svg\b[^>]*viewBox="0 0 (\d+) (\d+)"/g)].slice(1); // the image itself first
  assert.equal(nested.length, 1, 'one nested drawing');
  assert.equal(nested[0][2], '40', 'at the sparkline height');
  assert.match(withLine.svg, /<path d="M[^"]+" fill="none" stroke="#1f63c6"/, 'the line in the accent colour');
  assert.ok(withLine.height > without.height + 30, `${withLine.height} vs ${without.height}`);
  assert.doesNotMatch(without.svg, /<path/);
  assert.ok(new Resvg(withLine.svg, { font: { loadSystemFonts: false } }).width > 0);
});
