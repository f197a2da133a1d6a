import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { regionLabel, type ChallengeStats, TransactionStats } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { currentYear, zoneName } from '@market/shared/time';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, formatYuan, largeAmount } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { DealsApi } from '../data/deals.api';
import { echarts } from './echarts-setup';
import { ChartTexts, contractTypeOption, fieldLabel, gaugeOption, monthOption, sliceOption } from './chart-options';

const TEXT = {
  title: 'deals.statsBoardPage.title',
  challenges: 'deals.statsBoardPage.challenges',
  challengesPublished: 'deals.statsBoardPage.challengesPublished',
  challengesOpen: 'deals.statsBoardPage.challengesOpen',
  challengeApplications: 'deals.statsBoardPage.challengeApplications',
  bountyTotal: 'deals.statsBoardPage.bountyTotal',
  challengesAwarded: 'deals.statsBoardPage.challengesAwarded',
  challengesFailed: 'deals.statsBoardPage.challengesFailed',
  /** `{{zone}}`: how the market's users name its time zone (北京时间). */
  lead: 'deals.statsBoardPage.lead',
  total: 'deals.statsBoardPage.total',
  target: 'deals.statsBoardPage.target',
  rate: 'deals.statsBoardPage.rate',
  contracts: 'deals.statsBoardPage.contracts',
  unit: 'deals.statsBoardPage.unit',
  yuan: 'deals.statsBoardPage.yuan',
  pieces: 'deals.statsBoardPage.pieces',
  noTarget: 'deals.statsBoardPage.noTarget',
  gauge: 'deals.statsBoardPage.gauge',
  byMonth: 'deals.statsBoardPage.byMonth',
  byField: 'deals.statsBoardPage.byField',
  byRegion: 'deals.statsBoardPage.byRegion',
  byType: 'deals.statsBoardPage.byType',
  csv: 'deals.statsBoardPage.csv',
  targets: 'deals.statsBoardPage.targets',
  prev: 'deals.statsBoardPage.prev',
  next: 'deals.statsBoardPage.next',
  error: 'deals.statsBoardPage.error',
  retry: 'deals.statsBoardPage.retry',
  chartUnit: 'deals.statsBoardPage.chartUnit',
  chartNoTarget: 'deals.statsBoardPage.chartNoTarget',
  chartCompletion: 'deals.statsBoardPage.chartCompletion',
  /** `{{year}}`: the year shown. */
  emptyYear: 'deals.statsBoardPage.emptyYear',
  /** `{{year}}`: the year shown. */
  emptyGauge: 'deals.statsBoardPage.emptyGauge',
} satisfies Record<string, string>;

/** 数据看板: public figures of the year's registered contracts, with ECharts; staff export CSV. */
@Component({
  selector: 'tm-stats-board-page',
  imports: [RouterLink, NzButtonModule, NzSpinModule, NgxEchartsDirective, TranslocoPipe],
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
  protected readonly zone = computed(() => zoneName()[this.language.lang()]);
  protected readonly year = signal(currentYear());
  protected readonly stats = httpResource<TransactionStats>(() => `/api/stats/transactions?year=${this.year()}`);
  /** 揭榜挂帅 in the same year: published, open, applications, bounties, awarded and failed. */
  protected readonly challenges = httpResource<ChallengeStats>(() => `/api/challenges/stats?year=${this.year()}`);
  protected readonly isStaff = computed(() => this.auth.role() === 'staff');
  protected readonly downloading = signal(false);

  private readonly value = computed(() => (this.stats.hasValue() ? this.stats.value() : null));
  protected money(yuan: number): string {
    return formatYuan(yuan, this.language.lang());
  }

  protected readonly totalYi = computed(() => largeAmount(this.value()?.total ?? 0, this.language.lang()));
  protected readonly targetYi = computed(() => {
    const target = this.value()?.target;
    return target === null || target === undefined ? null : largeAmount(target, this.language.lang());
  });
  protected readonly totalYuan = computed(() => (this.value()?.total ?? 0).toLocaleString('en-US'));

  protected readonly charts = computed(() => {
    const stats = this.value();
    const lang = this.language.lang();
    if (!stats) return null;
    const texts: ChartTexts = { unit: this.language.t(TEXT.chartUnit), noTarget: this.language.t(TEXT.chartNoTarget), completion: this.language.t(TEXT.chartCompletion) };
    return {
      gauge: gaugeOption(stats, texts),
      month: monthOption(stats, lang, texts),
      field: sliceOption(stats.byField, fieldLabel(lang), texts, '#13c2c2'),
      region: sliceOption(stats.byRegion, (key) => regionLabel(key)[lang], texts, '#722ed1'),
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
