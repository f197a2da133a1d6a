import { Module } from '@nestjs/common';
import { CatalogModule } from '@market/server/catalog';
import { ChallengesModule } from '@market/server/challenges';
import { ChallengeMatchNotifier } from './application/challenge-match-notifier';
import { NotificationsModule } from '@market/server/notifications';
import { SearchModule } from '@market/server/search';
import { Matcher } from './application/matcher';
import { NewMatchNotifier } from './application/new-match-notifier';
import { MatchesController } from './http/matches.controller';

@Module({
  imports: [CatalogModule, ChallengesModule, NotificationsModule, SearchModule],
  controllers: [MatchesController],
  providers: [Matcher, NewMatchNotifier, ChallengeMatchNotifier],
  exports: [Matcher],
})
export class MatchingModule {}
