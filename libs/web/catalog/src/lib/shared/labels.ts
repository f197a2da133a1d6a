import {
  FIELD_LABELS,
  LISTING_STATUS_LABELS,
  ListingStatus,
  MATURITY_LABELS,
  PATENT_TYPE_LABELS,
  TRANSFER_MODE_LABELS,
  asWritten,
} from '@market/contracts';
import { Localized } from '@market/web/ui';
import { FacetKey } from '../data/search-query';
import { regionLabel } from '../data/regions';

/** A value the shared tables (@market/contracts) do not know is shown as it is, in either language. */
const UNKNOWN = asWritten;

function lookup(table: Record<string, Localized>, value: string): Localized {
  return Object.prototype.hasOwnProperty.call(table, value) ? table[value] : UNKNOWN(value);
}

export const fieldLabel = (value: string) => lookup(FIELD_LABELS, value);
export const maturityLabel = (value: string) => lookup(MATURITY_LABELS, value);
export const modeLabel = (value: string) => lookup(TRANSFER_MODE_LABELS, value);
export const patentTypeLabel = (value: string) => lookup(PATENT_TYPE_LABELS, value);
export const statusLabel = (value: string) => lookup(LISTING_STATUS_LABELS, value);

/** The label of a facet value, whichever facet it belongs to. */
export function facetValueLabel(facet: FacetKey, value: string): Localized {
  switch (facet) {
    case 'field':
      return fieldLabel(value);
    case 'maturity':
      return maturityLabel(value);
    case 'transferMode':
    case 'cooperationMode':
      return modeLabel(value);
    case 'region':
      return regionLabel(value);
  }
}

/** Translation keys of the facets' titles. */
export const FACET_TITLES: Record<FacetKey, string> = {
  field: 'catalog.facets.field',
  maturity: 'catalog.facets.maturity',
  transferMode: 'catalog.facets.transferMode',
  cooperationMode: 'catalog.facets.cooperationMode',
  region: 'catalog.facets.region',
};

/** ng-zorro tag colours of the review flow. */
export const STATUS_COLORS: Record<ListingStatus, string> = {
  draft: 'default',
  pending_review: 'processing',
  published: 'success',
  rejected: 'error',
  archived: 'default',
};
