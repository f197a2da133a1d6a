import type { AnnouncementInput } from '@market/contracts';

/** The demo market's announcements: written for this project, about its own (fictional) programmes. */
export const DEMO_ANNOUNCEMENTS: AnnouncementInput[] = [
  {
    kind: 'policy',
    title: '网上技术市场技术合同登记办理指南（演示）',
    body:
      '<p>在本平台达成的技术开发、转让、许可、咨询和服务合同，经买卖双方在线确认合同金额与类型后，由科技局登记。</p>' +
      '<h3>办理流程</h3><ol><li>技术经纪人录入已签订的合同信息；</li><li>成果方与买方分别在线确认；</li><li>科技局审核并登记，生成 16 位登记编号。</li></ol>' +
      '<p>登记后的合同计入本年度技术交易额，并可作为申请相关奖励的依据。</p>',
  },
  {
    kind: 'notice',
    title: '关于开展冬季科技成果线上路演活动的通知（演示）',
    body:
      '<p>各高校、科研院所及企业：</p><p>为促进科技成果与企业需求对接，平台将于近期举办新能源、智能装备、生物医药等专场路演。' +
      '成果方可在活动页面申请路演时段，企业用户可在线报名参加。</p><p>名额有限，先到先得。</p>',
    pinned: true,
  },
  {
    kind: 'notice',
    title: '科技成果公开竞价会竞买须知（演示）',
    body:
      '<p>参加公开竞价的企业须先通过机构认证，并在保证金截止时间前按拍卖公告汇入保证金，经科技局确认后方可出价。</p>' +
      '<ul><li>出价以元为单位，须不低于当前价加加价幅度；</li><li>结束前最后时段内有新出价的，结束时间自动顺延；</li><li>成交后平台自动建立交易，由技术经纪人跟进签约。</li></ul>',
  },
];
