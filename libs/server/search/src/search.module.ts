import { Module } from '@nestjs/common';
import { CatalogModule } from '@market/server/catalog';
import { ChallengesModule } from '@market/server/challenges';
import { ChallengeIndex } from './application/challenge-index';
import { ChallengeSearch } from './application/challenge-search';
import { CandidateSearch } from './application/candidate-search';
import { CatalogIndex } from './application/catalog-index';
import { CatalogSearch } from './application/catalog-search';
import { SearchController } from './http/search.controller';
import { MeiliIndexes } from './infrastructure/meili-indexes';

@Module({
  imports: [CatalogModule, ChallengesModule],
  controllers: [SearchController],
  providers: [MeiliIndexes, CatalogIndex, CatalogSearch, CandidateSearch, ChallengeIndex, ChallengeSearch],
  exports: [CatalogIndex, CatalogSearch, CandidateSearch, ChallengeIndex],
})
export class SearchModule {}
