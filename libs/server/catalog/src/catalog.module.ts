import { Module } from '@nestjs/common';
import { IdentityModule } from '@market/server/identity';
import { NotificationsModule } from '@market/server/notifications';
import { DemoSeeder } from './application/demo-seeder';
import { ListingHolds } from './application/listing-holds';
import { Listings } from './application/listings.service';
import { ListingWork } from './application/listing-work';
import { AchievementsController } from './http/achievements.controller';
import { NeedsController } from './http/needs.controller';
import { ListingQueries } from './application/listing-queries';
import { AchievementEntity, NeedEntity } from './infrastructure/listing.entities';
import { Catalog1764070300000 } from './infrastructure/migrations/1764070300000-catalog';

export const CATALOG_ENTITIES = [AchievementEntity, NeedEntity];
export const CATALOG_MIGRATIONS = [Catalog1764070300000];

@Module({
  imports: [IdentityModule, NotificationsModule],
  controllers: [AchievementsController, NeedsController],
  providers: [Listings, ListingQueries, ListingHolds, ListingWork, DemoSeeder],
  exports: [Listings, ListingQueries, ListingHolds, ListingWork, DemoSeeder],
})
export class CatalogModule {}
