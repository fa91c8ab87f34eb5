/**
 * Accessibility suite (spec §10, issue 8), part axe.
 * axe on every element × state × theme × locale (spec §10): one element per element × state, theme and locale switched live on it as a portal would.
 * Fixtures and measuring helpers: a11y-matrix.ts.
 */
import { loading } from '../src/core/data-controller.js';
import { expect, until } from './helpers.js';
import { a11ySuite, $, KINDS, LOCALES, MARKERS, STATES, THEMES, mount, text, type Mounted } from './a11y-matrix.js';

a11ySuite();

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
