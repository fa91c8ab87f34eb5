/**
 * `civic-viz-render in.html -o out.html`: pre-renders a page or fragment. Reads stdin when the
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

const USAGE = `Usage: civic-viz-render [in.html|-] [-o out.html] [--base-dir dir] [--width px] [--lang zh-CN] [--hashes] [--styles-dir dir] [--page path/of/stdin/page.html]`;

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
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 1;
  }
  const { values, positionals } = args;
  if (values.help) return process.stdout.write(USAGE + '\n'), 0;
  const input = positionals[0] ?? '-';
  let html: string;
  try {
    html = input === '-' ? await readStdin() : await readFile(input, 'utf8');
  } catch (e) {
    process.stderr.write(`civic-viz-render: cannot read ${input}: ${(e as Error).message}\n`);
    return 1;
  }
  const baseDir = resolve(values['base-dir'] ?? (input === '-' ? '.' : dirname(input)));
  const report = await renderPage(html, {
    baseDir,
    // Relative data paths resolve from the page's folder; `--page` names it for stdin input.
    pagePath: values.page ? relative(baseDir, resolve(values.page)) : input === '-' ? 'index.html' : relative(baseDir, resolve(input)),
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

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// Run directly (`node --import tsx src/cli.ts …`, as the docs build does) rather than imported by the bin.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main(process.argv.slice(2));
