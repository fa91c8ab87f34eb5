import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { CivicElement } from '../core/base-element.js';
import { formatNumber } from '../core/format.js';
import type { NumberInput, Payload } from '../core/parse.js';
import { hasRingInline, ringModel, type RingData, type RingDatum, type RingInput } from './model.js';
import { widthStep } from './fit.js';
export type { RingData, RingDatum, RingInput } from './model.js';
import { ringStyles } from './progress-ring.styles.js';
import { ringStrings, type RingStrings } from './strings.js';

/** Share of the full circle, 0–100, clamped: the drawing never overflows, the text keeps the real number. */
const share = (v: number, max: number): number => Math.min(100, Math.max(0, Math.round((v / max) * 1e4) / 100));

/**
 * The previous value is a thin arc just outside the track (the track's outer edge is at 46 in
 * both modes): on the track itself the current arc would cover it whenever the value grew.
 */
const PREV_RADIUS = 48.3;

/**
 * A progress ring drawn in SVG by the element itself, no chart library: a value of a
 * maximum, the previous value as a faint arc with the change in points, and a target tick.
 * Several `data-rings` entries draw concentric rings with a numbered text legend.
 *
 * Data: `data-value` (+ `data-max`, `data-previous`, `data-target`), `data-rings`, or from
 * `data-src` / child JSON — `{"value": 92, "max"?, "previous"?, "target"?, "label"?}` or
 * `[{"label": "…", "value": 92, "max"?: 100}]` — or a child `<table>` with rows
 * (label, value[, max]): one row is a single ring, more rows are concentric rings.
 *
 * @summary A value out of a maximum as a ring, with previous value, target and legend.
 * @tag civic-progress-ring
 * @slot footer - Extra footer content after the source and the update date.
 * @csspart meter - The single ring (role="meter", the tab stop).
 * @csspart body - Rings and legend of a multi-ring element (the tab stop).
 * @csspart ring - The SVG drawing.
 * @csspart value - The number in the middle of a single ring.
 * @csspart change - The change since `data-previous` ("+14个百分点 较年初").
 * @csspart target - The target text ("目标 95%").
 * @csspart legend - The numbered legend of concentric rings.
 * @cssprop --civic-ring-size - Diameter of the ring (default 140px; 1.3× in care mode).
 * @cssprop --civic-series-1 - Colour of the first ring of several (up to --civic-series-6).
 */
export class CivicProgressRing extends CivicElement<RingData> {
  protected static override textProperties = [...CivicElement.textProperties, 'changeLabel'];
  static override styles = [...CivicElement.styles, ringStyles];
  static override properties: PropertyDeclarations = {
    value: { attribute: 'data-value' },
    max: { attribute: 'data-max' },
    previous: { attribute: 'data-previous' },
    target: { attribute: 'data-target' },
    changeLabel: { attribute: 'data-change-label' },
    rings: { attribute: 'data-rings' },
  };

  /** The value. */
  value?: NumberInput;
  /** The full-scale value (default 100; must be greater than 0). */
  max?: NumberInput;
  /** Previous value: a faint arc and the change ("+14个百分点"). */
  previous?: NumberInput;
  /** Target: a tick on the ring and "目标 …". */
  target?: NumberInput;
  /** Text after the change (default 较上年 / 較上年 / vs. previous; e.g. 较年初). */
  changeLabel = '';
  /** Concentric rings: JSON `[{label, value, max}]`, or an array through the property. */
  rings?: string | RingInput[] | null;

  protected override get t(): RingStrings {
    return ringStrings[this.env.locale];
  }

  protected hasInlineData(): boolean {
    return hasRingInline(this);
  }

  protected buildModel(p?: Payload): RingData | null {
    return ringModel(this, p);
  }

  private unitOf(r: RingDatum): string {
    return this.unit || (r.max === 100 ? '%' : '');
  }

  /** "92%", or "7个，满值10个" when the scale is not a percentage. */
  private describe(r: RingDatum): string {
    const unit = this.unitOf(r);
    const v = this.formatValue(r.value, { unit });
    return r.max === 100 && unit === '%' ? v : this.t.of(v, this.formatValue(r.max, { unit }));
  }

  override render(): TemplateResult {
    const m = this.model;
    const label = this.label || (m?.rings.length === 1 ? m.rings[0].label : '');
    return html`<div class=${this.frameClass} lang=${this.env.locale} part="frame" aria-busy=${this.status === 'loading'}>
      ${label ? html`<div class="label" part="label" id="label">${label}</div>` : nothing}
      ${m ? (m.rings.length === 1 ? this.renderSingle(m, !!label) : this.renderMulti(m, !!label)) : this.renderStatus()}
      ${this.description ? html`<span id="desc" class="sr-only">${this.description}</span>` : nothing} ${this.renderFooter()}
    </div>`;
  }

  private renderSingle(m: RingData, labelled: boolean): TemplateResult {
    const t = this.t;
    const [r] = m.rings;
    const unit = this.unitOf(r);
    const sw = this.env.care ? 14 : 10;
    const radius = 46 - sw / 2;
    let change = '';
    if (m.previous !== undefined) {
      const diff = r.value - m.previous;
      const sign = diff > 0 ? '+' : diff < 0 ? '−' : '';
      const size = Math.abs(diff);
      change = `${
        unit === '%'
          ? t.points(sign + formatNumber(size, { locale: this.env.locale, notation: 'standard', precision: this.precision }))
          : sign + this.formatValue(size, { unit })
      } ${this.changeLabel || t.changeLabel}`;
    }
    let tick: TemplateResult | typeof nothing = nothing;
    if (m.target !== undefined) {
      const a = (share(m.target, r.max) / 50) * Math.PI;
      const at = (d: number) => `${(50 + d * Math.sin(a)).toFixed(2)} ${(50 - d * Math.cos(a)).toFixed(2)}`;
      tick = svg`<path class="tick" d="M${at(radius - sw / 2 - 3)}L${at(radius + sw / 2 + 3)}"></path>`;
    }
    const text = this.describe(r);
    const value = this.formatValue(r.value, { unit });
    const ids = [change && 'change', m.target !== undefined && 'target', this.description && 'desc'].filter(Boolean).join(' ');
    return html`<div class="body">
      <div class="meter" part="meter" role="meter" tabindex="0" aria-valuemin="0" aria-valuemax=${r.max}
        aria-valuenow=${Math.min(r.max, Math.max(0, r.value))} aria-valuetext=${text}
        aria-labelledby=${labelled ? 'label' : nothing} aria-label=${labelled ? nothing : text} aria-describedby=${ids || nothing}>
        <svg viewBox="0 0 100 100" aria-hidden="true" part="ring"><g transform="rotate(-90 50 50)" stroke-width=${sw}>
          ${this.arc('track', radius, 100)}${this.arc('arc', radius, share(r.value, r.max))}${
            m.previous !== undefined ? this.arc('prev', PREV_RADIUS, share(m.previous, r.max), this.env.care ? 3 : 2.5) : nothing
          }
        </g>${tick}</svg>
        <span class="center w${widthStep(value)}" part="value">${value}</span>
      </div>
      <div class="info">
        ${change ? html`<p id="change" part="change">${change}</p>` : nothing}
        ${m.target !== undefined ? html`<p id="target" part="target">${t.target} ${this.formatValue(m.target, { unit })}</p>` : nothing}
      </div>
    </div>`;
  }

  private renderMulti(m: RingData, labelled: boolean): TemplateResult {
    const n = m.rings.length;
    const sw = Math.min(this.env.care ? 14 : 10, 43 / n - 2);
    const radius = (i: number) => 49 - sw / 2 - i * (sw + 2);
    return html`<div class="body" part="body" role="group" tabindex="0" aria-labelledby=${labelled ? 'label' : nothing}
      aria-describedby=${this.description ? 'desc' : nothing}>
      <svg viewBox="0 0 100 100" aria-hidden="true" part="ring"><g transform="rotate(-90 50 50)" stroke-width=${sw}>
        ${m.rings.map((r, i) => svg`${this.arc('track', radius(i), 100)}${this.arc(`arc c${(i % 6) + 1}`, radius(i), share(r.value, r.max))}`)}
      </g></svg>
      <div class="info">
        <p id="legend">${this.t.ringLegend}</p>
        <ol class="legend" part="legend" aria-labelledby="legend">
          ${m.rings.map((r, i) => html`<li class="c${(i % 6) + 1}"><span class="sw" aria-hidden="true"></span>${r.label} ${this.describe(r)}</li>`)}
        </ol>
      </div>
    </div>`;
  }

  private arc(cls: string, r: number, pct: number, width?: number): TemplateResult {
    return svg`<circle class=${cls} cx="50" cy="50" r=${r} pathLength="100" stroke-dasharray="${pct} 100" stroke-width=${width ?? nothing}></circle>`;
  }
}
