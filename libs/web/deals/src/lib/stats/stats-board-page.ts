import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TransactionStats } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { currentYear, zoneName } from '@market/shared/time';
import { LanguageService, Localized, TrPipe, toYi } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { DealsApi } from '../data/deals.api';
import { echarts } from './echarts-setup';
import { contractTypeOption, fieldLabel, gaugeOption, monthOption, sliceOption } from './chart-options';

const TEXT = {
  title: { zh: '数据看板', en: 'Statistics board' },
  total: { zh: '技术合同成交额', en: 'Contract volume' },
  target: { zh: '年度目标', en: 'Annual target' },
  rate: { zh: '完成率', en: 'Completion' },
  contracts: { zh: '登记合同', en: 'Registered contracts' },
  unit: { zh: '亿元', en: '× 100M yuan' },
  yuan: { zh: '元', en: 'yuan' },
  pieces: { zh: '项', en: '' },
  noTarget: { zh: '未设定', en: 'Not set' },
  gauge: { zh: '目标完成情况', en: 'Against target' },
  byMonth: { zh: '按月成交额', en: 'By month' },
  byField: { zh: '按行业领域', en: 'By field' },
  byRegion: { zh: '按地区', en: 'By region' },
  byType: { zh: '合同类型构成', en: 'Contract types' },
  csv: { zh: '导出合同明细（CSV）', en: 'Export contracts (CSV)' },
  targets: { zh: '设定年度目标', en: 'Set targets' },
  prev: { zh: '上一年', en: 'Previous year' },
  next: { zh: '下一年', en: 'Next year' },
  error: { zh: '统计数据加载失败，请稍后重试。', en: 'Could not load the figures. Please try again.' },
  retry: { zh: '重试', en: 'Try again' },
} satisfies Record<string, Localized>;

/** 数据看板: public figures of the year's registered contracts, with ECharts; staff export CSV. */
@Component({
  selector: 'tm-stats-board-page',
  imports: [RouterLink, NzButtonModule, NzSpinModule, NgxEchartsDirective, TrPipe],
  providers: [provideEchartsCore({ echarts })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './stats-board-page.html',
  styleUrl: './stats-board-page.css',
})
export class StatsBoardPage {
  private readonly api = inject(DealsApi);
  private readonly auth = inject(AuthStore);
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  /** Counted by the registration day on the market's clock (TIME_ZONE), named as its users name it. */
  protected readonly lead: Localized = {
    zh: `已登记技术合同成交额与年度目标（按${zoneName().zh}登记日期统计）。`,
    en: `Registered technology contract volume against the annual target (by registration date, ${zoneName().en}).`,
  };
  protected readonly year = signal(currentYear());
  protected readonly stats = httpResource<TransactionStats>(() => `/api/stats/transactions?year=${this.year()}`);
  protected readonly isStaff = computed(() => this.auth.role() === 'staff');
  protected readonly downloading = signal(false);

  private readonly value = computed(() => (this.stats.hasValue() ? this.stats.value() : null));
  protected readonly totalYi = computed(() => toYi(this.value()?.total ?? 0).toFixed(2));
  protected readonly targetYi = computed(() => {
    const target = this.value()?.target;
    return target === null || target === undefined ? null : toYi(target).toFixed(2);
  });
  protected readonly totalYuan = computed(() => (this.value()?.total ?? 0).toLocaleString('en-US'));

  protected readonly charts = computed(() => {
    const stats = this.value();
    const lang = this.language.lang();
    if (!stats) return null;
    return {
      gauge: gaugeOption(stats, lang),
      month: monthOption(stats, lang),
      field: sliceOption(stats.byField, fieldLabel(lang), lang, '#13c2c2'),
      region: sliceOption(stats.byRegion, (key) => key, lang, '#722ed1'),
      type: contractTypeOption(stats, lang),
    };
  });

  protected shift(delta: number): void {
    this.year.update((y) => y + delta);
  }

  protected download(): void {
    const year = this.year();
    this.downloading.set(true);
    this.api.csv(year).subscribe({
      next: (blob) => {
        const url = URL.createObjectURL(blob);
        const a = document.createElement('a');
        a.href = url;
        a.download = `technology-contracts-${year}.csv`;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
        this.downloading.set(false);
      },
      error: () => this.downloading.set(false),
    });
  }
}
