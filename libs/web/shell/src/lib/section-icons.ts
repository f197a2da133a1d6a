import {
  BarChartOutline,
  ExperimentOutline,
  FundProjectionScreenOutline,
  RiseOutline,
  SolutionOutline,
  TeamOutline,
  TrophyOutline,
} from '@ant-design/icons-angular/icons';

/**
 * The icons named by MARKET_SECTIONS (`icon`). Kept apart from sections.ts so that the eager
 * header, which shows no icons, does not carry the icon definitions.
 */
export const SECTION_ICONS = [
  BarChartOutline,
  ExperimentOutline,
  FundProjectionScreenOutline,
  RiseOutline,
  SolutionOutline,
  TeamOutline,
  TrophyOutline,
];
