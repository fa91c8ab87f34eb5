import { html, render } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/indicator-card/define.js';
import type { CivicIndicatorCard } from '../src/indicator-card/define.js';
import { palettes } from '../src/core/tokens.js';
import { $, captureWarnings, expect, expectNoViolations, fixture, make as makeElement, shadowText, until } from './helpers.js';

type Card = CivicIndicatorCard;
const css = (el: Element | null) => getComputedStyle(el!);
const px = (v: string) => parseFloat(v);
/** '#1a7f37' → 'rgb(26, 127, 55)', as getComputedStyle writes colours. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const url = (q: Record<string, string | number>) => '/__fixture?' + new URLSearchParams(q as Record<string, string>).toString();
/** Text of the card with the animated copy left out: what a screen reader gets. */
const readText = (el: Element) => {
  const root = document.createElement('div');
  root.append(...Array.from(el.shadowRoot!.childNodes, (n) => n.cloneNode(true)));
  root.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
};
/** The detail as JSON would carry it (fields left undefined dropped). */
const plain = (v: unknown) => JSON.parse(JSON.stringify(v));
/** Elements in the shadow root that take a tab stop. */
const tabStops = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('a[href], [tabindex="0"], button'));

/** A card from attributes, appended to the body, with warnings and events recorded. */
const make = (attrs: Record<string, string>) =>
  makeElement('civic-indicator-card', attrs, { events: ['civic-error', 'civic-data', 'civic-ready'] });

afterEach(() => expectNoViolations());
afterEach(() => document.querySelectorAll('body > civic-indicator-card').forEach((e) => e.remove()));

describe('<civic-indicator-card> content', () => {
  it('reads "稳岗返还资金 · 2.19亿元 · ▲ 21.7% 较上年" (spec §5) with the footer', async () => {
    const el = await fixture<Card>(html`<civic-indicator-card data-label="稳岗返还资金" data-value="219000000" data-unit="元"
      data-previous="180000000" data-source="鞍山市人社局" data-updated="2021-12-20"></civic-indicator-card>`);
    const text = readText(el);
    const order = ['稳岗返还资金', '2.19亿元', '增长', '21.7%', '较上年', '数据来源：鞍山市人社局', '更新于 2021年12月20日'].map((s) =>
      text.indexOf(s),
    );
    expect(
      order.every((i) => i >= 0),
      text,
    ).to.equal(true);
    expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
    const change = $(el, '[part=change]')!;
    expect(change.textContent!.replace(/\s+/g, ' ').trim()).to.equal('▲ 增长 21.7% 较上年');
    expect(css(change).color).to.equal(rgb(palettes.light.positive));
    expect(el.state).to.equal('ready');
    await expect(el).to.be.accessible();
  });

  const locales: [string, string[]][] = [
    ['zh-CN', ['2.19亿元', '▲ 增长 21.7% 较上年', '目标 2.5亿元 · 完成 87.6%', '数据来源：', '更新于 2021年12月20日']],
    ['zh-TW', ['2.19億元', '▲ 增長 21.7% 較上年', '目標 2.5億元 · 完成 87.6%', '資料來源：', '更新於 2021年12月20日']],
    ['en', ['219M元', '▲ up 21.7% vs. previous', 'Target 250M元 · achieved 87.6%', 'Source: ', 'Updated December 20, 2021']],
  ];
  for (const [lang, want] of locales) {
    it(`formats value, change, target and footer in ${lang}`, async () => {
      const el = await fixture<Card>(html`<civic-indicator-card lang=${lang} data-animation="off" data-label="稳岗返还资金"
        data-value="219000000" data-unit="元" data-previous="180000000" data-target="250000000" data-source="鞍山市人社局"
        data-updated="2021-12-20"></civic-indicator-card>`);
      for (const s of want) expect(shadowText(el)).to.contain(s);
      await expect(el).to.be.accessible();
    });
  }

  it('uses the shared formatter for the report figures and never rescales a magnitude unit', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ 'data-value': '11000', 'data-unit': '户' }, '1.1万户'],
      [{ 'data-value': '120000', 'data-unit': '个' }, '12万个'],
      [{ 'data-value': '2.19', 'data-unit': '亿元' }, '2.19亿元'],
      [{ 'data-value': '94.1', 'data-unit': '%' }, '94.1%'],
      [{ 'data-value': '219000000', 'data-unit': '元', 'data-notation': 'standard' }, '219,000,000元'],
      [{ 'data-value': '219000000', 'data-unit': '元', 'data-precision': '0' }, '2亿元'],
      [{ 'data-value': '5000', 'data-unit': '人', 'data-notation': 'compact' }, '5000人'],
    ];
    for (const [attrs, want] of cases) {
      const { result } = await make({ ...attrs, 'data-animation': 'off' });
      expect($(result.el, '[part=value]')!.textContent!.trim(), JSON.stringify(attrs)).to.equal(want);
      result.el.remove();
    }
  });

  it('colours the change by data-good, always with an arrow and a word', async () => {
    const { light } = palettes;
    const cases: [string, string, string, string][] = [
      // good, arrow, word, colour — for a fall from 100 to 80
      ['up', '▼', '下降', light.negative],
      ['down', '▼', '下降', light.positive],
      ['neutral', '▼', '下降', light.muted],
    ];
    for (const [good, arrow, word, colour] of cases) {
      const { result } = await make({ 'data-value': '80', 'data-previous': '100', 'data-good': good, 'data-animation': 'off' });
      const change = $(result.el, '[part=change]')!;
      expect(change.textContent!.replace(/\s+/g, ' ').trim(), good).to.equal(`${arrow} ${word} 20% 较上年`);
      expect(css(change).color, good).to.equal(rgb(colour));
      result.el.remove();
    }
    const { result } = await make({ 'data-value': '120', 'data-previous': '100', 'data-good': 'down', 'data-animation': 'off' });
    expect(css($(result.el, '[part=change]')).color).to.equal(rgb(light.negative));
  });

  it('shows an explicit data-change with its own label, and no change when previous is 0', async () => {
    const el = await fixture<Card>(html`<civic-indicator-card data-label="城市低保标准" data-value="5.62" data-unit="%"
      data-change="5.62" data-change-label="较2020年"></civic-indicator-card>`);
    expect($(el, '[part=change]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('▲ 增长 5.62% 较2020年');
    const zero = await fixture<Card>(html`<civic-indicator-card data-value="5" data-previous="0"></civic-indicator-card>`);
    expect($(zero, '[part=change]')).to.equal(null);
    const flat = await fixture<Card>(html`<civic-indicator-card data-value="5" data-previous="5"></civic-indicator-card>`);
    expect($(flat, '[part=change]')!.textContent).to.contain('持平');
    expect(css($(flat, '[part=change]')).color).to.equal(rgb(palettes.light.muted));
  });

  it('shows the target as text and a decorative bar, clamped at 100%', async () => {
    const el = await fixture<Card>(html`<civic-indicator-card data-label="稳岗返还资金" data-value="219000000" data-unit="元"
      data-target="250000000"></civic-indicator-card>`);
    expect($(el, '[part=target]')!.textContent!.trim()).to.equal('目标 2.5亿元 · 完成 87.6%');
    const bar = $(el, '[part=bar]')!;
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    expect(bar.querySelector('.fill')!.getAttribute('width')).to.equal('87.6%');
    expect(px(css(bar).height)).to.be.greaterThan(0);
    el.target = 200000000;
    await el.updateComplete;
    expect($(el, '[part=target]')!.textContent).to.contain('完成 109.5%');
    expect($(el, '.fill')!.getAttribute('width')).to.equal('100%');
    await expect(el).to.be.accessible();
  });

  it('renders the icon and footer slots', async () => {
    const el = await fixture<Card>(html`<civic-indicator-card data-label="岗位" data-value="120000" data-unit="个">
      <span slot="icon" aria-hidden="true">★</span><a slot="footer" href="/notes">说明</a></civic-indicator-card>`);
    const icon = $<HTMLSlotElement>(el, 'slot[name=icon]')!;
    const foot = $<HTMLSlotElement>(el, 'footer slot[name=footer]')!;
    expect(icon.assignedElements().map((e) => e.textContent)).to.deep.equal(['★']);
    expect(foot.assignedElements().map((e) => e.textContent)).to.deep.equal(['说明']);
    // The icon sits before the label, inside the same row.
    expect(icon.compareDocumentPosition($(el, '#label')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('renders attribute text as text, never as markup', async () => {
    const el = await fixture<Card>(html`<civic-indicator-card data-label="<img src=x onerror=alert(1)>" data-value="1"
      data-unit="<b>元</b>" data-change-label="<i>x</i>" data-previous="0.5"></civic-indicator-card>`);
    expect(el.shadowRoot!.querySelector('img, b, i')).to.equal(null);
    expect(shadowText(el)).to.contain('<img src=x onerror=alert(1)>');
  });
});

describe('<civic-indicator-card> links and focus', () => {
  it('becomes a link with data-href, the only tab stop', async () => {
    const el = await fixture<Card>(html`<civic-indicator-card data-label="稳岗返还资金" data-value="219000000" data-unit="元"
      data-href="/jobs/subsidy" data-previous="180000000"></civic-indicator-card>`);
    const stops = tabStops(el);
    expect(stops).to.have.length(1);
    expect(stops[0].localName).to.equal('a');
    expect(stops[0].getAttribute('href')).to.equal('/jobs/subsidy');
    expect(stops[0].textContent).to.contain('稳岗返还资金').and.contain('2.19亿元');
    await expect(el).to.be.accessible();
    for (const ok of ['https://www.anshan.gov.cn/x', 'http://example.org', '../detail.html', '?id=1']) {
      el.href = ok;
      await el.updateComplete;
      expect($(el, 'a[part=link]')!.getAttribute('href')).to.equal(ok);
    }
  });

  for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', ' JaVa\nScRiPt:alert(1)', 'vbscript:x']) {
    it(`refuses data-href=${JSON.stringify(bad)} with invalid-url and keeps the card`, async () => {
      const { result, warnings } = await make({ 'data-label': '岗位', 'data-value': '120000', 'data-href': bad });
      const { el, events } = result;
      expect($(el, 'a')).to.equal(null);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('data-href').and.contain('invalid-url');
      expect(events.filter((e) => e.type === 'civic-error').map((e) => e.detail)).to.deep.include({
        code: 'invalid-url',
        message: events.find((e) => e.type === 'civic-error')!.detail.message,
        attribute: 'data-href',
      });
      expect((el as Card).state).to.equal('ready');
      expect(tabStops(el)).to.have.length(1);
    });
  }

  it('without a link the body is one focusable, labelled group with a visible focus ring', async () => {
    const el = await fixture<Card>(html`<civic-indicator-card data-label="义务教育" data-value="94.1" data-unit="%"
      data-description="全市中小学生参与课后服务率"></civic-indicator-card>`);
    const stops = tabStops(el);
    expect(stops).to.have.length(1);
    const body = stops[0];
    expect(body.getAttribute('role')).to.equal('group');
    expect(body.getAttribute('aria-labelledby')).to.equal('label');
    expect($(el, '#' + body.getAttribute('aria-describedby'))!.textContent).to.equal('全市中小学生参与课后服务率');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(body);
    expect(css(body).outlineStyle).to.equal('solid');
    expect(px(css(body).outlineWidth)).to.be.at.least(2);
    expect(css(body).outlineColor).to.equal(rgb(palettes.light.focus));
    await expect(el).to.be.accessible();
  });
});

describe('<civic-indicator-card> count-up and motion', () => {
  // Frames on a timer, so the count-up also runs when this test page is the hidden one.
  const realRaf = window.requestAnimationFrame;
  beforeEach(() => {
    window.requestAnimationFrame = (cb) => setTimeout(() => cb(performance.now()), 16) as unknown as number;
  });
  afterEach(() => {
    window.requestAnimationFrame = realRaf;
    return emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  it('keeps the final value as text from the first render while an aria-hidden copy counts up', async () => {
    const el = await fixture<Card>(
      html`<civic-indicator-card data-label="稳岗返还资金" data-value="219000000" data-unit="元"></civic-indicator-card>`,
    );
    const tween = $(el, '.tween');
    expect(tween, 'animating').to.exist;
    expect(tween!.getAttribute('aria-hidden')).to.equal('true');
    expect(tween!.textContent).to.not.equal('2.19亿元');
    expect(readText(el)).to.contain('2.19亿元');
    const final = $(el, '[part=value] span:not(.tween)')!;
    expect(final.textContent).to.equal('2.19亿元');
    await expect(el).to.be.accessible();
    await until(() => !$(el, '.tween'), 3000, 'count-up to finish');
    expect(final.isConnected && final.className).to.equal('');
    expect(shadowText(el)).to.contain('2.19亿元');
  });

  it('counts from the old value when the value changes', async () => {
    const el = await fixture<Card>(html`<civic-indicator-card data-value="100" data-unit="个"></civic-indicator-card>`);
    await until(() => !$(el, '.tween'), 3000, 'first count');
    el.setAttribute('data-value', '200');
    await el.updateComplete;
    expect($(el, '.tween')!.textContent).to.equal('100个');
    expect(readText(el)).to.contain('200个');
  });

  for (const [what, attrs, media] of [
    ['prefers-reduced-motion', {}, 'reduce'],
    ['data-animation="off"', { 'data-animation': 'off' }, 'no-preference'],
    ['care mode', { 'data-care': '' }, 'no-preference'],
  ] as const) {
    it(`does not animate under ${what}`, async () => {
      await emulateMedia({ reducedMotion: media });
      const { result } = await make({ 'data-value': '219000000', 'data-unit': '元', ...attrs });
      expect($(result.el, '.tween')).to.equal(null);
      expect($(result.el, '[part=value]')!.textContent!.trim()).to.equal('2.19亿元');
    });
  }
});

describe('<civic-indicator-card> themes and care mode', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('switches colours with data-theme, from the tokens', async () => {
    const el = await fixture<Card>(html`<civic-indicator-card data-label="岗位" data-value="120000" data-unit="个" data-previous="100000"
      data-animation="off"></civic-indicator-card>`);
    const frame = $(el, '[part=frame]')!;
    const change = $(el, '[part=change]')!;
    expect(css(frame).backgroundColor).to.equal(rgb(palettes.light.surface));
    expect(css(frame).color).to.equal(rgb(palettes.light.text));
    el.theme = 'dark';
    await el.updateComplete;
    expect(css(frame).backgroundColor).to.equal(rgb(palettes.dark.surface));
    expect(css(frame).color).to.equal(rgb(palettes.dark.text));
    expect(css(change).color).to.equal(rgb(palettes.dark.positive));
    await expect(el).to.be.accessible();
    el.theme = 'auto';
    await el.updateComplete;
    expect(css(frame).backgroundColor).to.equal(rgb(palettes.light.surface));
    // A new element: media-change events wait for a rendering step, which a hidden test page skips.
    await emulateMedia({ colorScheme: 'dark' });
    const auto = await fixture<Card>(html`<civic-indicator-card data-theme="auto" data-value="1"></civic-indicator-card>`);
    expect(css($(auto, '[part=frame]')).backgroundColor).to.equal(rgb(palettes.dark.surface));
  });

  it('lets page CSS override the public tokens', async () => {
    const el = await fixture<Card>(
      html`<civic-indicator-card data-value="80" data-previous="100" data-animation="off"></civic-indicator-card>`,
    );
    el.style.setProperty('--civic-negative', '#8b0000');
    expect(css($(el, '[part=change]')).color).to.equal('rgb(139, 0, 0)');
  });

  for (const dark of [false, true]) {
    it(`care mode${dark ? ' (dark)' : ''}: text ≥ 18px, a larger number, 44px targets, care palette`, async () => {
      const el = await fixture<Card>(html`<civic-indicator-card data-care data-theme=${dark ? 'dark' : 'light'} data-label="稳岗返还资金"
        data-value="219000000" data-unit="元" data-previous="180000000" data-target="250000000" data-href="/x"
        data-source="鞍山市人社局" data-updated="2021-12-20"></civic-indicator-card>`);
      const size = (sel: string) => px(css($(el, sel)).fontSize);
      for (const sel of ['[part=label]', '[part=change]', '[part=target]', 'footer']) expect(size(sel), sel).to.be.at.least(18);
      expect(size('[part=value]')).to.be.greaterThan(size('[part=label]') * 1.5);
      expect($(el, 'a[part=link]')!.getBoundingClientRect().height).to.be.at.least(44);
      const pal = palettes[dark ? 'care-dark' : 'care'];
      expect(css($(el, '[part=frame]')).color).to.equal(rgb(pal.text));
      expect(px(css($(el, '[part=bar]')).height)).to.be.at.least(8);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps marks visible in forced-colors mode (system colours in the stylesheet)', async () => {
    const el = await fixture<Card>(html`<civic-indicator-card data-value="1"></civic-indicator-card>`);
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => Array.from(s.cssRules));
    const forced = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'));
    const text = forced.map((r) => r.cssText).join('\n');
    expect(text).to.match(/\.fill\s*\{\s*fill: highlight/i);
    expect(text).to.match(/\.good, \.bad, \.neutral, \.target\s*\{\s*color: canvastext/i);
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const care of [false, true]) {
      it(`passes axe in the ${theme}${care ? ' care' : ''} theme with every part shown`, async () => {
        const el = await fixture<Card>(html`<civic-indicator-card data-theme=${theme} ?data-care=${care} data-animation="off"
          data-label="稳岗返还资金" data-value="219000000" data-unit="元" data-previous="240000000" data-target="250000000"
          data-source="鞍山市人社局" data-source-href="https://example.org" data-updated="2021-12-20"></civic-indicator-card>`);
        await expect(el).to.be.accessible();
        el.good = 'down';
        el.href = '/x';
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('<civic-indicator-card> states and bad input', () => {
  it('shows loading with reserved height and aria-busy, then ready from data-src JSON', async () => {
    const body = JSON.stringify({ value: 219000000, previous: 180000000, label: '稳岗返还资金', unit: '元' });
    const { result } = await make({ 'data-src': url({ type: 'application/json', body, delay: 300 }), 'data-animation': 'off' });
    const el = result.el as Card;
    expect(el.state).to.equal('loading');
    expect($(el, '[part=frame]')!.getAttribute('aria-busy')).to.equal('true');
    expect($(el, '.skeleton')!.getBoundingClientRect().height).to.be.at.least(40);
    await expect(el).to.be.accessible();
    await until(() => el.state === 'ready', 3000, 'ready');
    expect(readText(el)).to.contain('稳岗返还资金').and.contain('2.19亿元').and.contain('21.7%');
    expect(plain(result.events.find((e) => e.type === 'civic-data')!.detail)).to.deep.equal({
      value: 219000000,
      previous: 180000000,
      label: '稳岗返还资金',
      unit: '元',
    });
  });

  it('lets attributes override data-src fields', async () => {
    const body = JSON.stringify({ value: 219000000, unit: '元' });
    const el = await fixture<Card>(html`<civic-indicator-card data-animation="off" data-label="稳岗返还" data-unit="亿元"
      data-target="250000000" data-src=${url({ type: 'application/json', body })}></civic-indicator-card>`);
    await until(() => el.state === 'ready', 3000, 'ready');
    expect($(el, '[part=label]')!.textContent).to.equal('稳岗返还');
    expect($(el, '[part=target]')!.textContent).to.contain('完成 87.6%');
  });

  it('reads child JSON and a child table (first row with a number)', async () => {
    const holder = document.createElement('div');
    render(html`<script type="application/json">{"value": 11000, "unit": "户", "label": "稳岗返还企业"}</script>`, holder);
    const el = await fixture<Card>(html`<civic-indicator-card data-animation="off"></civic-indicator-card>`);
    el.append(holder.querySelector('script')!);
    await until(() => el.state === 'ready', 2000, 'child JSON');
    expect(readText(el)).to.contain('稳岗返还企业').and.contain('1.1万户');

    const table = await fixture<Card>(html`<civic-indicator-card data-animation="off" data-unit="个">
      <table><tr><th>指标</th><th>数值</th></tr><tr><td>说明</td><td>—</td></tr><tr><td>稳定就业岗位</td><td>120,000</td></tr></table>
    </civic-indicator-card>`);
    await until(() => table.state === 'ready', 2000, 'child table');
    expect(readText(table)).to.contain('稳定就业岗位').and.contain('12万个');
    await expect(table).to.be.accessible();
  });

  it('shows the empty state without data-value', async () => {
    const el = await fixture<Card>(html`<civic-indicator-card data-label="岗位"></civic-indicator-card>`);
    expect(el.state).to.equal('empty');
    expect(el.getAttribute('state')).to.equal('empty');
    expect(shadowText(el)).to.contain('岗位').and.contain('暂无数据');
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await until(() => shadowText(el).includes('No data'), 2000, 'English empty');
  });

  for (const attr of ['data-value', 'data-previous', 'data-change', 'data-target']) {
    it(`reports invalid-number for ${attr}="一百" once, with an event and a visible message`, async () => {
      const attrs: Record<string, string> = { 'data-label': '岗位', 'data-value': '120000' };
      attrs[attr] = '一百';
      const { result, warnings } = await make(attrs);
      const el = result.el as Card;
      expect(el.state).to.equal('error');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(attr).and.contain('invalid-number');
      const errors = result.events.filter((e) => e.type === 'civic-error');
      expect(errors).to.have.length(1);
      expect(errors[0].detail).to.include({ code: 'invalid-number', attribute: attr });
      expect(shadowText(el)).to.contain('数值无效').and.contain('invalid-number');
      expect($(el, '[role=alert]')).to.exist;
      await expect(el).to.be.accessible();
      el.setAttribute(attr, '100000');
      await el.updateComplete;
      expect(el.state).to.equal('ready');
    });
  }

  it('reports invalid-json for a data-src that is not an object', async () => {
    const { result, warnings } = await captureWarnings(async () => {
      const el = await fixture<Card>(
        html`<civic-indicator-card data-src=${url({ type: 'application/json', body: '[1,2]' })}></civic-indicator-card>`,
      );
      await until(() => el.state === 'error', 3000, 'error');
      return el;
    });
    expect(shadowText(result)).to.contain('invalid-json');
    expect(warnings.join()).to.contain('data-src');
  });
});

describe('<civic-indicator-card> attributes and properties', () => {
  it('has a property twin for every attribute, accepting JS values', async () => {
    const el = await fixture<Card>(html`<civic-indicator-card data-animation="off"></civic-indicator-card>`);
    Object.assign(el, {
      value: 219000000,
      previous: 180000000,
      target: 250000000,
      unit: '元',
      label: '稳岗返还资金',
      changeLabel: '较2020年',
      good: 'down',
      href: 'https://example.org/d',
      source: '鞍山市人社局',
      sourceHref: 'https://example.org/s',
      updatedAt: '2021-12-20',
      description: '说明',
      precision: 1,
    });
    await el.updateComplete;
    expect(readText(el)).to.contain('稳岗返还资金').and.contain('2.2亿元').and.contain('较2020年').and.contain('目标 2.5亿元');
    expect(css($(el, '[part=change]')).color).to.equal(rgb(palettes.light.negative));
    expect($(el, 'a[part=link]')!.getAttribute('href')).to.equal('https://example.org/d');
    expect($(el, 'footer a')!.getAttribute('href')).to.equal('https://example.org/s');
    el.change = 5.62;
    el.previous = undefined;
    el.notation = 'standard';
    el.precision = undefined;
    await el.updateComplete;
    expect(readText(el)).to.contain('219,000,000元').and.contain('5.62%');
  });

  it('maps each data attribute to its property', async () => {
    const el = await fixture<Card>(html`<civic-indicator-card data-value="1" data-previous="2" data-change="3" data-change-label="较年初"
      data-good="neutral" data-target="4" data-href="/d"></civic-indicator-card>`);
    expect([el.value, el.previous, el.change, el.changeLabel, el.good, el.target, el.href]).to.deep.equal([
      '1',
      '2',
      '3',
      '较年初',
      'neutral',
      '4',
      '/d',
    ]);
  });

  it('updates live when attributes change', async () => {
    const el = await fixture<Card>(
      html`<civic-indicator-card data-animation="off" data-value="11000" data-unit="户"></civic-indicator-card>`,
    );
    expect(readText(el)).to.contain('1.1万户');
    el.setAttribute('data-previous', '10000');
    el.setAttribute('data-label', '发放企业');
    await el.updateComplete;
    expect(readText(el)).to.contain('发放企业').and.contain('增长 10%');
    el.removeAttribute('data-value');
    await el.updateComplete;
    expect(el.state).to.equal('empty');
  });

  it('fires civic-ready once and civic-data with the normalized data', async () => {
    const { result } = await make({ 'data-value': '94.1', 'data-unit': '%', 'data-target': '95' });
    result.el.setAttribute('data-value', '95');
    await result.el.updateComplete;
    expect(result.events.filter((e) => e.type === 'civic-ready')).to.have.length(1);
    expect(result.events.filter((e) => e.type === 'civic-data').map((e) => plain(e.detail))).to.deep.equal([
      { value: 94.1, target: 95 },
      { value: 95, target: 95 },
    ]);
    // Absent fields are absent, not present-but-undefined.
    expect(Object.keys(result.events.find((e) => e.type === 'civic-data')!.detail)).to.deep.equal(['value', 'target']);
  });
});
