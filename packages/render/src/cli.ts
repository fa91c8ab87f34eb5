/**
 * `civic-viz-render in.html -o out.html`: pre-renders a page or fragment.
 * `civic-viz-render in.html --format svg|png --out dir/`: writes one image per element instead. Reads stdin when the
 * input is `-` or missing, writes stdout without `-o`. `--base-dir` bounds the local data files
 * read (default: the input file's folder); `--hashes` prints the `style-src` hash sources; `--styles-dir css/` links same-origin
 * stylesheets written to that folder (beside the output) instead of inline styles;
 * warnings go to stderr. Exit code 0 on success, 1 on bad usage or an unreadable input, 2 when
 * an element could not be pre-rendered (left to the browser).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { renderPage } from './render.js';

const USAGE = `Usage: civic-viz-render [in.html|-] [-o out.html] [--base-dir dir] [--width px] [--lang zh-CN] [--hashes] [--styles-dir dir] [--page path/of/stdin/page.html]
       civic-viz-render [in.html|-] --format svg|png --out dir/ [--width 640] [--theme light|dark|care] [--lang zh-CN] [--font file.ttc]…`;

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        'base-dir': { type: 'string' },
        width: { type: 'string' },
        lang: { type: 'string' },
        hashes: { type: 'boolean' },
        'styles-dir': { type: 'string' },
        page: { type: 'string' },
        format: { type: 'string' },
        theme: { type: 'string' },
        font: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 1;
  }
  const { values, positionals } = args;
  if (values.help) return (process.stdout.write(USAGE + '\n'), 0);
  const input = positionals[0] ?? '-';
  if (values.format !== undefined || values.theme !== undefined || values.font !== undefined) {
    const problem = checkImageArgs(values);
    if (problem) return (process.stderr.write(`civic-viz-render: ${problem}\n${USAGE}\n`), 1);
  }
  let html: string;
  try {
    html = input === '-' ? await readStdin() : await readFile(input, 'utf8');
  } catch (e) {
    process.stderr.write(`civic-viz-render: cannot read ${input}: ${(e as Error).message}\n`);
    return 1;
  }
  const baseDir = resolve(values['base-dir'] ?? (input === '-' ? '.' : dirname(input)));
  const pagePath = values.page ? relative(baseDir, resolve(values.page)) : input === '-' ? 'index.html' : relative(baseDir, resolve(input));
  if (values.format !== undefined) return exportImages(html, values as ImageArgs, baseDir, pagePath);
  const report = await renderPage(html, {
    baseDir,
    // Relative data paths resolve from the page's folder; `--page` names it for stdin input.
    pagePath,
    chartWidth: values.width ? Number(values.width) : undefined,
    lang: values.lang,
    // Linked stylesheets are written next to the output, in the named folder.
    stylesheetPrefix: values['styles-dir'] ? values['styles-dir'].replace(/\/?$/, '/') : undefined,
  });
  if (values['styles-dir']) {
    const dir = resolve(values.out ? dirname(values.out) : '.', values['styles-dir']);
    await mkdir(dir, { recursive: true });
    for (const s of report.stylesheets) await writeFile(join(dir, s.file), s.css);
  }
  for (const w of report.warnings) process.stderr.write(`warning: ${w}\n`);
  if (values.out) await writeFile(values.out, report.html);
  else process.stdout.write(report.html);
  if (values.hashes) process.stderr.write(`style-src hashes: ${report.styleHashes.join(' ')}\n`);
  return report.warnings.some((w) => w.includes('not pre-rendered')) ? 2 : 0;
}

type ImageArgs = { format: string; out: string; width?: string; theme?: string; lang?: string; font?: string[] };

/** Why the image options cannot be used, or '' when they can. */
function checkImageArgs(v: { format?: string; out?: string; width?: string; theme?: string }): string {
  if (v.format !== 'svg' && v.format !== 'png') return `unknown --format ${JSON.stringify(v.format ?? '')}: use svg or png`;
  if (!v.out) return '--format needs --out dir/ (the folder the images are written to)';
  if (v.width !== undefined && !(Number(v.width) >= 240 && Number(v.width) <= 2000))
    return `--width ${JSON.stringify(v.width)}: give CSS pixels between 240 and 2000`;
  if (v.theme !== undefined && !['light', 'dark', 'care'].includes(v.theme))
    return `unknown --theme ${JSON.stringify(v.theme)}: use light, dark or care`;
  return '';
}

/** Writes `<name>.svg` or `<name>.png` per element; prints one line per file. */
async function exportImages(html: string, v: ImageArgs, baseDir: string, pagePath: string): Promise<number> {
  const { renderImages } = await import('./image.js');
  const { DEFAULT_IMAGE_FONTS, findFonts, missingGlyphs, svgToPng } = await import('./png.js');
  const fonts = findFonts(v.font ?? DEFAULT_IMAGE_FONTS);
  if (v.font?.length && fonts.length < v.font.length) {
    const gone = v.font.filter((f) => !fonts.includes(f));
    return (process.stderr.write(`civic-viz-render: font file not found: ${gone.join(', ')}\n`), 1);
  }
  if (v.format === 'png' && !fonts.length) {
    process.stderr.write(
      `civic-viz-render: no font for PNG text. Install Noto Sans CJK (Debian/Ubuntu: apt install fonts-noto-cjk) or pass --font path/to/font.ttc (repeatable).\n`,
    );
    return 1;
  }
  const { images, warnings } = await renderImages(html, {
    baseDir,
    pagePath,
    width: v.width ? Number(v.width) : undefined,
    theme: v.theme as 'light' | 'dark' | 'care' | undefined,
    lang: v.lang,
    fontFiles: fonts.length ? fonts : undefined,
  });
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  if (!images.length) return (process.stderr.write('civic-viz-render: no civic-* element found in the input\n'), 1);
  if (v.format === 'png') {
    const missing = missingGlyphs(
      images.flatMap((i) => i.texts),
      fonts,
    );
    if (missing.length) {
      process.stderr.write(
        `civic-viz-render: the fonts have no glyph for ${missing.map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`).join(', ')}; pass a font that has them with --font\n`,
      );
      return 1;
    }
  }
  await mkdir(v.out, { recursive: true });
  let failed = false;
  for (const img of images) {
    const file = join(v.out, `${img.name}.${v.format}`);
    await writeFile(file, v.format === 'png' ? await svgToPng(img.svg, fonts) : img.svg);
    if (img.state !== 'ready') failed = true;
    process.stdout.write(`${file}\t${img.tag}\t${img.state}\t${img.width}×${img.height}\n`);
  }
  // As for pages: 2 when an element is not in its ready state (its image shows the message).
  return failed ? 2 : 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// Run directly (`node --import tsx src/cli.ts …`, as the docs build does) rather than imported by the bin.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main(process.argv.slice(2));
