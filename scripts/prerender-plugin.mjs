/**
 * Vite plugin for the docs site: the news article and the dashboard are served and built
 * pre-rendered by @civic-viz/render, so the showcase is the static-first path (the widgets are
 * readable before, and without, any JavaScript).
 *
 * The renderer runs in a child Node process on the TypeScript sources (no build of the packages
 * needed for `npm start`). Its shadow roots link same-origin stylesheets under
 * /civic-prerender/ instead of carrying inline styles, so the pages need no style hashes under
 * the strict CSP: served from memory by the dev server, written next to the pages by the build.
 * Dev results are cached until a source file or the page changes.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'packages/render/src/cli.ts');
const PREFIX = '/civic-prerender/';

/** Newest mtime under the folders whose code shapes the output. */
async function newest(dirs) {
  let t = 0;
  const walk = async (d) => {
    for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else t = Math.max(t, (await stat(p)).mtimeMs);
    }
  };
  for (const d of dirs) await walk(d);
  return t;
}

/** Runs the renderer CLI on `html` (the page at `pagePath` under `baseDir`); resolves with the page and its stylesheets. */
export async function render(html, baseDir, pagePath) {
  const dir = await mkdtemp(join(tmpdir(), 'civic-prerender-'));
  try {
    const input = join(baseDir, pagePath);
    const out = join(dir, 'out.html');
    // The input is the page text Vite handed over (it may differ from the file): through stdin.
    const args = [
      '--conditions=civic-viz-source',
      '--import',
      'tsx',
      CLI,
      '-',
      '-o',
      out,
      '--base-dir',
      baseDir,
      '--styles-dir',
      'css',
      '--page',
      input,
    ];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.stdin.end(html);
    const code = await new Promise((r) => child.on('close', r));
    if (code !== 0) throw new Error(`civic-viz-render failed for ${pagePath} (exit ${code}):\n${stderr}`);
    if (stderr.trim()) console.warn(`[civic-prerender] ${pagePath}:\n${stderr.trim()}`);
    const sheets = new Map();
    for (const f of await readdir(join(dir, 'css')).catch(() => [])) sheets.set(f, await readFile(join(dir, 'css', f), 'utf8'));
    const page = (await readFile(out, 'utf8')).replaceAll('href="css/', `href="${PREFIX}`);
    return { page, sheets };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * @param {{ pages: string[] }} options pages relative to the Vite root, e.g. `demo/article.html`
 * @returns {import('vite').Plugin}
 */
export function civicPrerender({ pages }) {
  let root = ROOT;
  let outDir = '';
  const sheets = new Map();
  const cache = new Map();
  return {
    name: 'civic-prerender',
    configResolved(config) {
      root = config.root;
      outDir = config.build.outDir;
    },
    configureServer(server) {
      server.middlewares.use(PREFIX, (req, res, next) => {
        const css = sheets.get((req.url ?? '').replace(/^\//, '').split('?')[0]);
        if (css == null) return next();
        res.setHeader('Content-Type', 'text/css; charset=utf-8');
        res.end(css);
      });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const page = relative(root, ctx.filename).replaceAll('\\', '/');
        if (!pages.includes(page)) return html;
        const stamp = await newest([join(ROOT, 'packages/civic-viz/src'), join(ROOT, 'packages/render/src')]);
        const key = `${page}|${stamp}|${html.length}|${html}`;
        const hit = cache.get(page);
        if (hit?.key === key) return hit.page;
        const started = Date.now();
        const out = await render(html, root, page);
        for (const [f, css] of out.sheets) sheets.set(f, css);
        cache.set(page, { key, page: out.page });
        console.log(`[civic-prerender] ${page} pre-rendered in ${Date.now() - started} ms`);
        return out.page;
      },
    },
    async writeBundle() {
      if (!sheets.size) return;
      const dir = join(outDir, PREFIX);
      await mkdir(dir, { recursive: true });
      for (const [f, css] of sheets) await writeFile(join(dir, f), css);
    },
  };
}
