import type { TodoKind } from '@market/contracts';

// Apart from the menu's component, so that the layout can ask isBackOfficePage without loading the
// menu (and the work list's socket) into the first download.

export interface BackOfficeLink {
  path: string;
  icon: string;
  label: string;
  /** The work-list count shown beside it. */
  todo?: TodoKind;
}

/**
 * Staff's back office, in the order of a working day. The side menu shows on exactly these pages
 * (ShellLayout), so the public pages keep the full width.
 */
export const BACK_OFFICE_LINKS: BackOfficeLink[] = [
  { path: '/workbench', icon: 'schedule', label: 'shell.backOffice.workbench' },
  { path: '/review', icon: 'audit', label: 'shell.backOffice.review', todo: 'review' },
  { path: '/challenges/review', icon: 'trophy', label: 'shell.backOffice.challengeReview', todo: 'challenge_review' },
  { path: '/organizations/verification', icon: 'safety-certificate', label: 'shell.backOffice.verification', todo: 'verification' },
  { path: '/deals/registration', icon: 'file-done', label: 'shell.backOffice.registration', todo: 'registration' },
  { path: '/matchmaking', icon: 'interaction', label: 'shell.backOffice.matchmaking' },
  { path: '/auctions/new', icon: 'rise', label: 'shell.backOffice.newAuction' },
  { path: '/roadshows/new', icon: 'calendar', label: 'shell.backOffice.newEvent' },
  { path: '/announcements/new', icon: 'notification', label: 'shell.backOffice.newAnnouncement' },
  { path: '/stats/targets', icon: 'flag', label: 'shell.backOffice.targets' },
  { path: '/stats', icon: 'bar-chart', label: 'shell.backOffice.stats' },
];

/** Whether a URL is one of the back office's pages (exactly, ignoring the query). */
export function isBackOfficePage(url: string): boolean {
  const path = url.split(/[?#]/)[0];
  return BACK_OFFICE_LINKS.some((l) => l.path === path);
}

