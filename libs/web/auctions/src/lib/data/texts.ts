import { AUCTION_STATUS_LABELS, LOT_RESULT_LABELS, LOT_STATUS_LABELS, REGISTRATION_STATUS_LABELS } from '@market/contracts';
import type { Localized } from '@market/web/ui';

export { AUCTION_STATUS_LABELS, LOT_RESULT_LABELS, LOT_STATUS_LABELS, REGISTRATION_STATUS_LABELS };

/** Words shared by the auction pages. */
export const T = {
  hall: { zh: '竞价大厅', en: 'Auctions' },
  hallLead: {
    zh: '科技局组织的成果公开竞价：价高者得，竞买人以竞买号出现，过程公开，结果公示。',
    en: 'Open ascending auctions of research results run by the bureau: bidders appear by paddle number, results are announced.',
  },
  create: { zh: '创建竞价活动', en: 'New auction' },
  startsAt: { zh: '开始时间', en: 'Starts' },
  endsAt: { zh: '结束时间', en: 'Ends' },
  lots: { zh: '拍品', en: 'Lots' },
  startingPrice: { zh: '起拍价', en: 'Starting price' },
  increment: { zh: '加价幅度', en: 'Increment' },
  reservePrice: { zh: '保留价', en: 'Reserve price' },
  deposit: { zh: '保证金', en: 'Deposit' },
  currentPrice: { zh: '当前价', en: 'Current price' },
  nextMinimum: { zh: '最低可出价', en: 'Lowest acceptable bid' },
  bidCount: { zh: '出价次数', en: 'Bids' },
  leading: { zh: '领先竞买号', en: 'Leading paddle' },
  paddle: { zh: '竞买号', en: 'Paddle' },
  extension: { zh: '延时周期', en: 'Extension window' },
  seconds: { zh: '秒', en: 's' },
  enter: { zh: '进入竞价室', en: 'Enter the room' },
  empty: { zh: '暂无竞价活动', en: 'No auctions here' },
  loadError: { zh: '加载失败，请稍后重试。', en: 'Could not load. Please try again.' },
  retry: { zh: '重试', en: 'Try again' },
} satisfies Record<string, Localized>;
