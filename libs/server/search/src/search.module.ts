import { Module } from '@nestjs/common';
import { CatalogModule } from '@market/server/catalog';
import { CatalogIndex } from './application/catalog-index';
import { CatalogSearch } from './application/catalog-search';
import { SearchController } from './http/search.controller';

@Module({
  imports: [CatalogModule],
  controllers: [SearchController],
  providers: [CatalogIndex, CatalogSearch],
  exports: [CatalogIndex, CatalogSearch],
})
export class SearchModule {}
