
/** A part of the market reachable from the header; its feature library serves `path`. */
export interface MarketSection {
  path: string;
  label: string;
  icon: string;
}

export const HOME_LABEL = 'shell.sections.home';

export const MARKET_SECTIONS: readonly MarketSection[] = [
  { path: 'achievements', label: 'shell.sections.results', icon: 'experiment' },
  { path: 'needs', label: 'shell.sections.needs', icon: 'solution' },
  { path: 'challenges', label: 'shell.sections.challenges', icon: 'trophy' },
  { path: 'auctions', label: 'shell.sections.auctions', icon: 'rise' },
  { path: 'roadshows', label: 'shell.sections.roadshows', icon: 'fund-projection-screen' },
  { path: 'deals', label: 'shell.sections.deals', icon: 'team' },
  { path: 'stats', label: 'shell.sections.statistics', icon: 'bar-chart' },
];
