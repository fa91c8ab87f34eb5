// Measures image sizes and render time per element for a page (not a test).
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { renderImages, svgToPng, findFonts } from '../src/index.js';
const file = resolve(process.argv[2]);
const html = await readFile(file, 'utf8');
const fonts = findFonts();
const t0 = performance.now();
const { images } = await renderImages(html, { baseDir: dirname(file), pagePath: file.split('/').pop(), fontFiles: fonts });
const t1 = performance.now();
// Again, warm (modules loaded, fonts measured): the steady cost per element.
await renderImages(html, { baseDir: dirname(file), pagePath: file.split('/').pop(), fontFiles: fonts });
const t2 = performance.now();
const by: Record<string, { n: number; svg: number[]; png: number[]; ms: number[] }> = {};
for (const img of images) {
  const s = performance.now();
  const png = await svgToPng(img.svg, fonts);
  const e = performance.now();
  const b = (by[img.tag] ??= { n: 0, svg: [], png: [], ms: [] });
  b.n++;
  b.svg.push(Buffer.byteLength(img.svg));
  b.png.push(png.length);
  b.ms.push(e - s);
}
const kb = (xs: number[]) => `${(Math.min(...xs) / 1024).toFixed(1)}–${(Math.max(...xs) / 1024).toFixed(1)} KB`;
const avg = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(0);
console.log(
  `${images.length} images; all SVGs: ${(t1 - t0).toFixed(0)} ms cold, ${(t2 - t1).toFixed(0)} ms warm (${((t2 - t1) / images.length).toFixed(1)} ms per element)`,
);
for (const [tag, b] of Object.entries(by))
  console.log(`${tag}: ${b.n}; SVG ${kb(b.svg)}; PNG ${kb(b.png)}; PNG raster avg ${avg(b.ms)} ms (max ${Math.max(...b.ms).toFixed(0)})`);
