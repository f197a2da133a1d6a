import { Module } from '@nestjs/common';
import { CatalogModule } from '@market/server/catalog';
import { CandidateSearch } from './application/candidate-search';
import { CatalogIndex } from './application/catalog-index';
import { CatalogSearch } from './application/catalog-search';
import { SearchController } from './http/search.controller';
import { MeiliIndexes } from './infrastructure/meili-indexes';

@Module({
  imports: [CatalogModule],
  controllers: [SearchController],
  providers: [MeiliIndexes, CatalogIndex, CatalogSearch, CandidateSearch],
  exports: [CatalogIndex, CatalogSearch, CandidateSearch],
})
export class SearchModule {}
