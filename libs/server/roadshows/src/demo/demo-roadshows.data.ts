/**
 * Upcoming events loaded with the demo market (local mode, or DEMO_SEED=true). Written for this
 * project: the venues, hosts and programmes are fictional.
 */
import type { RoadshowKind } from '@market/contracts';

export interface DemoRoadshow {
  title: string;
  kind: RoadshowKind;
  /** Days from seeding; the event starts at 14:00 Beijing time (06:00 UTC) that day. */
  inDays: number;
  hours: number;
  venue: string | null;
  onlineUrl: string | null;
  capacity: number;
  description: string;
  /** How many published demo achievements get a 20-minute slot. */
  slots: number;
}

export const DEMO_ROADSHOWS: DemoRoadshow[] = [
  {
    title: '新能源与智能装备成果专场路演',
    kind: 'roadshow',
    inDays: 3,
    hours: 3,
    venue: '温州市科技创新服务中心 3 楼路演厅',
    onlineUrl: null,
    capacity: 80,
    description: '高校和科研院所的新能源、智能装备成果集中路演，每项成果 20 分钟讲解与答疑，欢迎企业技术负责人报名参加。',
    slots: 3,
  },
  {
    title: '科技型中小企业融资推介会（第四期）',
    kind: 'financing',
    inDays: 9,
    hours: 2,
    venue: '温州科技金融服务港 1 号会议室',
    onlineUrl: 'https://meeting.example.com/j/wz-finance-04',
    capacity: 60,
    description: '面向投资机构和银行的项目推介，成果方介绍技术、市场与融资需求，现场对接。',
    slots: 2,
  },
  {
    title: '技术讲解：皮革与鞋材绿色涂层工艺',
    kind: 'tech_talk',
    inDays: 16,
    hours: 2,
    venue: null,
    onlineUrl: 'https://meeting.example.com/j/wz-talk-coating',
    capacity: 200,
    description: '线上技术讲解，介绍水性涂层、抗菌涂层在鞋革行业的应用与改造成本，适合生产与工艺负责人。',
    slots: 0,
  },
  {
    title: '生物医药与现代农业成果对接会',
    kind: 'roadshow',
    inDays: 24,
    hours: 3,
    venue: '瓯海区科技园报告厅',
    onlineUrl: null,
    capacity: 100,
    description: '生物医药、现代农业领域的成果展示与企业需求对接，会后安排一对一洽谈。',
    slots: 0,
  },
];
