/**
 * Labelled development set for need ↔ achievement matching.
 *
 * `npm run eval:matching` (tools/eval/matching.ts) loads every achievement and need below into a
 * clean test database through the real API, asks the product for each need's matches and scores
 * the ranking against JUDGMENTS (nDCG@10, MRR), next to a plain keyword-search baseline.
 *
 * All items were written for this project: the organizations, people and figures are fictional,
 * modelled on Wenzhou's industries (低压电器, 泵阀, 合成革, 眼镜, 印刷包装, 汽摩配, 茶叶, 海藻).
 * The set contains deliberate traps: same-field distractors, shared generic words (检测, 控制,
 * 材料), synonyms (锂电池/动力电池, 图像识别/机器视觉, VOC/挥发性有机物), solutions filed under
 * another field, prices above budget, and lab-stage results offered for mass-production needs.
 *
 * This is a DEVELOPMENT set. Do not tune weights, synonyms or thresholds against it item by item:
 * the market will be judged on needs it has never seen, and a ranking fitted to these 17 needs
 * says nothing about those.
 */
import type { AchievementInput, NeedInput } from '@market/contracts';

export interface DevAchievement extends AchievementInput {
  key: string;
  /** A fictional university or institute. */
  organization: string;
}

export interface DevNeed extends Omit<NeedInput, 'deadline'> {
  key: string;
  /** A fictional enterprise. */
  organization: string;
}

export const DEV_ACHIEVEMENTS: DevAchievement[] = [
  {
    key: 'a01',
    organization: '瓯越大学',
    title: '面向小样本的工业产品表面缺陷图像识别系统',
    summary:
      '针对工业现场缺陷样本少、种类多的难题，采用生成式数据增强与度量学习，每类缺陷约50张样本即可完成训练。' +
      '在开关外壳、五金冲压件产线上验证，缺陷检出率98.6%，误报率1.2%，单张图像推理0.15秒，普通工控机即可部署。',
    field: 'information_technology',
    keywords: ['图像识别', '深度学习', '表面缺陷', '小样本学习', '质量检验'],
    maturity: 'small_batch',
    transferModes: ['license', 'service'],
    askingPrice: 380000,
    patents: [],
    region: '鹿城区',
    inventors: ['林晓峰', '陈思远'],
  },
  {
    key: 'a02',
    organization: '雁荡电气装备研究院',
    title: '小型电器元件多工位机器视觉在线检测装备',
    summary:
      '集成6路工业相机与转盘式上下料机构，对继电器、微型断路器、接触器的外壳裂纹、印字缺失、端子螺钉漏装等12类外观问题在线判别，' +
      '检测节拍120件/分钟，漏检率低于0.1%，已在3家企业连续运行一年以上。',
    field: 'advanced_manufacturing',
    keywords: ['机器视觉', '在线检测', '低压电器', '自动化装备'],
    maturity: 'mass_production',
    transferModes: ['transfer', 'license'],
    askingPrice: 1200000,
    patents: [],
    region: '乐清市',
    inventors: ['郑国栋', '周海燕', '黄志明'],
  },
  {
    key: 'a03',
    organization: '瓯江理工学院',
    title: '承压焊缝相控阵超声无损检测工艺',
    summary:
      '针对压力容器与管道对接焊缝，开发相控阵超声扫查工艺与专用楔块，可识别1mm以上的未熔合、气孔和裂纹，' +
      '检测效率为射线法的4倍且无需辐射防护。已形成企业标准1项，可为锅炉、阀门铸件企业提供检测服务。',
    field: 'advanced_manufacturing',
    keywords: ['无损检测', '相控阵超声', '焊缝', '压力容器'],
    maturity: 'small_batch',
    transferModes: ['service', 'co_development'],
    askingPrice: 200000,
    patents: [],
    region: '龙湾区',
    inventors: ['潘建华', '叶子豪'],
  },
  {
    key: 'a04',
    organization: '钱塘理工大学',
    title: '印刷电路板焊点自动光学检测算法',
    summary:
      '采用多角度环形光源与三维重建相结合，识别贴片焊点的虚焊、连锡、少锡和元件偏移，0402封装元件检测准确率99.2%，' +
      '单板检测时间不超过8秒。提供算法开发包与标定工具，可嵌入现有AOI设备。',
    field: 'information_technology',
    keywords: ['自动光学检测', 'AOI', '焊点', '电路板'],
    maturity: 'pilot',
    transferModes: ['license'],
    askingPrice: 450000,
    patents: [],
    region: 'outside',
    inventors: ['徐文博', '沈佳怡'],
  },
  {
    key: 'a05',
    organization: '雁荡电气装备研究院',
    title: '纳米掺杂银氧化锡环保电触头材料',
    summary:
      '以化学包覆法在银粉表面沉积纳米氧化锡并掺杂微量氧化铟，解决银氧化锡触头接触电阻高、温升大、难加工的问题。' +
      '材料不含镉，满足RoHS要求，电寿命较银氧化镉提高约20%，温升降低8K，已在交流接触器上小批量应用。',
    field: 'new_materials',
    keywords: ['电触头', '银氧化锡', '无镉', '低压电器'],
    maturity: 'small_batch',
    transferModes: ['transfer', 'license', 'equity'],
    askingPrice: 900000,
    patents: [],
    region: '乐清市',
    inventors: ['张立群', '吴美华'],
  },
  {
    key: 'a06',
    organization: '钱塘储能研究院',
    title: '动力电池热失控多信号融合早期预警技术',
    summary:
      '在电池包内布置氢气、一氧化碳微型传感器，融合单体电压、温升速率等信号建立分级预警模型，可在热失控发生前8至15分钟报警，' +
      '误报率低于每万小时0.5次。预警模块体积小于火柴盒，经CAN总线与BMS联动切断回路。',
    field: 'new_energy',
    keywords: ['动力电池', '热失控', '早期预警', '电池管理系统', '气体传感'],
    maturity: 'pilot',
    transferModes: ['co_development', 'license'],
    askingPrice: null,
    patents: [],
    region: 'outside',
    inventors: ['钱永强', '孙丽', '何家伟'],
  },
  {
    key: 'a07',
    organization: '浙南新材料研究所',
    title: '电池包用气凝胶复合隔热阻燃垫',
    summary:
      '以二氧化硅气凝胶与玻纤毡复合，厚度2mm时导热系数0.018W/(m·K)，800℃火焰灼烧30分钟不穿透。' +
      '置于电芯之间可阻断热扩散，单体失效时相邻电芯温度保持在150℃以下，已向电动车和储能企业小批量供货。',
    field: 'new_materials',
    keywords: ['气凝胶', '隔热', '阻燃', '热扩散'],
    maturity: 'small_batch',
    transferModes: ['transfer', 'license'],
    askingPrice: 600000,
    patents: [],
    region: '瑞安市',
    inventors: ['蔡振宇', '金晓燕'],
  },
  {
    key: 'a08',
    organization: '瓯江理工学院',
    title: '退役锂电池有价金属低酸湿法回收工艺',
    summary:
      '采用低酸浸出与选择性萃取，从退役三元锂电池黑粉中回收镍、钴、锰、锂，回收率分别为98%、98%、97%和90%，' +
      '浸出剂用量较常规工艺减少30%，废水循环利用。已建成年处理500吨的中试线。',
    field: 'energy_saving',
    keywords: ['锂电池回收', '湿法冶金', '有价金属', '资源循环'],
    maturity: 'pilot',
    transferModes: ['transfer', 'co_development'],
    askingPrice: 1500000,
    patents: [],
    region: '平阳县',
    inventors: ['陈国强', '林慧'],
  },
  {
    key: 'a09',
    organization: '钱塘储能研究院',
    title: '储能电站电池荷电状态高精度估算算法',
    summary:
      '基于扩展卡尔曼滤波与在线参数辨识，在磷酸铁锂电池电压平台区仍能将荷电状态估算误差控制在2%以内，' +
      '已在2座兆瓦时级储能电站运行。算法可移植到主流BMS芯片，内存占用小于64KB。',
    field: 'new_energy',
    keywords: ['荷电状态', 'SOC估算', '储能', '电池管理系统'],
    maturity: 'small_batch',
    transferModes: ['license'],
    askingPrice: 300000,
    patents: [],
    region: 'outside',
    inventors: ['何家伟', '许鹏'],
  },
  {
    key: 'a10',
    organization: '瓯越大学',
    title: '电动自行车智能充电柜充电异常监测系统',
    summary:
      '实时采集每路充电的电流、电压、温度与烟雾信号，通过与正常充电曲线比对识别电池鼓包、内短路等异常，' +
      '发现异常2秒内自动断电并推送告警。已在小区和园区布设充电柜400余台，累计处置异常充电事件60余起。',
    field: 'information_technology',
    keywords: ['电动自行车', '充电安全', '异常监测', '物联网'],
    maturity: 'mass_production',
    transferModes: ['transfer', 'license', 'service'],
    askingPrice: 250000,
    patents: [],
    region: '鹿城区',
    inventors: ['王海涛', '朱丹'],
  },
  {
    key: 'a11',
    organization: '瓯江环境工程研究院',
    title: '大风量低浓度VOCs沸石转轮浓缩—蓄热焚烧技术',
    summary:
      '采用疏水沸石转轮将废气浓缩10至20倍后送入三室蓄热式焚烧炉，VOCs去除率不低于98%，热回收效率95%，' +
      '适用于风量5万至20万m³/h、浓度低于1000mg/m³的涂装、人造革和印刷废气，已完成工程案例11项。',
    field: 'energy_saving',
    keywords: ['VOCs', '沸石转轮', 'RTO', '蓄热式焚烧', '废气治理'],
    maturity: 'mass_production',
    transferModes: ['transfer', 'service'],
    askingPrice: null,
    patents: [],
    region: '龙湾区',
    inventors: ['刘建军', '卢晓东', '应思琪'],
  },
  {
    key: 'a12',
    organization: '瓯江理工学院',
    title: '二甲基甲酰胺吸收液五塔差压精馏回收节能工艺',
    summary:
      '针对聚氨酯湿法、干法生产线排出的二甲基甲酰胺（DMF），经多级喷淋水吸收后进入五塔差压精馏，回收纯度99.9%，' +
      '吨回收能耗较传统三塔工艺降低35%，回收液可直接回用于浆料配制。',
    field: 'energy_saving',
    keywords: ['DMF回收', '精馏', '聚氨酯', '节能降耗'],
    maturity: 'mass_production',
    transferModes: ['transfer', 'service'],
    askingPrice: 800000,
    patents: [],
    region: '龙湾区',
    inventors: ['谢文斌', '高雅'],
  },
  {
    key: 'a13',
    organization: '浙南新材料研究所',
    title: '无溶剂聚氨酯合成革制备技术',
    summary:
      '以双组分无溶剂聚氨酯替代溶剂型浆料，在线反应成膜，生产全程不使用DMF和甲苯，有机废气排放削减90%以上。' +
      '产品剥离强度不低于30N/3cm，耐折10万次无裂纹，已在一条1.6米幅宽生产线上连续生产。',
    field: 'new_materials',
    keywords: ['无溶剂聚氨酯', '合成革', '源头减排', '绿色制造'],
    maturity: 'small_batch',
    transferModes: ['license', 'co_development'],
    askingPrice: 1000000,
    patents: [],
    region: '龙湾区',
    inventors: ['蔡振宇', '董静'],
  },
  {
    key: 'a14',
    organization: '瓯江环境工程研究院',
    title: '印刷包装废气低温等离子体协同光催化净化装置',
    summary:
      '面向印刷、覆膜工序的小风量异味废气，采用低温等离子体与光催化组合工艺，对乙酸乙酯、异丙醇的去除率约80%，' +
      '设备占地3平方米，每千立方米废气电耗0.6kWh，适合风量1万m³/h以下的小微企业。',
    field: 'energy_saving',
    keywords: ['低温等离子体', '光催化', '印刷废气', '异味治理'],
    maturity: 'mass_production',
    transferModes: ['transfer'],
    askingPrice: 150000,
    patents: [],
    region: '苍南县',
    inventors: ['卢晓东', '项明'],
  },
  {
    key: 'a15',
    organization: '瓯江环境工程研究院',
    title: '电镀含镍漂洗水双膜分离回用技术',
    summary:
      '采用纳滤加反渗透双膜工艺浓缩回收电镀漂洗水中的镍，水回用率75%以上，出水镍浓度低于0.1mg/L，' +
      '浓缩液可返回镀槽使用，每年可为中型电镀厂节约硫酸镍和水费约40万元。',
    field: 'energy_saving',
    keywords: ['电镀废水', '膜分离', '重金属', '中水回用'],
    maturity: 'mass_production',
    transferModes: ['transfer', 'service'],
    askingPrice: 500000,
    patents: [],
    region: '瑞安市',
    inventors: ['刘建军', '方琳'],
  },
  {
    key: 'a16',
    organization: '浙南新材料研究所',
    title: '硬密封球阀碳化钨超音速火焰喷涂涂层',
    summary:
      '采用超音速火焰喷涂在球体与阀座表面制备WC-10Co4Cr涂层，硬度HV1150以上，孔隙率小于0.8%，结合强度超过70MPa，' +
      '含砂介质冲刷试验寿命为堆焊钴基合金的3倍，配套研磨工艺可达到VI级密封。',
    field: 'new_materials',
    keywords: ['超音速火焰喷涂', '碳化钨', '耐磨涂层', '硬密封'],
    maturity: 'small_batch',
    transferModes: ['transfer', 'license', 'service'],
    askingPrice: 700000,
    patents: [],
    region: '永嘉县',
    inventors: ['季伟', '胡晓静'],
  },
  {
    key: 'a17',
    organization: '沪江工业大学',
    title: '高速激光熔覆钴基合金表面强化与再制造技术',
    summary:
      '采用环形光斑高速激光熔覆，在流体机械零件的密封面和轴颈上熔覆钴基或镍基合金，稀释率低于5%，' +
      '熔覆层硬度HRC45至58可调，单层厚度0.2至1.0mm，效率每小时0.8平方米，既可用于新品强化，也可修复磨损件。',
    field: 'advanced_manufacturing',
    keywords: ['激光熔覆', '钴基合金', '再制造', '表面强化'],
    maturity: 'small_batch',
    transferModes: ['license', 'co_development'],
    askingPrice: 1600000,
    patents: [],
    region: 'outside',
    inventors: ['孟凡东', '唐俊'],
  },
  {
    key: 'a18',
    organization: '瓯江理工学院',
    title: '压铸模具离子渗氮与CrAlN复合涂层处理',
    summary:
      '针对压铸模、冲压模的早期磨损和热疲劳开裂，先进行脉冲离子渗氮再沉积CrAlN涂层，表面硬度HV2800，' +
      '模具寿命提高1.5至2倍，处理周期较气体渗氮缩短40%，已为本地80余家模具企业提供处理服务。',
    field: 'advanced_manufacturing',
    keywords: ['离子渗氮', '模具', '表面处理', 'PVD涂层'],
    maturity: 'mass_production',
    transferModes: ['service'],
    askingPrice: 120000,
    patents: [],
    region: '瓯海区',
    inventors: ['潘建华', '郑伟'],
  },
  {
    key: 'a19',
    organization: '瓯越大学',
    title: '阀门智能电动执行器及远程控制系统',
    summary:
      '开发集成位置反馈、力矩保护与4G/NB-IoT通信的多回转电动执行器，开度定位精度0.5%，支持远程控制与故障自诊断，' +
      '适配DN50至DN600闸阀、蝶阀，已批量配套水务和化工项目。',
    field: 'advanced_manufacturing',
    keywords: ['电动执行器', '阀门', '远程控制', '物联网'],
    maturity: 'mass_production',
    transferModes: ['transfer', 'license'],
    askingPrice: 500000,
    patents: [],
    region: '永嘉县',
    inventors: ['陈立新', '戴敏'],
  },
  {
    key: 'a20',
    organization: '沪江工业大学',
    title: '高熵合金耐磨耐蚀涂层',
    summary:
      '设计CoCrFeNiMo系高熵合金粉末并以等离子熔覆制备涂层，硬度HV650，在3.5%氯化钠溶液中的腐蚀速率为316L不锈钢的1/5，' +
      '在600℃下仍保持硬度，目前完成实验室试样和小尺寸阀芯试制。',
    field: 'new_materials',
    keywords: ['高熵合金', '耐磨涂层', '耐腐蚀', '等离子熔覆'],
    maturity: 'lab',
    transferModes: ['co_development', 'license'],
    askingPrice: 400000,
    patents: [],
    region: 'outside',
    inventors: ['孟凡东', '刘畅'],
  },
  {
    key: 'a21',
    organization: '东瓯医科大学',
    title: '周边多区离焦设计的青少年近视管理镜片',
    summary:
      '镜片中央为单光矫正区，周边环带排布数百个+3.5D微透镜形成近视性离焦信号。在240名8至13岁儿童中开展两年随机对照研究，' +
      '佩戴组眼轴增长较单光镜片组减少约55%。已完成光学设计和检测方法，寻求企业合作量产。',
    field: 'biomedicine',
    keywords: ['近视防控', '离焦镜片', '微透镜', '眼视光'],
    maturity: 'pilot',
    transferModes: ['license', 'co_development'],
    askingPrice: null,
    patents: [],
    region: '瓯海区',
    inventors: ['杨慧敏', '周健', '林书瑶'],
  },
  {
    key: 'a22',
    organization: '瓯江理工学院',
    title: '光学模具微结构超精密车削加工技术',
    summary:
      '采用慢刀伺服超精密车削，在镍磷镀层上加工非球面与微透镜阵列结构，面形误差PV小于0.3μm，表面粗糙度Ra小于5nm，' +
      '单件模具加工时间缩短至6小时，可用于树脂镜片浇注模和注塑模制造。',
    field: 'advanced_manufacturing',
    keywords: ['超精密加工', '微结构', '光学模具', '非球面'],
    maturity: 'small_batch',
    transferModes: ['service', 'co_development'],
    askingPrice: 400000,
    patents: [],
    region: '瓯海区',
    inventors: ['吴昊', '黄丽君'],
  },
  {
    key: 'a23',
    organization: '钱塘理工大学',
    title: '高透氧角膜塑形镜材料',
    summary:
      '合成含氟硅氧烷甲基丙烯酸酯共聚物，透氧系数Dk达125，折射率1.43，接触角低于15°，' +
      '可用于夜戴型角膜塑形镜和硬性透气性接触镜，已完成细胞毒性、致敏和眼刺激等生物相容性评价。',
    field: 'biomedicine',
    keywords: ['角膜塑形镜', '透氧材料', '接触镜', '含氟硅氧烷'],
    maturity: 'pilot',
    transferModes: ['transfer', 'license'],
    askingPrice: 2000000,
    patents: [],
    region: 'outside',
    inventors: ['沈佳怡', '赵启明'],
  },
  {
    key: 'a24',
    organization: '东瓯医科大学',
    title: '眼底照片糖尿病视网膜病变智能筛查软件',
    summary:
      '基于5万余张标注眼底照片训练深度学习模型，对糖尿病视网膜病变进行五级分级，敏感度96%，特异度93%，' +
      '单张判读3秒，可同时提示青光眼疑似和黄斑病变，已在基层卫生院完成筛查2万余人次。',
    field: 'information_technology',
    keywords: ['眼底图像', '人工智能', '糖尿病视网膜病变', '辅助诊断'],
    maturity: 'small_batch',
    transferModes: ['license', 'service'],
    askingPrice: 600000,
    patents: [],
    region: '鹿城区',
    inventors: ['周健', '倪晓波'],
  },
  {
    key: 'a25',
    organization: '瓯南茶叶科学研究所',
    title: '夏秋茶鲜叶加工工夫红茶的控温控湿发酵工艺',
    summary:
      '针对夏秋季鲜叶苦涩味重、采摘利用率不足三成的问题，优化萎凋、揉捻和控温控湿发酵参数，配合发酵程度在线色泽判别，' +
      '夏秋茶制成的工夫红茶感官评分提高6分以上，每亩茶园增收约1500元。',
    field: 'modern_agriculture',
    keywords: ['工夫红茶', '夏秋茶', '发酵工艺', '茶叶加工'],
    maturity: 'small_batch',
    transferModes: ['service', 'license'],
    askingPrice: 150000,
    patents: [],
    region: '泰顺县',
    inventors: ['雷志平', '钟晓梅'],
  },
  {
    key: 'a26',
    organization: '瓯南茶叶科学研究所',
    title: '中低档茶叶低温膜浓缩速溶茶粉生产技术',
    summary:
      '以中低档茶叶为原料，经低温连续逆流提取、陶瓷膜澄清和反渗透膜浓缩后喷雾干燥，茶多酚保留率92%，速溶茶粉溶解时间小于10秒，' +
      '原料附加值提高3倍以上，可用于茶饮料和烘焙配料。',
    field: 'modern_agriculture',
    keywords: ['速溶茶粉', '膜浓缩', '茶多酚', '精深加工'],
    maturity: 'pilot',
    transferModes: ['transfer', 'co_development'],
    askingPrice: 850000,
    patents: [],
    region: '平阳县',
    inventors: ['钟晓梅', '陶然'],
  },
  {
    key: 'a27',
    organization: '瓯越大学',
    title: '山地茶园水肥一体化智能灌溉系统',
    summary:
      '通过土壤墒情传感器和小型气象站监测，按茶树需水需肥规律自动控制滴灌与施肥，节水40%、节肥25%，' +
      '适用于坡度25°以下的山地茶园，单套系统可覆盖100亩，手机端远程查看和控制。',
    field: 'modern_agriculture',
    keywords: ['水肥一体化', '智能灌溉', '茶园', '物联网'],
    maturity: 'mass_production',
    transferModes: ['transfer'],
    askingPrice: 180000,
    patents: [],
    region: '文成县',
    inventors: ['王海涛', '包晓丽'],
  },
  {
    key: 'a28',
    organization: '浙西农业机械研究所',
    title: '碾茶连续化加工生产线',
    summary:
      '集成蒸汽杀青、冷却散叶、砖炉式烘干和梗叶分离工序，每小时处理鲜叶300公斤，成品碾茶色泽翠绿、叶片完整，' +
      '可作为抹茶原料。经遮阴栽培后，夏季鲜叶也能加工出符合食品配料要求的碾茶。',
    field: 'modern_agriculture',
    keywords: ['碾茶', '抹茶', '连续化生产线', '茶叶机械'],
    maturity: 'small_batch',
    transferModes: ['transfer', 'service'],
    askingPrice: 550000,
    patents: [],
    region: 'outside',
    inventors: ['邵国华', '骆燕'],
  },
  {
    key: 'a29',
    organization: '浙西农业机械研究所',
    title: '机采茶鲜叶风选分级装备',
    summary:
      '利用鲜叶在气流中的悬浮速度差异，将机采鲜叶分为单芽、一芽一叶、一芽二三叶和老叶碎片四档，分级准确率85%，' +
      '每小时处理鲜叶500公斤，可替代人工挑拣，降低机采后名优茶加工的原料损耗。',
    field: 'modern_agriculture',
    keywords: ['机采茶', '鲜叶分级', '风选', '茶叶机械'],
    maturity: 'small_batch',
    transferModes: ['transfer', 'license'],
    askingPrice: 200000,
    patents: [],
    region: '泰顺县',
    inventors: ['邵国华', '夏天宇'],
  },
  {
    key: 'a30',
    organization: '瓯江理工学院',
    title: '微小零件装配完整性三维结构光测量方法',
    summary:
      '以蓝光条纹结构光获取微小装配体的三维点云，与设计模型配准后判断弹簧、簧片、螺钉等零件是否漏装、错位和翘起，' +
      '高度方向分辨率10μm。目前在实验台上完成原理验证，单件测量约2秒，尚未进入产线。',
    field: 'information_technology',
    keywords: ['结构光', '三维测量', '装配检测', '点云配准'],
    maturity: 'lab',
    transferModes: ['co_development'],
    askingPrice: 200000,
    patents: [],
    region: '龙湾区',
    inventors: ['叶子豪', '黄丽君'],
  },
  {
    key: 'a31',
    organization: '雁荡电气装备研究院',
    title: '断路器脱扣特性全自动测试台',
    summary:
      '可对微型断路器和塑壳断路器进行瞬时脱扣、延时脱扣和过载保护特性测试，一次装夹16极，电流输出精度±1%，' +
      '自动判定合格与否并生成测试报告，较人工测试效率提高5倍。',
    field: 'advanced_manufacturing',
    keywords: ['断路器', '脱扣特性', '自动测试', '低压电器'],
    maturity: 'mass_production',
    transferModes: ['transfer'],
    askingPrice: 350000,
    patents: [],
    region: '乐清市',
    inventors: ['郑国栋', '李晨'],
  },
  {
    key: 'a32',
    organization: '瓯江理工学院',
    title: '钛合金眼镜架精密激光焊接工艺',
    summary:
      '采用光纤激光脉冲整形焊接钛及β钛合金镜架的鼻托、铰链等微小接头，焊点直径0.3至0.8mm，焊后无需补焊打磨，' +
      '接头抗拉强度达母材的90%，焊接合格率由88%提高到99%。',
    field: 'advanced_manufacturing',
    keywords: ['激光焊接', '钛合金', '眼镜架', '精密焊接'],
    maturity: 'mass_production',
    transferModes: ['service', 'license'],
    askingPrice: 180000,
    patents: [],
    region: '瓯海区',
    inventors: ['吴昊', '徐敏'],
  },
  {
    key: 'a33',
    organization: '瓯越大学',
    title: '三维足型扫描与个性化鞋楦自动生成技术',
    summary:
      '利用手机拍摄或四目扫描仪在30秒内获取足部三维模型，自动提取足长、跖围、跗围等26项参数，' +
      '结合鞋款基础楦型自动变形生成个性化鞋楦数据，可直接驱动数控楦机加工，已累计建立12万人的足型数据库。',
    field: 'other',
    keywords: ['足型扫描', '鞋楦设计', '个性化定制', '三维建模'],
    maturity: 'small_batch',
    transferModes: ['license', 'service'],
    askingPrice: 320000,
    patents: [],
    region: '鹿城区',
    inventors: ['林晓峰', '章琪'],
  },
  {
    key: 'a34',
    organization: '瓯越大学',
    title: '3D打印点阵结构个性化运动鞋中底',
    summary:
      '根据足底压力分布设计梯度点阵结构，以光固化弹性体打印运动鞋中底，不同区域回弹率可在45%至70%之间调节，' +
      '单双打印时间约4小时，可与个性化鞋面配套进行小批量定制。',
    field: 'advanced_manufacturing',
    keywords: ['3D打印', '点阵结构', '鞋中底', '定制'],
    maturity: 'pilot',
    transferModes: ['co_development', 'license'],
    askingPrice: 450000,
    patents: [],
    region: '鹿城区',
    inventors: ['章琪', '孙宇航'],
  },
  {
    key: 'a35',
    organization: '瓯江理工学院',
    title: '鞋面自动喷胶机器人视觉轨迹生成系统',
    summary:
      '通过线激光扫描鞋面帮脚轮廓自动生成喷胶轨迹，无需逐款示教，换款时间由2小时缩短到5分钟，喷胶宽度误差±0.5mm，' +
      '胶水用量节省约15%，已在6条成型流水线上应用。',
    field: 'advanced_manufacturing',
    keywords: ['喷胶机器人', '轨迹规划', '制鞋自动化', '线激光扫描'],
    maturity: 'mass_production',
    transferModes: ['transfer', 'license'],
    askingPrice: 380000,
    patents: [],
    region: '瑞安市',
    inventors: ['郑伟', '麻晓婷'],
  },
  {
    key: 'a36',
    organization: '瓯洋海洋科学研究所',
    title: '褐藻类海产品无机砷脱除加工技术',
    summary:
      '针对鹿角菜、海带等褐藻无机砷含量偏高的问题，采用弱酸性热水漂烫结合离子交换浸泡工艺，无机砷脱除率达85%以上，' +
      '处理后低于0.3mg/kg，藻体色泽和口感基本不变，褐藻胶损失率小于8%。',
    field: 'other',
    keywords: ['无机砷', '褐藻', '海藻加工', '食品安全'],
    maturity: 'pilot',
    transferModes: ['license', 'service', 'co_development'],
    askingPrice: 450000,
    patents: [],
    region: '洞头区',
    inventors: ['陈海鸥', '叶蓓'],
  },
  {
    key: 'a37',
    organization: '瓯洋海洋科学研究所',
    title: '海产品砷形态现场快速检测方法',
    summary:
      '采用固相萃取分离结合便携式原子荧光检测，可在现场40分钟内区分无机砷与有机砷，检出限0.02mg/kg，' +
      '与实验室液相色谱—电感耦合等离子体质谱法结果相对偏差小于10%，适合原料收购环节逐批筛查。',
    field: 'other',
    keywords: ['砷形态', '快速检测', '海产品', '原子荧光'],
    maturity: 'small_batch',
    transferModes: ['service', 'license'],
    askingPrice: 120000,
    patents: [],
    region: '鹿城区',
    inventors: ['叶蓓', '郭晨'],
  },
  {
    key: 'a38',
    organization: '瓯洋海洋科学研究所',
    title: '羊栖菜岩藻多糖酶法提取与纯化工艺',
    summary:
      '以羊栖菜为原料，采用复合酶解辅助提取、超滤分级和离子交换纯化，岩藻多糖得率4.2%，纯度85%以上，硫酸基含量22%，' +
      '可用于功能食品和化妆品原料，提取残渣还可制成有机肥。',
    field: 'biomedicine',
    keywords: ['岩藻多糖', '羊栖菜', '酶法提取', '海洋生物'],
    maturity: 'pilot',
    transferModes: ['transfer', 'co_development'],
    askingPrice: 600000,
    patents: [],
    region: '洞头区',
    inventors: ['陈海鸥', '毛立波'],
  },
  {
    key: 'a39',
    organization: '瓯南农业科学研究所',
    title: '杨梅采后快速预冷与气调包装保鲜技术',
    summary:
      '采摘后2小时内以差压预冷将果心温度降至4℃，配合高二氧化碳气调小包装和冰袋缓冲，常温快递48小时好果率保持在90%以上，' +
      '冷藏货架期由3天延长至10天，已在3家合作社推广。',
    field: 'modern_agriculture',
    keywords: ['杨梅', '采后保鲜', '预冷', '气调包装'],
    maturity: 'small_batch',
    transferModes: ['service', 'license'],
    askingPrice: 160000,
    patents: [],
    region: '瓯海区',
    inventors: ['潘丽', '季国伟'],
  },
  {
    key: 'a40',
    organization: '钱塘理工大学',
    title: '可降解抗菌自发气调保鲜膜',
    summary:
      '以聚乳酸为基材，负载壳聚糖与植物精油微胶囊，薄膜透氧透湿性可按果蔬呼吸强度调节。用于草莓、蓝莓等浆果时，' +
      '冷藏腐烂率降低60%，货架期延长4至6天，薄膜在堆肥条件下180天降解率超过90%。',
    field: 'new_materials',
    keywords: ['保鲜膜', '抗菌包装', '自发气调', '可降解'],
    maturity: 'pilot',
    transferModes: ['license', 'co_development'],
    askingPrice: 500000,
    patents: [],
    region: 'outside',
    inventors: ['赵启明', '韩露'],
  },
  {
    key: 'a41',
    organization: '瓯南农业科学研究所',
    title: '杨梅低醇果酒发酵与澄清工艺',
    summary:
      '筛选耐酸酿酒酵母进行低温发酵，酒精度8%至10%，花色苷保留率75%，配合壳聚糖和皂土复合澄清，' +
      '透光率达95%且12个月无沉淀，可消化次果和落地果，提高杨梅综合利用率。',
    field: 'modern_agriculture',
    keywords: ['杨梅', '果酒', '发酵', '综合利用'],
    maturity: 'small_batch',
    transferModes: ['transfer', 'service'],
    askingPrice: 200000,
    patents: [],
    region: '文成县',
    inventors: ['潘丽', '吴涛'],
  },
  {
    key: 'a42',
    organization: '瓯越大学',
    title: '生鲜冷链包裹无线温度记录标签',
    summary:
      '厚度不足3mm的柔性温度标签随包裹全程记录温度，精度±0.3℃，收件人用手机靠近即可读取温度曲线并判断是否断链，' +
      '单枚成本低于2元，已在水产和水果电商中试用20万件。',
    field: 'information_technology',
    keywords: ['冷链监测', '温度标签', 'NFC', '生鲜电商'],
    maturity: 'small_batch',
    transferModes: ['transfer', 'license'],
    askingPrice: 280000,
    patents: [],
    region: '龙港市',
    inventors: ['王海涛', '邱佳'],
  },
  {
    key: 'a43',
    organization: '瓯江理工学院',
    title: '印刷品色彩偏差在线光谱测量与墨量闭环调节系统',
    summary:
      '在印刷机出纸端安装线阵光谱相机，逐张测量色控条和画面关键点的CIELab值，色彩偏差ΔE超限时自动计算并调整各墨区供墨量，' +
      '开机调色时间缩短60%，批内ΔE稳定在2以内，适用于胶印和柔印设备。',
    field: 'information_technology',
    keywords: ['色彩管理', '光谱测量', '闭环控制', '印刷质量'],
    maturity: 'small_batch',
    transferModes: ['license', 'service', 'co_development'],
    askingPrice: 650000,
    patents: [],
    region: '龙港市',
    inventors: ['徐敏', '陈思远'],
  },
  {
    key: 'a44',
    organization: '瓯江理工学院',
    title: '专色油墨计算机配色与剩墨再利用软件',
    summary:
      '建立常用承印纸张和油墨的光谱数据库，输入目标色样后自动给出专色油墨配方，首次配色ΔE小于1.5的比例达85%，' +
      '并能利用库存剩墨参与配方计算，每年可减少废墨约30%。',
    field: 'information_technology',
    keywords: ['计算机配色', '专色油墨', '光谱数据库', '印刷'],
    maturity: 'mass_production',
    transferModes: ['license'],
    askingPrice: 150000,
    patents: [],
    region: '苍南县',
    inventors: ['徐敏', '项明'],
  },
  {
    key: 'a45',
    organization: '浙南新材料研究所',
    title: 'PBAT/PLA/淀粉共混全生物降解吹膜专用料',
    summary:
      '通过反应性增容和淀粉塑化改性，制备可在普通吹膜机上加工的全生物降解专用料，薄膜厚度15μm时纵向拉伸强度大于20MPa，' +
      '断裂伸长率超过300%，原料成本较纯PBAT配方降低18%，已形成年产3000吨的生产能力。',
    field: 'new_materials',
    keywords: ['全生物降解', 'PBAT', 'PLA', '吹膜', '购物袋'],
    maturity: 'mass_production',
    transferModes: ['transfer', 'license', 'equity'],
    askingPrice: 900000,
    patents: [],
    region: '苍南县',
    inventors: ['金晓燕', '倪洁'],
  },
  {
    key: 'a46',
    organization: '沪江工业大学',
    title: '聚乳酸原位成核增韧改性技术',
    summary:
      '以核壳结构弹性体和自制成核剂对聚乳酸进行反应挤出改性，缺口冲击强度由2.5提高到28kJ/m²，结晶速率提高5倍，' +
      '薄膜撕裂强度提高3倍，目前完成小试配方和双螺杆挤出验证。',
    field: 'new_materials',
    keywords: ['聚乳酸', '增韧改性', '成核剂', '生物基材料'],
    maturity: 'lab',
    transferModes: ['co_development', 'license'],
    askingPrice: 300000,
    patents: [],
    region: 'outside',
    inventors: ['刘畅', '范志刚'],
  },
  {
    key: 'a47',
    organization: '钱塘理工大学',
    title: '二氧化碳基聚碳酸亚丙酯可降解薄膜',
    summary:
      '以二氧化碳和环氧丙烷为原料经稀土三元催化剂共聚得到聚碳酸亚丙酯，经热稳定改性后可吹制10至40μm薄膜，' +
      '二氧化碳质量占比约43%，薄膜阻氧性优于PE，已在千吨级中试装置上完成试产。',
    field: 'new_materials',
    keywords: ['二氧化碳基塑料', '聚碳酸亚丙酯', '可降解薄膜', '低碳'],
    maturity: 'pilot',
    transferModes: ['license', 'equity'],
    askingPrice: 1800000,
    patents: [],
    region: 'outside',
    inventors: ['赵启明', '黎明'],
  },
  {
    key: 'a48',
    organization: '瓯江理工学院',
    title: '塑料编织袋高速圆织机节能传动系统',
    summary:
      '以直驱永磁电机替代传统皮带传动，配合梭子轨道优化，圆织机转速由180转/分提高到240转/分，' +
      '单台年节电约6000kWh，断纱停机率下降40%，适用于六梭、八梭圆织机改造。',
    field: 'advanced_manufacturing',
    keywords: ['塑料编织袋', '圆织机', '直驱电机', '节能改造'],
    maturity: 'mass_production',
    transferModes: ['transfer'],
    askingPrice: 260000,
    patents: [],
    region: '龙港市',
    inventors: ['郑伟', '施文杰'],
  },
  {
    key: 'a49',
    organization: '雁荡电气装备研究院',
    title: '银氧化锌电接触材料制备方法',
    summary:
      '采用内氧化法制备弥散分布的银氧化锌材料，氧化锌颗粒尺寸控制在1μm以下，实验室模拟通断试验中抗熔焊性能接近银氧化镉，' +
      '材料不含有害元素，目前处于配方研究阶段，尚未进行型式试验。',
    field: 'new_materials',
    keywords: ['银氧化锌', '电接触材料', '内氧化', '抗熔焊'],
    maturity: 'research',
    transferModes: ['co_development'],
    askingPrice: 250000,
    patents: [],
    region: '乐清市',
    inventors: ['张立群', '包宇'],
  },
  {
    key: 'a50',
    organization: '雁荡电气装备研究院',
    title: '银铜复合铆钉触点冷镦成形工艺',
    summary:
      '以银层与铜基体冷压复合后一次冷镦成形铆钉触点，银层厚度可控在0.2至0.5mm，较整体银触点节约白银30%以上，' +
      '复合界面结合强度大于110MPa，适用于继电器、开关等小电流产品。',
    field: 'advanced_manufacturing',
    keywords: ['复合触点', '冷镦成形', '节银', '继电器'],
    maturity: 'mass_production',
    transferModes: ['transfer', 'license'],
    askingPrice: 400000,
    patents: [],
    region: '乐清市',
    inventors: ['李晨', '吴美华'],
  },
  {
    key: 'a51',
    organization: '瓯越大学',
    title: '基于高频电流特征的低压线路故障电弧探测技术',
    summary:
      '从负载电流中提取2kHz至100kHz频段特征和电流过零“平肩”特征，以轻量神经网络在单片机上识别串联与并联电弧，' +
      '对电钻、开关电源等干扰负载误动率低于0.2%，满足GB/T 31143要求，可嵌入断路器或插座模块。',
    field: 'information_technology',
    keywords: ['故障电弧', '电弧探测', '神经网络', '嵌入式'],
    maturity: 'pilot',
    transferModes: ['license', 'co_development'],
    askingPrice: 700000,
    patents: [],
    region: '龙湾区',
    inventors: ['陈立新', '郭晨', '麻晓婷'],
  },
  {
    key: 'a52',
    organization: '雁荡电气装备研究院',
    title: '开关柜触头无线测温与温升预警装置',
    summary:
      '采用无源声表面波传感器安装在开关柜触头和母排连接处，测温精度±1℃，无需电池，' +
      '结合负荷电流建立温升模型，在触头接触不良导致过热前提前预警，已在120座配电房应用。',
    field: 'information_technology',
    keywords: ['无线测温', '开关柜', '温升预警', '配电安全'],
    maturity: 'mass_production',
    transferModes: ['transfer', 'license'],
    askingPrice: 300000,
    patents: [],
    region: '乐清市',
    inventors: ['李晨', '余小芳'],
  },
  {
    key: 'a53',
    organization: '沪江工业大学',
    title: '变压器局部放电特高频在线检测与定位',
    summary:
      '利用内置特高频天线接收局部放电电磁波，结合时差定位算法确定放电源位置，定位误差小于20cm，' +
      '可区分放电类型并抑制现场通信干扰，适用于110kV及以下变压器和GIS设备。',
    field: 'advanced_manufacturing',
    keywords: ['局部放电', '特高频检测', '变压器', '故障定位'],
    maturity: 'small_batch',
    transferModes: ['license', 'service'],
    askingPrice: 800000,
    patents: [],
    region: 'outside',
    inventors: ['唐俊', '范志刚'],
  },
  {
    key: 'a54',
    organization: '瓯江理工学院',
    title: '铝合金结构件高真空压铸成形工艺',
    summary:
      '开发型腔真空度低于50mbar的高真空压铸工艺和模具排气结构，铸件气孔率低于0.5%，可进行T6热处理和焊接，' +
      '已用于汽车减震塔、转向节和电机壳体，较铸铁件减重40%至55%。',
    field: 'advanced_manufacturing',
    keywords: ['高真空压铸', '铝合金', '轻量化', '汽车零部件'],
    maturity: 'small_batch',
    transferModes: ['license', 'service', 'co_development'],
    askingPrice: 1500000,
    patents: [],
    region: '瑞安市',
    inventors: ['胡晓静', '施文杰'],
  },
  {
    key: 'a55',
    organization: '沪江工业大学',
    title: '免热处理高强韧压铸铝合金',
    summary:
      '在Al-Si系合金中复合添加锰、锆和稀土元素，铸态屈服强度大于130MPa、伸长率大于10%，无需固溶热处理即可避免变形，' +
      '适合大型薄壁结构件，已完成中试熔炼和试制件性能验证。',
    field: 'new_materials',
    keywords: ['压铸铝合金', '免热处理', '高强韧', '结构件'],
    maturity: 'pilot',
    transferModes: ['license', 'transfer'],
    askingPrice: 1200000,
    patents: [],
    region: 'outside',
    inventors: ['范志刚', '黎明'],
  },
  {
    key: 'a56',
    organization: '浙南新材料研究所',
    title: '碳纤维复合材料自行车车架模压成型技术',
    summary:
      '采用预浸料铺层优化与内压气囊模压成型，整车架重量小于900克，刚度重量比较铝合金车架提高35%，' +
      '单件成型周期缩短到25分钟，已为两家公路自行车品牌小批量代工，累计交付车架3000余副。',
    field: 'new_materials',
    keywords: ['碳纤维', '复合材料', '自行车车架', '模压成型'],
    maturity: 'small_batch',
    transferModes: ['license', 'service'],
    askingPrice: 500000,
    patents: [],
    region: '龙湾区',
    inventors: ['蔡振宇', '孙宇航'],
  },
  {
    key: 'a57',
    organization: '东瓯医科大学',
    title: '铁皮枫斗活性多糖超声辅助提取与超滤纯化工艺',
    summary:
      '以铁皮枫斗为原料，采用超声辅助热水提取、超滤截留分级和连续色谱脱色，多糖得率18%，纯度由45%提高到82%，' +
      '生产周期较醇沉法缩短60%，乙醇用量减少90%，适合保健食品和中药制剂原料生产。',
    field: 'biomedicine',
    keywords: ['枫斗多糖', '超声提取', '超滤纯化', '中药提取'],
    maturity: 'pilot',
    transferModes: ['transfer', 'license', 'co_development'],
    askingPrice: 550000,
    patents: [],
    region: '乐清市',
    inventors: ['杨慧敏', '卢志华'],
  },
  {
    key: 'a58',
    organization: '钱塘理工大学',
    title: '植物多糖大孔树脂—膜耦合纯化平台技术',
    summary:
      '将大孔树脂脱色除蛋白与陶瓷膜、超滤膜分级耦合，建立可适配不同原料的植物多糖纯化工艺包，已用于黄芪、灵芝、' +
      '枸杞多糖，纯度普遍达到80%以上，树脂再生周期延长一倍。',
    field: 'biomedicine',
    keywords: ['植物多糖', '大孔树脂', '膜分离', '纯化工艺'],
    maturity: 'small_batch',
    transferModes: ['service', 'license'],
    askingPrice: 350000,
    patents: [],
    region: 'outside',
    inventors: ['沈佳怡', '卢志华'],
  },
  {
    key: 'a59',
    organization: '浙南新材料研究所',
    title: '医用高分子表面光固化亲水超滑涂层',
    summary:
      '以聚乙烯吡咯烷酮与光交联底涂构建互穿网络，浸涂后紫外固化90秒，在聚氨酯、尼龙、PVC和硅胶表面湿态摩擦系数降低90%以上，' +
      '经500次往复摩擦后不脱落，已通过细胞毒性和溶血试验。',
    field: 'new_materials',
    keywords: ['亲水涂层', '超滑涂层', '光固化', '医用高分子'],
    maturity: 'small_batch',
    transferModes: ['license', 'transfer', 'service'],
    askingPrice: 800000,
    patents: [],
    region: '瓯海区',
    inventors: ['倪洁', '董静'],
  },
  {
    key: 'a60',
    organization: '东瓯医科大学',
    title: '仿生水凝胶自润滑表面修饰方法',
    summary:
      '受关节软骨启发，在硅胶表面接枝两性离子聚合物刷形成水合润滑层，实验室测得摩擦系数低至0.01，' +
      '蛋白吸附减少85%，目前仅在平板样品上完成测试，尚未在管材上验证。',
    field: 'biomedicine',
    keywords: ['水凝胶', '两性离子聚合物', '表面润滑', '生物材料'],
    maturity: 'research',
    transferModes: ['co_development'],
    askingPrice: null,
    patents: [],
    region: 'outside',
    inventors: ['林书瑶', '韩露'],
  },
  {
    key: 'a61',
    organization: '东瓯医科大学',
    title: '纳米银抗菌导尿管涂层技术',
    summary:
      '在硅胶导尿管表面构建纳米银—聚多巴胺复合涂层，对大肠杆菌和金黄色葡萄球菌抑菌率超过99%，' +
      '银离子缓释期可达21天，动物实验中导管相关尿路感染发生率下降约60%，目前处于注册检验阶段。',
    field: 'biomedicine',
    keywords: ['抗菌涂层', '纳米银', '导尿管', '感染防控'],
    maturity: 'pilot',
    transferModes: ['license', 'co_development'],
    askingPrice: 900000,
    patents: [],
    region: '瓯海区',
    inventors: ['周健', '毛立波'],
  },
  {
    key: 'a62',
    organization: '瓯江理工学院',
    title: '压缩空气系统群控与管网泄漏诊断节能技术',
    summary:
      '根据用气量预测对多台压缩机进行联动群控，稳定管网压力并降低设定压力0.1MPa，' +
      '配合超声波泄漏巡检和流量分区计量定位漏点，单个车间综合节电15%至25%，投资回收期通常少于1年。',
    field: 'energy_saving',
    keywords: ['压缩空气', '群控', '泄漏诊断', '节能'],
    maturity: 'mass_production',
    transferModes: ['service', 'license'],
    askingPrice: 350000,
    patents: [],
    region: '永嘉县',
    inventors: ['谢文斌', '戴敏'],
  },
  {
    key: 'a63',
    organization: '沪江工业大学',
    title: '螺杆压缩机永磁同步变频驱动改造技术',
    summary:
      '以高效永磁同步电机和专用矢量变频器替换工频异步电机，按用气量连续调节转速，消除加载卸载空耗，' +
      '实测比功率下降12%，部分负荷工况节电30%以上，改造工期2天，兼容主流品牌螺杆主机。',
    field: 'advanced_manufacturing',
    keywords: ['永磁同步电机', '变频驱动', '螺杆压缩机', '节能改造'],
    maturity: 'mass_production',
    transferModes: ['transfer', 'service'],
    askingPrice: null,
    patents: [],
    region: '瑞安市',
    inventors: ['唐俊', '施文杰'],
  },
  {
    key: 'a64',
    organization: '瓯江环境工程研究院',
    title: '空压机余热回收制取工艺热水装置',
    summary:
      '在压缩机油路上加装板式换热器回收压缩热，可将冷水加热到55至70℃，一台75kW空压机每天可提供约10吨热水，' +
      '同时降低机组排气温度5℃，用于员工浴室和前处理清洗槽加热。',
    field: 'energy_saving',
    keywords: ['余热回收', '热水', '换热器', '节能'],
    maturity: 'mass_production',
    transferModes: ['transfer'],
    askingPrice: 80000,
    patents: [],
    region: '平阳县',
    inventors: ['刘建军', '余小芳'],
  },
  {
    key: 'a65',
    organization: '瓯江环境工程研究院',
    title: '工业循环冷却水系统节能优化技术',
    summary:
      '对冷却塔风机和循环水泵进行变频改造，并依据换热负荷和气象条件优化运行台数与温差，' +
      '在注塑、压铸车间应用后循环水系统节电28%，补水量下降15%，改造可在不停产条件下分步完成。',
    field: 'energy_saving',
    keywords: ['循环冷却水', '变频', '水泵', '节能优化'],
    maturity: 'mass_production',
    transferModes: ['service'],
    askingPrice: 120000,
    patents: [],
    region: '龙港市',
    inventors: ['方琳', '邱佳'],
  },
  {
    key: 'a66',
    organization: '瓯越大学',
    title: '分布式光伏组件无水清扫机器人',
    summary:
      '机器人沿组件阵列自主行走，以柔性毛刷与气流无水清扫，单台日清扫面积2000平方米，自带光伏供电，' +
      '可跨越10cm间隙，清扫后组件发电量平均提高8%，适合厂房屋顶和沿海滩涂电站。',
    field: 'new_energy',
    keywords: ['光伏组件', '清扫机器人', '分布式光伏', '运维'],
    maturity: 'small_batch',
    transferModes: ['transfer', 'license'],
    askingPrice: 300000,
    patents: [],
    region: '洞头区',
    inventors: ['孙宇航', '包晓丽'],
  },
  {
    key: 'a67',
    organization: '瓯越大学',
    title: '电动自行车无刷电机正弦波矢量控制器',
    summary:
      '采用无位置传感器磁场定向控制，电机运行噪声降低6dB，同等电池电量续航增加约10%，' +
      '支持能量回收和坡道驻车，控制器已完成十余个车型的匹配并通过整车认证，年出货量超过5万台。',
    field: 'new_energy',
    keywords: ['电动自行车', '无刷电机', '矢量控制', '控制器'],
    maturity: 'mass_production',
    transferModes: ['transfer', 'license'],
    askingPrice: 300000,
    patents: [],
    region: '龙湾区',
    inventors: ['陈立新', '王浩然'],
  },
  {
    key: 'a68',
    organization: '瓯南农业科学研究所',
    title: '铁皮石斛组培快繁与仿野生附石栽培技术',
    summary:
      '优化丛生芽诱导和生根培养基配方，组培苗增殖系数达6.5，移栽成活率95%以上，' +
      '配套雁荡山岩壁仿野生附石栽培技术规程，三年生鲜条多糖含量比大棚栽培高约20%，已推广种植300余亩。',
    field: 'modern_agriculture',
    keywords: ['铁皮石斛', '组织培养', '仿野生栽培', '种苗'],
    maturity: 'mass_production',
    transferModes: ['transfer', 'service'],
    askingPrice: 200000,
    patents: [],
    region: '乐清市',
    inventors: ['季国伟', '钟晓梅'],
  },
];

export const DEV_NEEDS: DevNeed[] = [
  {
    key: 'n01',
    organization: '温州瓯宏电器有限公司',
    title: '微型断路器装配线外观缺陷自动检测',
    description:
      '我司年产微型断路器约2000万极，装配后依靠人工目检外壳裂纹、印字模糊、手柄错装和螺钉漏装，漏检率约0.5%，' +
      '客户投诉较多。希望引进能直接上线的自动检测方案，节拍不低于每分钟80件，可与现有流水线对接。',
    field: 'advanced_manufacturing',
    keywords: ['外观检测', '断路器', '缺陷检测', '自动化'],
    budgetMin: 300000,
    budgetMax: 800000,
    region: '乐清市',
    cooperationModes: ['transfer', 'license', 'service'],
  },
  {
    key: 'n02',
    organization: '瑞安市捷驰车业有限公司',
    title: '电动两轮车锂电池包起火风险预警',
    description:
      '我司为电动两轮车配套48V和60V锂电池包，年出货15万组。近年行业起火事故频发，需要在电池包内增加热失控提前预警功能，' +
      '在冒烟起火前给出报警并切断电路，成本要控制在每组60元以内，希望合作开发后两年内量产。',
    field: 'new_energy',
    keywords: ['锂电池', '电池安全', '起火预警', '电动两轮车'],
    budgetMin: 500000,
    budgetMax: 1200000,
    region: '瑞安市',
    cooperationModes: ['co_development', 'license'],
  },
  {
    key: 'n03',
    organization: '温州华瓯革业有限公司',
    title: '合成革干法线挥发性有机物废气治理',
    description:
      '我司有4条合成革干法生产线，烘箱排出的废气含甲苯、丁酮和少量二甲基甲酰胺，总风量约8万立方米/小时，浓度较低，' +
      '现有活性炭吸附装置难以稳定达到非甲烷总烃40mg/m³的排放要求，需要成熟可靠的整体治理方案。',
    field: 'energy_saving',
    keywords: ['挥发性有机物', '废气治理', '合成革', '达标排放'],
    budgetMin: 800000,
    budgetMax: 2000000,
    region: '龙湾区',
    cooperationModes: ['transfer', 'service'],
  },
  {
    key: 'n04',
    organization: '温州步尚鞋业有限公司',
    title: '中老年舒适鞋按脚定制的快速楦型设计',
    description:
      '我司主营中老年舒适鞋，线上顾客常因脚型肥大、拇外翻等原因退换货，退货率接近20%。计划推出按脚定制服务，' +
      '需要一套能从顾客脚部测量数据快速得到个性化楦型的技术，单双设计时间控制在半小时以内。',
    field: 'other',
    keywords: ['定制鞋', '楦型', '脚型测量', '舒适鞋'],
    budgetMin: 200000,
    budgetMax: 500000,
    region: '鹿城区',
    cooperationModes: ['license', 'service'],
  },
  {
    key: 'n05',
    organization: '永嘉县瓯特阀门有限公司',
    title: '硬密封球阀密封面磨损快、寿命短',
    description:
      '我司生产的金属硬密封球阀用于煤化工含颗粒介质管线，球体和阀座密封面目前采用堆焊加硬处理，运行3至6个月即出现冲蚀划伤和内漏。' +
      '希望引进耐磨性更好的密封面强化工艺，能在我司车间批量实施。',
    field: 'advanced_manufacturing',
    keywords: ['球阀', '密封面', '耐磨', '表面强化'],
    budgetMin: 300000,
    budgetMax: 1000000,
    region: '永嘉县',
    cooperationModes: ['transfer', 'license', 'service'],
  },
  {
    key: 'n06',
    organization: '温州明视光学科技有限公司',
    title: '青少年近视防控功能眼镜片开发与量产',
    description:
      '我司为树脂眼镜片生产企业，年产镜片800万片，计划进入儿童青少年近视管理市场，需要具备临床数据支撑的功能性镜片设计，' +
      '并协助解决模具制造和量产工艺，产品需能申报医疗器械注册。',
    field: 'biomedicine',
    keywords: ['近视防控', '功能镜片', '树脂镜片', '青少年'],
    budgetMin: 1000000,
    budgetMax: 3000000,
    region: '瓯海区',
    cooperationModes: ['license', 'co_development'],
  },
  {
    key: 'n07',
    organization: '泰顺县云岚茶业有限公司',
    title: '夏秋茶资源利用率低，寻求新产品工艺',
    description:
      '我司自有茶园3000亩，只采春茶做绿茶，夏秋茶鲜叶大多弃采，茶园效益低。希望引进适合夏秋茶原料的加工工艺，' +
      '开发新的茶产品，投入规模适中，能利用现有厂房和部分设备。',
    field: 'modern_agriculture',
    keywords: ['夏秋茶', '茶叶加工', '新产品', '综合利用'],
    budgetMin: 200000,
    budgetMax: 600000,
    region: '泰顺县',
    cooperationModes: ['service', 'license', 'transfer'],
  },
  {
    key: 'n08',
    organization: '洞头海韵藻业有限公司',
    title: '羊栖菜干品无机砷超标影响出口',
    description:
      '我司每年加工羊栖菜干品约600吨，主要出口日本和韩国，近期多批次因无机砷含量偏高被退货。需要在现有清洗、蒸煮工序中降低无机砷的加工技术，' +
      '同时尽量保持产品色泽和口感。',
    field: 'modern_agriculture',
    keywords: ['羊栖菜', '无机砷', '出口', '加工工艺'],
    budgetMin: 300000,
    budgetMax: 800000,
    region: '洞头区',
    cooperationModes: ['license', 'service', 'co_development'],
  },
  {
    key: 'n09',
    organization: '文成县山水果品专业合作社',
    title: '杨梅电商销售途中腐烂损耗大',
    description:
      '合作社每年通过电商销售杨梅约200吨，快递途中1至2天就出现软烂、出水和霉变，损耗率超过25%，售后赔付压力大。' +
      '希望获得从采摘到寄递的保鲜技术，保证发到省外的果子到货品质。',
    field: 'modern_agriculture',
    keywords: ['杨梅', '保鲜', '电商物流', '损耗'],
    budgetMin: 100000,
    budgetMax: 400000,
    region: '文成县',
    cooperationModes: ['service', 'license'],
  },
  {
    key: 'n10',
    organization: '龙港市彩虹印务有限公司',
    title: '彩印包装批次色差大，需要在线控色',
    description:
      '我司主营食品和日化彩盒印刷，现有3台四色胶印机靠机长目测看样调墨，同批产品前后颜色不一致，换单调色耗时长、废张多，' +
      '品牌客户多次因色差退货。希望在印刷过程中自动测量颜色并及时调整。',
    field: 'advanced_manufacturing',
    keywords: ['色差', '胶印', '彩盒', '印刷质量'],
    budgetMin: 400000,
    budgetMax: 900000,
    region: '龙港市',
    cooperationModes: ['license', 'service'],
  },
  {
    key: 'n11',
    organization: '苍南县绿源包装有限公司',
    title: '可降解购物袋强度不足、成本偏高',
    description:
      '为满足限塑政策，我司已上马可降解购物袋项目，但现用配方吹出的薄膜强度低、易撕裂，原料价格比普通PE袋高出一倍多。' +
      '急需成熟可量产的降解料改性配方，能在现有吹膜机上稳定生产。',
    field: 'new_materials',
    keywords: ['可降解塑料', '购物袋', '吹膜', '限塑'],
    budgetMin: 500000,
    budgetMax: 1500000,
    region: '苍南县',
    cooperationModes: ['transfer', 'license'],
  },
  {
    key: 'n12',
    organization: '乐清市宏远触头有限公司',
    title: '接触器触头材料无镉化替代',
    description:
      '我司为交流接触器和继电器配套银氧化镉触头，欧盟客户要求提供不含镉的替代产品，但试用的替代材料温升偏高、易粘连。' +
      '需要性能接近银氧化镉、可在我司现有粉末冶金线上小批量生产的环保触头材料技术。',
    field: 'new_materials',
    keywords: ['触头材料', '无镉', '接触器', '环保'],
    budgetMin: 500000,
    budgetMax: 1000000,
    region: '乐清市',
    cooperationModes: ['transfer', 'license'],
  },
  {
    key: 'n13',
    organization: '温州安盾智能电气有限公司',
    title: '家用配电线路电气火灾防护功能开发',
    description:
      '我司生产家用小型断路器，计划推出具备电气火灾防护功能的新品。线路老化、接头松动产生的打火难以被普通过流保护发现，' +
      '需要能在断路器内部识别这类隐患并及时分断的技术，误动作要少。',
    field: 'advanced_manufacturing',
    keywords: ['电气火灾', '断路器', '线路保护', '智能电器'],
    budgetMin: 400000,
    budgetMax: 1000000,
    region: '龙湾区',
    cooperationModes: ['license', 'co_development'],
  },
  {
    key: 'n14',
    organization: '瑞安市恒力汽车部件有限公司',
    title: '铸铁转向节与支架件轻量化替代',
    description:
      '我司为整车厂配套球墨铸铁转向节和副车架支架，客户要求新平台零件减重30%以上，并保证强度与疲劳性能。' +
      '需要可靠的轻量化材料与成形工艺，能在两年内建成批量生产能力。',
    field: 'advanced_manufacturing',
    keywords: ['轻量化', '转向节', '汽车零部件', '铸件'],
    budgetMin: 1000000,
    budgetMax: 3000000,
    region: '瑞安市',
    cooperationModes: ['license', 'co_development', 'service'],
  },
  {
    key: 'n15',
    organization: '乐清雁岩生物科技有限公司',
    title: '石斛多糖提取纯度低、生产周期长',
    description:
      '我司以雁荡山石斛为原料生产保健食品，目前采用水提醇沉工艺，多糖纯度只有40%左右，乙醇消耗大，一批需要5天。' +
      '希望改进提取纯化工艺，把多糖纯度提高到75%以上，并缩短生产周期、减少溶剂用量。',
    field: 'biomedicine',
    keywords: ['石斛', '多糖', '提取纯化', '保健食品'],
    budgetMin: 300000,
    budgetMax: 800000,
    region: '乐清市',
    cooperationModes: ['transfer', 'license', 'service'],
  },
  {
    key: 'n16',
    organization: '温州康瑞医疗器械有限公司',
    title: '介入导管表面润滑性能提升',
    description:
      '我司生产一次性血管造影导管和导引导管，产品表面摩擦阻力大，医生反馈推送和通过弯曲血管困难，与进口产品差距明显。' +
      '需要可在聚氨酯、尼龙管材上稳定施加的表面处理技术，并满足生物相容性要求。',
    field: 'biomedicine',
    keywords: ['介入导管', '润滑', '表面处理', '医疗器械'],
    budgetMin: 500000,
    budgetMax: 1500000,
    region: '瓯海区',
    cooperationModes: ['license', 'transfer'],
  },
  {
    key: 'n17',
    organization: '永嘉县东港泵业有限公司',
    title: '车间空压机用电量大，寻求节能改造',
    description:
      '我司机加工和喷涂车间共有6台螺杆空压机，总功率480kW，电费占车间能耗近四成。空压机经常空转，管路跑冒滴漏明显。' +
      '希望对现有供气系统进行节能改造，节电15%以上，两年内收回投资。',
    field: 'energy_saving',
    keywords: ['空压机', '节能改造', '电费', '供气系统'],
    budgetMin: 200000,
    budgetMax: 600000,
    region: '永嘉县',
    cooperationModes: ['service', 'transfer'],
  },
];

export const JUDGMENTS: Record<string, Record<string, 1 | 2 | 3>> = {
  // n01: a01 (IT, "图像识别", proven on switch housings) and a02 (machine vision for breakers, but 1.2M above the 0.8M budget) both solve it.
  n01: { a01: 3, a02: 3, a30: 2, a04: 1, a31: 1 },
  // n02: a06 is thermal-runaway early warning for "动力电池" packs with BMS cut-off — exactly the need, phrased without 锂电池.
  n02: { a06: 3, a07: 2, a10: 2, a09: 1 },
  // n03: a11 (VOCs rotor + RTO, names 人造革, negotiable price) is the proven end-of-pipe fix at this air volume.
  n03: { a11: 3, a12: 2, a13: 2, a14: 1 },
  // n04: a33 turns foot scans into custom lasts in minutes (filed under other, like the need).
  n04: { a33: 3, a34: 2, a35: 1 },
  // n05: a16 (new_materials, WC spray on ball/seat) and a17 (laser cladding of "流体机械" sealing faces, above budget) both fix seal wear.
  n05: { a16: 3, a17: 3, a20: 2, a18: 1 },
  // n06: a21 is a clinically tested defocus myopia-control lens design seeking a manufacturer (negotiable price).
  n06: { a21: 3, a22: 2, a23: 1 },
  // n07: a25 (black tea from summer leaves) and a26 (instant tea powder, above budget) both turn unused summer/autumn leaves into products.
  n07: { a25: 3, a26: 3, a28: 2, a29: 1 },
  // n08: a36 removes inorganic arsenic from brown algae; 鹿角菜 is a local name of 羊栖菜 (filed under other).
  n08: { a36: 3, a37: 2, a38: 1 },
  // n09: a39 covers pre-cooling and modified-atmosphere packing of bayberries for 48 h express shipping.
  n09: { a39: 3, a40: 2, a41: 1, a42: 1 },
  // n10: a43 (IT) measures colour deviation (ΔE) on press and closes the ink loop — the need's "在线控色" without the word 色差.
  n10: { a43: 3, a44: 2, a01: 1 },
  // n11: a45 is a mass-produced PBAT/PLA/starch blown-film compound with the required strength and lower cost.
  n11: { a45: 3, a46: 2, a47: 2, a40: 1 },
  // n12: a05 is a cadmium-free AgSnO2 contact already in small-batch use on contactors, within budget.
  n12: { a05: 3, a49: 2, a50: 1 },
  // n13: a51 (IT) detects series/parallel arc faults inside a breaker — the "打火" hazard the need describes without saying 电弧.
  n13: { a51: 3, a52: 2, a10: 1, a31: 1, a53: 1 },
  // n14: a54 high-vacuum die-cast aluminium knuckles cut 40–55% weight; a55 is material only and still pilot, so 2.
  n14: { a54: 3, a55: 2, a18: 1, a56: 1 },
  // n15: a57 purifies 铁皮枫斗 (dried 石斛) polysaccharide to 82% with less ethanol and time; a68 shares 石斛 but is cultivation.
  n15: { a57: 3, a58: 2, a26: 1, a38: 1 },
  // n16: a59 (new_materials) is a UV-cured hydrophilic lubricious coating for PU/nylon tubing with biocompatibility tests.
  n16: { a59: 3, a60: 2, a61: 1 },
  // n17: a62 ("压缩空气系统" group control + leak finding) and a63 (PM variable-speed retrofit, negotiable) each save ≥15%.
  n17: { a62: 3, a63: 3, a64: 2, a65: 1 },
};
