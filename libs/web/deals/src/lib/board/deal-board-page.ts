import { CdkDrag, CdkDragDrop, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Deal, DEAL_STAGE_LABELS, DEAL_STAGES, DEAL_TRANSITIONS, DealStage, Paginated } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, TrPipe, formatAmount } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { DEAL_TEXT } from '../data/texts';
import { AdvanceDialog } from '../shared/advance-dialog';

interface Move {
  deal: Deal;
  stage: DealStage;
}

/**
 * 交易服务: the caller's deals in one column per stage; drag a card or use its buttons to move it on
 * (the buttons are the keyboard's way: every card takes focus, and dragging is never the only one).
 */
@Component({
  selector: 'tm-deal-board-page',
  imports: [RouterLink, CdkDropListGroup, CdkDropList, CdkDrag, NzButtonModule, NzSpinModule, TranslocoPipe, TrPipe, AdvanceDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './deal-board-page.html',
  styleUrl: './deal-board-page.css',
})
export class DealBoardPage {
  private readonly auth = inject(AuthStore);
  private readonly language = inject(LanguageService);
  protected readonly text = DEAL_TEXT;
  protected readonly stages = DEAL_STAGES;
  protected readonly stageLabels = DEAL_STAGE_LABELS;
  protected readonly deals = httpResource<Paginated<Deal>>(() => '/api/deals?pageSize=100');
  protected readonly move = signal<Move | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected readonly columns = computed(() => {
    const items = this.deals.hasValue() ? this.deals.value().items : [];
    return DEAL_STAGES.map((stage) => ({ stage, deals: items.filter((d) => d.stage === stage) }));
  });

  protected amount(deal: Deal): string {
    return formatAmount(deal.amount, this.language.lang());
  }

  /** The deal's broker and staff move it; both sides only follow it. */
  protected canMove(deal: Deal): boolean {
    const user = this.auth.user();
    return !!user && (user.role === 'staff' || deal.broker?.id === user.id);
  }

  /** Registration is the bureau's act, once both parties confirmed: a broker is never offered 登记. */
  protected next(deal: Deal): readonly DealStage[] {
    if (!this.canMove(deal)) return [];
    const staff = this.auth.user()?.role === 'staff';
    const confirmed = !!deal.confirmations.seller && !!deal.confirmations.buyer;
    return DEAL_TRANSITIONS[deal.stage].filter((s) => s !== 'registered' || (staff && confirmed));
  }

  protected ask(deal: Deal, stage: DealStage): void {
    this.notice.set(null);
    this.move.set({ deal, stage });
  }

  protected dropped(event: CdkDragDrop<DealStage, DealStage, Deal>): void {
    const deal = event.item.data;
    const stage = event.container.data;
    if (stage === deal.stage) return;
    if (!this.next(deal).includes(stage)) {
      this.notice.set(this.language.t(DEAL_TEXT.notAllowed, { from: this.language.text(DEAL_STAGE_LABELS[deal.stage]), to: this.language.text(DEAL_STAGE_LABELS[stage]) }));
      return;
    }
    this.ask(deal, stage);
  }

  protected moved(): void {
    this.move.set(null);
    this.deals.reload();
  }
}
