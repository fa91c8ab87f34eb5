#!/usr/bin/env node
/**
 * Bytes of JavaScript the news-article demo loads before the reader interacts (no scroll, no
 * pointer, no key; page load plus 3 s of idle time), gzip-compressed file by file, for the page
 * as the docs build serves it (pre-rendered) and for the same page live (its declarative shadow
 * roots stripped). Budget: ≤ 30 KB for the pre-rendered page. Needs the docs build (dist/docs).
 *
 *   node scripts/bench-prerender.mjs       prints the table and the JSON
 * `npm run bench` runs it too and stores the result in bench/results/latest.json (`prerender`).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from './lib/static-server.mjs';
import { launch } from './lib/browser.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist/docs');
export const BUDGET_KB = 30;

// Every declarative shadow root (the pre-rendered widgets hold no nested <template>; the element's own children follow on a new line).
export const strip = (html) => html.replace(/<template shadowroot[^>]*shadowrootmode[^>]*>[\s\S]*?<\/template>/g, '');

/** Script bytes (gzip) loaded before interaction, for `pages` in both variants. */
export async function measurePrerender(browser, pages = ['demo/article.html']) {
  if (!existsSync(join(DIST, 'demo/article.html'))) return null;
  const server = await serve(DIST, { csp: true });
  const rows = [];
  try {
    for (const path of pages) {
      for (const variant of ['pre-rendered', 'live']) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        if (variant === 'live') {
          await page.route(`**/${path}`, async (route) => {
            const res = await route.fetch();
            await route.fulfill({ response: res, body: strip(await res.text()) });
          });
        }
        const scripts = [];
        page.on('response', async (res) => {
          if (res.request().resourceType() !== 'script') return;
          const body = await res.body().catch(() => Buffer.alloc(0));
          scripts.push({ url: new URL(res.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
        });
        await page.goto(`${server.url}/${path}`, { waitUntil: 'load' });
        await page.waitForTimeout(3000);
        const gzip = scripts.reduce((a, s) => a + s.gzip, 0);
        rows.push({
          page: path,
          variant,
          files: scripts.length,
          gzipKB: +(gzip / 1024).toFixed(1),
          rawKB: +(scripts.reduce((a, s) => a + s.raw, 0) / 1024).toFixed(1),
          scripts,
        });
        await page.close();
      }
    }
  } finally {
    await server.close();
  }
  return { budgetKB: BUDGET_KB, rows, met: rows.filter((r) => r.variant === 'pre-rendered').every((r) => r.gzipKB <= BUDGET_KB) };
}

export function printPrerender(result) {
  if (!result) return console.log('\npre-rendered article: dist/docs missing (npx vite build --config docs/vite.config.ts)');
  console.log(`\nJS loaded before interaction (gzip, budget for the pre-rendered page ≤ ${result.budgetKB} KB):`);
  for (const r of result.rows) console.log(`  ${r.page} ${r.variant.padEnd(13)} ${String(r.gzipKB).padStart(7)} KB in ${r.files} files`);
  console.log(`  budget met: ${result.met ? 'yes' : 'NO'}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await launch();
  try {
    const r = await measurePrerender(browser);
    printPrerender(r);
    if (process.argv.includes('--json')) console.log(JSON.stringify(r, null, 2));
  } finally {
    await browser.close();
  }
}
