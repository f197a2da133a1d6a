import { Module } from '@nestjs/common';
import { IdentityModule } from '@market/server/identity';
import { NotificationsModule } from '@market/server/notifications';
import { ChallengeApplications } from './application/applications.service';
import { ChallengeAwards } from './application/awards.service';
import { ChallengeDemo } from './application/challenge-demo';
import { ChallengeMoments } from './application/challenge-moments';
import { ChallengeViews } from './application/challenge-view';
import { Challenges } from './application/challenges.service';
import { ChallengesController } from './http/challenges.controller';
import { ApplicationQueries } from './infrastructure/application.queries';
import { ChallengeQueries } from './infrastructure/challenge.queries';
import { Challenges1764072200000 } from './infrastructure/migrations/1764072200000-challenges';

export const CHALLENGES_MIGRATIONS = [Challenges1764072200000];

@Module({
  imports: [IdentityModule, NotificationsModule],
  controllers: [ChallengesController],
  providers: [ChallengeQueries, ApplicationQueries, ChallengeViews, Challenges, ChallengeApplications, ChallengeAwards, ChallengeMoments, ChallengeDemo],
  exports: [Challenges, ChallengeMoments],
})
export class ChallengesModule {}
