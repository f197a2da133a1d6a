// The city's regions live in web-ui (every context's filters use them); the catalog's files import them from here.
export { RegionsStore } from '@market/web/ui';
export { regionLabel } from '@market/contracts';
