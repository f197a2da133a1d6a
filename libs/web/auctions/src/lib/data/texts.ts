import { AUCTION_STATUS_LABELS, LOT_RESULT_LABELS, LOT_STATUS_LABELS, REGISTRATION_STATUS_LABELS } from '@market/contracts';

export { AUCTION_STATUS_LABELS, LOT_RESULT_LABELS, LOT_STATUS_LABELS, REGISTRATION_STATUS_LABELS };

/** Words shared by the auction pages: keys of the `auctions` scope (libs/web/auctions/i18n). */
export const T = {
  hall: 'auctions.common.hall',
  hallLead: 'auctions.common.hallLead',
  create: 'auctions.common.create',
  startsAt: 'auctions.common.startsAt',
  endsAt: 'auctions.common.endsAt',
  lots: 'auctions.common.lots',
  startingPrice: 'auctions.common.startingPrice',
  increment: 'auctions.common.increment',
  reservePrice: 'auctions.common.reservePrice',
  deposit: 'auctions.common.deposit',
  currentPrice: 'auctions.common.currentPrice',
  nextMinimum: 'auctions.common.nextMinimum',
  bidCount: 'auctions.common.bidCount',
  leading: 'auctions.common.leading',
  paddle: 'auctions.common.paddle',
  extension: 'auctions.common.extension',
  seconds: 'auctions.common.seconds',
  empty: 'auctions.common.empty',
  loadError: 'auctions.common.loadError',
  retry: 'auctions.common.retry',
} satisfies Record<string, string>;
