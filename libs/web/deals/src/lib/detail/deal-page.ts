import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CONTRACT_TYPE_LABELS, ContractType, Deal, DealEvent, DealHistoryEntry, DEAL_STAGE_LABELS, DEAL_TRANSITIONS, DealStage, FIELD_LABELS, regionLabel } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, TrPipe, WallTimePipe, formatAmount, serverMessage } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { DEAL_TEXT, SOURCE_LABELS } from '../data/texts';
import { DealsApi } from '../data/deals.api';
import { AssignBroker } from '../shared/assign-broker';
import { AdvanceDialog } from '../shared/advance-dialog';
import { RevokeDialog } from '../shared/revoke-dialog';

const TEXT = {
  back: 'deals.dealPage.back',
  source: 'deals.dealPage.source',
  field: 'deals.dealPage.field',
  contract: 'deals.dealPage.contract',
  contractNumber: 'deals.dealPage.contractNumber',
  signedAt: 'deals.dealPage.signedAt',
  registration: 'deals.dealPage.registration',
  registeredAt: 'deals.dealPage.registeredAt',
  timeline: 'deals.dealPage.timeline',
  opened: 'deals.dealPage.opened',
  system: 'deals.dealPage.system',
  notFound: 'deals.dealPage.notFound',
  confirmations: 'deals.dealPage.confirmations',
  confirmationsLead: 'deals.dealPage.confirmationsLead',
  sellerSide: 'deals.dealPage.sellerSide',
  buyerSide: 'deals.dealPage.buyerSide',
  /** `{{date}}`: the day of the confirmation. */
  confirmedAt: 'deals.dealPage.confirmedAt',
  waiting: 'deals.dealPage.waiting',
  confirm: 'deals.dealPage.confirm',
  /** `{{amount}}`, `{{type}}`: what the party confirms. */
  confirmHint: 'deals.dealPage.confirmHint',
  /** `{{sides}}`: the sides still to confirm, joined by `sideSeparator`. */
  missing: 'deals.dealPage.missing',
  sideSeparator: 'deals.dealPage.sideSeparator',
  readyToRegister: 'deals.dealPage.readyToRegister',
  amend: 'deals.dealPage.amend',
  register: 'deals.dealPage.register',
  registerBlocked: 'deals.dealPage.registerBlocked',
  revoke: 'deals.dealPage.revoke',
  byBureau: 'deals.dealPage.byBureau',
} satisfies Record<string, string>;

/** The words of a history entry's facts (its amounts, side, registration number). */
const FACT_TEXT = {
  viaAuction: 'deals.dealPage.facts.viaAuction',
  viaChallenge: 'deals.dealPage.facts.viaChallenge',
  registration: 'deals.dealPage.facts.registration',
  amended: 'deals.dealPage.facts.amended',
  cleared: 'deals.dealPage.facts.cleared',
  confirmedBySeller: 'deals.dealPage.facts.confirmedBySeller',
  confirmedByBuyer: 'deals.dealPage.facts.confirmedByBuyer',
  revoked: 'deals.dealPage.facts.revoked',
} satisfies Record<string, string>;

/** What a history entry of another kind than a stage move is called on the timeline. */
const EVENT_LABELS = {
  amended: 'deals.dealPage.events.amended',
  confirmed: 'deals.dealPage.events.confirmed',
  registration_revoked: 'deals.dealPage.events.registrationRevoked',
} satisfies Record<Exclude<DealEvent, 'stage'>, string>;

/** One deal: parties, contract facts, its timeline, and the next steps for its broker and staff. */
@Component({
  selector: 'tm-deal-page',
  imports: [RouterLink, NzButtonModule, NzSpinModule, TranslocoPipe, TrPipe, WallTimePipe, AdvanceDialog, RevokeDialog, AssignBroker],
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
  protected readonly regionLabel = regionLabel;
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

  /** Staff hand a deal in progress without a broker to one. */
  protected readonly mayAssign = computed(() => this.isStaff() && this.deal.hasValue() && !this.deal.value().broker && !['closed', 'terminated'].includes(this.deal.value().stage));

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

  /** 尚待确认：成果方、买方 */
  protected readonly missingSides = computed(() => {
    if (!this.deal.hasValue()) return '';
    const c = this.deal.value().confirmations;
    const sides = [!c.seller && this.language.t(TEXT.sellerSide), !c.buyer && this.language.t(TEXT.buyerSide)].filter(Boolean);
    return this.language.t(TEXT.missing, { sides: sides.join(this.language.t(TEXT.sideSeparator)) });
  });

  /**
   * A history entry's facts in the reader's language; empty for an entry with nothing beyond its
   * stage, and for one from before facts were kept (its note then carries the platform's wording).
   */
  protected factsLine(h: DealHistoryEntry): string {
    const f = h.facts;
    if (!f) return '';
    const t = (key: string, params?: Record<string, unknown>) => this.language.t(key, params);
    const type = (c: ContractType | null | undefined) => (c ? this.language.text(CONTRACT_TYPE_LABELS[c]) : '—');
    switch (h.event) {
      case 'stage':
        if (f.viaAuction) return t(FACT_TEXT.viaAuction);
        if (f.viaChallenge) return t(FACT_TEXT.viaChallenge);
        return f.registrationNumber ? t(FACT_TEXT.registration, { number: f.registrationNumber }) : '';
      case 'amended': {
        const line = t(FACT_TEXT.amended, { before: this.amount(f.previous?.amount), after: this.amount(f.amount), beforeType: type(f.previous?.contractType), afterType: type(f.contractType) });
        return f.confirmationsCleared ? `${line}${this.language.lang() === 'zh' ? '；' : '; '}${t(FACT_TEXT.cleared)}` : line;
      }
      case 'confirmed':
        return t(f.side === 'buyer' ? FACT_TEXT.confirmedByBuyer : FACT_TEXT.confirmedBySeller, { amount: this.amount(f.amount), type: type(f.contractType) });
      case 'registration_revoked':
        return t(FACT_TEXT.revoked, { number: f.registrationNumber ?? '—' });
    }
  }

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
        this.actionError.set(serverMessage(e, this.language.lang()) ?? this.language.t(DEAL_TEXT.failed));
        this.deal.reload();
      },
    });
  }

  protected eventLabel(event: DealEvent): string | null {
    return event === 'stage' ? null : EVENT_LABELS[event];
  }

  protected amount(yuan: number | null | undefined): string {
    return formatAmount(yuan, this.language.lang());
  }

  protected moved(): void {
    this.target.set(null);
    this.amending.set(false);
    this.revoking.set(false);
    this.deal.reload();
  }
}
