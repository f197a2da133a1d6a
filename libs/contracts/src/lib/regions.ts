/**
 * The districts and counties of Wenzhou plus `outside` (市外). This is only the default: the API
 * reads the list from the REGIONS variable so that another city can run the platform.
 */
export const DEFAULT_REGIONS = [
  '鹿城区',
  '龙湾区',
  '瓯海区',
  '洞头区',
  '瑞安市',
  '乐清市',
  '龙港市',
  '永嘉县',
  '平阳县',
  '苍南县',
  '文成县',
  '泰顺县',
  'outside',
] as const;

export const OUTSIDE_REGION = 'outside';
export const OUTSIDE_REGION_LABEL = { zh: '市外', en: 'Outside the city' };
