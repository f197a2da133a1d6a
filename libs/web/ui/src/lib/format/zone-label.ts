import { filled, WORDS } from '@market/contracts';
import { zoneName } from '@market/shared/time';
import { Localized } from '../i18n/localized';

/**
 * A time field's label with the market's zone after it, as the forms and pages name it:
 * 开始时间（北京时间） / Start (Beijing time). Call it when a component is built, not at module load:
 * the zone is set at start-up from `GET /api/config`.
 */
export function inMarketZone(label: Localized): Localized {
  return filled(WORDS.inZone, { label, zone: zoneName() });
}
