import { CivicProgressRing } from './progress-ring.js';

export { CivicProgressRing };
export type { RingData, RingDatum, RingInput } from './progress-ring.js';

CivicProgressRing.define('civic-progress-ring');

declare global {
  interface HTMLElementTagNameMap {
    'civic-progress-ring': CivicProgressRing;
  }
}
