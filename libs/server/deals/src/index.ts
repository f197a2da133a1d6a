// Deals' public face: the module, its tables, and the services the composition root may need.
export { DealsModule, DEALS_ENTITIES, DEALS_MIGRATIONS } from './deals.module';
export { Deals } from './application/deals.service';
export { Statistics } from './application/statistics.service';
export { planAdvance, allowedNext } from './domain/deal-stage';
