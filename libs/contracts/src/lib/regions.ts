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

/** English names of the default districts and counties (another city's list shows as configured). */
const DEFAULT_REGION_NAMES_EN: Record<string, string> = {
  鹿城区: 'Lucheng District',
  龙湾区: 'Longwan District',
  瓯海区: 'Ouhai District',
  洞头区: 'Dongtou District',
  瑞安市: "Rui'an City",
  乐清市: 'Yueqing City',
  龙港市: 'Longgang City',
  永嘉县: 'Yongjia County',
  平阳县: 'Pingyang County',
  苍南县: 'Cangnan County',
  文成县: 'Wencheng County',
  泰顺县: 'Taishun County',
};

/** A region's name in both languages: the stored value is its Chinese name (or `outside`). */
export function regionLabel(region: string): { zh: string; en: string } {
  if (region === OUTSIDE_REGION) return OUTSIDE_REGION_LABEL;
  return { zh: region, en: DEFAULT_REGION_NAMES_EN[region] ?? region };
}
