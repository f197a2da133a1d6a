import { CONTRACT_TYPE_LABELS, ContractType, Field, FIELD_LABELS, TransactionStats } from '@market/contracts';
import { Lang } from '@market/web/ui';
import type { EChartsCoreOption } from 'echarts/core';

/** The words on the charts, in the reader's language (the board passes its translations). */
export interface ChartTexts {
  /** The value axis's unit: 亿元. */
  unit: string;
  /** The gauge's figure when the year has no target. */
  noTarget: string;
  /** The gauge's name. */
  completion: string;
}

/** Bars in 亿元 to 万元 precision: a contract of a few 万元 should still show as a bar. */
const yi = (yuan: number) => Math.round(yuan / 10_000) / 10_000;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Volume against target: the needle shows the completion rate, capped on the dial at 150 %. */
export function gaugeOption(stats: TransactionStats, texts: ChartTexts): EChartsCoreOption {
  const rate = stats.completionRate ?? 0;
  return {
    series: [
      {
        type: 'gauge',
        min: 0,
        max: Math.max(150, Math.ceil(rate / 50) * 50),
        progress: { show: true, width: 14 },
        axisLine: { lineStyle: { width: 14 } },
        axisLabel: { distance: 18, fontSize: 10 },
        detail: { valueAnimation: true, formatter: stats.completionRate === null ? texts.noTarget : '{value}%', fontSize: 22, offsetCenter: [0, '70%'] },
        data: [{ value: rate, name: texts.completion }],
      },
    ],
  };
}

export function monthOption(stats: TransactionStats, lang: Lang, texts: ChartTexts): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 12, top: 24, bottom: 28 },
    xAxis: { type: 'category', data: stats.byMonth.map((m) => (lang === 'zh' ? `${m.month}月` : MONTHS_EN[m.month - 1])) },
    yAxis: { type: 'value', name: texts.unit },
    series: [{ type: 'bar', data: stats.byMonth.map((m) => yi(m.total)), itemStyle: { color: '#1677ff' } }],
  };
}

/** A horizontal bar per slice, largest on top. */
export function sliceOption(slices: TransactionStats['byField'], label: (key: string) => string, texts: ChartTexts, color: string): EChartsCoreOption {
  const ordered = [...slices].reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 88, right: 16, top: 8, bottom: 24 },
    xAxis: { type: 'value', name: texts.unit },
    yAxis: { type: 'category', data: ordered.map((s) => label(s.key)) },
    series: [{ type: 'bar', data: ordered.map((s) => yi(s.total)), itemStyle: { color } }],
  };
}

/**
 * The donut names its slices in a legend below it and writes only the share on each slice: labels
 * beside the ring were cut to "…" on a phone-wide chart.
 */
export function contractTypeOption(stats: TransactionStats, lang: Lang): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {d}%' },
    legend: { type: 'scroll', bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['38%', '68%'],
        center: ['50%', '45%'],
        label: { position: 'inside', formatter: '{d}%', color: '#fff', fontSize: 12 },
        data: stats.byContractType.map((s) => ({ name: CONTRACT_TYPE_LABELS[s.key as ContractType]?.[lang] ?? s.key, value: s.total })),
      },
    ],
  };
}

export const fieldLabel = (lang: Lang) => (key: string) => FIELD_LABELS[key as Field]?.[lang] ?? key;
