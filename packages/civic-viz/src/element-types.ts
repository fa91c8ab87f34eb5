/**
 * Types shared by the framework typings (`civic-viz/react`, `civic-viz/vue`): for each tag, the
 * element class, its settable properties, its `data-*` attributes and its events. Type-only:
 * the element classes are imported with `import type`, so nothing here runs or registers.
 */
import type { LitElement } from 'lit';
import type { CivicDistrictMap } from './district-map/district-map.js';
import type { CivicIndicatorCard } from './indicator-card/indicator-card.js';
import type { CivicProgressRing } from './progress-ring/progress-ring.js';
import type { CivicTrendChart } from './trend-chart/trend-chart.js';
import type { CivicElement } from './core/base-element.js';
import type { CivicErrorDetail, CivicPointSelectDetail, CivicRegionSelectDetail } from './core/events.js';

/** The element class behind each tag. */
export interface CivicElements {
  'civic-indicator-card': CivicIndicatorCard;
  'civic-progress-ring': CivicProgressRing;
  'civic-trend-chart': CivicTrendChart;
  'civic-district-map': CivicDistrictMap;
}

export type CivicTag = keyof CivicElements;

type Fn = (...args: never[]) => unknown;

/**
 * The public properties a framework may set: the element's own and the common ones of
 * `CivicElement`, without methods, without Lit/DOM members (frameworks type those already) and
 * without `state` and `stale`, which the element sets itself.
 */
export type CivicProperties<E> = {
  [K in keyof E as K extends keyof LitElement | 'state' | 'stale' ? never : E[K] extends Fn ? never : K]?: E[K];
};

/** The normalized data an element announces with `civic-data`. */
export type CivicDataOf<E> = E extends CivicElement<infer M> ? M : unknown;

/** Detail of `civic-select` per tag (a card's sparkline selects points; a ring selects nothing). */
export interface CivicSelectDetails {
  'civic-indicator-card': CivicPointSelectDetail;
  'civic-progress-ring': never;
  'civic-trend-chart': CivicPointSelectDetail;
  'civic-district-map': CivicRegionSelectDetail;
}

/** The events of one tag, by name. */
export interface CivicEventsOf<T extends CivicTag> {
  'civic-ready': CustomEvent<void>;
  'civic-data': CustomEvent<CivicDataOf<CivicElements[T]>>;
  'civic-error': CustomEvent<CivicErrorDetail>;
  'civic-select': CustomEvent<CivicSelectDetails[T]>;
}

type Flag = boolean | '' | 'true' | 'false';
type Num = number | string;

/** The attributes every element understands (docs/guide/data.html). Values are strings in HTML; numbers and flags are accepted for convenience. */
export interface CivicCommonAttributes {
  lang?: string;
  'data-label'?: string;
  'data-description'?: string;
  'data-unit'?: string;
  'data-notation'?: 'auto' | 'compact' | 'standard';
  'data-precision'?: Num;
  'data-source'?: string;
  'data-source-href'?: string;
  'data-updated'?: string;
  'data-src'?: string;
  'data-refresh'?: Num;
  /** Text encoding of `data-src` when the server gets it wrong: gbk, gb18030, utf-8, utf-16le … */
  'data-charset'?: string;
  /** Dotted path to the data in a JSON answer ("data.rows", "result.list.-1"). */
  'data-path'?: string;
  'data-label-field'?: string;
  'data-value-field'?: string;
  'data-series-fields'?: string;
  'data-region-field'?: string;
  'data-previous-field'?: string;
  'data-target-field'?: string;
  'data-max-field'?: string;
  'data-theme'?: 'light' | 'dark' | 'auto';
  'data-care'?: Flag;
  'data-animation'?: 'auto' | 'off';
  'data-lazy'?: Flag;
  /** Any other `data-*` attribute (the element ignores those it does not know). */
  [attribute: `data-${string}`]: string | number | boolean | undefined;
}

/** Each element's own attributes (docs/reference/*.html). */
export interface CivicAttributes {
  'civic-indicator-card': CivicCommonAttributes & {
    'data-value'?: Num;
    'data-previous'?: Num;
    'data-change'?: Num;
    'data-change-label'?: string;
    'data-good'?: 'up' | 'down' | 'neutral';
    'data-target'?: Num;
    'data-sparkline'?: string;
    'data-sparkline-labels'?: string;
    'data-href'?: string;
  };
  'civic-progress-ring': CivicCommonAttributes & {
    'data-value'?: Num;
    'data-max'?: Num;
    'data-previous'?: Num;
    'data-target'?: Num;
    'data-change-label'?: string;
    'data-rings'?: string;
  };
  'civic-trend-chart': CivicCommonAttributes & {
    'data-type'?: 'line' | 'area' | 'bar';
    'data-horizontal'?: Flag;
    'data-stacked'?: Flag;
    'data-smooth'?: Flag;
    'data-labels'?: string;
    'data-values'?: string;
    'data-series-name'?: string;
    'data-series'?: string;
    'data-target'?: Num;
    'data-y-min'?: Num;
    'data-y-max'?: Num;
  };
  'civic-district-map': CivicCommonAttributes & {
    'data-map'?: string;
    'data-geo-src'?: string;
    'data-name-property'?: string;
    'data-values'?: string;
    'data-colors'?: string;
    'data-scale'?: 'linear' | 'threshold';
    'data-breaks'?: string;
    'data-show-labels'?: Flag;
    'data-selected'?: string;
  };
}
