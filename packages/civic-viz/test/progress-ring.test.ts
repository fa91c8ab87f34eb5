import { html, render } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { CivicProgressRing } from '../src/progress-ring/define.js';
import { palettes } from '../src/core/tokens.js';
import { $, expect, expectNoViolations, fixture, make as makeElement, shadowText, until } from './helpers.js';

// Loaded dynamically so the test can see exactly which modules the entry pulls in.
await import('../src/progress-ring/define.js');

type Ring = CivicProgressRing;
const $$ = (el: Element, sel: string) => Array.from(el.shadowRoot!.querySelectorAll(sel));
const css = (el: Element | null) => getComputedStyle(el!);
const px = (v: string) => parseFloat(v);
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const url = (q: Record<string, string | number>) => '/__fixture?' + new URLSearchParams(q as Record<string, string>).toString();
const meter = (el: Element) => $(el, '[role=meter]')!;
const dash = (el: Element, sel: string) => $(el, sel)?.getAttribute('stroke-dasharray');

const make = (attrs: Record<string, string>) => makeElement('civic-progress-ring', attrs, { events: ['civic-error', 'civic-data'] });

afterEach(() => expectNoViolations());
afterEach(() => document.querySelectorAll('body > civic-progress-ring').forEach((e) => e.remove()));

describe('<civic-progress-ring> weight', () => {
  it('loads no ECharts module', async () => {
    const el = await fixture<Ring>(html`<civic-progress-ring data-value="92"></civic-progress-ring>`);
    expect(el.state).to.equal('ready');
    const loaded = performance.getEntriesByType('resource').map((e) => e.name);
    expect(
      loaded.some((u) => u.includes('/progress-ring/')),
      'the entry itself is listed',
    ).to.equal(true);
    expect(loaded.filter((u) => /echarts|zrender/i.test(u))).to.deep.equal([]);
  });
});

describe('<civic-progress-ring> single ring', () => {
  it('keeps the previous arc visible when the value grew past it (nothing covers it)', async () => {
    const el = await fixture<Ring>(
      html`<civic-progress-ring data-value="92" data-previous="78" data-unit="%" data-animation="off"></civic-progress-ring>`,
    );
    const prev = $(el, '.prev')!;
    // The previous arc stays visible when the value grew past it: nothing covers it half-way round.
    const box = $(el, 'svg')!.getBoundingClientRect();
    const scale = box.width / 100;
    // The centre number's box covers the whole ring; it is not what is tested here.
    ($(el, '[part=value]') as HTMLElement).style.visibility = 'hidden';
    const at = (circle: Element, share: number) => {
      const r = Number(circle.getAttribute('r'));
      const a = share * 2 * Math.PI;
      return el.shadowRoot!.elementFromPoint(box.left + (50 + r * Math.sin(a)) * scale, box.top + (50 - r * Math.cos(a)) * scale);
    };
    const arc = $(el, '.arc')!;
    for (const share of [0.1, 0.39, 0.6]) {
      // Compare identities, not elements: chai's diff of two DOM nodes stalls the page.
      expect(at(arc, share) === arc, `control: the value arc at ${share * 100}%`).to.equal(true);
      const hit = at(prev, share);
      expect(hit === prev, `previous arc at ${share * 100}% of the turn, hit ${hit?.getAttribute('class')}`).to.equal(true);
    }
  });

  it('draws spec §6: 机械化清扫率 92% from 78%, target 95%', async () => {
    const el = await fixture<Ring>(html`<civic-progress-ring data-label="机械化清扫率" data-value="92" data-previous="78"
      data-target="95" data-unit="%" data-change-label="较年初"></civic-progress-ring>`);
    const m = meter(el);
    expect(m.getAttribute('aria-valuenow')).to.equal('92');
    expect(m.getAttribute('aria-valuemin')).to.equal('0');
    expect(m.getAttribute('aria-valuemax')).to.equal('100');
    expect(m.getAttribute('aria-valuetext')).to.equal('92%');
    expect($(el, '#' + m.getAttribute('aria-labelledby'))!.textContent).to.equal('机械化清扫率');
    expect(m.getAttribute('tabindex')).to.equal('0');
    expect($(el, '[part=value]')!.textContent).to.equal('92%');
    expect($(el, '[part=change]')!.textContent).to.equal('+14个百分点 较年初');
    expect($(el, '[part=target]')!.textContent).to.equal('目标 95%');
    expect(dash(el, '.arc')).to.equal('92 100');
    expect(dash(el, '.prev')).to.equal('78 100');
    // The tick sits at 95% of the turn: just left of 12 o'clock.
    const tick = $(el, '.tick')!.getAttribute('d')!;
    const [x1, y1] = tick.slice(1).split('L')[0].split(' ').map(Number);
    const inner = 46 - 5 - 5 - 3;
    expect(x1).to.be.closeTo(50 + inner * Math.sin(0.95 * 2 * Math.PI), 0.01);
    expect(y1).to.be.closeTo(50 - inner * Math.cos(0.95 * 2 * Math.PI), 0.01);
    expect(m.getAttribute('aria-describedby')).to.equal('change target');
    await expect(el).to.be.accessible();
  });

  const locales: [string, string, string, string][] = [
    ['zh-CN', '+14个百分点 较上年', '目标 95%', '92%'],
    ['zh-TW', '+14個百分點 較上年', '目標 95%', '92%'],
    ['en', '+14 percentage points vs. previous', 'Target 95%', '92%'],
  ];
  for (const [lang, change, target, valuetext] of locales) {
    it(`speaks ${lang}`, async () => {
      const el = await fixture<Ring>(html`<civic-progress-ring lang=${lang} data-label="机械化清扫率" data-value="92"
        data-previous="78" data-target="95"></civic-progress-ring>`);
      expect($(el, '[part=change]')!.textContent).to.equal(change);
      expect($(el, '[part=target]')!.textContent).to.equal(target);
      expect(meter(el).getAttribute('aria-valuetext')).to.equal(valuetext);
      await expect(el).to.be.accessible();
    });
  }

  it('writes a fall in points with a minus sign', async () => {
    const el = await fixture<Ring>(html`<civic-progress-ring data-value="78" data-previous="92.5"></civic-progress-ring>`);
    expect($(el, '[part=change]')!.textContent).to.equal('−14.5个百分点 较上年');
  });

  it('defaults the unit to % only for a scale of 100, and describes other scales', async () => {
    const el = await fixture<Ring>(html`<civic-progress-ring data-label="已建成站点" data-value="7" data-max="10" data-unit="个"
      data-previous="5"></civic-progress-ring>`);
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('7个，满值10个');
    expect(meter(el).getAttribute('aria-valuemax')).to.equal('10');
    expect(dash(el, '.arc')).to.equal('70 100');
    expect($(el, '[part=change]')!.textContent).to.equal('+2个 较上年');
    const bare = await fixture<Ring>(html`<civic-progress-ring data-value="150" data-max="200"></civic-progress-ring>`);
    expect($(bare, '[part=value]')!.textContent).to.equal('150');
    expect(meter(bare).getAttribute('aria-valuetext')).to.equal('150，满值200');
    const en = await fixture<Ring>(
      html`<civic-progress-ring lang="en" data-value="7" data-max="10" data-unit="sites"></civic-progress-ring>`,
    );
    expect(meter(en).getAttribute('aria-valuetext')).to.equal('7 sites of 10 sites');
  });

  it('clamps the drawing but shows the real number', async () => {
    const el = await fixture<Ring>(html`<civic-progress-ring data-label="完成率" data-value="120"></civic-progress-ring>`);
    expect(dash(el, '.arc')).to.equal('100 100');
    expect($(el, '[part=value]')!.textContent).to.equal('120%');
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('100');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('120%');
    el.value = -5;
    await el.updateComplete;
    expect(dash(el, '.arc')).to.equal('0 100');
    expect($(el, '[part=value]')!.textContent).to.equal('-5%');
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('0');
  });

  it('is one tab stop with a visible focus ring', async () => {
    const el = await fixture<Ring>(html`<civic-progress-ring data-label="机械化清扫率" data-value="92"></civic-progress-ring>`);
    expect($$(el, '[tabindex="0"], a[href], button')).to.have.length(1);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(meter(el));
    expect(css(meter(el)).outlineStyle).to.equal('solid');
    expect(css(meter(el)).outlineColor).to.equal(rgb(palettes.light.focus));
  });

  it('uses data-description as the accessible description', async () => {
    const el = await fixture<Ring>(html`<civic-progress-ring data-label="机械化清扫率" data-value="92"
      data-description="城市主次干道机械化清扫作业的覆盖比例"></civic-progress-ring>`);
    const id = meter(el).getAttribute('aria-describedby')!;
    expect($(el, '#' + id)!.textContent).to.equal('城市主次干道机械化清扫作业的覆盖比例');
  });
});

describe('<civic-progress-ring> concentric rings', () => {
  const rings = [
    { label: '年初', value: 78, max: 100 },
    { label: '目前', value: 92, max: 100 },
    { label: '课后服务参与率', value: 94.1 },
  ];

  it('draws one ring per entry, outer first, with a numbered text legend', async () => {
    const el = await fixture<Ring>(html`<civic-progress-ring data-label="对比" data-rings=${JSON.stringify(rings)}></civic-progress-ring>`);
    expect(el.state).to.equal('ready');
    const arcs = $$(el, 'circle.arc');
    expect(arcs.map((a) => a.getAttribute('stroke-dasharray'))).to.deep.equal(['78 100', '92 100', '94.1 100']);
    const radii = arcs.map((a) => Number(a.getAttribute('r')));
    expect(radii[0]).to.be.greaterThan(radii[1]);
    expect(radii[1]).to.be.greaterThan(radii[2]);
    const legend = $(el, '[part=legend]')!;
    expect(legend.localName).to.equal('ol');
    expect(Array.from(legend.children, (li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '年初 78%',
      '目前 92%',
      '课后服务参与率 94.1%',
    ]);
    expect(css(legend.children[0]).listStyleType).to.equal('decimal');
    expect(shadowText(el)).to.contain('由外圈到内圈');
    // Each swatch has its ring's colour.
    arcs.forEach((arc, i) => {
      const colour = rgb(palettes.light.series[i]);
      expect(css(arc).stroke).to.equal(colour);
      expect(css(legend.children[i].querySelector('.sw')).backgroundColor).to.equal(colour);
    });
    const group = $(el, '[part=body]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect($$(el, '[tabindex="0"]')).to.deep.equal([group]);
    expect($(el, '[role=meter]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('accepts an array through the property, and data-max as the default scale', async () => {
    const el = await fixture<Ring>(html`<civic-progress-ring data-max="10" data-unit="个"></civic-progress-ring>`);
    el.rings = [
      { label: 'A', value: 5 },
      { label: 'B', value: '8', max: 16 },
    ];
    await el.updateComplete;
    expect($$(el, 'circle.arc').map((a) => a.getAttribute('stroke-dasharray'))).to.deep.equal(['50 100', '50 100']);
    expect(shadowText(el)).to.contain('A 5个，满值10个').and.contain('B 8个，满值16个');
  });

  it('treats a single data-rings entry as a single meter labelled by it', async () => {
    const el = await fixture<Ring>(html`<civic-progress-ring data-rings='[{"label":"机械化清扫率","value":92}]'></civic-progress-ring>`);
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('92%');
    expect($(el, '[part=label]')!.textContent).to.equal('机械化清扫率');
  });

  it('passes axe in dark and care themes', async () => {
    const themes: Record<string, string>[] = [{ 'data-theme': 'dark' }, { 'data-care': '' }, { 'data-care': '', 'data-theme': 'dark' }];
    for (const attrs of themes) {
      const { result } = await make({ 'data-label': '对比', 'data-rings': JSON.stringify(rings), ...attrs });
      await expect(result.el).to.be.accessible();
      result.el.remove();
    }
  });
});

describe('<civic-progress-ring> size, care, themes and motion', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

  it('is sized by --civic-ring-size (default 140px)', async () => {
    const el = await fixture<Ring>(html`<civic-progress-ring data-value="92"></civic-progress-ring>`);
    expect($(el, 'svg')!.getBoundingClientRect().width).to.equal(140);
    el.style.setProperty('--civic-ring-size', '200px');
    expect($(el, 'svg')!.getBoundingClientRect().width).to.equal(200);
    expect($(el, 'svg')!.getBoundingClientRect().height).to.equal(200);
  });

  it('care mode: larger ring, thicker stroke, text ≥ 18px, a larger number', async () => {
    const el = await fixture<Ring>(html`<civic-progress-ring data-care data-label="机械化清扫率" data-value="92" data-previous="78"
      data-target="95" data-source="鞍山市城市管理局"></civic-progress-ring>`);
    const svgBox = $(el, 'svg')!.getBoundingClientRect();
    expect(svgBox.width).to.be.greaterThan(140);
    expect($(el, 'g')!.getAttribute('stroke-width')).to.equal('14');
    for (const sel of ['[part=label]', '[part=change]', '[part=target]', 'footer'])
      expect(px(css($(el, sel)).fontSize), sel).to.be.at.least(18);
    expect(px(css($(el, '[part=value]')).fontSize)).to.be.greaterThan(27);
    expect(meter(el).getBoundingClientRect().height).to.be.at.least(44);
    expect(css($(el, '.arc')).stroke).to.equal(rgb(palettes.care.accent));
    expect($(el, '.anim')).to.equal(null);
    await expect(el).to.be.accessible();
    el.care = false;
    await el.updateComplete;
    expect($(el, 'g')!.getAttribute('stroke-width')).to.equal('10');
  });

  it('fits long value texts inside the track in every locale, care mode and ring size', async () => {
    /** Width of the rendered number against the hole inside the track (inner diameter of the ring). */
    const fits = (el: Ring) => {
      const value = $(el, '[part=value]')!;
      const range = document.createRange();
      range.selectNodeContents(value);
      const text = range.getBoundingClientRect().width;
      const ring = $(el, 'svg')!.getBoundingClientRect().width;
      const stroke = Number($(el, 'g')!.getAttribute('stroke-width'));
      const hole = (ring * (2 * (46 - stroke))) / 100;
      return { text, hole, ok: text > 0 && text <= hole };
    };
    const cases = [
      { value: '104000', unit: '人', max: '200000', lang: 'zh-CN' },
      { value: '104000', unit: '人', max: '200000', lang: 'zh-TW' },
      { value: '1234567', unit: 'people', max: '2000000', lang: 'en', notation: 'standard' },
      { value: '219000000', unit: '元', max: '300000000', lang: 'en' },
      { value: '94.1', unit: '%', max: '100', lang: 'zh-CN' },
    ];
    for (const c of cases) {
      for (const care of [false, true]) {
        for (const size of ['140px', '100px']) {
          const el = await fixture<Ring>(html`<civic-progress-ring lang=${c.lang} data-value=${c.value} data-max=${c.max}
            data-unit=${c.unit} data-notation=${c.notation ?? 'auto'} ?data-care=${care}></civic-progress-ring>`);
          el.style.setProperty('--civic-ring-size', size);
          const r = fits(el);
          expect(
            r.ok,
            `${c.value}${c.unit} ${c.lang} care=${care} ${size}: text ${r.text.toFixed(1)}px, hole ${r.hole.toFixed(1)}px`,
          ).to.equal(true);
        }
      }
    }
    // A short number keeps its large size: the fitting only ever shrinks.
    const short = await fixture<Ring>(html`<civic-progress-ring data-value="92"></civic-progress-ring>`);
    expect(px(css($(short, '[part=value]')).fontSize)).to.be.closeTo(140 * 0.22, 0.5);
  });

  it('takes colours from the theme tokens', async () => {
    const el = await fixture<Ring>(html`<civic-progress-ring data-value="92" data-target="95"></civic-progress-ring>`);
    expect(css($(el, '.arc')).stroke).to.equal(rgb(palettes.light.accent));
    expect(css($(el, '.tick')).stroke).to.equal(rgb(palettes.light.text));
    el.setAttribute('data-theme', 'dark');
    await until(() => css($(el, '.arc')).stroke === rgb(palettes.dark.accent), 2000, 'dark');
    expect(css($(el, '[part=frame]')).backgroundColor).to.equal(rgb(palettes.dark.surface));
    el.style.setProperty('--civic-accent', '#123456');
    expect(css($(el, '.arc')).stroke).to.equal('rgb(18, 52, 86)');
    await expect(el).to.be.accessible();
  });

  it('keeps marks visible in forced-colors mode (system colours in the stylesheet)', async () => {
    const el = await fixture<Ring>(html`<civic-progress-ring data-value="1"></civic-progress-ring>`);
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => Array.from(s.cssRules));
    const text = rules
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'))
      .map((r) => r.cssText)
      .join('\n');
    expect(text).to.match(/\.arc\s*\{\s*stroke: highlight/i);
    expect(text).to.match(/\.tick\s*\{\s*stroke: canvastext/i);
  });

  it('animates the arc with a CSS transition only when motion is allowed', async () => {
    const el = await fixture<Ring>(html`<civic-progress-ring data-value="92"></civic-progress-ring>`);
    expect(css($(el, '.arc')).transitionDuration).to.equal('0.8s');
    el.animation = 'off';
    await el.updateComplete;
    expect(css($(el, '.arc')).transitionDuration).to.equal('0s');
    el.animation = 'auto';
    await el.updateComplete;
    expect(css($(el, '.arc')).animationName).to.equal('grow');
    // A new element: media-change events wait for a rendering step, which a hidden test page skips.
    await emulateMedia({ reducedMotion: 'reduce' });
    const still = await fixture<Ring>(html`<civic-progress-ring data-value="92"></civic-progress-ring>`);
    expect(css($(still, '.arc')).transitionDuration).to.equal('0s');
    expect(css($(still, '.arc')).animationName).to.equal('none');
  });
});

describe('<civic-progress-ring> data, states and bad input', () => {
  it('shows a round skeleton while loading, then data-src JSON', async () => {
    const body = JSON.stringify({ value: 92, previous: 78, label: '机械化清扫率' });
    const { result } = await make({ 'data-src': url({ type: 'application/json', body, delay: 300 }), 'data-target': '95' });
    const el = result.el as Ring;
    expect(el.state).to.equal('loading');
    expect($(el, '[part=frame]')!.getAttribute('aria-busy')).to.equal('true');
    expect($(el, '.skeleton')!.getBoundingClientRect().height).to.equal(140);
    await expect(el).to.be.accessible();
    await until(() => el.state === 'ready', 3000, 'ready');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('92%');
    expect(shadowText(el)).to.contain('机械化清扫率').and.contain('+14个百分点').and.contain('目标 95%');
    expect(JSON.parse(JSON.stringify(result.events.find((e) => e.type === 'civic-data')!.detail))).to.deep.equal({
      rings: [{ label: '机械化清扫率', value: 92, max: 100 }],
      previous: 78,
      target: 95,
    });
  });

  it('reads a child table: one row is a ring, several rows are concentric rings', async () => {
    const one = await fixture<Ring>(html`<civic-progress-ring><table><tr><th>指标</th><th>%</th></tr>
      <tr><td>机械化清扫率</td><td>92</td></tr></table></civic-progress-ring>`);
    await until(() => one.state === 'ready', 2000, 'child table');
    expect(meter(one).getAttribute('aria-valuenow')).to.equal('92');
    expect($(one, '[part=label]')!.textContent).to.equal('机械化清扫率');
    const many = await fixture<Ring>(html`<civic-progress-ring data-label="低保标准提高幅度" data-unit="%"><table>
      <tr><th>类别</th><th>提高</th><th>满值</th></tr><tr><td>城市低保</td><td>5.62</td><td>10</td></tr><tr><td>农村低保</td><td>8.09</td><td>10</td></tr>
    </table></civic-progress-ring>`);
    await until(() => many.state === 'ready', 2000, 'child table');
    expect($$(many, 'circle.arc').map((a) => a.getAttribute('stroke-dasharray'))).to.deep.equal(['56.2 100', '80.9 100']);
    expect(shadowText(many)).to.contain('城市低保 5.62%，满值10%');
    await expect(many).to.be.accessible();
  });

  it('reads a child JSON array', async () => {
    const el = await fixture<Ring>(html`<civic-progress-ring></civic-progress-ring>`);
    const holder = document.createElement('div');
    render(html`<script type="application/json">[{"label":"年初","value":78},{"label":"目前","value":92}]</script>`, holder);
    el.append(holder.querySelector('script')!);
    await until(() => el.state === 'ready', 2000, 'child JSON');
    expect($$(el, 'circle.arc')).to.have.length(2);
  });

  it('shows the empty state without a value, in every locale', async () => {
    const el = await fixture<Ring>(html`<civic-progress-ring data-label="机械化清扫率"></civic-progress-ring>`);
    expect(el.state).to.equal('empty');
    expect(shadowText(el)).to.contain('暂无数据');
    await expect(el).to.be.accessible();
    el.lang = 'zh-TW';
    await until(() => shadowText(el).includes('暫無資料'), 2000, 'traditional');
    const none = await fixture<Ring>(html`<civic-progress-ring data-rings="[]"></civic-progress-ring>`);
    expect(none.state).to.equal('empty');
  });

  const bad: [Record<string, string>, string, string][] = [
    [{ 'data-value': '九十二' }, 'invalid-number', 'data-value'],
    [{ 'data-value': '92', 'data-max': '0' }, 'invalid-number', 'data-max'],
    [{ 'data-value': '92', 'data-max': '-1' }, 'invalid-number', 'data-max'],
    [{ 'data-value': '92', 'data-max': 'x' }, 'invalid-number', 'data-max'],
    [{ 'data-value': '92', 'data-previous': 'x' }, 'invalid-number', 'data-previous'],
    [{ 'data-value': '92', 'data-target': 'x' }, 'invalid-number', 'data-target'],
    [{ 'data-rings': '[{"label":"a","value":' }, 'invalid-json', 'data-rings'],
    [{ 'data-rings': '{"label":"a"}' }, 'invalid-json', 'data-rings'],
    [{ 'data-rings': '[{"label":"a","value":"x"}]' }, 'invalid-number', 'data-rings'],
    [{ 'data-rings': '[{"label":"a","value":1,"max":0}]' }, 'invalid-number', 'data-rings'],
  ];
  for (const [attrs, code, attribute] of bad) {
    it(`reports ${code} on ${attribute} for ${JSON.stringify(attrs)}`, async () => {
      const { result, warnings } = await make({ 'data-label': '机械化清扫率', ...attrs });
      const el = result.el as Ring;
      expect(el.state).to.equal('error');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(attribute).and.contain(code);
      expect(result.events.map((e) => e.detail)).to.have.length(1);
      expect(result.events[0].detail).to.include({ code, attribute });
      expect(shadowText(el)).to.contain(code);
      expect($(el, '[role=alert]')).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('has a property twin for every attribute and updates live', async () => {
    const el = await fixture<Ring>(html`<civic-progress-ring data-value="1" data-max="2" data-previous="3" data-target="4"
      data-change-label="较年初" data-rings="[]"></civic-progress-ring>`);
    expect([el.value, el.max, el.previous, el.target, el.changeLabel, el.rings]).to.deep.equal(['1', '2', '3', '4', '较年初', '[]']);
    Object.assign(el, {
      rings: null,
      value: 92,
      max: 100,
      previous: 78,
      target: 95,
      changeLabel: '较年初',
      label: '机械化清扫率',
      unit: '%',
    });
    await el.updateComplete;
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('92%');
    expect($(el, '[part=change]')!.textContent).to.equal('+14个百分点 较年初');
    el.setAttribute('data-value', '93');
    await el.updateComplete;
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('93');
    expect($(el, '[part=change]')!.textContent).to.equal('+15个百分点 较年初');
    el.precision = 0;
    el.value = 92.6;
    await el.updateComplete;
    expect($(el, '[part=value]')!.textContent).to.equal('93%');
  });

  it('renders text from attributes as text only', async () => {
    const el = await fixture<Ring>(html`<civic-progress-ring data-label="<img src=x onerror=alert(1)>"
      data-rings='[{"label":"<b>x</b>","value":1},{"label":"y","value":2}]'></civic-progress-ring>`);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(shadowText(el)).to.contain('<b>x</b>');
  });
});
