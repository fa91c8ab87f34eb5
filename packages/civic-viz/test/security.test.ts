import { expect, violations, until } from './helpers.js';
import '../src/trend-chart/define.js';

describe('probe', () => {
  it('child json via text node', async () => {
    const el = document.createElement('civic-trend-chart');
    el.setAttribute('data-lazy', 'false');
    const s = document.createElement('script');
    s.type = 'application/json';
    s.appendChild(document.createTextNode('{"labels":["<b>a</b>","b"],"series":[{"name":"x","values":[1,2]}]}'));
    el.append(s);
    document.body.append(el);
    const t0 = performance.now();
    await until(() => (el as any).state !== 'loading', 8000);
    console.log('state', (el as any).state, performance.now() - t0);
    await new Promise((r) => setTimeout(r, 300));
    console.log('violations', JSON.stringify(violations));
    let threw = '';
    try { const s2 = document.createElement('script'); s2.type = 'application/json'; s2.textContent = '[1]'; } catch (e) { threw = String(e); }
    console.log('textContent threw:', threw);
    try { const s2 = document.createElement('script'); s2.text = '1'; } catch (e) { threw = String(e); }
    console.log('text threw:', threw);
    await new Promise((r) => setTimeout(r, 300));
    console.log('violations', JSON.stringify(violations));
    expect(1).to.equal(1);
  });
});
