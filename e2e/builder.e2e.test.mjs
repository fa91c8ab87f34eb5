/**
 * The embed builder (docs/build.html), built and served by a plain static server with the strict
 * CSP (Trusted Types required), in Chromium. Needs `npx vite build --config docs/vite.config.ts`
 * and `CIVIC_BUILD=cdn npx vite build --config vite.config.ts` first.
 *
 * One server holds the built docs at /, the CDN folder at /cdn/ and the host pages at /host/,
 * so the iframe and the resize script come from the host's own origin, as `'self'` allows.
 * For each element the test fills the form (with text that needs escaping), waits for the
 * preview, copies each output through the copy button (the clipboard), loads it in a fresh host
 * page and compares the widget's rendered text — every word and number a reader sees — with the
 * preview's. The iframe must end with no scrollbar at host widths 320, 768 and 1280. PNG and
 * SVG downloads must be valid (PNG signature, 2× width; SVG parses and holds the label).
 * Bad input gets an inline message on its field in the editor's language and disables every
 * output. axe-core finds no violation on the builder page.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CDN, ROOT, launch, openPage, requireCdnBuild, serve } from './helpers.mjs';

const DIST = join(ROOT, 'dist/docs');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const VERSION = JSON.parse(readFileSync(join(ROOT, 'packages/civic-viz/package.json'), 'utf8')).version;
const CDN_URL = `https://cdn.jsdelivr.net/npm/civic-viz@${VERSION}/cdn/autoloader.js`;
const WIDGET = 'civic-indicator-card, civic-progress-ring, civic-trend-chart, civic-district-map';

// Labels with every character the code must escape; the values typed as Chinese tables write them.
const CASES = {
  'indicator-card': {
    label: `稳岗返还 "A&B" 资金 <5万 '引号'`,
    value: '2.19亿',
    unit: '元',
    previous: '１８０,０００,０００',
    target: '2.5亿',
    source: '鞍山市人社局 & 财政局',
  },
  'progress-ring': { label: `机械化清扫率 <5% & "x"`, value: '92', unit: '%', previous: '78', target: '95' },
  'trend-chart': { label: '城乡低保 "提高" 幅度', unit: '%', table: '项目\t城市\t农村\n2020\t5.62\t8.09\n2021\t６．１\t—\n2022\t1,234\t7' },
  'district-map': { label: '站点 & 服务（示意数据）', map: '鞍山', unit: '处', table: '区县,站点\n铁东区,61\n海城,88\n岫岩,"1,040"' },
};

let dir;
let server;
let browser;
let context;
let builder;
const timings = [];

/** Every text a reader gets from a widget: its shadow tree's text, minus decoration (aria-hidden) and styles. */
function readWidget(selector) {
  const el = document.querySelector(selector);
  if (!el?.shadowRoot) return null;
  const out = [];
  const walk = (n) => {
    for (const c of n.childNodes) {
      if (c.nodeType === 3) out.push(c.data);
      else if (
        c.nodeType === 1 &&
        c.getAttribute('aria-hidden') !== 'true' &&
        !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(c.nodeName) &&
        !c.matches('[role="status"],[aria-live]')
      )
        walk(c);
    }
  };
  walk(el.shadowRoot);
  return { state: el.getAttribute('state'), text: out.join(' ').replace(/\s+/g, ' ').trim() };
}

const waitReady = (frameOrPage, timeout = 20000) =>
  frameOrPage.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      return el?.getAttribute('state') === 'ready' && !el.shadowRoot?.querySelector('.tween');
    },
    WIDGET,
    { timeout },
  );

async function axe(page) {
  await page.evaluate(AXE);
  const r = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    }),
  );
  return r.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

/** Writes a host page at / and opens it. */
let pages = 0;
async function host(body, { width = 1280, head = '' } = {}) {
  const name = `host-${++pages}.html`;
  writeFileSync(
    join(dir, name),
    `<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>host</title>\n<link rel="icon" href="/favicon.ico">\n${head}\n</head>\n<body>\n<main>\n${body}\n</main>\n</body>\n</html>\n`,
  );
  return openPage(browser, `${server.url}/host/${name}`, { viewport: { width, height: 900 }, httpErrors: true });
}

async function copy(id) {
  await builder.page.locator(`button[data-copy="${id}"]`).click();
  await builder.page.waitForFunction(
    (i) =>
      /已复制|Copied|已複製/.test(document.querySelector(`[data-copy="${i}"]`).parentElement.querySelector('.copy-status').textContent),
    id,
  );
  const clip = await builder.page.evaluate(() => navigator.clipboard.readText());
  assert.equal(clip, await builder.page.locator(`#${id}`).textContent(), 'the clipboard holds exactly the code shown');
  return clip;
}

async function fill(kind, values) {
  const { page } = builder;
  await page.locator(`input[name="kind"][value="${kind}"]`).check();
  for (const [field, value] of Object.entries(values)) await page.locator(`#f-${field}`).fill(value);
  await waitReady(page);
  // The iframe code carries the preview's height: let the preview's last resize land first.
  let last = '';
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(150);
    const now = await page.locator('#out-iframe').textContent();
    if (now === last) break;
    last = now;
  }
  assert.equal(
    await page.locator('#outputs-status').isHidden(),
    true,
    `no problem reported: ${await page.locator('.field-msg').allTextContents()}`,
  );
}

before(async () => {
  assert.ok(existsSync(join(DIST, 'build.html')), 'dist/docs is missing: run `npx vite build --config docs/vite.config.ts` first');
  requireCdnBuild();
  dir = mkdtempSync(join(tmpdir(), 'civic-builder-'));
  server = await serve(DIST, { csp: true, mounts: { '/host/': dir, '/cdn/': CDN } });
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`)),
  );
  await page.goto(`${server.url}/build.html`);
  builder = { page, problems };
});

after(async () => {
  if (timings.length) console.log(`image export (ms, size): ${timings.join('; ')}`);
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('what is copied is what was previewed', () => {
  for (const [kind, values] of Object.entries(CASES)) {
    describe(kind, () => {
      let preview;
      before(async () => {
        await fill(kind, values);
        preview = await builder.page.evaluate(readWidget, '#preview > *');
        assert.equal(preview.state, 'ready');
        assert.ok(preview.text.includes(values.label), `the preview shows the label: ${preview.text}`);
      });

      test('the script embed: versioned CDN URL, then the tag', async () => {
        const code = await copy('out-script');
        const [script, tag, ...rest] = code.split('\n');
        assert.equal(script, `<script type="module" src="${CDN_URL}"></script>`);
        assert.deepEqual(rest, []);
        assert.match(tag, new RegExp(`^<civic-${kind} [^<>]*></civic-${kind}>$`));
        const { page, problems } = await host(tag, { head: script.replace(CDN_URL, '/cdn/autoloader.js') });
        try {
          await waitReady(page);
          assert.deepEqual(await page.evaluate(readWidget, WIDGET), preview);
          assert.deepEqual(problems, []);
        } finally {
          await page.close();
        }
      });

      test('the CMS placeholder, upgraded by the autoloader', async () => {
        const code = await copy('out-div');
        assert.match(code, new RegExp(`^<div data-civic="${kind}" [^<>]*></div>$`));
        const { page, problems } = await host(code, { head: '<script type="module" src="/cdn/autoloader.js"></script>' });
        try {
          await waitReady(page);
          assert.deepEqual(await page.evaluate(readWidget, WIDGET), preview);
          assert.deepEqual(problems, []);
        } finally {
          await page.close();
        }
      });

      test('the iframe, sized by the resize script, without scrollbars at 320, 768 and 1280 px', async () => {
        const code = await copy('out-iframe');
        const [iframe, script] = code.split('\n');
        assert.match(
          iframe,
          /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?el=[^"<>]*" title="[^"<>]*" width="100%" height="\d+" loading="lazy" data-civic-embed="[\w-]+"><\/iframe>$/,
        );
        assert.equal(script, `<script src="${server.url}/embed-resize.js" async></script>`);
        for (const width of [320, 768, 1280]) {
          const { page, problems } = await host(code, { width });
          try {
            const frame = page.frameLocator('iframe');
            // A lazy iframe may still be navigating when the host page's load event fires.
            let inner;
            for (let i = 0; i < 100 && !inner; i++) {
              inner = page.frames().find((f) => f.url().includes('/embed.html'));
              if (!inner) await page.waitForTimeout(100);
            }
            assert.ok(inner, 'the iframe loaded');
            await waitReady(inner);
            assert.deepEqual(await inner.evaluate(readWidget, WIDGET), preview, `text at ${width} px`);
            // The host's script sets the height the page reports; then nothing scrolls.
            await page.waitForFunction(() => !!document.querySelector('iframe').style.height);
            await page.waitForTimeout(300);
            const fit = await inner.evaluate(() => ({
              sh: document.documentElement.scrollHeight,
              ih: innerHeight,
              sw: document.documentElement.scrollWidth,
              iw: innerWidth,
            }));
            assert.ok(fit.sh <= fit.ih, `vertical scrollbar at ${width} px: content ${fit.sh} px in a ${fit.ih} px frame`);
            assert.ok(fit.sw <= fit.iw, `horizontal scrollbar at ${width} px: content ${fit.sw} px in a ${fit.iw} px frame`);
            assert.ok(fit.ih - fit.sh < 4, `the frame is as tall as its content at ${width} px (${fit.ih} vs ${fit.sh})`);
            assert.equal(await frame.locator(WIDGET).count(), 1);
            assert.deepEqual(problems, []);
          } finally {
            await page.close();
          }
        }
      });

      test('PNG and SVG downloads, made in the browser', async () => {
        const { page } = builder;
        for (const format of ['png', 'svg']) {
          const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#download-${format}`).click()]);
          const path = join(dir, `${kind}.${format}`);
          await download.saveAs(path);
          const bytes = readFileSync(path);
          await page.waitForFunction(
            () => !!document.getElementById('image-status').dataset.ms && /KB/.test(document.getElementById('image-status').textContent),
          );
          timings.push(
            `${kind} ${format} ${await page.evaluate(() => document.getElementById('image-status').dataset.ms)} ms ${(bytes.length / 1024).toFixed(1)} KB`,
          );
          await page.evaluate(() => delete document.getElementById('image-status').dataset.ms);
          if (format === 'png') {
            assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
            assert.equal(bytes.toString('latin1', 12, 16), 'IHDR');
            assert.equal(bytes.readUInt32BE(16), 1280, 'PNG at 2× the 640 px width');
            assert.equal(bytes.readUInt32BE(20) % 2, 0, 'PNG height is 2× a CSS height');
          } else {
            // Parsed in a blank page: the builder's own page (rightly) refuses strings to parse under Trusted Types.
            const blank = await context.newPage();
            const parsed = await blank.evaluate((svg) => {
              const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
              return {
                error: !!doc.querySelector('parsererror'),
                root: doc.documentElement.localName,
                width: doc.documentElement.getAttribute('width'),
                text: doc.documentElement.textContent,
              };
            }, bytes.toString('utf8'));
            await blank.close();
            assert.equal(parsed.error, false, 'the SVG parses');
            assert.equal(parsed.root, 'svg');
            assert.equal(parsed.width, '640');
            assert.ok(parsed.text.includes(values.label), 'the SVG holds the label as text');
          }
        }
      });
    });
  }

  test('no console error, page error or CSP violation on the builder so far', () => {
    assert.deepEqual(builder.problems, []);
  });
});

describe('the resize script', () => {
  test('on another origin, under a strict CSP that allows only the embed site, it sizes the frame and ignores forged messages', async () => {
    await fill('indicator-card', CASES['indicator-card']);
    const code = await copy('out-iframe');
    const id = /data-civic-embed="([\w-]+)"/.exec(code)[1];
    // A news site on its own origin: it allows frames and scripts from the embed site only.
    const csp = `default-src 'self'; script-src 'self' ${server.url}; frame-src ${server.url}; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'`;
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>news</title></head><body><main><p>正文</p>${code}<p>正文</p></main></body></html>`;
    const news = createServer((req, res) =>
      res
        // Only the article: the favicon request gets an empty answer, not an error.
        .writeHead(req.url === '/' ? 200 : 204, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp })
        .end(req.url === '/' ? html : undefined),
    );
    await new Promise((r) => news.listen(0, '127.0.0.1', r));
    const page = await browser.newPage({ viewport: { width: 768, height: 900 } });
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    try {
      await page.goto(`http://127.0.0.1:${news.address().port}/`);
      const height = () => page.evaluate(() => document.querySelector('iframe').style.height);
      await page.waitForFunction(() => !!document.querySelector('iframe').style.height);
      const sized = await height();
      const inner = page.frames().find((f) => f.url().includes('/embed.html'));
      // Forged: from the host page itself (wrong source), from the frame with another id, a height as text.
      await page.evaluate((i) => window.postMessage({ civicEmbed: i, height: 7 }, '*'), id);
      await inner.evaluate(() => parent.postMessage({ civicEmbed: 'someone-else', height: 7 }, '*'));
      await inner.evaluate((i) => parent.postMessage({ civicEmbed: i, height: '7px' }, '*'), id);
      await inner.evaluate((i) => parent.postMessage({ civicEmbed: i, height: 1e9 }, '*'), id);
      await page.waitForTimeout(300);
      assert.equal(await height(), sized, 'forged messages change nothing');
      // The real one still works.
      await inner.evaluate((i) => parent.postMessage({ civicEmbed: i, height: 123 }, '*'), id);
      await page.waitForFunction(() => document.querySelector('iframe').style.height === '123px');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
      await new Promise((r) => news.close(r));
    }
  });
});

describe('bad input', () => {
  const msg = (f) => builder.page.locator(`#m-${f}`).textContent();
  const invalid = (f) => builder.page.locator(`#f-${f}`).getAttribute('aria-invalid');
  const outputsOff = async () => {
    assert.equal(await builder.page.locator('#outputs-status').isVisible(), true);
    for (const id of ['out-script', 'out-div', 'out-iframe']) assert.equal(await builder.page.locator(`#${id}`).textContent(), '');
    assert.equal(await builder.page.locator('button.copy:enabled, #download-png:enabled, #download-svg:enabled').count(), 0);
  };

  test('text in a number field: a message on the field, in the editor language, and no code', async () => {
    const { page } = builder;
    await page.locator('input[name="kind"][value="indicator-card"]').check();
    await page.locator('#f-value').fill('很多');
    assert.equal(await invalid('value'), 'true');
    assert.match(await page.locator('#f-value').getAttribute('aria-describedby'), /\bm-value\b/);
    assert.match(await msg('value'), /“很多”不是数字/);
    await outputsOff();
    await page.locator('[data-lang="en"]').click();
    assert.match(await msg('value'), /"很多" is not a number/);
    await page.locator('[data-lang="zh-TW"]').click();
    assert.match(await msg('value'), /「很多」不是數字/);
    await page.locator('[data-lang="zh-CN"]').click();
    await page.locator('#f-value').fill('约12万');
    assert.match(await msg('value'), /是约数/);
    await page.locator('#f-label').fill('<img src=x onerror=alert(1)>');
    assert.match(await msg('label'), /不能包含 HTML/);
    await page.locator('#f-value').fill('2.19亿');
    await page.locator('#f-label').fill('稳岗返还资金');
    assert.equal(await invalid('value'), null);
    assert.equal(await msg('value'), '');
    assert.equal(await page.locator('#outputs-status').isHidden(), true);
  });

  test('pasted tables: a missing cell, a formula, 500 rows', async () => {
    const { page } = builder;
    await page.locator('input[name="kind"][value="trend-chart"]').check();
    await page.locator('#f-table').fill('项目\t2020\t2021\n城市低保\t5.62\n农村低保\t8.09\t9');
    assert.match(await msg('table'), /第2行第3列是空的/);
    assert.equal(await invalid('table'), 'true');
    await outputsOff();
    await page.locator('#f-table').fill('项目\t值\n=HYPERLINK("https://evil.example","点击")\t1');
    assert.match(await msg('table'), /第2行第1列是表格公式/);
    await outputsOff();
    await page.locator('#f-table').fill(['名称\t值', ...Array.from({ length: 500 }, (_, i) => `r${i}\t${i}`)].join('\n'));
    assert.match(await msg('table'), /表格有 500 行数据，最多 200 行/);
    await outputsOff();
    await page.locator('#f-table').fill('项目\t值\n城市低保\t5.62');
    await waitReady(page);
    assert.equal(await invalid('table'), null);
    assert.deepEqual(builder.problems, []);
  });
});

describe('accessibility', () => {
  test('at phone width the page does not scroll sideways', async () => {
    const { page } = builder;
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await page.waitForTimeout(300);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 1, `${overflow} px too wide at 375 px`);
    } finally {
      await page.setViewportSize({ width: 1280, height: 1000 });
    }
  });

  test('axe finds no violation on the builder page, with a problem shown and without', async () => {
    const { page } = builder;
    await page.locator('[data-theme-set="light"]').click();
    assert.deepEqual(await axe(page), []);
    await page.locator('#f-table').fill('项目\t值\n城市低保\t很多');
    assert.deepEqual(await axe(page), []);
  });
});
