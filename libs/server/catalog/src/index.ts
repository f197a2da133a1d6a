// Catalog's public face: achievements and needs, their review flow, and the change topic search follows.
export { CatalogModule, CATALOG_ENTITIES, CATALOG_MIGRATIONS } from './catalog.module';
export { Listings } from './application/listings.service';
export { ListingQueries, type AchievementCard } from './application/listing-queries';
export { ListingHolds, type ListingHold } from './application/listing-holds';
export { ListingWork, WORK_ENTRIES } from './application/listing-work';
export { DemoSeeder, DEMO_STAFF_EMAIL } from './application/demo-seeder';
export { type ListingKind } from './application/listing-kinds';
