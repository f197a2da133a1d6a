import { LAZY_STYLES } from '@market/web/ui';

/**
 * Lazy style bundles of the catalog pages (apps/web/project.json, `inject: false`). The heavy
 * ng-zorro sheets (pagination, tabs…) stay out of the first download.
 */
export const CATALOG_STYLES = {
  /** tag, pagination, checkbox, input-number, empty, spin, message, descriptions: every catalog page. */
  catalog: LAZY_STYLES.catalog,
  /** tabs: the review queue. */
  tabs: 'tabs.css',
  /** table: staff's back-office lists (the review queue). */
  table: LAZY_STYLES.table,
} as const;
