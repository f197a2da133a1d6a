import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { RouterLink } from '@angular/router';
import { OpenDealButton } from '@market/web/deals/open-deal-button';
import { Localized, TrPipe } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { SwapOutline } from '@ant-design/icons-angular/icons';
import { ERRORS } from '../shared/api-errors';
import { BudgetPipe, PricePipe } from '../shared/money.pipes';
import type { MatchList, MatchPair } from '@market/contracts';
import { workbenchUrl } from './match.model';
import { MatchReasons } from './match-reasons';
import { ScoreBar } from './score-bar';

const TEXT = {
  title: { zh: '撮合工作台', en: 'Matchmaking workbench' },
  lead: {
    zh: '近 30 天发布的技术需求与已公开成果之间匹配度最高的组合，供技术经纪人和科技局跟进撮合。',
    en: 'The strongest pairs between needs posted in the last 30 days and published results, for brokers and the bureau to follow up.',
  },
  refresh: { zh: '刷新', en: 'Refresh' },
  count: { zh: '组匹配', en: 'pairs' },
  need: { zh: '技术需求', en: 'Need' },
  achievement: { zh: '科技成果', en: 'Result' },
  budget: { zh: '预算', en: 'Budget' },
  price: { zh: '报价', en: 'Price' },
  empty: { zh: '近 30 天暂无可撮合的需求与成果', en: 'No pairs to follow up from the last 30 days' },
  retry: { zh: '重试', en: 'Try again' },
} satisfies Record<string, Localized>;

/** 撮合工作台 (brokers and staff): need ↔ achievement pairs with their score and reasons. */
@Component({
  selector: 'tm-workbench-page',
  imports: [RouterLink, NzButtonModule, NzIconModule, NzSpinModule, TrPipe, PricePipe, BudgetPipe, MatchReasons, ScoreBar, OpenDealButton],
  providers: [provideNzIconsPatch([SwapOutline])],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './workbench-page.html',
  styleUrl: './workbench-page.css',
})
export class WorkbenchPage {
  protected readonly text = TEXT;
  protected readonly errorText = ERRORS.unknown;
  protected readonly pairs = httpResource<MatchList<MatchPair>>(() => workbenchUrl());
  protected readonly items = computed(() => (this.pairs.hasValue() ? (this.pairs.value().items ?? []) : []));
}
