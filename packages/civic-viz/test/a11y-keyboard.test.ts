/**
 * Accessibility suite (spec §10, issue 8), part keyboard.
 * The keyboard paths of spec §7/§8 and tab stops: one stop per element, plus a chart's data-table toggle, with a visible focus ring.
 * Fixtures and measuring helpers: a11y-matrix.ts.
 */
import { sendKeys } from '@web/test-runner-commands';
import { expect, until } from './helpers.js';
import { a11ySuite, $, KINDS, contrast, deepActive, expectFocus, mount, regionsOf, text, tab, isChart, type Kind } from './a11y-matrix.js';

a11ySuite();

/** From a chart's open table toggle: Tab to the CSV link, the source link, then out to `after`. */
async function tabPastTable(el: HTMLElement, after: HTMLElement): Promise<void> {
  await tab();
  expectFocus($(el, '[part=download]'), 'then the CSV link');
  await tab();
  // A built-in map credits its boundary data: a link to the source and one to its licence.
  for (const link of el.shadowRoot!.querySelectorAll('a[part=credit-link]')) {
    expectFocus(link as HTMLElement, 'then the boundary credit links');
    await tab();
  }
  expectFocus($(el, 'footer a'), 'then the source credit link (data-source-href)');
  await tab();
  expectFocus(after, 'Tab leaves the element');
}

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
    expectFocus(box, 'Tab enters the chart');
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
      expectFocus(box, `${key} keeps focus in the chart`);
    }
    await sendKeys({ press: 'Enter' });
    const selects = events.filter((e) => e.type === 'civic-select');
    expect(selects.map((e) => e.detail)).to.deep.equal([{ label: '三季度', series: '乙', value: 20, index: 2 }]);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tip.hidden, 'Esc hides the tooltip').to.equal(true);
    expectFocus(box, 'Esc does not move focus');

    await tab();
    const toggle = $(el, '[part=table-toggle]')!;
    expectFocus(toggle, 'next stop: the data-table toggle');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const table = $<HTMLTableElement>(el, 'table')!;
    expect(table.closest(`#${toggle.getAttribute('aria-controls')}`), 'aria-controls names the table').to.exist;
    expect(text(table.caption)).to.equal('示意数据：季度对比');
    expect(Array.from(table.querySelectorAll('thead th'), (th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
    expect(Array.from(table.querySelectorAll('tbody th[scope=row]'), text)).to.deep.equal(['一季度', '二季度', '三季度', '四季度']);
    await tabPastTable(el, after);
    for (const back of ['footer a', '[part=download]', '[part=table-toggle]']) {
      await tab(true);
      expectFocus($(el, back), `Shift+Tab back to ${back}`);
    }
    await tab(true);
    expectFocus(box, 'Shift+Tab comes back to the chart');
    await tab(true);
    expectFocus(before);
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
      expectFocus(box, `${key} keeps focus on the map`);
    };

    before.focus();
    await tab();
    expectFocus(box, 'Tab enters the map');
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
      海城市: [88, 1],
      铁东区: [61, 2],
      岫岩满族自治县: [56, 3],
      铁西区: [52, 4],
      立山区: [45, 5],
      千山区: [38, 6],
      台安县: [30, 7],
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
    expectFocus(box);

    await tab();
    const toggle = $(el, '[part=table-toggle]')!;
    expectFocus(toggle, 'next stop: the data-table toggle');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const table = $<HTMLTableElement>(el, 'table')!;
    expect(Array.from(table.querySelectorAll('tbody th[scope=row]'))).to.have.length(7);
    await tabPastTable(el, after);
  });

  // The interactive graphic is one tab stop, not one per point or region (spec §7, §8, §10);
  // besides it, only real controls: a chart's data-table toggle (and, open, its CSV link) and a
  // source link when data-source-href is given (tested in the paths above, left out here).
  const STOPS: Record<Kind, string[]> = {
    'indicator-card': ['div[part=body]'],
    'progress-ring': ['div[part=meter]'],
    'trend-chart': ['div[part=chart]', 'button[part=table-toggle]'],
    // The built-in map's boundary credit: its source and its licence.
    'district-map': ['div[part=map]', 'button[part=table-toggle]', 'a[part=credit-link]', 'a[part=credit-link]'],
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
        if (
          cs.outlineStyle === 'none' ||
          parseFloat(cs.outlineWidth) < 2 ||
          contrast(cs.outlineColor, getComputedStyle($(el, '[part=frame]')!).backgroundColor) < 3
        ) {
          rings.push(`${name(a)}: ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`);
        }
      }
      expectFocus(after, 'Tab leaves the element');
      expect(forward).to.deep.equal(STOPS[kind]);
      expect(rings, 'focus rings missing or faint').to.deep.equal([]);
      const backward: string[] = [];
      for (let i = 0; i < 6; i++) {
        await tab(true);
        const a = deepActive();
        if (a === before) break;
        backward.push(name(a));
      }
      expectFocus(before, 'Shift+Tab leaves the element backwards');
      expect(backward).to.deep.equal([...STOPS[kind]].reverse());
    });
  }
});
