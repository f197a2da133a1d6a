import { DealViews } from './application/deal-view';
import { Module } from '@nestjs/common';
import { IdentityModule } from '@market/server/identity';
import { NotificationsModule } from '@market/server/notifications';
import { CatalogModule } from '@market/server/catalog';
import { Brokers } from './application/brokers.service';
import { Deals } from './application/deals.service';
import { DemoDeals } from './application/demo-deals';
import { LotSoldHandler } from './application/lot-sold.handler';
import { ChallengeAwardedHandler } from './application/challenge-awarded.handler';
import { Statistics } from './application/statistics.service';
import { BrokersController } from './http/brokers.controller';
import { DealsController } from './http/deals.controller';
import { StatsController } from './http/stats.controller';
import { BrokerProfileEntity, DealEntity, StatTargetEntity } from './infrastructure/deal.entities';
import { BrokerQueries } from './infrastructure/broker.queries';
import { DealQueries } from './infrastructure/deal.queries';
import { StatisticsQueries } from './infrastructure/statistics.queries';
import { Deals1764070700000 } from './infrastructure/migrations/1764070700000-deals';
import { OneOpenDeal1764071500000 } from './infrastructure/migrations/1764071500000-one-open-deal';
import { ContractRegistration1764071700000 } from './infrastructure/migrations/1764071700000-contract-registration';
import { ChallengeDeals1764072300000 } from './infrastructure/migrations/1764072300000-challenge-deals';
import { HistoryFacts1764071900000 } from './infrastructure/migrations/1764071900000-history-facts';

export const DEALS_ENTITIES = [DealEntity, StatTargetEntity, BrokerProfileEntity];
export const DEALS_MIGRATIONS = [Deals1764070700000, OneOpenDeal1764071500000, ContractRegistration1764071700000, HistoryFacts1764071900000, ChallengeDeals1764072300000];

@Module({
  imports: [IdentityModule, NotificationsModule, CatalogModule],
  controllers: [DealsController, StatsController, BrokersController],
  providers: [DealQueries, StatisticsQueries, BrokerQueries, Deals, DealViews, Statistics, Brokers, LotSoldHandler, ChallengeAwardedHandler, DemoDeals],
  exports: [Deals, Statistics],
})
export class DealsModule {}
