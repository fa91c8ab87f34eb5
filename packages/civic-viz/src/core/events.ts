import type { ErrorCode } from './strings.js';

/** Detail of `civic-error`. */
export interface CivicErrorDetail {
  code: ErrorCode;
  message: string;
  attribute?: string;
}

/** Detail of `civic-select` from a trend chart or sparkline. */
export interface CivicPointSelectDetail {
  label: string;
  series: string;
  value: number;
  index: number;
}

/** Detail of `civic-select` from a district map. */
export interface CivicRegionSelectDetail {
  region: string;
  value: number | null;
  rank: number | null;
}

export type CivicSelectDetail = CivicPointSelectDetail | CivicRegionSelectDetail;

/** Map of every civic-viz event to its detail type. */
export interface CivicEventMap {
  'civic-ready': CustomEvent<void>;
  'civic-data': CustomEvent<unknown>;
  'civic-error': CustomEvent<CivicErrorDetail>;
  'civic-select': CustomEvent<CivicSelectDetail>;
}

declare global {
  // Typed `addEventListener('civic-select', e => e.detail.value)` everywhere.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the events
  interface GlobalEventHandlersEventMap extends CivicEventMap {}
}
