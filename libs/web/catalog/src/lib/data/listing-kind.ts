import { Localized } from '@market/web/ui';

/** Achievements (科技成果) and needs (技术需求) share one review flow and one set of pages. */
export type ListingKind = 'achievements' | 'needs';

export const KIND_TEXT: Record<
  ListingKind,
  { hall: Localized; one: Localized; mine: Localized; create: Localized; creatorRole: 'researcher' | 'enterprise' }
> = {
  achievements: {
    hall: { zh: '成果大厅', en: 'Research results' },
    one: { zh: '成果', en: 'result' },
    mine: { zh: '我的成果', en: 'My results' },
    create: { zh: '发布成果', en: 'List a result' },
    creatorRole: 'researcher',
  },
  needs: {
    hall: { zh: '需求大厅', en: 'Technology needs' },
    one: { zh: '需求', en: 'need' },
    mine: { zh: '我的需求', en: 'My needs' },
    create: { zh: '发布需求', en: 'Post a need' },
    creatorRole: 'enterprise',
  },
};
