/**
 * The accessibility suite (spec §10, issue 8): axe on every element × state × theme × locale,
 * the keyboard paths of §7/§8 and tab stops, forced colours and reduced motion, care-mode sizes
 * and reflow at 320 CSS px / 200 %. Fixtures and measuring helpers live in a11y-matrix.ts.
 */
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/all.js';
import { loading } from '../src/core/data-controller.js';
import { expect, expectNoViolations, until } from './helpers.js';
import {
  $,
  $$,
  KINDS,
  LOCALES,
  MARKERS,
  STATES,
  THEMES,
  computedColor,
  contrast,
  deepActive,
  echartsOf,
  inSrOnly,
  mount,
  nameOf,
  overlap,
  regionsOf,
  targets,
  text,
  textNodes,
  textRects,
  type Kind,
  type Mounted,
} from './a11y-matrix.js';

type Feature = { name: string; value: string };
const emulate = (features: Feature[]) => executeServerCommand('emulate-media-features', { features });
const tab = (shift = false) => sendKeys({ press: shift ? 'Shift+Tab' : 'Tab' });
const CHARTS: Kind[] = ['trend-chart', 'district-map'];
const isChart = (k: Kind) => CHARTS.includes(k);

// The first import of ECharts (and the map boundaries) through the dev server takes seconds on a
// busy machine; load them once so each test's time is about the element.
before(async function () {
  this.timeout(90000);
  await Promise.all([import('../src/echarts/trend.js'), import('../src/echarts/map.js')]);
});

afterEach(() => expectNoViolations());
// Suites other than the axe matrix mount fresh fixtures; the matrix keeps its own (data-keep).
afterEach(() => document.querySelectorAll('.a11y-holder:not([data-keep])').forEach((h) => h.remove()));

// ---- 1. axe: element × state × theme × locale ----------------------------------------------

describe('axe on every element × state × theme × locale', () => {
  const timeout = loading.timeout;
  // The loading fixture answers after 30 s; the element must not time out into error before.
  before(() => (loading.timeout = 120000));
  after(() => (loading.timeout = timeout));

  for (const kind of KINDS) {
    for (const state of STATES) {
      describe(`<civic-${kind}> ${state}`, () => {
        // One element per element × state; theme and locale are switched live on it (care and
        // lang from the holder, an ancestor; data-theme on the element), as a portal would.
        let m: Mounted | undefined;
        after(() => m?.holder.remove());

        for (const theme of THEMES) {
          for (const locale of LOCALES) {
            it(`<civic-${kind}> ${state} · ${theme} · ${locale}: axe finds no violations`, async () => {
              // Loading lasts only as long as the slow fixture: a settled one is mounted again.
              if (!m || m.el.state !== state) {
                m?.holder.remove();
                m = await mount(kind, state);
                m.holder.dataset.keep = '';
              }
              const { el, holder } = m;
              holder.setAttribute('lang', locale);
              holder.toggleAttribute('data-care', theme === 'care');
              el.setAttribute('data-theme', theme === 'dark' ? 'dark' : 'light');
              const frame = () => $(el, '[part=frame]');
              await until(
                () =>
                  !!frame() &&
                  frame()!.classList.contains('dark') === (theme === 'dark') &&
                  frame()!.classList.contains('care') === (theme === 'care') &&
                  text(el.shadowRoot).includes(MARKERS[locale][state]),
                5000,
                `${theme} theme and ${locale} text (frame "${frame()?.className}", text "${text(el.shadowRoot).slice(0, 80)}")`,
              );
              await el.updateComplete;
              expect(el.getAttribute('state')).to.equal(state);
              if (state === 'loading') expect(frame()!.getAttribute('aria-busy')).to.equal('true');
              if (state === 'error') expect($(el, '[role=alert]'), 'error message announced').to.exist;
              await expect(el).to.be.accessible();
            });
          }
        }
      });
    }
  }
});

// ---- 2. keyboard -----------------------------------------------------------------------------

describe('keyboard paths (spec §7, §8) and tab stops', () => {
  it('<civic-trend-chart>: Tab in, ←/→ Home/End between categories, ↑/↓ between series, Enter selects, Esc, table toggle, Tab out', async () => {
    const { el, before, after, events } = await mount('trend-chart', 'ready');
    const box = $(el, '[part=chart]')!;
    const tip = $(el, '[part=tooltip]')!;
    const marker = $(el, '.focus-marker')!;
    const live = () => text($(el, '[role=status]'));
    expect($(el, '[role=status]')!.getAttribute('aria-live')).to.equal('polite');
    before.focus();
    await tab();
    expect(deepActive(), 'Tab enters the chart').to.equal(box);
    await until(() => live() === '一季度 · 甲 · 10%', 3000, `first point announced (is "${live()}")`);
    expect(marker.hidden, 'focus marker on the point').to.equal(false);
    const walk: [string, string][] = [
      ['ArrowRight', '二季度 · 甲 · 20%'],
      ['ArrowRight', '三季度 · 甲 · 30%'],
      ['End', '四季度 · 甲 · 40%'],
      ['ArrowRight', '四季度 · 甲 · 40%'],
      ['Home', '一季度 · 甲 · 10%'],
      ['ArrowLeft', '一季度 · 甲 · 10%'],
      ['End', '四季度 · 甲 · 40%'],
      ['ArrowDown', '四季度 · 乙 · 35%'],
      ['ArrowDown', '四季度 · 乙 · 35%'],
      ['ArrowLeft', '三季度 · 乙 · 20%'],
      ['ArrowUp', '三季度 · 甲 · 30%'],
      ['ArrowDown', '三季度 · 乙 · 20%'],
    ];
    for (const [key, want] of walk) {
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(live(), `${key} → live region`).to.equal(want);
      expect(text(tip), `${key} → tooltip follows focus`).to.equal(want);
      expect(tip.hidden).to.equal(false);
      expect(deepActive(), `${key} keeps focus in the chart`).to.equal(box);
    }
    await sendKeys({ press: 'Enter' });
    const selects = events.filter((e) => e.type === 'civic-select');
    expect(selects.map((e) => e.detail)).to.deep.equal([{ label: '三季度', series: '乙', value: 20, index: 2 }]);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tip.hidden, 'Esc hides the tooltip').to.equal(true);
    expect(deepActive(), 'Esc does not move focus').to.equal(box);

    await tab();
    const toggle = $(el, '[part=table-toggle]')!;
    expect(deepActive(), 'next stop: the data-table toggle').to.equal(toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const table = $<HTMLTableElement>(el, 'table')!;
    expect(table.closest(`#${toggle.getAttribute('aria-controls')}`), 'aria-controls names the table').to.exist;
    expect(text(table.caption)).to.equal('示意数据：季度对比');
    expect(Array.from(table.querySelectorAll('thead th'), (th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
    expect(Array.from(table.querySelectorAll('tbody th[scope=row]'), text)).to.deep.equal(['一季度', '二季度', '三季度', '四季度']);
    await tab();
    expect(deepActive(), 'then the CSV link').to.equal($(el, '[part=download]'));
    await tab();
    expect(deepActive(), 'Tab leaves the element').to.equal(after);
    await tab(true);
    await tab(true);
    await tab(true);
    expect(deepActive(), 'Shift+Tab comes back to the chart').to.equal(box);
    await tab(true);
    expect(deepActive()).to.equal(before);
  });

  it('<civic-district-map>: Tab in, → west→east, ↓ north→south, Home/End, Enter selects, Esc, table toggle, Tab out', async () => {
    const { el, before, after, events } = await mount('district-map', 'ready');
    const box = $(el, '[part=map]')!;
    const tip = $(el, '[part=tooltip]')!;
    const live = () => text($(el, '[role=status]'));
    const current = () => live().split(' · ')[0];
    const regions = regionsOf(el);
    expect(regions).to.have.length(7);
    const at = (name: string) => regions.find((r) => r.name === name)!.center;
    const westmost = [...regions].sort((a, b) => a.center[0] - b.center[0])[0].name;
    const eastmost = [...regions].sort((a, b) => b.center[0] - a.center[0])[0].name;
    const northmost = [...regions].sort((a, b) => b.center[1] - a.center[1])[0].name;
    const press = async (key: string) => {
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(deepActive(), `${key} keeps focus on the map`).to.equal(box);
    };

    before.focus();
    await tab();
    expect(deepActive(), 'Tab enters the map').to.equal(box);
    expect(box.matches(':focus-visible')).to.equal(true);
    await until(() => current() === westmost, 3000, `westernmost region ${westmost} announced (is "${live()}")`);
    expect(text(tip)).to.equal(live());

    const east = [current()];
    for (let i = 0; i < 6; i++) {
      await press('ArrowRight');
      east.push(current());
    }
    expect(new Set(east).size, `→ visits every region: ${east}`).to.equal(7);
    for (let i = 1; i < 7; i++) expect(at(east[i])[0], `${east[i - 1]} → ${east[i]} goes east`).to.be.at.least(at(east[i - 1])[0]);
    expect(east[6]).to.equal(eastmost);
    await press('ArrowRight');
    expect(current(), 'stays at the east end').to.equal(eastmost);
    await press('Home');
    expect(current()).to.equal(westmost);
    await press('End');
    expect(current()).to.equal(eastmost);

    for (let i = 0; i < 7; i++) await press('ArrowUp');
    expect(current(), '↑ ends at the northernmost region').to.equal(northmost);
    const south = [current()];
    for (let i = 0; i < 6; i++) {
      await press('ArrowDown');
      south.push(current());
    }
    expect(new Set(south).size, `↓ visits every region: ${south}`).to.equal(7);
    for (let i = 1; i < 7; i++) expect(at(south[i])[1], `${south[i - 1]} → ${south[i]} goes south`).to.be.at.most(at(south[i - 1])[1]);
    expect(text(tip)).to.equal(live());

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const values: Record<string, [number, number]> = {
      海城市: [88, 1], 铁东区: [61, 2], 岫岩满族自治县: [56, 3], 铁西区: [52, 4], 立山区: [45, 5], 千山区: [38, 6], 台安县: [30, 7],
    };
    const picked = south[6];
    expect(events.filter((e) => e.type === 'civic-select').map((e) => e.detail)).to.deep.equal([
      { region: picked, value: values[picked][0], rank: values[picked][1] },
    ]);
    expect(el.getAttribute('data-selected')).to.equal(picked);
    expect(live()).to.match(/已选择$/);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tip.hidden, 'Esc hides the tooltip').to.equal(true);
    expect(deepActive()).to.equal(box);

    await tab();
    const toggle = $(el, '[part=table-toggle]')!;
    expect(deepActive(), 'next stop: the data-table toggle').to.equal(toggle);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const table = $<HTMLTableElement>(el, 'table')!;
    expect(Array.from(table.querySelectorAll('tbody th[scope=row]'))).to.have.length(7);
    await tab();
    expect(deepActive()).to.equal($(el, '[part=download]'));
    await tab();
    expect(deepActive(), 'Tab leaves the element').to.equal(after);
  });

  // The interactive graphic is one tab stop; charts add only their data-table toggle (spec §7, §8).
  const STOPS: Record<Kind, string[]> = {
    'indicator-card': ['div[part=body]'],
    'progress-ring': ['div[part=meter]'],
    'trend-chart': ['div[part=chart]', 'button[part=table-toggle]'],
    'district-map': ['div[part=map]', 'button[part=table-toggle]'],
  };
  for (const kind of KINDS) {
    it(`<civic-${kind}> is one tab stop${isChart(kind) ? ' (plus its data-table toggle)' : ''}, with a visible focus ring; Tab in and out, Shift+Tab back`, async () => {
      const { el, before, after } = await mount(kind, 'ready', { attrs: { 'data-source-href': null } });
      const name = (e: Element | null) => (e ? `${e.localName}[part=${e.getAttribute('part')}]` : 'nothing');
      before.focus();
      const forward: string[] = [];
      const rings: string[] = [];
      for (let i = 0; i < 6 && deepActive() !== after; i++) {
        await tab();
        const a = deepActive();
        if (a === after) break;
        expect(el.shadowRoot!.contains(a), `Tab ${i + 1} stays in the element: ${name(a)}`).to.equal(true);
        forward.push(name(a));
        const cs = getComputedStyle(a!);
        if (cs.outlineStyle === 'none' || parseFloat(cs.outlineWidth) < 2 || contrast(cs.outlineColor, getComputedStyle($(el, '[part=frame]')!).backgroundColor) < 3) {
          rings.push(`${name(a)}: ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`);
        }
      }
      expect(deepActive(), 'Tab leaves the element').to.equal(after);
      expect(forward).to.deep.equal(STOPS[kind]);
      expect(rings, 'focus rings missing or faint').to.deep.equal([]);
      const backward: string[] = [];
      for (let i = 0; i < 6; i++) {
        await tab(true);
        const a = deepActive();
        if (a === before) break;
        backward.push(name(a));
      }
      expect(deepActive(), 'Shift+Tab leaves the element backwards').to.equal(before);
      expect(backward).to.deep.equal([...STOPS[kind]].reverse());
    });
  }
});

// ---- 3. forced colours and reduced motion ----------------------------------------------------

describe('forced-colors: marks, text and focus stay visible', () => {
  afterEach(() => emulate([]));

  for (const scheme of ['light', 'dark'] as const) {
    const forced = async () => {
      await emulate([{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: scheme }]);
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      return { canvas: computedColor('Canvas'), canvasText: computedColor('CanvasText'), highlight: computedColor('Highlight'), grayText: computedColor('GrayText') };
    };
    /** Tabs from the button before the element to its first stop; returns the focused element's outline. */
    const focusRing = async (m: Mounted) => {
      m.before.focus();
      await tab();
      const a = deepActive()!;
      expect(m.el.shadowRoot!.contains(a)).to.equal(true);
      const cs = getComputedStyle(a);
      return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), color: cs.outlineColor };
    };

    it(`<civic-indicator-card> (${scheme} system colours): bar filled with Highlight and outlined, change in CanvasText with arrow and word, focus ring Highlight`, async () => {
      const sys = await forced();
      const m = await mount('indicator-card', 'ready');
      const frame = getComputedStyle($(m.el, '[part=frame]')!);
      expect([frame.backgroundColor, frame.color]).to.deep.equal([sys.canvas, sys.canvasText]);
      const fill = getComputedStyle($(m.el, '[part=bar] .fill')!);
      expect(fill.fill, 'bar fill').to.equal(sys.highlight);
      expect(contrast(fill.fill, sys.canvas), 'bar fill against Canvas').to.be.at.least(3);
      const bar = getComputedStyle($(m.el, '[part=bar]')!);
      expect([bar.outlineStyle, bar.outlineColor], 'bar outlined').to.deep.equal(['solid', sys.canvasText]);
      const change = $(m.el, '[part=change]')!;
      expect(getComputedStyle(change).color).to.equal(sys.canvasText);
      // Colour is gone in forced colours: the direction must still be written.
      expect(text(change)).to.contain('▼').and.contain('下降');
      const ring = await focusRing(m);
      expect(ring.style).to.equal('solid');
      expect(ring.width).to.be.at.least(2);
      expect(ring.color).to.equal(sys.highlight);
    });

    it(`<civic-progress-ring> (${scheme} system colours): arc Highlight, track GrayText, tick CanvasText, change written with a sign, focus ring Highlight`, async () => {
      const sys = await forced();
      const m = await mount('progress-ring', 'ready');
      const stroke = (sel: string) => getComputedStyle($(m.el, sel)!).stroke;
      expect(stroke('.arc'), 'arc').to.equal(sys.highlight);
      expect(contrast(stroke('.arc'), sys.canvas), 'arc against Canvas').to.be.at.least(3);
      expect(stroke('.track'), 'track').to.equal(sys.grayText);
      expect(stroke('.tick'), 'target tick').to.equal(sys.canvasText);
      expect(getComputedStyle($(m.el, '[part=value]')!).color).to.equal(sys.canvasText);
      expect(getComputedStyle($(m.el, '[part=change]')!).color).to.equal(sys.canvasText);
      expect(text($(m.el, '[part=change]'))).to.equal('+14个百分点 较年初');
      const ring = await focusRing(m);
      expect([ring.style, ring.color]).to.deep.equal(['solid', sys.highlight]);
      expect(ring.width).to.be.at.least(2);
    });

    it(`<civic-trend-chart> (${scheme} system colours): legend keys, tooltip, focus marker and the canvas's text and marks contrast with Canvas`, async () => {
      const sys = await forced();
      const m = await mount('trend-chart', 'ready');
      const bg = getComputedStyle($(m.el, '[part=frame]')!).backgroundColor;
      expect(bg).to.equal(sys.canvas);
      for (const key of $$(m.el, '[part=legend] .key')) expect(getComputedStyle(key).color, 'legend key').to.equal(sys.canvasText);
      for (const li of $$(m.el, '[part=legend] li')) expect(getComputedStyle(li).color, 'legend text').to.equal(sys.canvasText);
      const ring = await focusRing(m);
      expect([ring.style, ring.color]).to.deep.equal(['solid', sys.highlight]);
      await m.el.updateComplete;
      const marker = $(m.el, '.focus-marker')!;
      expect(marker.hidden).to.equal(false);
      expect(getComputedStyle(marker).borderTopColor, 'focus marker').to.equal(sys.highlight);
      const tip = getComputedStyle($(m.el, '[part=tooltip]')!);
      expect([tip.backgroundColor, tip.color], 'tooltip').to.deep.equal([sys.canvas, sys.canvasText]);
      // ECharts paints on a canvas the browser does not recolour: its colours must suit Canvas.
      const o = echartsOf(m.el)!.getOption();
      const low: string[] = [];
      const check = (what: string, colour: unknown, min: number) => {
        if (typeof colour === 'string' && contrast(colour, bg) < min) low.push(`${what} ${colour} on ${bg}: ${contrast(colour, bg).toFixed(2)} < ${min}`);
      };
      for (const axis of [...o.xAxis, ...o.yAxis]) check('axis label', axis.axisLabel?.color, 4.5);
      for (const s of o.series) {
        check(`series ${s.name} line`, s.lineStyle?.color, 3);
        check(`series ${s.name} symbol`, s.itemStyle?.color, 3);
        check('target line', s.markLine?.lineStyle?.color, 3);
        check('target label', s.markLine?.label?.color, 4.5);
      }
      expect(low, 'canvas colours under forced colours').to.deep.equal([]);
    });

    it(`<civic-district-map> (${scheme} system colours): legend swatches outlined and text in CanvasText, focus ring Highlight, region outlines contrast with Canvas`, async () => {
      const sys = await forced();
      const m = await mount('district-map', 'ready');
      const bg = getComputedStyle($(m.el, '[part=frame]')!).backgroundColor;
      expect(bg).to.equal(sys.canvas);
      const swatches = $$(m.el, '[part=legend] .swatch');
      expect(swatches.length).to.be.at.least(2);
      for (const s of swatches) {
        const cs = getComputedStyle(s);
        expect(cs.borderTopColor, 'swatch outline').to.equal(sys.canvasText);
        expect(cs.backgroundColor, 'swatch painted').not.to.equal('rgba(0, 0, 0, 0)');
      }
      expect(getComputedStyle($(m.el, '[part=legend]')!).color, 'legend text').to.equal(sys.canvasText);
      const ring = await focusRing(m);
      expect([ring.style, ring.color]).to.deep.equal(['solid', sys.highlight]);
      const data = echartsOf(m.el)!.getOption().series[0].data as { name: string; itemStyle: { borderColor: string } }[];
      const faint = data.filter((d) => contrast(d.itemStyle.borderColor, bg) < 3).map((d) => `${d.name} ${d.itemStyle.borderColor} on ${bg}`);
      expect(faint, 'region outlines under forced colours').to.deep.equal([]);
    });
  }
});

describe('prefers-reduced-motion: nothing moves, the real number shows at once', () => {
  afterEach(() => emulate([]));
  const reduce = async () => {
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
  };

  it('<civic-indicator-card>: the final value is the only value shown, no count-up copy (with motion allowed there is one)', async () => {
    const moving = await mount('indicator-card', 'ready');
    expect($(moving.el, '.tween'), 'control: the count-up runs when motion is allowed').to.exist;
    moving.holder.remove();
    await reduce();
    const { el } = await mount('indicator-card', 'ready');
    expect($(el, '.tween')).to.equal(null);
    expect($(el, '[part=value] .sr-only'), 'the number is not hidden behind an animated copy').to.equal(null);
    expect(text($(el, '[part=value]'))).to.equal('2.19亿元');
    const spark = (el as unknown as { spark: { controller?: { chart?: { getOption(): { animation: boolean } } } } }).spark.controller?.chart;
    expect(spark, 'sparkline drawn').to.exist;
    expect(spark!.getOption().animation, 'the sparkline does not animate either').to.equal(false);
  });

  it('<civic-progress-ring>: no arc transition or grow animation (with motion allowed there is)', async () => {
    const moving = await mount('progress-ring', 'ready');
    expect(getComputedStyle($(moving.el, '.arc')!).animationName, 'control').to.equal('grow');
    moving.holder.remove();
    await reduce();
    const { el } = await mount('progress-ring', 'ready');
    const arc = getComputedStyle($(el, '.arc')!);
    expect(arc.animationName).to.equal('none');
    expect(arc.transitionDuration).to.equal('0s');
    expect(text($(el, '[part=value]'))).to.equal('92%');
  });

  it('<civic-trend-chart> and <civic-district-map>: ECharts animation off', async () => {
    await reduce();
    const trend = await mount('trend-chart', 'ready');
    expect(echartsOf(trend.el)!.getOption().animation).to.equal(false);
    const map = await mount('district-map', 'ready');
    const o = echartsOf(map.el)!.getOption();
    expect(o.animation).to.equal(false);
    expect(o.animationDurationUpdate).to.equal(0);
  });

  for (const kind of KINDS) {
    it(`<civic-${kind}> loading: the skeleton does not shimmer (it does with motion allowed)`, async () => {
      const moving = await mount(kind, 'loading');
      expect(getComputedStyle($(moving.el, '.skeleton')!).animationName, 'control').to.equal('shimmer');
      moving.holder.remove();
      await reduce();
      const { el } = await mount(kind, 'loading');
      expect(getComputedStyle($(el, '.skeleton')!).animationName).to.equal('none');
    });
  }
});

// ---- 4. care mode sizes ------------------------------------------------------------------------

describe('care mode (关怀模式): text ≥ 18px, targets ≥ 44×44 px', () => {
  /** Mounts in care mode with everything shown: for charts the table open and a point focused (tooltip). */
  async function everythingShown(kind: Kind) {
    const m = await mount(kind, 'ready', { theme: 'care', attrs: kind === 'district-map' ? { 'data-show-labels': '' } : {} });
    expect($(m.el, '[part=frame]')!.classList.contains('care'), 'care mode from the ancestor').to.equal(true);
    if (isChart(kind)) {
      $(m.el, '[part=table-toggle]')!.click();
      await m.el.updateComplete;
      m.before.focus();
      await tab();
      await until(() => !$(m.el, '[part=tooltip]')!.hidden, 3000, 'tooltip on the focused point');
      expect($(m.el, 'table'), 'table open').to.exist;
    }
    return m;
  }

  for (const kind of KINDS) {
    it(`<civic-${kind}> ready: every text node (canvas text included) is at least 18px`, async () => {
      const { el } = await everythingShown(kind);
      const small = textNodes(el.shadowRoot!)
        .map(({ node, parent }) => ({ node, parent, size: parseFloat(getComputedStyle(parent).fontSize) }))
        .filter((x) => x.size < 18)
        .map((x) => `${nameOf(x.parent)} "${text(x.node).slice(0, 30)}" ${x.size}px`);
      const chart = echartsOf(el);
      if (chart) {
        const o = chart.getOption();
        const sizes: [string, unknown][] = [['textStyle', o.textStyle?.fontSize]];
        for (const axis of [...(o.xAxis ?? []), ...(o.yAxis ?? [])]) sizes.push(['axis label', axis.axisLabel?.fontSize]);
        for (const s of o.series) {
          if (s.label?.show) sizes.push([`${s.type} label`, s.label.fontSize]);
          if (s.markLine) sizes.push(['target label', s.markLine.label?.fontSize ?? o.textStyle?.fontSize]);
        }
        for (const [what, size] of sizes) if (!(Number(size) >= 18)) small.push(`canvas ${what} ${size}px`);
      }
      expect(small, 'text below 18px in care mode').to.deep.equal([]);
      expect(parseFloat(getComputedStyle($(el, '[part=value]') ?? $(el, '[part=label]')!).fontSize), 'primary number larger still').to.be.greaterThan(18);
    });

    it(`<civic-${kind}> ready: every interactive target is at least 44×44 px`, async () => {
      const { el } = await everythingShown(kind);
      const all = targets(el.shadowRoot!);
      expect(all.length, 'has targets').to.be.at.least(1);
      const small = all
        .map((t) => ({ t, r: t.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 44 || r.height < 44)
        .map(({ t, r }) => `${nameOf(t)} "${text(t).slice(0, 20)}" ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
      expect(small, 'targets below 44×44 px in care mode').to.deep.equal([]);
    });
  }
});

// ---- 5. reflow -------------------------------------------------------------------------------

describe('reflow at 320 CSS px, and at 200 %: nothing clipped, overlapping or overflowing', () => {
  const initial = { width: window.innerWidth, height: window.innerHeight };
  const root = document.documentElement;
  afterEach(async () => {
    root.style.removeProperty('zoom');
    root.style.removeProperty('font-size');
    await setViewport(initial);
  });

  // 200 %: a 640 px window zoomed ×2 leaves 320 CSS px of layout with every text and box doubled;
  // the root font size doubles too, for anything sized in rem.
  const conditions = [
    { name: '320 CSS px', width: 320, zoom: 1 },
    { name: '320 CSS px at 200 %', width: 640, zoom: 2 },
  ];
  for (const kind of KINDS) {
    for (const c of conditions) {
      for (const lang of ['zh-Hans', 'en'] as const) {
        it(`<civic-${kind}> ready, ${lang}, ${c.name}: text inside the element, no overlaps, no horizontal overflow`, async () => {
          await setViewport({ width: c.width, height: 900 });
          if (c.zoom !== 1) {
            root.style.setProperty('zoom', String(c.zoom));
            root.style.setProperty('font-size', `${c.zoom * 100}%`);
          }
          const { el } = await mount(kind, 'ready', { lang });
          // ECharts follows its box through a ResizeObserver.
          for (const canvas of $$(el, 'canvas')) {
            const box = canvas.closest('.chart-canvas, .canvas, .spark-canvas') as HTMLElement;
            await until(() => canvas.getBoundingClientRect().width <= box.getBoundingClientRect().width + 1, 5000, 'canvas resized to its box');
          }
          const host = el.getBoundingClientRect();
          const problems: string[] = [];
          if (host.left < -1 || host.right > window.innerWidth + 1) problems.push(`element spans ${host.left}–${host.right} of a ${window.innerWidth}px viewport`);
          if (root.scrollWidth > root.clientWidth + 1) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
          const inside = (r: DOMRect, outer: DOMRect) => r.left >= outer.left - 1 && r.right <= outer.right + 1 && r.top >= outer.top - 1 && r.bottom <= outer.bottom + 1;
          // Text: within the element (its `contain: content` clips anything outside), and no two runs on top of each other.
          const runs: { what: string; r: DOMRect }[] = [];
          for (const { node, parent } of textNodes(el.shadowRoot!)) {
            if (inSrOnly(parent)) continue;
            for (const r of textRects(node)) {
              const what = `${nameOf(parent)} "${text(node).slice(0, 24)}"`;
              if (!inside(r, host)) problems.push(`${what} clipped: ${Math.round(r.left)}–${Math.round(r.right)} × ${Math.round(r.top)}–${Math.round(r.bottom)} outside the element`);
              runs.push({ what, r });
            }
          }
          for (let i = 0; i < runs.length; i++) {
            for (let j = i + 1; j < runs.length; j++) {
              if (overlap(runs[i].r, runs[j].r) > 0) problems.push(`${runs[i].what} overlaps ${runs[j].what}`);
            }
          }
          // Boxes that hide their overflow must not be cutting text off.
          for (const e of $$(el, '*')) {
            if (!(e instanceof HTMLElement) || inSrOnly(e) || !e.checkVisibility()) continue;
            const cs = getComputedStyle(e);
            if (['hidden', 'clip'].includes(cs.overflowX) && e.scrollWidth > e.clientWidth + 1) problems.push(`${nameOf(e)} cuts off content: ${e.scrollWidth} > ${e.clientWidth}`);
          }
          for (const canvas of $$(el, 'canvas')) {
            if (!inside(canvas.getBoundingClientRect(), host)) problems.push(`canvas of ${nameOf(canvas.parentElement!)} sticks out of the element`);
          }
          expect(problems).to.deep.equal([]);
          expect(runs.length, 'measured some text').to.be.at.least(3);
        });
      }
    }
  }
});
