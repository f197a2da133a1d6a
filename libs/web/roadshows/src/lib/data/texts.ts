import { ROADSHOW_KIND_LABELS, RoadshowKind, RoadshowPhase } from '@market/contracts';
import { Localized } from '@market/web/ui';

/** The kinds' labels are shared with the server (@market/contracts): shown with the `tr` pipe. */
export const kindLabel = (kind: RoadshowKind): Localized => ROADSHOW_KIND_LABELS[kind];

/** Translation keys of the phases (libs/web/roadshows/i18n). */
export const PHASE_LABELS: Record<RoadshowPhase, string> = {
  upcoming: 'roadshows.phases.upcoming',
  ongoing: 'roadshows.phases.ongoing',
  ended: 'roadshows.phases.ended',
  cancelled: 'roadshows.phases.cancelled',
};

export const PHASE_COLORS: Record<RoadshowPhase, string> = { upcoming: 'green', ongoing: 'blue', ended: 'default', cancelled: 'red' };

export const COMMON = {
  retry: 'roadshows.common.retry',
  loadFailed: 'roadshows.common.loadFailed',
  venue: 'roadshows.common.venue',
  /** 地点：… in a card. */
  venueIs: 'roadshows.common.venueIs',
  online: 'roadshows.common.online',
  places: 'roadshows.common.places',
} satisfies Record<string, string>;
