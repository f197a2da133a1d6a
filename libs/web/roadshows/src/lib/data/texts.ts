import { ROADSHOW_KIND_LABELS, RoadshowKind, RoadshowPhase } from '@market/contracts';
import { Localized } from '@market/web/ui';

export const kindLabel = (kind: RoadshowKind): Localized => ROADSHOW_KIND_LABELS[kind];

export const PHASE_LABELS: Record<RoadshowPhase, Localized> = {
  upcoming: { zh: '报名中', en: 'Open' },
  ongoing: { zh: '进行中', en: 'Under way' },
  ended: { zh: '已结束', en: 'Ended' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

export const PHASE_COLORS: Record<RoadshowPhase, string> = { upcoming: 'green', ongoing: 'blue', ended: 'default', cancelled: 'red' };

export const COMMON = {
  retry: { zh: '重试', en: 'Try again' },
  loadFailed: { zh: '加载失败，请稍后重试。', en: 'Could not load. Please try again.' },
  venue: { zh: '地点', en: 'Venue' },
  online: { zh: '线上参加', en: 'Online' },
  places: { zh: '名额', en: 'Places' },
  registered: { zh: '已报名', en: 'Registered' },
  full: { zh: '已满', en: 'Full' },
} satisfies Record<string, Localized>;
