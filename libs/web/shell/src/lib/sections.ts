import { Localized } from '@market/web/ui';

/** A part of the market reachable from the header; its feature library serves `path`. */
export interface MarketSection {
  path: string;
  label: Localized;
  icon: string;
}

export const HOME_LABEL: Localized = { zh: '首页', en: 'Home' };

export const MARKET_SECTIONS: readonly MarketSection[] = [
  { path: 'achievements', label: { zh: '成果大厅', en: 'Results' }, icon: 'experiment' },
  { path: 'needs', label: { zh: '需求大厅', en: 'Needs' }, icon: 'solution' },
  { path: 'auctions', label: { zh: '竞价拍卖', en: 'Auctions' }, icon: 'rise' },
  { path: 'roadshows', label: { zh: '路演活动', en: 'Roadshows' }, icon: 'fund-projection-screen' },
  { path: 'deals', label: { zh: '交易服务', en: 'Deals' }, icon: 'team' },
  { path: 'stats', label: { zh: '数据看板', en: 'Statistics' }, icon: 'bar-chart' },
];
