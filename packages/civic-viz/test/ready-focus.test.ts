/**
 * Two promises a page script relies on, for every element: `state="ready"` appears at the moment
 * `civic-ready` fires (for a chart: once drawn, never before), and `el.focus()` moves focus to
 * the element's one tab stop, as Tab would (clicking a chart focuses it too).
 */
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { expect, until } from './helpers.js';
import { a11ySuite, $, KINDS, deepActive, expectFocus, mount, nameOf, type Kind } from './a11y-matrix.js';

a11ySuite();

/** The tab stop of each element in its ready state. */
const STOP: Record<Kind, string> = {
  'indicator-card': '[part=body]',
  'progress-ring': '[part=meter]',
  'trend-chart': '[part=chart]',
  'district-map': '[part=map]',
};

/** What the page sees when the `state` attribute turns ready. */
interface Seen {
  readyFired: boolean;
  canvas: boolean;
  attributeAtReady?: string | null;
}

describe('state="ready" is reflected when civic-ready fires, not before', () => {
  for (const kind of KINDS) {
    it(`<civic-${kind}>: the attribute and the event come together, with the ${kind === 'progress-ring' ? 'ring rendered' : 'canvas drawn'}`, async () => {
      // Watch the attribute from before the element is connected: the first `ready` is what counts.
      const seen: Seen[] = [];
      let fired = false;
      let attributeAtReady: string | null | undefined;
      const watch = (el: Element) => {
        el.addEventListener('civic-ready', () => {
          fired = true;
          attributeAtReady = el.getAttribute('state');
        });
        new MutationObserver(() => {
          if (el.getAttribute('state') === 'ready' && !seen.length) {
            seen.push({ readyFired: fired, canvas: !!el.shadowRoot?.querySelector('canvas') });
          }
        }).observe(el, { attributes: true, attributeFilter: ['state'] });
      };
      const created = document.createElement.bind(document);
      // mount() creates the element: catch it as it is made.
      document.createElement = ((tag: string, o?: ElementCreationOptions) => {
        const el = created(tag, o);
        if (tag === `civic-${kind}`) watch(el);
        return el;
      }) as typeof document.createElement;
      let el: HTMLElement;
      try {
        ({ el } = await mount(kind, 'ready'));
      } finally {
        document.createElement = created;
      }
      await until(() => seen.length > 0, 5000, 'state="ready"');
      expect(seen[0].readyFired, 'civic-ready had fired when state turned ready').to.equal(true);
      expect(attributeAtReady, 'state attribute inside the civic-ready listener').to.equal('ready');
      // The card's ready configuration has a sparkline: it is drawn too before the card is ready.
      if (kind !== 'progress-ring') expect(seen[0].canvas, 'a canvas is drawn when state turns ready').to.equal(true);
      expect(el.getAttribute('state')).to.equal('ready');
    });
  }

  it('<civic-trend-chart> with inline data is not ready before its canvas exists', async () => {
    const el = document.createElement('civic-trend-chart') as HTMLElement & { updateComplete: Promise<unknown>; state: string };
    el.setAttribute('data-lazy', 'false');
    el.setAttribute('data-labels', '2019,2020,2021');
    el.setAttribute('data-values', '1,2,3');
    const holder = document.createElement('div');
    holder.className = 'a11y-holder';
    holder.append(el);
    document.body.append(holder);
    await el.updateComplete;
    // The data is parsed at once, the chart is drawn later: until then the state says so.
    expect(el.shadowRoot!.querySelector('canvas'), 'not drawn yet').to.equal(null);
    expect(el.state).to.equal('loading');
    await until(() => el.state === 'ready', 15000, 'ready');
    expect(el.shadowRoot!.querySelector('canvas'), 'drawn').to.not.equal(null);
  });
});

describe('el.focus() moves focus to the one tab stop', () => {
  for (const kind of KINDS) {
    it(`<civic-${kind}>`, async () => {
      const { el, before } = await mount(kind, 'ready');
      before.focus();
      el.focus();
      expectFocus($(el, STOP[kind]), `el.focus() on <civic-${kind}>`);
      expect(document.activeElement, 'the page sees the element focused').to.equal(el);
    });
  }

  it('<civic-indicator-card data-href>: focus goes to the link', async () => {
    const { el } = await mount('indicator-card', 'ready', { attrs: { 'data-href': '/detail' } });
    el.focus();
    expectFocus($(el, '[part=link]'), 'el.focus() on a linked card');
  });

  it('an element in the error state focuses its retry button', async () => {
    const { el } = await mount('trend-chart', 'error');
    el.focus();
    expectFocus($(el, '[part=retry]'), 'el.focus() on a failed chart');
  });
});

describe('clicking a chart focuses it', () => {
  afterEach(() => resetMouse());
  for (const kind of ['trend-chart', 'district-map'] as const) {
    it(`<civic-${kind}>: a click on the canvas focuses the chart box`, async () => {
      const { el, before } = await mount(kind, 'ready');
      before.focus();
      const box = $(el, STOP[kind])!;
      const r = box.getBoundingClientRect();
      // Left of the plot, inside the box: a click that hits the canvas but no mark.
      await sendMouse({ type: 'click', position: [Math.round(r.left + 6), Math.round(r.top + r.height / 2)] });
      const got = deepActive();
      expect(got === box, `focus is on ${got ? nameOf(got) : 'nothing'}`).to.equal(true);
    });
  }
});
