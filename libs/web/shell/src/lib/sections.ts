import { ComingSoonSection, Localized } from '@market/web/ui';

/** A part of the market reachable from the header. */
export interface MarketSection {
  path: string;
  label: Localized;
  icon: string;
  /** What the section will offer; shown until the section is built. */
  preview: ComingSoonSection;
}

export const HOME_LABEL: Localized = { zh: '首页', en: 'Home' };

export const MARKET_SECTIONS: readonly MarketSection[] = [
  {
    path: 'achievements',
    label: { zh: '成果大厅', en: 'Results' },
    icon: 'experiment',
    preview: {
      title: { zh: '成果大厅', en: 'Research results' },
      summary: {
        zh: '高校、科研院所登记的科技成果，经科技局审核后在这里公开，供企业检索和洽谈。',
        en: 'Research results registered by universities and institutes, published here after the bureau reviews them.',
      },
      offers: [
        { zh: '按行业领域、成熟度、转化方式、地区和价格检索成果', en: 'Search results by field, maturity, transfer mode, region and price' },
        { zh: '查看成果详情：摘要、专利号、发明人、报价', en: 'See the details: summary, patent numbers, inventors, asking price' },
        { zh: '科研人员在线登记成果，提交科技局审核', en: 'Researchers register results online and submit them for review' },
        { zh: '为每项成果推荐可能感兴趣的企业需求', en: 'Matching technology needs suggested for every result' },
      ],
    },
  },
  {
    path: 'needs',
    label: { zh: '需求大厅', en: 'Needs' },
    icon: 'solution',
    preview: {
      title: { zh: '需求大厅', en: 'Technology needs' },
      summary: {
        zh: '企业在生产经营中遇到的技术难题，连同预算和期限，在这里公开征集解决方案。',
        en: 'Technical problems companies want solved, with budget and deadline, open for solutions.',
      },
      offers: [
        { zh: '企业发布技术需求：预算区间、截止日期、期望的合作方式', en: 'Companies post needs with a budget range, a deadline and the cooperation they want' },
        { zh: '按行业领域、地区和预算检索需求', en: 'Search needs by field, region and budget' },
        { zh: '自动匹配已公开的成果，并说明匹配理由', en: 'Automatic matches with published results, with the reasons' },
        { zh: '有新的匹配成果时通知发布企业', en: 'A notification when a new matching result is published' },
      ],
    },
  },
  {
    path: 'auctions',
    label: { zh: '竞价拍卖', en: 'Auctions' },
    icon: 'rise',
    preview: {
      title: { zh: '竞价拍卖', en: 'Auctions' },
      summary: {
        zh: '科技局组织的成果公开竞价：价高者得，过程公开，结果公示。',
        en: 'Open ascending auctions of research results run by the bureau: highest bid wins, results are announced.',
      },
      offers: [
        { zh: '查看拍卖场次和标的的起拍价、加价幅度、保证金与截止时间', en: 'See each lot’s starting price, increment, deposit and closing time' },
        { zh: '企业报名、缴纳保证金后获得竞买号在线出价', en: 'Companies register, pay the deposit and bid online with a paddle number' },
        { zh: '实时刷新当前价；临近结束时出价会自动延时', en: 'Live current price; a late bid extends the closing time' },
        { zh: '成交结果公示，全部出价记录公开可查', en: 'Results are announced and the full bid log can be read' },
      ],
    },
  },
  {
    path: 'roadshows',
    label: { zh: '路演活动', en: 'Roadshows' },
    icon: 'fund-projection-screen',
    preview: {
      title: { zh: '路演活动', en: 'Roadshows and events' },
      summary: {
        zh: '成果路演、融资推介和技术讲解，线上线下同步举办，让成果方和企业面对面交流。',
        en: 'Result roadshows, financing pitches and technical talks, on site and online.',
      },
      offers: [
        { zh: '查看活动日程、地点或线上链接及剩余名额', en: 'See the schedule, venue or online link, and places left' },
        { zh: '在线报名，活动开始前 24 小时和 1 小时提醒', en: 'Register online; reminders 24 hours and 1 hour before the start' },
        { zh: '成果方申请路演时段，展示自己的成果', en: 'Result owners apply for a slot to present their work' },
      ],
    },
  },
  {
    path: 'deals',
    label: { zh: '交易服务', en: 'Deals' },
    icon: 'team',
    preview: {
      title: { zh: '交易服务', en: 'Deal services' },
      summary: {
        zh: '技术经纪人牵线搭桥，陪同买卖双方从意向走到签约和合同登记。',
        en: 'Technology brokers carry buyer and seller from first interest to a signed, registered contract.',
      },
      offers: [
        { zh: '经纪人为成果方和企业建立交易，逐步推进：意向、洽谈、签约、登记、完成', en: 'Brokers open deals and move them on: intent, negotiation, signing, registration, completion' },
        { zh: '签约时记录合同金额与合同类型（开发、转让、许可、咨询、服务）', en: 'Signing records the amount and contract type (development, transfer, licence, consulting, service)' },
        { zh: '办理技术合同登记认定', en: 'Technology contract registration' },
        { zh: '买卖双方随时查看交易进度', en: 'Both sides can follow the deal at any time' },
      ],
    },
  },
  {
    path: 'stats',
    label: { zh: '数据看板', en: 'Statistics' },
    icon: 'bar-chart',
    preview: {
      title: { zh: '数据看板', en: 'Statistics board' },
      summary: {
        zh: '全市技术合同成交额与年度目标的对照，人人可看。',
        en: 'The city’s registered technology contract volume against the annual target, open to all.',
      },
      offers: [
        { zh: '年度技术合同成交额、目标与完成率', en: 'Annual contract volume, target and completion rate' },
        { zh: '按行业领域、地区、合同类型和月份分析', en: 'Breakdowns by field, region, contract type and month' },
        { zh: '科技局导出已登记合同明细（Excel 可直接打开）', en: 'Bureau staff export the registered contracts (opens in Excel)' },
      ],
    },
  },
];
