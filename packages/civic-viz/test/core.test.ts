import { html, render } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../src/core/base-element.js';
import type { Payload } from '../src/core/data-controller.js';
import { loading } from '../src/core/data-controller.js';
import { define } from '../src/core/define.js';
import { CivicError, toNumber } from '../src/core/parse.js';
import { parseNumberList } from '../src/core/json.js';
import { captureWarnings, expect, expectNoViolations, fixture, recordEvents, shadowText, until } from './helpers.js';

/** A minimal element on the base: a list of numbers from data-values, data-src or children. */
class TestList extends CivicElement<number[]> {
  @property({ attribute: 'data-values' }) values: unknown = '';
  protected hasInlineData() {
    return this.values !== '' && this.values != null;
  }
  protected buildModel(p?: Payload): number[] | null {
    let list: number[];
    if (!p) list = parseNumberList(this.values, 'data-values');
    else if (p.kind === 'json') {
      if (!Array.isArray(p.value)) throw new CivicError('invalid-json', 'expected an array', p.from);
      list = p.value.map((v) => toNumber(v, p.from));
    } else list = p.table.rows.map((r) => toNumber(r[1], p.from));
    return list.length ? list : null;
  }
  override render() {
    return html`<div class=${this.frameClass} part="frame" aria-busy=${this.state === 'loading'}>
      ${this.renderLabel()} ${this.renderStatus()}
      ${this.model ? html`<p class="values">${this.model.map((v) => this.formatValue(v)).join(' ')}</p>` : ''}
      ${this.renderFooter()}
    </div>`;
  }
}
TestList.define('test-list');

const url = (q: Record<string, string | number>) => '/__fixture?' + new URLSearchParams(q as Record<string, string>).toString();

afterEach(() => expectNoViolations());

describe('define()', () => {
  it('is a no-op for the same class and warns once for another version, never throwing', async () => {
    const { warnings } = await captureWarnings(() => {
      TestList.define('test-list');
      class Other extends TestList {
        static override readonly version = '9.9.9';
      }
      define('test-list', Other);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('9.9.9').and.contain('test-list');
  });
});

describe('CivicElement states and formatting', () => {
  it('renders inline values as ready with the shared formatter', async () => {
    const el = await fixture<TestList>(html`<test-list data-label="金额" data-unit="元" data-values="219000000,5.62"></test-list>`);
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(shadowText(el)).to.contain('2.19亿元').and.contain('5.62元');
    await expect(el).to.be.accessible();
  });

  it('shows the empty state for no data', async () => {
    const el = await fixture<TestList>(html`<test-list data-label="空" data-values="[]"></test-list>`);
    expect(el.state).to.equal('empty');
    expect(shadowText(el)).to.contain('暂无数据');
    await expect(el).to.be.accessible();
  });

  for (const [bad, code] of [
    ['[1,', 'invalid-json'],
    ['1,abc,3', 'invalid-number'],
    ['1,,3', 'invalid-number'],
    ['NaN', 'invalid-number'],
    ['Infinity', 'invalid-number'],
    ['[1e999]', 'invalid-number'],
  ]) {
    it(`reports ${code} for data-values="${bad}" with one warning, an event and a visible message`, async () => {
      const { result: el, warnings } = await captureWarnings(async () => {
        const el = document.createElement('test-list') as TestList;
        el.lang = 'en';
        const events = recordEvents(el, 'civic-error');
        el.setAttribute('data-values', bad);
        el.setAttribute('data-label', 'Bad');
        document.body.append(el);
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        return Object.assign(el, { events });
      });
      expect(el.state).to.equal('error');
      expect(warnings, 'exactly one warning').to.have.length(1);
      expect(warnings[0]).to.contain('data-values').and.contain(code);
      expect(el.events).to.have.length(1);
      expect(el.events[0].detail).to.include({ code, attribute: 'data-values' });
      expect(shadowText(el)).to.contain(code);
      await expect(el).to.be.accessible();
      el.remove();
    });
  }

  it('recovers from an error when the attribute is fixed', async () => {
    const el = await captureWarnings(() => fixture<TestList>(html`<test-list data-values="x"></test-list>`)).then((r) => r.result);
    expect(el.state).to.equal('error');
    el.values = [1, 2];
    await el.updateComplete;
    expect(el.state).to.equal('ready');
  });

  it('accepts arrays through the property and beats the attribute', async () => {
    const el = await fixture<TestList>(html`<test-list data-values="1,2"></test-list>`);
    el.values = [7, 8, 9];
    await el.updateComplete;
    expect(shadowText(el)).to.contain('7 8 9');
  });

  it('emits civic-data with the normalized model and civic-ready once', async () => {
    const el = document.createElement('test-list') as TestList;
    const events = recordEvents(el, 'civic-data', 'civic-ready');
    el.setAttribute('data-values', '1,2');
    document.body.append(el);
    await el.updateComplete;
    el.values = '3';
    await el.updateComplete;
    const data = events.filter((e) => e.type === 'civic-data').map((e) => e.detail);
    expect(data).to.deep.equal([[1, 2], [3]]);
    expect(events.filter((e) => e.type === 'civic-ready')).to.have.length(1);
    expect(events[0].bubbles && events[0].composed).to.equal(true);
    el.remove();
  });
});

describe('environment: locale, theme, care', () => {
  it('takes the locale from the nearest lang and follows changes live', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="zh-TW"><test-list data-values="219000000" data-unit="元"></test-list></div>`,
    );
    const el = wrap.querySelector('test-list') as TestList;
    await el.updateComplete;
    expect(shadowText(el)).to.contain('2.19億元');
    wrap.lang = 'en';
    await until(() => shadowText(el).includes('219M'), 2000, 'English formatting');
    el.lang = 'zh-CN';
    await until(() => shadowText(el).includes('2.19亿元'), 2000, 'own lang wins');
  });

  it('follows data-theme and data-care on <html> live', async () => {
    const el = await fixture<TestList>(html`<test-list data-values="1"></test-list>`);
    const frame = () => el.shadowRoot!.querySelector('.frame')!;
    document.documentElement.setAttribute('data-theme', 'dark');
    document.documentElement.setAttribute('data-care', '');
    try {
      await until(() => frame().classList.contains('dark') && frame().classList.contains('care'), 2000, 'dark care');
      expect(parseFloat(getComputedStyle(frame()).fontSize)).to.be.at.least(18);
      document.documentElement.setAttribute('data-care', 'false');
      await until(() => !frame().classList.contains('care'), 2000, 'care off');
    } finally {
      document.documentElement.removeAttribute('data-theme');
      document.documentElement.removeAttribute('data-care');
    }
    await until(() => !frame().classList.contains('dark'), 2000, 'light again');
  });

  it('shows the localized footer with a safe source link and the date', async () => {
    const el = await fixture<TestList>(
      html`<test-list data-values="1" data-source="鞍山市人社局" data-source-href="https://example.org/a" data-updated="2021-12-20"></test-list>`,
    );
    expect(shadowText(el)).to.contain('数据来源：鞍山市人社局').and.contain('更新于 2021年12月20日');
    expect(el.shadowRoot!.querySelector('footer a')!.getAttribute('href')).to.equal('https://example.org/a');
  });

  it('drops an unsafe source link with invalid-url and keeps the text', async () => {
    const { result: el, warnings } = await captureWarnings(() =>
      fixture<TestList>(html`<test-list data-values="1" data-source="局" data-source-href="javascript:alert(1)"></test-list>`),
    );
    expect(el.shadowRoot!.querySelector('footer a')).to.equal(null);
    expect(shadowText(el)).to.contain('局');
    expect(warnings.join()).to.contain('invalid-url').and.contain('data-source-href');
    expect(el.state).to.equal('ready');
  });
});

describe('data sources', () => {
  it('reads a child table, then child JSON wins over it, then an attribute wins over both', async () => {
    const el = await fixture<TestList>(html`<test-list>
      <table><tr><th>年</th><th>值</th></tr><tr><td>2020</td><td>78</td></tr><tr><td>2021</td><td>92</td></tr></table>
    </test-list>`);
    // The child-data reader is imported on first need: loading, then ready.
    await until(() => el.state === 'ready', 2000, 'child table');
    expect(shadowText(el)).to.contain('78 92');
    // Built by lit: assigning script text directly is (rightly) refused under Trusted Types.
    const holder = document.createElement('div');
    render(html`<script type="application/json">[5, 6]</script>`, holder);
    el.prepend(holder.querySelector('script')!);
    await until(() => shadowText(el).includes('5 6'), 2000, 'child JSON');
    el.setAttribute('data-values', '1');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('1');
    expect(shadowText(el)).not.to.contain('5 6');
  });

  it('drops prototype keys from child JSON without polluting Object.prototype', async () => {
    const el = await fixture<TestList>(html`<test-list></test-list>`);
    const holder = document.createElement('div');
    render(
      html`<script type="application/json">{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}</script>`,
      holder,
    );
    const { warnings } = await captureWarnings(async () => {
      el.append(holder.querySelector('script')!);
      await until(() => el.state === 'error', 2000, 'error');
    });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(warnings.join()).to.contain('invalid-json');
  });

  it('loads JSON from data-src, showing loading first', async () => {
    const el = document.createElement('test-list') as TestList;
    el.src = url({ type: 'application/json', body: '[1,2,3]', delay: 200 });
    document.body.append(el);
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
    await expect(el).to.be.accessible();
    await until(() => el.state === 'ready', 3000, 'ready');
    expect(shadowText(el)).to.contain('1 2 3');
    el.remove();
  });

  it('loads CSV by content type and by extension', async () => {
    const el = await fixture<TestList>(
      html`<test-list data-src=${url({ type: 'text/csv', body: 'year,v\n2020,78\n2021,92' })}></test-list>`,
    );
    await until(() => el.state === 'ready', 3000, 'ready');
    expect(shadowText(el)).to.contain('78 92');
  });

  for (const [q, code] of [
    [{ status: 404, body: 'nope' }, 'fetch-failed'],
    [{ status: 500, body: 'boom' }, 'fetch-failed'],
    [{ type: 'application/json', body: '{"a":' }, 'invalid-json'],
    [{ type: 'text/html', body: '<p>hi</p>' }, 'unsupported-format'],
  ] as const) {
    it(`shows ${code} with a retry for ${JSON.stringify(q)}`, async () => {
      const { result: el, warnings } = await captureWarnings(async () => {
        const el = await fixture<TestList>(html`<test-list data-src=${url(q)}></test-list>`);
        await until(() => el.state === 'error', 3000, 'error');
        return el;
      });
      expect(shadowText(el)).to.contain(code);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('data-src');
      if (code.startsWith('fetch')) expect(el.shadowRoot!.querySelector('button[part=retry]')).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('times out slow responses with fetch-timeout, and retry recovers', async () => {
    const saved = loading.timeout;
    loading.timeout = 150;
    try {
      const el = await captureWarnings(() =>
        fixture<TestList>(html`<test-list data-src=${url({ type: 'application/json', body: '[4]', delay: 600 })}></test-list>`),
      ).then((r) => r.result);
      await until(() => el.state === 'error', 3000, 'timeout');
      expect(shadowText(el)).to.contain('fetch-timeout');
      loading.timeout = 5000;
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=retry]')!.click();
      await until(() => el.state === 'ready', 5000, 'recovered');
      expect(shadowText(el)).to.contain('4');
    } finally {
      loading.timeout = saved;
    }
  });

  it('rejects a javascript: data-src with invalid-url', async () => {
    const { result: el } = await captureWarnings(async () => {
      const el = await fixture<TestList>(html`<test-list data-src="javascript:alert(1)"></test-list>`);
      await until(() => el.state === 'error', 2000, 'error');
      return el;
    });
    expect(shadowText(el)).to.contain('invalid-url');
  });

  it('keeps the last good data when a refresh fails', async () => {
    const saved = loading.minRefresh;
    loading.minRefresh = 0.05;
    try {
      const el = await fixture<TestList>(
        html`<test-list data-refresh="0.05" data-src=${url({ type: 'application/json', body: '[7]' })}></test-list>`,
      );
      await until(() => el.state === 'ready', 3000, 'ready');
      const events = recordEvents(el, 'civic-error');
      await captureWarnings(async () => {
        el.src = url({ status: 500, body: 'x' });
        await until(() => events.length > 0, 3000, 'refresh failure');
      });
      // src changed → new data expected; a failure here is an error. Now the refresh case proper:
      el.src = url({ type: 'application/json', body: '[8]', count: 'refresh-ok' });
      await until(() => el.state === 'ready' && shadowText(el).includes('8'), 3000, 'good again');
      const hits = async () => (await (await fetch('/__fixture/count?key=refresh-ok')).json()).count as number;
      await until(() => false, 0).catch(() => undefined);
      const before = await hits();
      await new Promise((r) => setTimeout(r, 250));
      expect(await hits()).to.be.greaterThan(before);
    } finally {
      loading.minRefresh = saved;
    }
  });

  it('does not re-fetch when moved in the DOM', async () => {
    const key = `move-${Math.random()}`;
    const el = await fixture<TestList>(
      html`<test-list data-src=${url({ type: 'application/json', body: '[1]', count: key })}></test-list>`,
    );
    await until(() => el.state === 'ready', 3000, 'ready');
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await el.updateComplete;
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 100));
    const { count } = await (await fetch(`/__fixture/count?key=${key}`)).json();
    expect(count).to.equal(1);
    expect(el.state).to.equal('ready');
    other.remove();
  });
});
