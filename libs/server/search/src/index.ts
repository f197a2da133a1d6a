// Search's public face: the module, the index keeper (reindex) and the pure document builders
// that evaluation and benchmark tools share with the product.
export { SearchModule } from './search.module';
export { CatalogIndex } from './application/catalog-index';
export { CatalogSearch } from './application/catalog-search';
export { searchSegments } from './domain/segment';
export { achievementDocument, needDocument, stripSearchFields, ACHIEVEMENT_SETTINGS, NEED_SETTINGS, ACHIEVEMENTS_INDEX, NEEDS_INDEX } from './domain/documents';
export { TERM_GROUPS, synonymSettings } from './domain/vocabulary';
