import type { DealSource } from '@market/contracts';

/**
 * Translation keys shared by the deal pages (libs/web/deals/i18n, the `deals` scope);
 * page-specific ones live next to their page.
 */
export const DEAL_TEXT = {
  board: 'deals.texts.board',
  boardLead: 'deals.texts.boardLead',
  seller: 'deals.texts.seller',
  buyer: 'deals.texts.buyer',
  broker: 'deals.texts.broker',
  noBroker: 'deals.texts.noBroker',
  amount: 'deals.texts.amount',
  empty: 'deals.texts.empty',
  retry: 'deals.texts.retry',
  loadError: 'deals.texts.loadError',
  failed: 'deals.texts.failed',
  /** `{{stage}}`: the target stage's label. */
  moveTo: 'deals.texts.moveTo',
  terminate: 'deals.texts.terminate',
  /** `{{from}}`, `{{to}}`: the stages' labels. */
  notAllowed: 'deals.texts.notAllowed',
  openDeal: 'deals.texts.openDeal',
} satisfies Record<string, string>;

/** Where a deal came from (this library's own words; the contracts carry no label for it). */
export const SOURCE_LABELS = {
  match: 'deals.sources.match',
  workbench: 'deals.sources.workbench',
  auction: 'deals.sources.auction',
  manual: 'deals.sources.manual',
  challenge: 'deals.sources.challenge',
} satisfies Record<DealSource, string>;
