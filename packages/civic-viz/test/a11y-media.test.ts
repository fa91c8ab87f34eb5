/**
 * Accessibility suite (spec §10, issue 8), part media.
 * Forced colours (system colours emulated through the DevTools protocol) and prefers-reduced-motion.
 * Fixtures and measuring helpers: a11y-matrix.ts.
 */
import { expect, until } from './helpers.js';
import {
  a11ySuite,
  $,
  $$,
  KINDS,
  computedColor,
  contrast,
  deepActive,
  echartsOf,
  mount,
  text,
  emulate,
  tab,
  type Mounted,
} from './a11y-matrix.js';

a11ySuite();

// ---- 3. forced colours and reduced motion ----------------------------------------------------

describe('forced-colors: marks, text and focus stay visible', () => {
  afterEach(() => emulate([]));

  for (const scheme of ['light', 'dark'] as const) {
    const forced = async () => {
      await emulate([
        { name: 'forced-colors', value: 'active' },
        { name: 'prefers-color-scheme', value: scheme },
      ]);
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      return {
        canvas: computedColor('Canvas'),
        canvasText: computedColor('CanvasText'),
        highlight: computedColor('Highlight'),
        grayText: computedColor('GrayText'),
      };
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
        if (typeof colour === 'string' && contrast(colour, bg) < min)
          low.push(`${what} ${colour} on ${bg}: ${contrast(colour, bg).toFixed(2)} < ${min}`);
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
      const faint = data
        .filter((d) => contrast(d.itemStyle.borderColor, bg) < 3)
        .map((d) => `${d.name} ${d.itemStyle.borderColor} on ${bg}`);
      expect(faint, 'region outlines under forced colours').to.deep.equal([]);
    });
  }
});

describe('forced colours switched on and off while charts are shown', () => {
  afterEach(() => emulate([]));

  for (const kind of ['trend-chart', 'district-map'] as const) {
    it(`<civic-${kind}> repaints its canvas in system colours, and in its theme again after`, async () => {
      const m = await mount(kind, 'ready');
      const stroke = () => {
        const o = echartsOf(m.el)!.getOption();
        // The trend line's colour; the map's region outline.
        return kind === 'trend-chart' ? o.series[0].lineStyle.color : o.series[0].data[0].itemStyle.borderColor;
      };
      const themed = stroke();
      await emulate([
        { name: 'forced-colors', value: 'active' },
        { name: 'prefers-color-scheme', value: 'dark' },
      ]);
      const system = kind === 'trend-chart' ? computedColor('Highlight') : computedColor('CanvasText');
      await until(() => stroke() === system, 3000, `canvas in system colours (is ${stroke()}, want ${system})`);
      await emulate([]);
      await until(() => stroke() === themed, 3000, `canvas back in its theme (is ${stroke()}, want ${themed})`);
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
    // The count-up starts with the first render: look right after it, not after civic-ready.
    const firstRender = async () => {
      const el = document.createElement('civic-indicator-card') as HTMLElement & { updateComplete: Promise<unknown> };
      el.setAttribute('data-value', '219000000');
      el.setAttribute('data-unit', '元');
      el.className = 'a11y-holder';
      document.body.append(el);
      await el.updateComplete;
      return el;
    };
    const moving = await firstRender();
    expect($(moving, '.tween'), 'control: the count-up runs when motion is allowed').to.exist;
    moving.remove();
    await reduce();
    const still = await firstRender();
    expect($(still, '.tween')).to.equal(null);
    expect(text($(still, '[part=value]'))).to.equal('2.19亿元');
    const { el } = await mount('indicator-card', 'ready');
    expect($(el, '.tween')).to.equal(null);
    expect($(el, '[part=value] .sr-only'), 'the number is not hidden behind an animated copy').to.equal(null);
    expect(text($(el, '[part=value]'))).to.equal('2.19亿元');
    const spark = (el as unknown as { spark: { controller?: { chart?: { getOption(): { animation: boolean } } } } }).spark.controller
      ?.chart;
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

    it(`<civic-${kind}> loading with data-animation="off": the skeleton does not shimmer`, async () => {
      const { el } = await mount(kind, 'loading', { attrs: { 'data-animation': 'off' } });
      expect(getComputedStyle($(el, '.skeleton')!).animationName).to.equal('none');
      el.setAttribute('data-animation', 'auto');
      await el.updateComplete;
      expect(getComputedStyle($(el, '.skeleton')!).animationName, 'back on').to.equal('shimmer');
    });
  }
});
