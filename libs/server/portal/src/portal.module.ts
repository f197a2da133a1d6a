import { Module } from '@nestjs/common';
import { AuctionsModule } from '@market/server/auctions';
import { CatalogModule } from '@market/server/catalog';
import { ChallengesModule } from '@market/server/challenges';
import { DealsModule } from '@market/server/deals';
import { IdentityModule } from '@market/server/identity';
import { NotificationsModule } from '@market/server/notifications';
import { RoadshowsModule } from '@market/server/roadshows';
import { Announcements } from './application/announcements.service';
import { PortalDemo } from './application/portal-demo';
import { PortalFront } from './application/portal-front';
import { PortalController } from './http/portal.controller';
import { WorkGateway } from './http/work.gateway';
import { WorkList } from './application/work-list';
import { AnnouncementQueries } from './infrastructure/announcement.queries';
import { Announcements1764072000000 } from './infrastructure/migrations/1764072000000-announcements';

export const PORTAL_MIGRATIONS = [Announcements1764072000000];

@Module({
  imports: [IdentityModule, NotificationsModule, CatalogModule, ChallengesModule, AuctionsModule, RoadshowsModule, DealsModule],
  controllers: [PortalController],
  providers: [AnnouncementQueries, Announcements, PortalFront, PortalDemo, WorkList, WorkGateway],
  exports: [PortalFront],
})
export class PortalModule {}
