import { asWritten, findText, text, type Localized } from './i18n';

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
export const OUTSIDE_REGION_LABEL = text('regions', OUTSIDE_REGION);

/**
 * A region's name in every language: the stored value is its Chinese name (or `outside`); the
 * translation files name the default districts and counties, and another city's list (REGIONS)
 * shows as configured where they have no entry.
 */
export function regionLabel(region: string): Localized {
  return findText('regions', region) ?? asWritten(region);
}
