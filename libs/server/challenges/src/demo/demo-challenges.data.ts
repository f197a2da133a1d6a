import type { ChallengeInput } from '@market/contracts';

/**
 * The demo market's 揭榜挂帅 hall (written for this project): one challenge in each state a visitor
 * should see on first start. `stage` says how far the seeder takes it; `publisher` and the
 * applicants are demo accounts of the catalog's demo market.
 */
export type DemoStage = 'open' | 'evaluating' | 'announced' | 'awarded';

export interface DemoChallenge {
  stage: DemoStage;
  publisher: string;
  /** Days from now to the deadline, for the open ones. */
  deadlineInDays: number;
  body: Omit<ChallengeInput, 'deadline'>;
  applicants: Array<{ email: string; approach: string; team: Array<{ name: string; title: string }>; price?: number }>;
  /** Reviewer e-mail → scores per application, in the applicants' order (evaluating and later). */
  scores?: Record<string, Array<Record<string, number>>>;
  /** The applicant (index) staff award, for announced and awarded. */
  winner?: number;
}

const CRITERIA = [
  { name: '技术先进性', weight: 40 },
  { name: '指标可达性', weight: 30 },
  { name: '团队与条件', weight: 20 },
  { name: '报价合理性', weight: 10 },
];

const milestone = (title: string, months: number) => ({ title, months });
export type DemoMilestone = ReturnType<typeof milestone>;

export const DEMO_MILESTONES: DemoMilestone[] = [milestone('完成方案设计与实验室验证', 3), milestone('完成中试并提交检测报告', 8), milestone('在发榜企业产线完成应用验证', 12)];

export const DEMO_CHALLENGES: DemoChallenge[] = [
  {
    stage: 'open',
    publisher: 'enterprise6@demo.market',
    deadlineInDays: 30,
    body: {
      title: '储能电池簇热失控早期预警与抑制技术',
      description:
        '我司为工商业储能电站提供 215 kWh 电池柜，现有 BMS 只在温度越限后告警，难以在热失控前发现单体异常。征集能在热失控发生前 10 分钟以上给出预警、并能联动抑制的技术方案，适配现有电池柜结构。',
      requirements: ['热失控前 ≥10 分钟给出预警，误报率 ≤1 次/柜·年', '预警信号可接入现有 BMS（CAN 协议）', '单柜改造成本不高于 8000 元'],
      field: 'new_energy',
      bounty: 1_200_000,
      region: '龙湾区',
      criteria: CRITERIA,
    },
    applicants: [
      {
        email: 'researcher@demo.market',
        approach: '基于气体（H₂、CO）与膨胀力多传感融合的早期识别模型，结合电池簇级细水雾抑制，已在实验室完成 12 次热失控触发试验。',
        team: [{ name: '陈立群', title: '教授，项目负责人' }, { name: '吴晨', title: '博士后' }],
        price: 1_150_000,
      },
    ],
  },
  {
    stage: 'open',
    publisher: 'enterprise@demo.market',
    deadlineInDays: 21,
    body: {
      title: '低压断路器触头材料银用量降低技术攻关',
      description:
        '塑壳断路器触头目前采用 AgSnO₂ 材料，白银成本占触头成本六成以上。征集在保持分断能力与电寿命的前提下，将银含量降低 20% 以上的触头材料与制备工艺。',
      requirements: ['银含量较现用材料降低 ≥20%', '电寿命不低于 GB/T 14048.2 要求的 1.2 倍', '可在现有粉末冶金产线上批量生产'],
      field: 'new_materials',
      bounty: 600_000,
      region: '乐清市',
      criteria: CRITERIA,
    },
    applicants: [],
  },
  {
    stage: 'evaluating',
    publisher: 'enterprise3@demo.market',
    deadlineInDays: 0,
    body: {
      title: '阀门密封面激光熔覆耐磨耐蚀涂层技术',
      description:
        '高温高压闸阀密封面现采用堆焊司太立合金，稀释率高、易开裂。征集激光熔覆涂层材料与工艺，在 540 ℃ 工况下提高密封面耐磨耐蚀寿命，并可在我司现有激光设备上实施。',
      requirements: ['涂层稀释率 ≤5%，无裂纹', '540 ℃ 磨损率较堆焊降低 ≥30%', '单件熔覆时间不超过现工艺的 1.5 倍'],
      field: 'advanced_manufacturing',
      bounty: 450_000,
      region: '永嘉县',
      criteria: CRITERIA,
    },
    applicants: [
      {
        email: 'researcher3@demo.market',
        approach: '采用 Co 基合金添加纳米 WC 的梯度涂层，配合同轴送粉与温度闭环控制，已在 316L 基体上得到稀释率 3.8% 的样件。',
        team: [{ name: '林晓岚', title: '研究员' }, { name: '郑凯', title: '工程师' }],
        price: 420_000,
      },
      {
        email: 'researcher4@demo.market',
        approach: '以 Ni60 合金为基础优化工艺参数并引入超声振动辅助熔覆，降低裂纹敏感性，学院实训中心可提供中试条件。',
        team: [{ name: '叶建平', title: '副教授' }],
        price: 380_000,
      },
    ],
    scores: {
      'broker@demo.market': [
        { 技术先进性: 88, 指标可达性: 82, 团队与条件: 80, 报价合理性: 75 },
        { 技术先进性: 72, 指标可达性: 70, 团队与条件: 68, 报价合理性: 85 },
      ],
    },
  },
  {
    stage: 'announced',
    publisher: 'enterprise2@demo.market',
    deadlineInDays: 0,
    body: {
      title: '鞋材边角料高值化回收再利用技术',
      description: '我司每年产生约 1200 吨 EVA 与橡胶鞋材边角料，目前外运焚烧。征集将边角料再生为可用于中底或地垫的材料的工艺，再生料物性满足我司来料标准。',
      requirements: ['再生料掺用比例 ≥30% 时物性达标', '处理成本 ≤1500 元/吨', '工艺无二次污染排放'],
      field: 'energy_saving',
      bounty: 300_000,
      region: '鹿城区',
      criteria: CRITERIA,
    },
    applicants: [
      {
        email: 'researcher2@demo.market',
        approach: '低温粉碎后动态脱硫与反应挤出再生，再生 EVA 按 35% 掺入中底配方，已完成小试物性检测。',
        team: [{ name: '王思远', title: '高级工程师' }],
        price: 280_000,
      },
      {
        email: 'researcher@demo.market',
        approach: '超临界 CO₂ 辅助解交联再生橡胶，与 EVA 共混制备地垫材料。',
        team: [{ name: '陈立群', title: '教授' }],
      },
    ],
    scores: {
      'broker2@demo.market': [
        { 技术先进性: 85, 指标可达性: 88, 团队与条件: 82, 报价合理性: 90 },
        { 技术先进性: 80, 指标可达性: 70, 团队与条件: 85, 报价合理性: 70 },
      ],
    },
    winner: 0,
  },
  {
    stage: 'awarded',
    publisher: 'enterprise7@demo.market',
    deadlineInDays: 0,
    body: {
      title: '中药提取废渣资源化利用技术',
      description: '我司中药提取车间每年产生药渣约 800 吨，含水率高、处置费用高。征集药渣资源化利用技术，产品可形成稳定销路，整体处置成本较现状下降。',
      requirements: ['药渣资源化率 ≥90%', '综合处置成本较现状降低 ≥40%', '产品符合相关国家或行业标准'],
      field: 'biomedicine',
      bounty: 500_000,
      region: '瓯海区',
      criteria: CRITERIA,
    },
    applicants: [
      {
        email: 'researcher5@demo.market',
        approach: '药渣经固态发酵制备生物有机肥，并提取残留活性成分用于饲料添加剂，已与两家肥企完成对接。',
        team: [{ name: '黄佳慧', title: '副教授，项目负责人' }, { name: '杜峰', title: '讲师' }],
        price: 480_000,
      },
    ],
    scores: { 'broker@demo.market': [{ 技术先进性: 86, 指标可达性: 90, 团队与条件: 84, 报价合理性: 88 }] },
    winner: 0,
  },
];
