import { SelfRegistrableRole } from '@market/contracts';
import { Localized } from '@market/web/ui';

export interface Concept {
  icon: string;
  name: Localized;
  text: Localized;
  link: string;
}

export interface RoleCall {
  role: SelfRegistrableRole | 'staff';
  who: Localized;
  does: Localized;
  action: Localized;
  /** Where a signed-out visitor of this role should go first. */
  link: string;
  query: Record<string, string>;
}

export const HERO = {
  title: { zh: '让科技成果走出实验室，走进企业', en: 'Research results, out of the lab and into industry' },
  lead: {
    zh: '网上技术市场是科技局搭建的线上线下技术交易平台：高校院所在这里发布成果，企业在这里提出需求，技术经纪人帮双方谈成交易，科技局全程审核、组织活动并登记合同。',
    en: 'The online technology market is run by the science and technology bureau: universities and institutes publish results, companies post needs, technology brokers help both sides close a deal, and the bureau reviews listings, runs events and registers contracts.',
  },
  join: { zh: '免费注册', en: 'Register for free' },
  browse: { zh: '浏览成果大厅', en: 'Browse results' },
} satisfies Record<string, Localized>;

export const CONCEPTS_TITLE: Localized = { zh: '市场里有什么', en: 'What you find here' };

export const CONCEPTS: readonly Concept[] = [
  {
    icon: 'experiment',
    name: { zh: '科技成果', en: 'Research results' },
    text: {
      zh: '高校和科研院所的研究成果与专利，写明领域、成熟度（从研发到批量生产）、转化方式和报价，经科技局审核后公开。',
      en: 'Results and patents of universities and institutes, with field, maturity, transfer mode and price; public once the bureau approves them.',
    },
    link: '/achievements',
  },
  {
    icon: 'solution',
    name: { zh: '技术需求', en: 'Technology needs' },
    text: {
      zh: '企业遇到的技术难题，附预算区间和截止日期。平台会把需求和合适的成果自动配对，并告诉您配对的理由。',
      en: 'Problems companies need solved, with a budget and a deadline. The platform pairs needs with fitting results and says why.',
    },
    link: '/needs',
  },
  {
    icon: 'rise',
    name: { zh: '竞价拍卖', en: 'Auctions' },
    text: {
      zh: '科技局把成果集中拍卖：企业交保证金后凭竞买号出价，价高者得；最后时刻的出价会自动延时，结果公开公示。',
      en: 'The bureau auctions results: companies pay a deposit and bid with a paddle number; late bids extend the close, and results are announced.',
    },
    link: '/auctions',
  },
  {
    icon: 'fund-projection-screen',
    name: { zh: '路演活动', en: 'Roadshows' },
    text: {
      zh: '成果路演、融资推介和技术讲解，线上线下同时进行。报名后平台会在开始前提醒您。',
      en: 'Result roadshows, financing pitches and technical talks, on site and online, with reminders before they start.',
    },
    link: '/roadshows',
  },
  {
    icon: 'team',
    name: { zh: '技术经纪人', en: 'Technology brokers' },
    text: {
      zh: '持证的专业撮合人：发现匹配的成果与需求，牵线买卖双方，把交易从意向一路推进到签约。',
      en: 'Certified go-betweens who spot matches, bring buyer and seller together and carry a deal from intent to contract.',
    },
    link: '/deals',
  },
  {
    icon: 'audit',
    name: { zh: '技术合同登记', en: 'Contract registration' },
    text: {
      zh: '签订的技术开发、转让、许可、咨询、服务合同经登记认定后，计入全市年度技术交易额，可享受相关政策支持。',
      en: 'Signed development, transfer, licence, consulting and service contracts are registered and count toward the city’s annual volume.',
    },
    link: '/stats',
  },
];

export const ROLES_TITLE: Localized = { zh: '您是谁，在这里做什么', en: 'Who you are, what you do here' };

export const ROLE_CALLS: readonly RoleCall[] = [
  {
    role: 'researcher',
    who: { zh: '科研人员', en: 'Researchers' },
    does: {
      zh: '代表所在高校或院所登记成果、附上专利，提交审核后面向全市企业公开，并看到与之匹配的企业需求。',
      en: 'List results for your university or institute, attach patents, and see the company needs they match.',
    },
    action: { zh: '注册并发布成果', en: 'Register and list a result' },
    link: '/register',
    query: { role: 'researcher' },
  },
  {
    role: 'enterprise',
    who: { zh: '企业', en: 'Companies' },
    does: {
      zh: '发布技术需求、检索成果、报名竞价拍卖并出价，参加路演与高校院所面对面交流。',
      en: 'Post needs, search results, register for auctions and bid, and meet researchers at roadshows.',
    },
    action: { zh: '注册并发布需求', en: 'Register and post a need' },
    link: '/register',
    query: { role: 'enterprise' },
  },
  {
    role: 'broker',
    who: { zh: '技术经纪人', en: 'Brokers' },
    does: {
      zh: '查看成果与需求的匹配结果，为双方建立交易，推进洽谈、签约和合同登记。',
      en: 'See matches between results and needs, open deals and carry them through signing and registration.',
    },
    action: { zh: '注册为经纪人', en: 'Register as a broker' },
    link: '/register',
    query: { role: 'broker' },
  },
  {
    role: 'staff',
    who: { zh: '科技局工作人员', en: 'Bureau staff' },
    does: {
      zh: '审核成果与需求，组织拍卖和路演，确认保证金，设定年度目标并查看全部统计。账号由管理员开通。',
      en: 'Review listings, run auctions and roadshows, confirm deposits, set annual targets and see every statistic. Accounts are created by an administrator.',
    },
    action: { zh: '工作人员登录', en: 'Staff sign-in' },
    link: '/login',
    query: {},
  },
];

export const FLOW_TITLE: Localized = { zh: '一笔技术交易怎样完成', en: 'How a technology deal happens' };

export const FLOW_STEPS: readonly Localized[] = [
  { zh: '发布成果或需求', en: 'Publish a result or a need' },
  { zh: '科技局审核公开', en: 'The bureau reviews and publishes' },
  { zh: '平台匹配、经纪人牵线', en: 'Matches found, a broker steps in' },
  { zh: '洽谈或竞价', en: 'Negotiation or auction' },
  { zh: '签订技术合同', en: 'Contract signed' },
  { zh: '合同登记，计入年度交易额', en: 'Contract registered and counted' },
];
