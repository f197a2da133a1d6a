import { Module } from '@nestjs/common';
import { IdentityModule } from '@market/server/identity';
import { NotificationsModule } from '@market/server/notifications';
import { CatalogModule } from '@market/server/catalog';
import { AuctionDemo } from './application/auction-demo';
import { Auctions } from './application/auctions.service';
import { BidLimiter } from './application/bid-limiter';
import { Bidding } from './application/bidding.service';
import { LotBroadcaster } from './application/lot-broadcaster';
import { LotClock } from './application/lot-clock';
import { LotHolds } from './application/lot-holds';
import { AuctionsController, LotsController } from './http/auctions.controller';
import { AuctionsGateway } from './http/auctions.gateway';
import { AuctionQueries } from './infrastructure/auction.queries';
import { LotQueries } from './infrastructure/lot.queries';
import { Auctions1764070500000 } from './infrastructure/migrations/1764070500000-auctions';
import { PlaceBids1764071200000 } from './infrastructure/migrations/1764071200000-place-bids';
import { RegistrationTermsDeposit1764071800000 } from './infrastructure/migrations/1764071800000-registration-terms-deposit';
import { PlaceBidsLeader1764071400000 } from './infrastructure/migrations/1764071400000-place-bids-leader';

/** Tables are reached with SQL (the hot bid path is one function call per batch), so there are no entities. */
export const AUCTIONS_ENTITIES: Function[] = []; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
export const AUCTIONS_MIGRATIONS = [Auctions1764070500000, PlaceBids1764071200000, PlaceBidsLeader1764071400000, RegistrationTermsDeposit1764071800000];

@Module({
  // CatalogModule first: its demo seeder must have run before the auction demo looks for achievements
  imports: [CatalogModule, IdentityModule, NotificationsModule],
  controllers: [AuctionsController, LotsController],
  providers: [AuctionQueries, LotQueries, Auctions, Bidding, BidLimiter, LotClock, LotBroadcaster, LotHolds, AuctionsGateway, AuctionDemo],
  exports: [Auctions],
})
export class AuctionsModule {}
