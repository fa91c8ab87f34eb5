import { CivicIndicatorCard } from './indicator-card.js';

export { CivicIndicatorCard };
export type { IndicatorData } from './indicator-card.js';

CivicIndicatorCard.define('civic-indicator-card');

declare global {
  interface HTMLElementTagNameMap {
    'civic-indicator-card': CivicIndicatorCard;
  }
}
