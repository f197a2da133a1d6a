import { TransactionStats } from '@market/contracts';
import { ChartTexts, contractTypeOption, fieldLabel, gaugeOption, monthOption, sliceOption } from './chart-options';

const texts: ChartTexts = { unit: '亿元', noTarget: '未设目标', completion: '完成率' };

const stats: TransactionStats = {
  year: 2026,
  target: 24_000_000_000,
  total: 33_022_000_000,
  completionRate: 137.59,
  contracts: 733,
  byField: [
    { key: 'new_energy', total: 20_000_000_000, contracts: 400 },
    { key: 'new_materials', total: 13_022_000_000, contracts: 333 },
  ],
  byRegion: [],
  byContractType: [{ key: 'license', total: 33_022_000_000, contracts: 733 }],
  byMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, total: i === 2 ? 150_000_000 : 0, contracts: i === 2 ? 1 : 0 })),
};

describe('statistics chart options', () => {
  it('puts the completion rate on the gauge', () => {
    const series = (gaugeOption(stats, texts)['series'] as Array<{ data: Array<{ value: number }>; max: number }>)[0];
    expect(series.data[0].value).toBe(137.59);
    expect(series.max).toBe(150);
  });

  it('shows months in 亿元 with Chinese or English names', () => {
    const zh = monthOption(stats, 'zh', texts);
    expect((zh['xAxis'] as { data: string[] }).data[2]).toBe('3月');
    expect((zh['series'] as Array<{ data: number[] }>)[0].data[2]).toBe(1.5);
    expect((monthOption(stats, 'en', texts)['xAxis'] as { data: string[] }).data[2]).toBe('Mar');
  });

  it('labels fields and contract types in the reader’s language, largest bar on top', () => {
    const option = sliceOption(stats.byField, fieldLabel('zh'), texts, '#000');
    expect((option['yAxis'] as { data: string[] }).data).toEqual(['新材料', '新能源']);
    const pie = (contractTypeOption(stats, 'en')['series'] as Array<{ data: Array<{ name: string }> }>)[0];
    expect(pie.data[0].name).toBe('License');
  });

  it('writes the words it is given: the unit on the axis, the missing target on the gauge', () => {
    const en: ChartTexts = { unit: '100M yuan', noTarget: 'No target', completion: 'Completion' };
    expect((monthOption(stats, 'en', en)['yAxis'] as { name: string }).name).toBe('100M yuan');
    const gauge = (gaugeOption({ ...stats, target: null, completionRate: null }, en)['series'] as Array<{ detail: { formatter: string }; data: Array<{ name: string }> }>)[0];
    expect(gauge.detail.formatter).toBe('No target');
    expect(gauge.data[0].name).toBe('Completion');
  });
});
