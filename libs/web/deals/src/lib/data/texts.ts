import { Localized } from '@market/web/ui';

/** Texts shared by the deal pages; page-specific ones live next to their page. */
export const DEAL_TEXT = {
  board: { zh: '交易服务', en: 'Deals' },
  boardLead: {
    zh: '技术经纪人从意向到合同登记推进的每一笔交易。拖动卡片或点击按钮进入下一阶段。',
    en: 'Every deal from first interest to a registered contract. Drag a card or use its buttons to move it on.',
  },
  seller: { zh: '卖方', en: 'Seller' },
  buyer: { zh: '买方', en: 'Buyer' },
  broker: { zh: '经纪人', en: 'Broker' },
  noBroker: { zh: '待指派', en: 'Unassigned' },
  amount: { zh: '金额', en: 'Amount' },
  empty: { zh: '暂无交易', en: 'No deals' },
  retry: { zh: '重试', en: 'Try again' },
  loadError: { zh: '加载失败，请稍后重试。', en: 'Could not load. Please try again.' },
  moveTo: { zh: '推进到', en: 'Move to' },
  terminate: { zh: '终止交易', en: 'Terminate' },
  notAllowed: { zh: '不能从当前阶段直接进入该阶段', en: 'A deal cannot move there from its current stage' },
  openDeal: { zh: '发起交易', en: 'Open a deal' },
  opening: { zh: '正在建立交易…', en: 'Opening the deal…' },
} satisfies Record<string, Localized>;

export const SOURCE_LABELS: Record<string, Localized> = {
  match: { zh: '需求匹配', en: 'From a match' },
  workbench: { zh: '撮合工作台', en: 'Workbench' },
  auction: { zh: '竞价成交', en: 'Auction' },
  manual: { zh: '经纪人录入', en: 'Entered by a broker' },
};
