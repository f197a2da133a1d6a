/** Achievements (科技成果) and needs (技术需求) share one review flow and one set of pages. */
export type ListingKind = 'achievements' | 'needs';

/** Translation keys (libs/web/catalog/i18n) of each kind's pages, and the role that creates it. */
export const KIND_TEXT: Record<ListingKind, { hall: string; mine: string; create: string; creatorRole: 'researcher' | 'enterprise' }> = {
  achievements: {
    hall: 'catalog.kinds.achievements.hall',
    mine: 'catalog.kinds.achievements.mine',
    create: 'catalog.kinds.achievements.create',
    creatorRole: 'researcher',
  },
  needs: {
    hall: 'catalog.kinds.needs.hall',
    mine: 'catalog.kinds.needs.mine',
    create: 'catalog.kinds.needs.create',
    creatorRole: 'enterprise',
  },
};
