import { Module } from '@nestjs/common';
import { CatalogModule } from '@market/server/catalog';
import { NotificationsModule } from '@market/server/notifications';
import { SearchModule } from '@market/server/search';
import { Matcher } from './application/matcher';
import { NewMatchNotifier } from './application/new-match-notifier';
import { MatchesController } from './http/matches.controller';

@Module({
  imports: [CatalogModule, NotificationsModule, SearchModule],
  controllers: [MatchesController],
  providers: [Matcher, NewMatchNotifier],
  exports: [Matcher],
})
export class MatchingModule {}
