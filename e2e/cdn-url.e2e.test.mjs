/**
 * The CDN URL a news editor pastes. `npm pack` makes the civic-viz tarball (what npm holds and
 * jsDelivr/unpkg serve), which is unpacked and served under /npm/civic-viz@<version>/ — the
 * shape of `https://cdn.jsdelivr.net/npm/civic-viz@0.2/…` — by a plain static server with the
 * strict CSP (Trusted Types required). The test page's only script is the one-line embed taken
 * from the packed README, pointed at that server. Its body holds the four tags, as a developer
 * writes them, and an article body from a CMS: `[data-civic]` placeholders of all four kinds
 * that went through DOMPurify's default configuration. Every element must reach state="ready",
 * with no CSP violation, console error or failed request, and nothing loaded from elsewhere.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, pack, unpack } from '../scripts/lib/pack.mjs';
import { E2E, TAGS, describeElements, launch, openPage, requireCdnBuild, serve, settle } from './helpers.mjs';

/** What an editor types into a CMS: placeholders (and things a sanitizer must remove). */
const CMS_BODY = `
<h2>稳就业</h2>
<div data-civic="indicator-card" data-label="稳岗返还资金" data-value="219000000" data-unit="元"
  data-previous="180000000" data-source="鞍山市人社局" data-updated="2021-12-20"><p>稳岗返还资金：2.19亿元</p></div>
<div data-civic="progress-ring" data-label="城镇调查失业率控制目标完成率" data-value="94.1" data-unit="%"
  onclick="alert(1)"><p>94.1%</p></div>
<div data-civic="trend-chart" data-label="城乡低保标准提高幅度" data-type="bar" data-unit="%">
  <table><tr><th>项目</th><th>提高幅度</th></tr><tr><td>城市低保</td><td>5.62</td></tr><tr><td>农村低保</td><td>8.09</td></tr></table>
</div>
<div data-civic="district-map" data-label="退休人员社会化管理服务站点（示意数据）" data-map="anshan" data-unit="处"
  data-values='{"铁东区": 61, "海城": 88, "岫岩": 40}'></div>
<script>alert(1)</script><img src="/favicon.svg" alt="" onerror="alert(1)">
`;

/** The four tags, as a developer writes them. */
const TAGS_HTML = `
<civic-indicator-card data-label="新增市场主体" data-value="11000" data-unit="户" data-previous="9800"></civic-indicator-card>
<civic-progress-ring data-label="机械化清扫率" data-value="92" data-previous="78" data-target="95" data-unit="%"></civic-progress-ring>
<civic-trend-chart data-label="城乡低保标准提高幅度" data-type="bar" data-unit="%" data-labels="城市低保,农村低保" data-values="5.62,8.09"></civic-trend-chart>
<civic-district-map data-label="各县（市）区站点（示意数据）" data-map="anshan" data-unit="处" data-values='{"立山区": 33, "千山": 20}'></civic-district-map>
`;

let dir;
let server;
let browser;
let version;
let embed;
let sanitized;

before(async () => {
  requireCdnBuild();
  dir = mkdtempSync(join(tmpdir(), 'civic-cdn-url-'));
  const packed = pack('civic-viz', join(dir, 'tgz'));
  version = packed.version;
  const pkg = unpack(packed.tarball, join(dir, 'unpacked'));
  // The one line the README tells editors to paste.
  const readme = readFileSync(join(pkg, 'README.md'), 'utf8');
  embed = /<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/civic-viz@[\d.]+\/cdn\/autoloader\.js"><\/script>/.exec(readme)?.[0];
  assert.ok(embed, 'the packed README shows the versioned jsDelivr one-liner');
  const jsdelivr = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).jsdelivr.replace(/^\.\//, '');
  assert.ok(embed.includes(`/${jsdelivr}"`), `the one-liner loads the package's jsdelivr file (${jsdelivr})`);

  browser = await launch();
  // DOMPurify with its default configuration, in a browser (its home).
  const purifier = await browser.newPage();
  await purifier.evaluate(readFileSync(join(ROOT, 'node_modules/dompurify/dist/purify.min.js'), 'utf8'));
  sanitized = await purifier.evaluate((html) => window.DOMPurify.sanitize(html), CMS_BODY);
  await purifier.close();

  const site = join(dir, 'site');
  mkdirSync(join(site, 'news'), { recursive: true });
  cpSync(join(E2E, 'pages/favicon.svg'), join(site, 'favicon.svg'));
  const script = embed.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/civic-viz@[\d.]+\//, `/npm/civic-viz@${version}/`);
  writeFileSync(
    join(site, 'news/article.html'),
    `<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>新闻：民生实事</title>\n<link rel="icon" href="/favicon.svg">\n${script}\n</head>\n<body>\n<main>\n${TAGS_HTML}\n<article>${sanitized}</article>\n</main>\n</body>\n</html>\n`,
  );
  server = await serve(site, { csp: true, mounts: { [`/npm/civic-viz@${version}/`]: pkg } });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the versioned CDN URL, served from the packed tarball', () => {
  test('DOMPurify (default configuration) keeps the placeholders and drops the script and handlers', () => {
    assert.equal((sanitized.match(/data-civic=/g) ?? []).length, 4);
    assert.doesNotMatch(sanitized, /<script|onerror|onclick/);
  });

  test('a page whose only script is the one-liner: every element ready, zero CSP violations', async () => {
    const { page, problems } = await openPage(browser, `${server.url}/news/article.html`, { httpErrors: true });
    try {
      assert.equal(await page.locator('script').count(), 1, 'one script on the page');
      assert.deepEqual(await settle(page), []);
      const els = await describeElements(page);
      assert.equal(els.length, 8, 'four tags and four upgraded placeholders');
      assert.deepEqual([...new Set(els.map((e) => e.tag))].sort(), [...TAGS].sort());
      assert.deepEqual(els.filter((e) => e.state !== 'ready' || !e.defined || e.height < 50), []);
      // The maps drew (not their fallback table) once in view.
      for (const map of await page.locator('civic-district-map').all()) {
        await map.scrollIntoViewIfNeeded();
        await page.waitForFunction((m) => !!m.shadowRoot?.querySelector('[_echarts_instance_] canvas'), await map.elementHandle(), { timeout: 10000 });
      }
      assert.deepEqual(problems, [], 'CSP violations, console errors, failed requests');
      const elsewhere = [...server.requests.keys()].filter((p) => !p.startsWith(`/npm/civic-viz@${version}/cdn/`) && !['/news/article.html', '/favicon.svg'].includes(p));
      assert.deepEqual(elsewhere, [], 'everything came from the package’s cdn/ folder');
    } finally {
      await page.close();
    }
  });
});
