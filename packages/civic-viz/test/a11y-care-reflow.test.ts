/**
 * Accessibility suite (spec §10, issue 8), part care-reflow.
 * Care mode (关怀模式) sizes: text ≥ 18 px, targets ≥ 44×44 px; reflow at 320 CSS px and at 200 %.
 * Fixtures and measuring helpers: a11y-matrix.ts.
 */
import { setViewport } from '@web/test-runner-commands';
import { expect, until } from './helpers.js';
import {
  a11ySuite,
  $,
  $$,
  KINDS,
  echartsOf,
  inSrOnly,
  mount,
  nameOf,
  overlap,
  targets,
  text,
  textNodes,
  textRects,
  tab,
  isChart,
  type Kind,
} from './a11y-matrix.js';

a11ySuite();

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
      // The card's and the ring's figure is the primary number (charts have none: their numbers are marks).
      if (!isChart(kind))
        expect(parseFloat(getComputedStyle($(el, '[part=value]')!).fontSize), 'primary number larger still').to.be.greaterThan(18);
    });

    it(`<civic-${kind}> error: the message, its code and the retry button are at least 18px`, async () => {
      const { el } = await mount(kind, 'error', { theme: 'care' });
      expect($(el, '[part=message] code'), 'error code shown').to.exist;
      const small = textNodes(el.shadowRoot!)
        .map(({ node, parent }) => ({ node, parent, size: parseFloat(getComputedStyle(parent).fontSize) }))
        .filter((x) => x.size < 18)
        .map((x) => `${nameOf(x.parent)} "${text(x.node).slice(0, 30)}" ${x.size}px`);
      expect(small, 'text below 18px in care mode').to.deep.equal([]);
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
            await until(
              () => canvas.getBoundingClientRect().width <= box.getBoundingClientRect().width + 1,
              5000,
              'canvas resized to its box',
            );
          }
          const host = el.getBoundingClientRect();
          const problems: string[] = [];
          if (host.left < -1 || host.right > window.innerWidth + 1)
            problems.push(`element spans ${host.left}–${host.right} of a ${window.innerWidth}px viewport`);
          if (root.scrollWidth > root.clientWidth + 1) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
          const inside = (r: DOMRect, outer: DOMRect) =>
            r.left >= outer.left - 1 && r.right <= outer.right + 1 && r.top >= outer.top - 1 && r.bottom <= outer.bottom + 1;
          // Text: within the element (its `contain: content` clips anything outside), and no two runs on top of each other.
          const runs: { what: string; r: DOMRect }[] = [];
          for (const { node, parent } of textNodes(el.shadowRoot!)) {
            if (inSrOnly(parent)) continue;
            for (const r of textRects(node)) {
              const what = `${nameOf(parent)} "${text(node).slice(0, 24)}"`;
              if (!inside(r, host))
                problems.push(
                  `${what} clipped: ${Math.round(r.left)}–${Math.round(r.right)} × ${Math.round(r.top)}–${Math.round(r.bottom)} outside the element`,
                );
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
            if (['hidden', 'clip'].includes(cs.overflowX) && e.scrollWidth > e.clientWidth + 1)
              problems.push(`${nameOf(e)} cuts off content: ${e.scrollWidth} > ${e.clientWidth}`);
          }
          for (const canvas of $$(el, 'canvas')) {
            if (!inside(canvas.getBoundingClientRect(), host))
              problems.push(`canvas of ${nameOf(canvas.parentElement!)} sticks out of the element`);
          }
          expect(problems).to.deep.equal([]);
          expect(runs.length, 'measured some text').to.be.at.least(3);
        });
      }
    }
  }
});
