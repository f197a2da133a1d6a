import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CONTRACT_TYPE_LABELS, Deal, DealEvent, DEAL_STAGE_LABELS, DEAL_TRANSITIONS, DealStage, FIELD_LABELS } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { LanguageService, Localized, TrPipe, WallTimePipe, formatAmount, serverMessage } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { DEAL_TEXT, SOURCE_LABELS } from '../data/texts';
import { DealsApi } from '../data/deals.api';
import { AdvanceDialog } from '../shared/advance-dialog';
import { RevokeDialog } from '../shared/revoke-dialog';

const TEXT = {
  back: { zh: '返回交易服务', en: 'Back to deals' },
  stage: { zh: '当前阶段', en: 'Stage' },
  source: { zh: '来源', en: 'Source' },
  field: { zh: '领域', en: 'Field' },
  region: { zh: '地区', en: 'Region' },
  contract: { zh: '合同', en: 'Contract' },
  contractNumber: { zh: '合同编号', en: 'Contract no.' },
  signedAt: { zh: '签约日期', en: 'Signed' },
  registration: { zh: '登记编号', en: 'Registration no.' },
  registeredAt: { zh: '登记日期', en: 'Registered' },
  timeline: { zh: '交易进程', en: 'Timeline' },
  opened: { zh: '建立交易', en: 'Deal opened' },
  system: { zh: '系统', en: 'System' },
  notFound: { zh: '交易不存在或您无权查看。', en: 'This deal does not exist or is not visible to you.' },
  confirmations: { zh: '合同确认（三方确认）', en: 'Confirmations' },
  confirmationsLead: {
    zh: '经纪人录入签约合同后，成果方与买方各自确认合同金额与类型，科技局方可登记。金额或类型变更后需重新确认。',
    en: 'Once the broker records the signed contract, the seller and the buyer each confirm its amount and type; only then does the bureau register it. A new amount or type needs new confirmations.',
  },
  sellerSide: { zh: '成果方', en: 'Seller' },
  buyerSide: { zh: '买方', en: 'Buyer' },
  confirmedAt: { zh: '已确认', en: 'Confirmed' },
  waiting: { zh: '待确认', en: 'Waiting' },
  confirm: { zh: '确认合同金额与类型', en: 'Confirm amount and type' },
  confirmHint: { zh: '请核对后确认：', en: 'Check before confirming: ' },
  missing: { zh: '尚待确认：', en: 'Still to confirm: ' },
  readyToRegister: { zh: '双方均已确认，等待科技局登记。', en: 'Both parties confirmed; waiting for the bureau to register it.' },
  amend: { zh: '修改合同信息', en: 'Amend the contract' },
  register: { zh: '登记合同', en: 'Register the contract' },
  registerBlocked: { zh: '双方确认后方可登记', en: 'Both parties must confirm first' },
  revoke: { zh: '撤销登记', en: 'Revoke the registration' },
  byBureau: { zh: '技术合同由科技局登记', en: 'Contracts are registered by the bureau' },
  failed: { zh: '操作失败，请稍后重试。', en: 'That did not work. Please try again.' },
} satisfies Record<string, Localized>;

/** What a history entry of another kind than a stage move is called on the timeline. */
const EVENT_LABELS: Record<Exclude<DealEvent, 'stage'>, Localized> = {
  amended: { zh: '合同变更', en: 'Contract amended' },
  confirmed: { zh: '合同确认', en: 'Contract confirmed' },
  registration_revoked: { zh: '撤销登记', en: 'Registration revoked' },
};

/** One deal: parties, contract facts, its timeline, and the next steps for its broker and staff. */
@Component({
  selector: 'tm-deal-page',
  imports: [RouterLink, NzButtonModule, NzSpinModule, TrPipe, WallTimePipe, AdvanceDialog, RevokeDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './deal-page.html',
  styleUrl: './deal-page.css',
})
export class DealPage {
  /** The route's :id (component input binding). */
  readonly id = input.required<string>();

  private readonly auth = inject(AuthStore);
  private readonly api = inject(DealsApi);
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly dealText = DEAL_TEXT;
  protected readonly stageLabels = DEAL_STAGE_LABELS;
  protected readonly typeLabels = CONTRACT_TYPE_LABELS;
  protected readonly fieldLabels = FIELD_LABELS;
  protected readonly sourceLabels = SOURCE_LABELS;

  protected readonly deal = httpResource<Deal>(() => `/api/deals/${encodeURIComponent(this.id())}`);
  protected readonly eventLabels = EVENT_LABELS;
  protected readonly target = signal<DealStage | null>(null);
  /** The advance dialog re-records the signed contract instead of moving on. */
  protected readonly amending = signal(false);
  protected readonly revoking = signal(false);
  protected readonly confirming = signal(false);
  protected readonly actionError = signal<string | null>(null);

  private readonly isStaff = computed(() => this.auth.user()?.role === 'staff');
  private readonly mayMove = computed(() => {
    const user = this.auth.user();
    return !!user && this.deal.hasValue() && (user.role === 'staff' || this.deal.value().broker?.id === user.id);
  });

  /** The stage buttons: registration is the bureau's, so a broker never sees 登记. */
  protected readonly next = computed<readonly DealStage[]>(() => {
    if (!this.deal.hasValue() || !this.mayMove()) return [];
    return DEAL_TRANSITIONS[this.deal.value().stage].filter((s) => s !== 'registered' || this.isStaff());
  });

  protected readonly mayAmend = computed(() => this.mayMove() && this.deal.hasValue() && this.deal.value().stage === 'signed');
  protected readonly mayRevoke = computed(() => this.isStaff() && this.deal.hasValue() && ['registered', 'closed'].includes(this.deal.value().stage));
  protected readonly bothConfirmed = computed(() => this.deal.hasValue() && !!this.deal.value().confirmations.seller && !!this.deal.value().confirmations.buyer);

  /** The caller's side when it is a party to the deal and has not confirmed yet. */
  protected readonly mySide = computed<'seller' | 'buyer' | null>(() => {
    const user = this.auth.user();
    if (!user || !this.deal.hasValue()) return null;
    const d = this.deal.value();
    if (d.stage !== 'signed') return null;
    if (user.organization.id === d.seller.id && !d.confirmations.seller) return 'seller';
    if (user.organization.id === d.buyer.id && !d.confirmations.buyer) return 'buyer';
    return null;
  });

  protected readonly missingSides = computed(() => {
    if (!this.deal.hasValue()) return '';
    const c = this.deal.value().confirmations;
    return [!c.seller && this.language.text(TEXT.sellerSide), !c.buyer && this.language.text(TEXT.buyerSide)].filter(Boolean).join('、');
  });

  /** Confirms exactly what the page shows: a contract changed meanwhile answers 409 and reloads. */
  protected confirm(d: Deal): void {
    if (!d.contract) return;
    this.confirming.set(true);
    this.actionError.set(null);
    this.api.confirm(d.id, { amount: d.amount ?? undefined, type: d.contract.type }).subscribe({
      next: () => {
        this.confirming.set(false);
        this.deal.reload();
      },
      error: (e: unknown) => {
        this.confirming.set(false);
        this.actionError.set(serverMessage(e, this.language.lang()) ?? this.language.text(TEXT.failed));
        this.deal.reload();
      },
    });
  }

  protected eventLabel(event: DealEvent): Localized | null {
    return event === 'stage' ? null : EVENT_LABELS[event];
  }

  protected amount(yuan: number | null): string {
    return formatAmount(yuan, this.language.lang());
  }

  protected moved(): void {
    this.target.set(null);
    this.amending.set(false);
    this.revoking.set(false);
    this.deal.reload();
  }
}
