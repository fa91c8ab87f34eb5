#!/usr/bin/env node
/**
 * Writes the shared header and footer into every docs page (static HTML, so navigation works with
 * JavaScript off and under any CSP). Each page marks the spots with
 * `<!-- site-header --><!-- /site-header -->` and `<!-- site-footer --><!-- /site-footer -->`;
 * links are made relative to the page and the current section gets aria-current="page".
 *
 *   node scripts/docs-nav.mjs          rewrite the blocks
 *   node scripts/docs-nav.mjs --check  exit 1 if any page is out of date
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const docs = resolve(import.meta.dirname, '../docs');
const NAV = [
  ['index.html', '首页'],
  ['guide/index.html', '使用指南'],
  ['reference/index.html', '组件参考'],
  ['maps.html', '地图库'],
  ['build.html', '嵌入生成器'],
  ['demo/article.html', '示例：新闻稿'],
  ['demo/dashboard.html', '示例：仪表盘'],
];

const pages = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() && !['public', 'reference-notes', 'node_modules'].includes(d.name)
      ? pages(join(dir, d.name))
      : d.name.endsWith('.html')
        ? [join(dir, d.name)]
        : [],
  );

function header(page) {
  const rel = (target) => relative(dirname(page), join(docs, target)).replaceAll('\\', '/');
  const here = relative(docs, page).replaceAll('\\', '/');
  const section = (target) => dirname(target) !== '.' && dirname(target) === dirname(here) && !target.startsWith('demo/');
  const items = NAV.map(([target, text]) => {
    const current = target === here ? ' aria-current="page"' : section(target) ? ' aria-current="true"' : '';
    return `      <li><a href="${rel(target)}"${current}>${text}</a></li>`;
  }).join('\n');
  return `<!-- site-header -->
<a class="skip" href="#main">跳到正文</a>
<header class="site">
  <div class="bar">
    <a class="brand" href="${rel('index.html')}">civic-viz</a>
    <nav aria-label="站点导航">
      <ul>
${items}
      </ul>
    </nav>
  </div>
</header>
<!-- /site-header -->`;
}

const FOOTER = `<!-- site-footer -->
<footer class="site">
  <div class="bar">
    <p>civic-viz · MIT 许可 · 示例中的数字取自 2021 年鞍山市民生实事纪实报道；标注“示意数据”的分区数值为演示而设，并非统计数据。</p>
  </div>
</footer>
<!-- /site-footer -->`;

const check = process.argv.includes('--check');
let stale = 0;
for (const page of pages(docs)) {
  const before = readFileSync(page, 'utf8');
  const after = before
    .replace(/<!-- site-header -->[\s\S]*?<!-- \/site-header -->/, header(page))
    .replace(/<!-- site-footer -->[\s\S]*?<!-- \/site-footer -->/, FOOTER);
  if (after === before) continue;
  stale++;
  if (check) console.error(`out of date: ${relative(docs, page)}`);
  else writeFileSync(page, after);
}
if (check && stale) process.exit(1);
console.log(check ? 'docs navigation up to date' : `docs navigation: ${stale} page(s) updated`);
