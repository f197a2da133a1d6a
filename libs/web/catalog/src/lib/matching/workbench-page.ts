import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { OpenDealButton } from '@market/web/deals/open-deal-button';
import { LanguageService } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { SwapOutline } from '@ant-design/icons-angular/icons';
import { COMMON, ERRORS } from '../shared/api-errors';
import { BudgetPipe, PricePipe } from '../shared/money.pipes';
import type { MatchList, MatchPair } from '@market/contracts';
import { workbenchUrl } from './match.model';
import { MatchReasons } from './match-reasons';
import { ScoreBar } from './score-bar';

const TEXT = {
  title: 'catalog.workbench.title',
  lead: 'catalog.workbench.lead',
  refresh: 'catalog.workbench.refresh',
  count: 'catalog.workbench.count',
  need: 'catalog.workbench.need',
  achievement: 'catalog.workbench.achievement',
  budget: 'catalog.workbench.budget',
  price: 'catalog.workbench.price',
  empty: 'catalog.workbench.empty',
  retry: COMMON.retry,
} satisfies Record<string, string>;

/** 撮合工作台 (brokers and staff): need ↔ achievement pairs with their score and reasons. */
@Component({
  selector: 'tm-workbench-page',
  imports: [RouterLink, NzButtonModule, NzIconModule, NzSpinModule, TranslocoPipe, PricePipe, BudgetPipe, MatchReasons, ScoreBar, OpenDealButton],
  providers: [provideNzIconsPatch([SwapOutline])],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './workbench-page.html',
  styleUrl: './workbench-page.css',
})
export class WorkbenchPage {
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly errorText = computed(() => this.language.text(ERRORS.unknown));
  protected readonly pairs = httpResource<MatchList<MatchPair>>(() => workbenchUrl());
  protected readonly items = computed(() => (this.pairs.hasValue() ? (this.pairs.value().items ?? []) : []));
}
