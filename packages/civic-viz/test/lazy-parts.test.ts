import { html } from 'lit';
import '../src/indicator-card/define.js';
import type { CivicIndicatorCard } from '../src/indicator-card/indicator-card.js';
import { expect, expectNoViolations, fixture, shadowText, until } from './helpers.js';

/*
 * The card and ring stay small (spec §12) because the parts only some pages need are imported on
 * first need: the data-src loader, the child JSON/table reader and the CSV parser. This file
 * runs in a page of its own, so the resource list shows exactly what its steps loaded. The order
 * of the tests matters: each checks what is loaded before and after one step.
 */
const loaded = (part: string) =>
  performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(`/src/core/${part}`));

afterEach(() => expectNoViolations());

describe('lazy parts of the base element', () => {
  it('a card with inline attributes loads no loader, child reader, JSON or CSV module', async () => {
    const el = await fixture<CivicIndicatorCard>(
      html`<civic-indicator-card data-value="11000" data-unit="户" data-animation="off"></civic-indicator-card>`,
    );
    expect(el.state).to.equal('ready');
    expect(loaded('base-element.ts'), 'the base itself is listed').to.equal(true);
    // hydrate.ts comes only for a pre-rendered root (@civic-viz/render's output).
    for (const part of ['data-controller.ts', 'fetch.ts', 'children.ts', 'csv.ts', 'json.ts', 'hydrate.ts', 'prerendered.ts'])
      expect(loaded(part), part).to.equal(false);
  });

  it('a child table brings the child reader (loading, then ready) but not the network loader', async () => {
    const el = await fixture<CivicIndicatorCard>(html`<civic-indicator-card data-unit="个" data-animation="off">
      <table><tr><th>指标</th><th>数值</th></tr><tr><td>稳定就业岗位</td><td>120000</td></tr></table>
    </civic-indicator-card>`);
    await until(() => el.state === 'ready', 3000, 'ready from the child table');
    expect(shadowText(el)).to.contain('12万个');
    expect(loaded('children.ts')).to.equal(true);
    expect(loaded('data-controller.ts')).to.equal(false);
  });

  it('the first data-src brings the loader and the CSV parser, and the data arrives', async () => {
    const el = await fixture<CivicIndicatorCard>(html`<civic-indicator-card data-animation="off"
      data-src="/__fixture?type=text/csv&body=${encodeURIComponent('指标,数值\n口袋公园,210')}"></civic-indicator-card>`);
    expect(el.state).to.equal('loading');
    await until(() => el.state === 'ready', 5000, 'ready from data-src');
    expect(shadowText(el)).to.contain('口袋公园').and.contain('210');
    expect(loaded('data-controller.ts')).to.equal(true);
    expect(loaded('fetch.ts')).to.equal(true);
    expect(loaded('csv.ts')).to.equal(true);
  });
});
