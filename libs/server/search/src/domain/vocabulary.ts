/**
 * Groups of Chinese technology terms that an enterprise and a researcher use for the same thing
 * (or for the two sides of one problem: 电气火灾 is what the enterprise fears, 故障电弧 what the
 * researcher detects). Written for this market as general vocabulary of its fields, not from any
 * one listing. The first term of a group is its name.
 *
 * Used twice: by the indexes, whose documents carry every term of the groups they mention (so a
 * query for one term finds the others: see relatedTerms), and by matching, which treats every term
 * of a group as the same concept when it compares a need with an achievement.
 * Generic verbs and quantities (提取, 纯化, 振动) stay out of the groups: as synonyms they widen
 * ordinary queries (npm run eval:search-recall lost 纯化 and 振动 queries when they were in).
 */
export const TERM_GROUPS: readonly (readonly string[])[] = [
  // manufacturing: inspection, automation, machining, surfaces
  ['机器视觉', '图像识别', '视觉检测', '光学检测', '工业相机', '图像处理'],
  ['缺陷检测', '外观检测', '表面缺陷', '瑕疵检测', '质量检验', '质检'],
  ['无损检测', '探伤', '超声检测', '射线检测', '涡流检测'],
  ['自动化', '自动化装备', '自动化生产线', '智能装备', '机器人', '机械手'],
  ['数控机床', '数控加工', 'CNC', '加工中心'],
  ['表面强化', '表面改性', '表面处理', '表面工程'],
  ['耐磨', '磨损', '耐磨损', '减磨'],
  ['涂层', '镀层', '膜层', '涂覆', '镀膜'],
  ['热喷涂', '等离子喷涂', '超音速火焰喷涂', '喷涂'],
  ['激光熔覆', '堆焊', '熔覆', '再制造'],
  ['焊接', '点焊', '激光焊', '激光焊接', '焊缝', '焊点'],
  ['铸造', '铸件', '压铸', '低压铸造', '精密铸造'],
  ['轻量化', '减重', '以铝代钢', '以塑代钢'],
  ['模具', '模具钢', '压铸模', '注塑模'],
  ['注塑', '注塑成型', '注塑机', '注射成型'],
  ['密封', '密封面', '密封件', '泄漏', '内漏'],
  ['阀门', '球阀', '闸阀', '截止阀', '蝶阀', '调节阀'],
  ['泵', '水泵', '离心泵', '管道泵', '泵效率', '叶轮'],
  ['故障诊断', '预测性维护', '状态监测', '设备监测', '振动监测', '健康管理'],
  ['轴承', '齿轮箱', '旋转机械'],
  ['汽车零部件', '汽配', '汽摩配', '零部件'],
  ['制动', '刹车', '刹车片', '制动片', '摩擦材料', '摩擦片', '制动器'],
  ['噪声', '噪音', 'NVH', '异响', '啸叫'],
  // electrical
  ['低压电器', '断路器', '微型断路器', '接触器', '继电器', '开关电器'],
  ['电气火灾', '故障电弧', '电弧', '漏电', '线路保护'],
  ['触头', '触点', '电触头', '电接触材料', '触头材料'],
  ['温升', '测温', '过温', '发热'],
  ['局部放电', '绝缘', '绝缘老化'],
  ['变频', '变频器', '变频调速', '调速', '矢量控制'],
  ['永磁同步电机', '永磁电机', '电机', '无刷电机', '马达'],
  ['节能', '节电', '能耗', '用电量', '电费', '能效', '节能改造', '降耗'],
  ['空压机', '空气压缩机', '压缩机', '压缩空气', '供气系统', '螺杆压缩机'],
  ['余热回收', '余热', '废热', '热回收', '热泵'],
  ['物联网', '远程监控', '远程监测', '在线监测', '数据采集', '传感器'],
  ['工业互联网', '智能制造', '数字化车间', 'MES', '数字孪生'],
  // information technology
  ['深度学习', '神经网络', '人工智能', '机器学习', '智能算法'],
  ['大数据', '数据分析', '数据挖掘'],
  ['软件', '系统平台', '管理系统', '信息系统'],
  ['小样本', '小样本学习', '数据增强'],
  // new energy
  ['锂电池', '动力电池', '锂离子电池', '电池包', '电芯', '磷酸铁锂', '三元锂'],
  ['热失控', '起火', '电池安全', '电池火灾', '阻燃'],
  ['电池管理', 'BMS', '荷电状态', 'SOC', '电池均衡'],
  ['储能', '储能系统', '储能电站', '储能电池'],
  ['电池回收', '退役电池', '梯次利用', '湿法回收'],
  ['光伏', '太阳能', '太阳能电池', '光伏组件', '太阳能组件', '光伏电站', '分布式光伏'],
  ['充电桩', '充电', '充电柜', '换电'],
  ['电动自行车', '电动两轮车', '电瓶车', '电动车'],
  ['氢能', '燃料电池', '制氢', '电解水'],
  ['风电', '风力发电', '风机'],
  // environment
  ['挥发性有机物', 'VOCs', 'VOC', '有机废气', '废气', '废气治理'],
  ['蓄热焚烧', 'RTO', '蓄热燃烧', '催化燃烧', '焚烧'],
  ['废水', '污水', '废水处理', '污水处理', '漂洗水', '回用'],
  ['膜分离', '反渗透', '超滤', '纳滤', '膜浓缩'],
  ['重金属', '砷', '无机砷', '镉', '铅', '汞', '六价铬'],
  ['固废', '固体废物', '资源化', '综合利用', '回收利用'],
  ['溶剂', '溶剂回收', '二甲基甲酰胺', 'DMF', '精馏'],
  ['环保', '绿色', '无害化', '清洁生产', '达标排放', '减排'],
  ['水性', '水性化', '无溶剂', '低挥发', '水性油墨', '水性涂料'],
  // materials
  ['可降解', '生物降解', '全降解', '降解塑料', '可降解塑料', 'PLA', 'PBAT', '聚乳酸'],
  ['塑料', '高分子', '聚合物', '树脂'],
  ['薄膜', '吹膜', '膜材', '包装膜'],
  ['复合材料', '碳纤维', '玻璃纤维', '纤维增强'],
  ['合金', '铝合金', '钛合金', '高熵合金', '镁合金'],
  ['合成革', '人造革', 'PU革', '超纤'],
  ['纳米材料', '纳米', '石墨烯'],
  ['陶瓷', '陶瓷纤维', '陶瓷基'],
  ['保温', '隔热', '气凝胶'],
  // printing, packaging, light industry
  ['印刷', '胶印', '凹印', '凹版印刷', '柔印', '彩印', '印刷品'],
  ['油墨', '专色', '墨量', '配色'],
  ['色差', '色彩偏差', '颜色偏差', '控色', '色彩管理'],
  ['包装', '包装材料', '彩盒', '纸箱', '软包装'],
  ['鞋', '制鞋', '鞋楦', '鞋底', '鞋面'],
  ['眼镜', '镜片', '镜架', '眼镜架', '眼视光'],
  ['近视', '近视防控', '离焦', '角膜塑形'],
  ['定制', '个性化', '个性化定制'],
  ['三维扫描', '3D扫描', '三维测量', '结构光'],
  ['3D打印', '增材制造'],
  // biomedicine
  ['医疗器械', '医用', '器械'],
  ['导管', '介入导管', '导尿管', '导丝'],
  ['润滑', '亲水', '超滑', '亲水涂层', '润滑涂层', '低摩擦'],
  ['抗菌', '抑菌', '杀菌', '消毒'],
  ['植入物', '种植体', '骨科植入物', '人工关节'],
  ['多糖', '活性多糖', '植物多糖'],
  ['提取纯化', '分离纯化', '萃取'],
  ['中药', '中药材', '药材', '石斛', '铁皮石斛', '铁皮枫斗'],
  ['保健食品', '功能食品', '营养', '健康食品'],
  ['生物医药', '药物', '制剂', '新药'],
  ['诊断', '筛查', '检测试剂', '试剂盒'],
  // agriculture and food
  ['保鲜', '贮藏', '储藏', '防腐', '腐烂', '采后', '货架期'],
  ['冷链', '预冷', '冷库', '冷藏', '气调'],
  ['茶叶', '茶', '红茶', '绿茶', '茶园', '夏秋茶', '鲜叶', '茶叶加工'],
  ['水果', '果蔬', '杨梅', '柑橘', '瓯柑', '蜜柚'],
  ['海藻', '藻类', '羊栖菜', '褐藻', '海产品', '水产品'],
  ['食品加工', '深加工', '精深加工', '加工工艺'],
  ['灌溉', '水肥一体化', '滴灌', '喷灌'],
  ['病虫害', '绿色防控', '农药', '农残', '生物农药'],
  ['育种', '组培', '种苗', '快繁', '栽培'],
  ['发酵', '酿造', '菌种', '酶解'],
];

/** The multi-character terms of each group: a single character (泵, 茶) would widen every query that contains it. */
function multiCharacter(groups: readonly (readonly string[])[]): string[][] {
  return groups.map((group) => group.filter((t) => t.length > 1));
}

/**
 * Every term of the groups a text mentions, for a document field that the index searches last:
 * expanding the documents once, when they are indexed, instead of every query with Meilisearch
 * `synonyms`, finds the same documents for a one-term query, and a query costs what it costs
 * without synonyms (a long match query 16 ms → 5 ms: tools/bench/query-cost.ts; decision 0011).
 * A document that says the word itself still ranks first: the field is the last attribute.
 */
export function relatedTerms(text: string, groups: readonly (readonly string[])[] = TERM_GROUPS): string {
  const out = new Set<string>();
  for (const terms of multiCharacter(groups)) if (terms.some((t) => text.includes(t))) for (const t of terms) out.add(t);
  return [...out].join(' ');
}
