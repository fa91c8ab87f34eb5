/**
 * The autoloader (spec §9): tags present at load, tags added later, CMS-safe `[data-civic]`
 * placeholders (attributes and children kept, unknown names warned), two copies from two URLs
 * leaving one runtime, and an article fragment sanitized by DOMPurify (default config) whose
 * placeholder survives and renders — all under the strict CSP with Trusted Types.
 *
 * The order of the tests matters: the first ones observe what the autoloader does when it is
 * imported, so it is imported in `before`, not at the top of the file.
 */
import DOMPurify from 'dompurify';
import { captureWarnings, expect, expectNoViolations, shadowText, until, violations } from './helpers.js';

type Civic = HTMLElement & { state?: string; updateComplete?: Promise<unknown> };

/** MutationObserver.observe calls on <html> watching the whole tree: one per autoloader runtime. */
let rootObservers = 0;
const errors: string[] = [];
let firstCopy: typeof import('../src/autoloader.js');

// Generous: the first chart of the file imports ECharts through the test server's transform (~700 modules).
const ready = (el: Element, what = el.localName) => until(() => (el as Civic).state === 'ready', 20000, `${what} ready`);

/** Imports the autoloader source again under another URL: a second copy of the module. */
const importCopy = (query: string): Promise<{ upgrade(root?: ParentNode): void }> =>
  import(/* @vite-ignore */ new URL(`../src/autoloader.ts?${query}`, import.meta.url).href);

before(async () => {
  const observe = MutationObserver.prototype.observe;
  MutationObserver.prototype.observe = function (target: Node, options?: MutationObserverInit) {
    if (target === document.documentElement && options?.childList && options.subtree) rootObservers++;
    return observe.call(this, target, options);
  };
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError.apply(console, args);
  };
  window.addEventListener('error', (e) => errors.push(`error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => errors.push(`unhandledrejection: ${e.reason}`));

  // Present before the autoloader runs.
  const card = document.createElement('civic-indicator-card');
  card.id = 'at-load';
  card.setAttribute('data-label', '稳岗返还资金');
  card.setAttribute('data-value', '219000000');
  card.setAttribute('data-unit', '元');
  document.body.append(card);
  firstCopy = await import('../src/autoloader.js');
});

afterEach(() => expectNoViolations());
after(() => expect(errors, 'console errors').to.deep.equal([]));

describe('autoloader', () => {
  it('upgrades a tag that was on the page at load, loading only that element', async () => {
    const card = document.getElementById('at-load')!;
    await ready(card);
    expect(customElements.get('civic-indicator-card')).to.exist;
    expect(shadowText(card)).to.contain('2.19亿元');
    // Nothing else on the page yet, so nothing else was loaded.
    expect(customElements.get('civic-trend-chart'), 'trend chart not loaded').to.equal(undefined);
    expect(customElements.get('civic-district-map'), 'map not loaded').to.equal(undefined);
    expect(customElements.get('civic-progress-ring'), 'ring not loaded').to.equal(undefined);
  });

  it('loads an element added later, deep inside added content', async () => {
    const section = document.createElement('section');
    const inner = section.appendChild(document.createElement('div')).appendChild(document.createElement('div'));
    const ring = inner.appendChild(document.createElement('civic-progress-ring'));
    ring.setAttribute('data-label', '机械化清扫率');
    ring.setAttribute('data-value', '92');
    ring.setAttribute('data-previous', '78');
    document.body.append(section);
    await ready(ring);
    expect(customElements.get('civic-progress-ring')).to.exist;
    expect(shadowText(ring)).to.contain('92');
    section.remove();
  });

  it('upgrades a [data-civic] placeholder, keeping its attributes and children', async () => {
    const div = document.createElement('div');
    div.setAttribute('data-civic', 'trend-chart');
    div.id = 'relief';
    div.className = 'article-figure';
    div.lang = 'zh-CN';
    div.setAttribute('data-label', '城乡低保标准提高幅度');
    div.setAttribute('data-type', 'bar');
    div.setAttribute('data-unit', '%');
    div.setAttribute('data-lazy', 'false');
    div.setAttribute('aria-describedby', 'relief-note');
    div.style.marginBlock = '7px';
    const table = div.appendChild(document.createElement('table'));
    for (const cells of [
      ['项目', '提高幅度'],
      ['城市低保', '5.62'],
      ['农村低保', '8.09'],
    ]) {
      const tr = table.appendChild(document.createElement('tr'));
      for (const c of cells) tr.appendChild(document.createElement(tr === table.firstChild ? 'th' : 'td')).textContent = c;
    }
    document.body.append(div);

    await until(() => !!document.querySelector('civic-trend-chart#relief'), 3000, 'the placeholder to be replaced');
    const el = document.getElementById('relief') as Civic;
    expect(el.localName).to.equal('civic-trend-chart');
    expect(div.isConnected).to.equal(false);
    expect(el.hasAttribute('data-civic')).to.equal(false);
    expect(el.className).to.equal('article-figure');
    expect(el.lang).to.equal('zh-CN');
    expect(el.getAttribute('data-label')).to.equal('城乡低保标准提高幅度');
    expect(el.getAttribute('aria-describedby')).to.equal('relief-note');
    expect(el.style.marginBlock).to.equal('7px');
    expect(el.querySelector('table'), 'the table child was moved, not copied').to.equal(table);
    await ready(el);
    expect(shadowText(el)).to.contain('农村低保').and.contain('8.09%');
    el.remove();
  });

  it('upgrades a placeholder whose data-civic attribute is set later', async () => {
    const div = document.createElement('div');
    div.setAttribute('data-value', '1.1');
    div.setAttribute('data-unit', '万户');
    document.body.append(div);
    await new Promise((r) => setTimeout(r, 20));
    div.setAttribute('data-civic', 'civic-indicator-card');
    await until(() => !div.isConnected, 3000, 'the placeholder to be replaced');
    const el = document.querySelector('civic-indicator-card[data-unit="万户"]') as Civic;
    await ready(el);
    expect(shadowText(el)).to.contain('1.1万户');
    el.remove();
  });

  it('warns once about an unknown placeholder name and leaves it alone', async () => {
    const { warnings } = await captureWarnings(async () => {
      const div = document.createElement('div');
      div.setAttribute('data-civic', 'pie-chart');
      div.textContent = '饼图（示意）';
      document.body.append(div);
      await new Promise((r) => setTimeout(r, 50));
      div.setAttribute('data-label', 'changed'); // not a data-civic change: no new scan of it
      div.append(document.createElement('span')); // a scan of the new child must not warn again
      firstCopy.upgrade(document);
      await new Promise((r) => setTimeout(r, 50));
      expect(div.isConnected).to.equal(true);
      expect(div.textContent).to.equal('饼图（示意）');
      div.remove();
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('pie-chart').and.contain('trend-chart');
  });

  it('keeps one runtime when loaded a second time from another URL', async () => {
    expect(rootObservers, 'one observer from the first copy').to.equal(1);
    const second = await importCopy('copy=2');
    const third = await importCopy('copy=3');
    expect(second).not.to.equal(firstCopy);
    expect(rootObservers, 'no observer from later copies').to.equal(1);

    const { warnings } = await captureWarnings(async () => {
      const div = document.createElement('div');
      div.setAttribute('data-civic', 'progress-ring');
      div.setAttribute('data-value', '94.1');
      div.setAttribute('data-label', '就业困难人员帮扶率');
      document.body.append(div);
      second.upgrade(document);
      third.upgrade(document);
      await until(() => !div.isConnected, 3000, 'upgrade');
      const rings = document.querySelectorAll('civic-progress-ring');
      expect(rings).to.have.length(1);
      await ready(rings[0]);
      rings[0].remove();
    });
    expect(warnings, 'no duplicate-definition warnings').to.deep.equal([]);
  });

  it('upgrades content rendered into a shadow root when asked with upgrade(root)', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    const root = host.attachShadow({ mode: 'open' });
    const div = root.appendChild(document.createElement('div'));
    div.setAttribute('data-civic', 'indicator-card');
    div.setAttribute('data-value', '27.7');
    div.setAttribute('data-unit', '万人');
    firstCopy.upgrade(root);
    const el = root.querySelector('civic-indicator-card') as Civic;
    expect(el).to.exist;
    await ready(el);
    host.remove();
  });
});

describe('autoloader with a sanitized article (DOMPurify, default config)', () => {
  const article = `<h2>城乡低保标准</h2>
    <p onclick="alert(1)">2021年城乡低保标准分别提高5.62%和8.09%。</p>
    <civic-trend-chart data-values="1,2"></civic-trend-chart>
    <div data-civic="trend-chart" data-label="城乡低保标准提高幅度" data-type="bar" data-unit="%" data-lazy="false" onmouseover="alert(2)">
      <table><thead><tr><th>项目</th><th>提高幅度</th></tr></thead>
        <tbody><tr><td>城市低保</td><td>5.62</td></tr><tr><td>农村低保</td><td>8.09</td></tr></tbody></table>
      <script>alert(3)</script>
    </div>
    <img src="x" onerror="alert(4)" alt="">`;

  /**
   * Runs the sanitizer. Chromium reports a script-src-attr violation for every inline handler
   * it parses, even into DOMPurify's inert document where nothing runs: those come from the
   * dirty input, not from civic-viz, and are the only violations allowed while sanitizing.
   */
  async function sanitizing<T>(fn: () => T): Promise<T> {
    const before = violations.length;
    const result = fn();
    await new Promise((r) => setTimeout(r, 20));
    const during = violations.splice(before);
    expect(
      during.every((v) => v.startsWith('script-src-attr')),
      during.join('; '),
    ).to.equal(true);
    return result;
  }

  it('keeps the placeholder and its data-* attributes; it upgrades and renders', async () => {
    const fragment = await sanitizing(() => DOMPurify.sanitize(article, { RETURN_DOM_FRAGMENT: true }));
    const host = document.body.appendChild(document.createElement('article'));
    host.append(fragment);
    // What the sanitizer did: custom tags, scripts and handlers gone, the placeholder kept.
    expect(host.querySelector('script, [onclick], [onmouseover], [onerror]')).to.equal(null);
    await until(() => !!host.querySelector('civic-trend-chart'), 3000, 'placeholder upgrade');
    const charts = host.querySelectorAll('civic-trend-chart');
    expect(charts, 'the raw custom tag was stripped by the sanitizer; only the placeholder became a chart').to.have.length(1);
    const el = charts[0] as Civic;
    expect(el.getAttribute('data-label')).to.equal('城乡低保标准提高幅度');
    expect(el.getAttribute('data-type')).to.equal('bar');
    expect(el.querySelector('table')).to.exist;
    await ready(el);
    expect(shadowText(el)).to.contain('城市低保').and.contain('5.62%');
    host.remove();
  });

  it('works the same with RETURN_TRUSTED_TYPE assigned to innerHTML', async () => {
    const trusted = await sanitizing(() => DOMPurify.sanitize(article, { RETURN_TRUSTED_TYPE: true }));
    const host = document.body.appendChild(document.createElement('article'));
    host.innerHTML = trusted as unknown as string;
    await until(() => !!host.querySelector('civic-trend-chart'), 3000, 'placeholder upgrade');
    const el = host.querySelector('civic-trend-chart') as Civic;
    await ready(el);
    expect(el.getAttribute('data-unit')).to.equal('%');
    host.remove();
  });
});
