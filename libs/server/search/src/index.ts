// Search's public face: the module, the index keeper (reindex, statistics), the catalog search and
// the typed candidate queries of matching, plus the words of the index (segments, vocabulary) that
// matching scores with. No Meilisearch type and no filter string leaves this library; evaluation
// and benchmark tools import the document builders and settings from src/domain directly.
export { SearchModule } from './search.module';
export { CatalogIndex } from './application/catalog-index';
export { CatalogSearch } from './application/catalog-search';
export { ChallengeIndex } from './application/challenge-index';
export { CandidateSearch, type Candidate, type CandidateQuery } from './application/candidate-search';
export { type IndexStats } from './domain/documents';
export { searchSegments } from './domain/segment';
export { TERM_GROUPS } from './domain/vocabulary';
