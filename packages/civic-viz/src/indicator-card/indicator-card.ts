import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { CivicElement } from '../core/base-element.js';
import { formatPercent, percentChange, toPrecision } from '../core/format.js';
import type { NumberInput, Payload } from '../core/parse.js';
import { cardModel, type IndicatorData } from './model.js';
export type { IndicatorData } from './model.js';
import { cardStyles } from './indicator-card.styles.js';
import { Sparkline, sparklineStyles } from './sparkline.js';
import { cardStrings, type CardStrings } from './strings.js';

const COUNT_MS = 800;
/**
 * A headline figure: value and unit, the change with an arrow and a word, progress towards a
 * target, and the source. The number is real text from the first render; a count-up
 * animates only an `aria-hidden` copy.
 *
 * Data: `data-value` (+ `data-previous`, `data-change`, `data-target`), or from `data-src` /
 * a child `<script type="application/json">`: `{"value": 219000000, "previous"?, "change"?,
 * "target"?, "label"?, "unit"?}`, or a child `<table>`: the first row whose second cell is a
 * number gives the label (first cell) and the value. Attributes override those fields.
 *
 * @summary A key figure with its change, target and source.
 * @tag civic-indicator-card
 * @slot icon - An icon before the label (decorative: give it `alt=""` or `aria-hidden`).
 * @slot footer - Extra footer content after the source and the update date.
 * @csspart link - The link around label and value (with `data-href`).
 * @csspart body - The focusable group around the content (without `data-href`).
 * @csspart value - The primary number with its unit.
 * @csspart change - The change line: arrow, word, percentage and `data-change-label`.
 * @csspart target - The target line ("目标 … · 完成 …%").
 * @csspart bar - The thin progress bar towards the target.
 * @cssprop --civic-positive - Colour of a change in the good direction (see `data-good`).
 * @cssprop --civic-negative - Colour of a change in the bad direction.
 * @cssprop --civic-value-size - Size of the primary number.
 * @cssprop --civic-sparkline-height - Height of the sparkline (default 40px, 56px in care mode).
 * @csspart sparkline - The sparkline under the value (`data-sparkline`), with its text summary.
 */
export class CivicIndicatorCard extends CivicElement<IndicatorData> {
  protected static override textProperties = [...CivicElement.textProperties, 'changeLabel', 'href'];
  static override styles = [...CivicElement.styles, cardStyles, sparklineStyles];
  static override properties: PropertyDeclarations = {
    value: { attribute: 'data-value' },
    previous: { attribute: 'data-previous' },
    change: { attribute: 'data-change' },
    changeLabel: { attribute: 'data-change-label' },
    good: { attribute: 'data-good' },
    target: { attribute: 'data-target' },
    href: { attribute: 'data-href' },
    sparkline: { attribute: 'data-sparkline' },
    sparklineLabels: { attribute: 'data-sparkline-labels' },
    counting: { state: true },
  };

  /** The number (required): a number, or a string such as "219000000". */
  value?: NumberInput;
  /** Previous value; the card shows the change in %. */
  previous?: NumberInput;
  /** Change in % when no previous value is known (e.g. 5.62). */
  change?: NumberInput;
  /** Text after the change (default 较上年 / 較上年 / vs. previous). */
  changeLabel = '';
  /** Which direction is good: up (default), down or neutral. */
  good: 'up' | 'down' | 'neutral' = 'up';
  /** Target value: shows "目标 … · 完成 …%" and a thin bar. */
  target?: NumberInput;
  /** Link to a detail page (http, https or relative). */
  href = '';
  /** Numbers of a small trend line under the value: comma list or JSON array (the property also takes an array). */
  sparkline: string | (number | null)[] = '';
  /** Labels of the sparkline's points: comma list or JSON array. */
  sparklineLabels: string | string[] = '';

  private counting = false;
  private link: string | null = null;
  private shown?: number;
  private countFrom = 0;
  private restart = false;
  private raf = 0;
  // ECharts is loaded only when data-sparkline has numbers (sparkline.ts).
  private readonly spark = new Sparkline(this, {
    format: (v) => this.formatValue(v, { unit: this.model ? this.unitOf(this.model) : this.unit }),
    locale: () => this.env.locale,
    care: () => this.env.care,
    animate: () => this.shouldAnimate && document.visibilityState !== 'hidden',
    report: (e) => this.report(e, true),
    drawn: () => this.markReady(),
  });

  protected override get t(): CardStrings {
    return cardStrings[this.env.locale];
  }

  protected hasInlineData(): boolean {
    return this.value != null && this.value !== '';
  }

  protected buildModel(p?: Payload): IndicatorData | null {
    return cardModel(this, p);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('href')) this.link = this.checkUrl(this.href, 'data-href');
    const v = this.status === 'ready' ? this.model?.value : undefined;
    if (v !== this.shown) {
      this.countFrom = this.shown ?? 0;
      this.shown = v;
      this.counting = this.restart = v !== undefined && this.shouldAnimate;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.restart) this.countUp();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.raf);
    this.counting = false;
  }

  /** Animates the aria-hidden copy of the value; the real text stays in place for AT. */
  private countUp(): void {
    this.restart = false;
    cancelAnimationFrame(this.raf);
    const [from, to, t0] = [this.countFrom, this.shown ?? 0, performance.now()];
    const step = (now: number) => {
      const span = this.renderRoot.querySelector('.tween');
      const k = Math.min(1, Math.max(0, (now - t0) / COUNT_MS));
      if (!span || !this.model || k >= 1) return void (this.counting = false);
      const x = from + (to - from) * (1 - (1 - k) ** 3);
      span.textContent = this.formatValue(Number.isInteger(to) ? Math.round(x) : x, { unit: this.unitOf(this.model) });
      this.raf = requestAnimationFrame(step);
    };
    step(t0);
  }

  private unitOf(m: IndicatorData): string {
    return this.unit || m.unit || '';
  }

  override render(): TemplateResult {
    const m = this.model;
    const label = this.label || m?.label || '';
    const head = html`<div class="head"><slot name="icon"></slot>${label ? html`<div class="label" part="label" id="label">${label}</div>` : nothing}</div>`;
    return html`<div class=${this.frameClass} lang=${this.env.locale} part="frame" aria-busy=${this.status === 'loading'}>
      ${m ? this.renderCard(m, head, !!label) : html`${head}${this.renderStatus()}`} ${this.renderFooter()}
    </div>`;
  }

  private renderCard(m: IndicatorData, head: TemplateResult, labelled: boolean): TemplateResult {
    const fmt = (v: number) => this.formatValue(v, { unit: this.unitOf(m) });
    const final = fmt(m.value);
    const main = html`${head}<p class="value" part="value"><span class=${this.counting ? 'sr-only' : ''}>${final}</span>${
      this.counting ? html`<span class="tween" aria-hidden="true"></span>` : nothing
    }</p>`;
    const details = html`${this.renderSparkline(m)}${this.renderChange(m)}${this.renderTarget(m, fmt)}`;
    const describedBy = this.description ? 'desc' : nothing;
    const desc = this.description ? html`<span id="desc" class="sr-only">${this.description}</span>` : nothing;
    return this.link
      ? html`<a class="main" part="link" href=${this.link} aria-describedby=${describedBy}>${main}</a>${details}${desc}`
      : html`<div class="main" part="body" role="group" tabindex="0" aria-labelledby=${labelled ? 'label' : nothing}
            aria-label=${labelled ? nothing : final} aria-describedby=${describedBy}>${main}${details}</div>${desc}`;
  }

  /** The area under the value where `data-sparkline` is drawn. */
  protected renderSparkline(_m: IndicatorData): TemplateResult | typeof nothing {
    return this.spark.render();
  }

  /** civic-ready waits for the sparkline, when there is one. */
  protected override isDrawn(): boolean {
    return this.spark.settled;
  }

  private renderChange(m: IndicatorData): TemplateResult | typeof nothing {
    const computed = m.previous !== undefined;
    const pct = computed ? percentChange(m.value, m.previous!) : m.change;
    if (pct == null) return nothing;
    const t = this.t;
    const digits = toPrecision(this.precision ?? (computed ? 1 : 2));
    const dir = Math.sign(+pct.toFixed(digits));
    const tone = !dir || this.good === 'neutral' ? 'neutral' : dir > 0 === (this.good !== 'down') ? 'good' : 'bad';
    return html`<p class="change ${tone}" part="change"><span aria-hidden="true">${dir > 0 ? '▲' : dir < 0 ? '▼' : '■'}</span>
      ${dir > 0 ? t.up : dir < 0 ? t.down : t.flat} ${formatPercent(pct, this.env.locale, digits)} ${this.changeLabel || t.changeLabel}</p>`;
  }

  private renderTarget(m: IndicatorData, fmt: (v: number) => string): TemplateResult | typeof nothing {
    if (m.target === undefined) return nothing;
    const t = this.t;
    const done = m.target > 0 ? (m.value / m.target) * 100 : undefined;
    return html`<p class="target" part="target">${t.target} ${fmt(m.target)}${
      done === undefined ? '' : ` · ${t.complete} ${formatPercent(done, this.env.locale, 1)}`
    }</p>
      ${
        done === undefined
          ? nothing
          : html`<svg class="bar" part="bar" aria-hidden="true"><rect class="track" width="100%" height="100%"></rect
            ><rect class="fill" width="${Math.min(100, Math.max(0, done))}%" height="100%"></rect></svg>`
      }`;
  }
}
