import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Auction, AuctionRegistration } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { formatZhDateTime } from '@market/shared/time';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, TrPipe, describeError, exactYuan } from '@market/web/ui';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { AuctionsApi } from '../data/auctions.api';
import { AUCTION_STATUS_LABELS, LOT_RESULT_LABELS, LOT_STATUS_LABELS, REGISTRATION_STATUS_LABELS, T } from '../data/texts';

const TEXT = {
  ...T,
  register: 'auctions.detailPage.register',
  registered: 'auctions.detailPage.registered',
  enterpriseOnly: 'auctions.detailPage.enterpriseOnly',
  registrations: 'auctions.detailPage.registrations',
  organization: 'auctions.detailPage.organization',
  status: 'auctions.detailPage.status',
  confirm: 'auctions.detailPage.confirm',
  none: 'auctions.detailPage.none',
  rules: 'auctions.detailPage.rules',
  depositTitle: 'auctions.detailPage.depositTitle',
  depositAmount: 'auctions.detailPage.depositAmount',
  accountName: 'auctions.detailPage.accountName',
  bank: 'auctions.detailPage.bank',
  accountNumber: 'auctions.detailPage.accountNumber',
  deadline: 'auctions.detailPage.deadline',
  remark: 'auctions.detailPage.remark',
  accept: 'auctions.detailPage.accept',
  needAccept: 'auctions.detailPage.needAccept',
  payNow: 'auctions.detailPage.payNow',
  paid: 'auctions.detailPage.paid',
  reference: 'auctions.detailPage.reference',
  received: 'auctions.detailPage.received',
  needReference: 'auctions.detailPage.needReference',
  counts: 'auctions.detailPage.counts',
  hasReserve: 'auctions.lotRoom.hasReserve',
  noReserve: 'auctions.lotRoom.noReserve',
} satisfies Record<string, string>;

/** One auction: its lots, the enterprise's registration, and for staff the deposit desk. */
@Component({
  selector: 'tm-auction-detail-page',
  imports: [RouterLink, FormsModule, NzButtonModule, NzCheckboxModule, NzInputModule, NzInputNumberModule, NzTagModule, TrPipe, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host { display: block; max-width: 960px; margin: 0 auto; padding: 16px; }
    h1 { font-size: 21px; margin: 0 0 4px; }
    .meta { color: var(--market-text-secondary); font-size: 13px; }
    .panel { background: #fff; border: 1px solid #f0f0f0; border-radius: 8px; padding: 16px; margin: 12px 0; }
    table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
    th, td { text-align: left; padding: 6px 4px; border-bottom: 1px solid #f0f0f0; vertical-align: top; }
    .error { color: #cf1322; }
    .terms { white-space: pre-line; line-height: 1.8; margin: 0; }
    .account { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 8px 0; }
    .account dt { color: #595959; }
    .account dd { margin: 0; overflow-wrap: anywhere; font-variant-numeric: tabular-nums; }
    .desk-form { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
    .desk-form input { width: 160px; }
    @media (max-width: 600px) { .wide { display: none; } }
  `,
  template: `
    @if (auction.hasValue()) {
      @let a = auction.value();
      <h1><span data-user-content>{{ a.title }}</span> <nz-tag>{{ statusLabels[a.status] | tr }}</nz-tag></h1>
      <div class="meta">{{ text.startsAt | transloco }} {{ time(a.startsAt) }} · {{ text.extension | transloco }} {{ a.extensionSeconds }}{{ text.seconds | transloco }}</div>
      <div class="meta" data-testid="auction-counts">{{ text.counts | transloco: { registered: a.registrationCount, bidders: a.bidderCount } }}</div>
      @if (a.description) { <p data-user-content>{{ a.description }}</p> }

      <section class="panel" data-testid="auction-rules" aria-labelledby="rules-heading">
        <h2 id="rules-heading" style="font-size: 16px">{{ text.rules | transloco }}</h2>
        <p class="terms" data-testid="auction-terms" data-user-content>{{ a.rules.terms }}</p>
        <h3 style="font-size: 15px">{{ text.depositTitle | transloco }}</h3>
        <dl class="account" data-testid="deposit-instructions">
          <dt>{{ text.depositAmount | transloco }}</dt><dd data-testid="deposit-required">{{ yuan(a.rules.deposit.amount) }}</dd>
          <dt>{{ text.accountName | transloco }}</dt><dd data-user-content>{{ a.rules.deposit.accountName }}</dd>
          <dt>{{ text.bank | transloco }}</dt><dd data-user-content>{{ a.rules.deposit.bank }}</dd>
          <dt>{{ text.accountNumber | transloco }}</dt><dd>{{ a.rules.deposit.accountNumber }}</dd>
          <dt>{{ text.deadline | transloco }}</dt><dd data-testid="deposit-deadline">{{ time(a.rules.deposit.deadline) }}</dd>
        </dl>
        <p class="meta">{{ text.remark | transloco }}</p>
      </section>

      @if (auth.role() === 'enterprise' && a.status !== 'finished') {
        <div class="panel" data-testid="registration-panel">
          @if (registration(); as r) {
            {{ text.registered | transloco }} <strong data-testid="paddle-number">{{ r.paddleNumber }}</strong> ·
            <nz-tag [nzColor]="r.status === 'approved' ? 'green' : 'orange'" data-testid="registration-status">{{ regLabels[r.status] | tr }}</nz-tag>
            @if (r.deposit; as d) {
              <p data-testid="deposit-confirmed">{{ text.paid | transloco: { amount: yuan(d.amount) } }} · {{ text.reference | transloco }} <span data-user-content>{{ d.reference }}</span> · {{ time(d.confirmedAt) }}</p>
            } @else {
              <p data-testid="deposit-todo">{{ text.payNow | transloco: { paddle: r.paddleNumber, amount: yuan(a.rules.deposit.amount), deadline: time(a.rules.deposit.deadline) } }}</p>
            }
          } @else {
            <p>{{ text.enterpriseOnly | transloco }}</p>
            <!-- nz-checkbox renders its own <input type="checkbox"> inside this label. -->
            <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -->
            <p><label nz-checkbox [(ngModel)]="accepted" data-testid="accept-terms">{{ text.accept | transloco }}</label></p>
            <button nz-button nzType="primary" (click)="register(a.id)" [nzLoading]="busy()" data-testid="register-button">{{ text.register | transloco }}</button>
          }
          @if (error()) { <p class="error" role="alert" data-testid="registration-error">{{ error() }}</p> }
        </div>
      }

      <div class="panel">
        <table>
          <thead><tr><th>{{ text.lots | transloco }}</th><th>{{ text.startingPrice | transloco }}</th><th class="wide">{{ text.increment | transloco }}</th><th class="wide">{{ text.deposit | transloco }}</th><th>{{ text.currentPrice | transloco }}</th><th>{{ text.endsAt | transloco }}</th></tr></thead>
          <tbody>
            @for (l of a.lots; track l.id) {
              <tr>
                <td><a [routerLink]="['/auctions/lots', l.id]" data-testid="lot-link" data-user-content>{{ l.title }}</a>
                  <nz-tag>{{ (l.status === 'closed' && l.result ? resultLabels[l.result] : lotLabels[l.status]) | tr }}</nz-tag>
                  <nz-tag data-testid="lot-reserve">{{ (l.hasReserve ? text.hasReserve : text.noReserve) | transloco }}</nz-tag></td>
                <td>{{ yuan(l.startingPrice) }}</td>
                <td class="wide">{{ yuan(l.increment) }}</td>
                <td class="wide">{{ yuan(l.deposit) }}</td>
                <td>{{ l.currentPrice === null ? '—' : yuan(l.currentPrice) }}</td>
                <td>{{ time(l.endsAt) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>

      @if (auth.role() === 'staff') {
        <div class="panel" data-testid="deposit-desk">
          <h2 style="font-size: 16px">{{ text.registrations | transloco }}</h2>
          @if (registrations().length === 0) {
            <p>{{ text.none | transloco }}</p>
          } @else {
            <table>
              <thead><tr><th>{{ text.paddle | transloco }}</th><th>{{ text.organization | transloco }}</th><th>{{ text.status | transloco }}</th><th>{{ text.deposit | transloco }}</th></tr></thead>
              <tbody>
                @for (r of registrations(); track r.id) {
                  <tr>
                    <td>{{ r.paddleNumber }}</td>
                    <td data-user-content>{{ r.organizationName }}</td>
                    <td>{{ regLabels[r.status] | tr }}</td>
                    <td>
                      @if (r.deposit; as d) {
                        <span [attr.data-testid]="'deposit-' + r.paddleNumber">{{ yuan(d.amount) }} · <span data-user-content>{{ d.reference }}</span></span>
                      } @else {
                        <div class="desk-form">
                          <nz-input-number [nzMin]="0" [nzStep]="1000" [ngModel]="amountFor(r.id, a.rules.deposit.amount)" (ngModelChange)="amounts.set(r.id, $event)"
                                           [nzPlaceHolder]="text.received | transloco" [attr.aria-label]="(text.received | transloco) + ' ' + r.paddleNumber" [attr.data-testid]="'deposit-amount-' + r.paddleNumber" />
                          <input nz-input [placeholder]="text.reference | transloco" [attr.aria-label]="(text.reference | transloco) + ' ' + r.paddleNumber" maxlength="100"
                                 [(ngModel)]="references[r.id]" [attr.data-testid]="'deposit-reference-' + r.paddleNumber" />
                          <button nz-button nzSize="small" nzType="primary" (click)="confirm(a.id, r.id, a.rules.deposit.amount)" [attr.data-testid]="'confirm-' + r.paddleNumber">{{ text.confirm | transloco }}</button>
                        </div>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          }
          @if (error()) { <p class="error" role="alert">{{ error() }}</p> }
        </div>
      }
    } @else if (auction.error()) {
      <p>{{ text.loadError | transloco }}</p>
    }
  `,
})
export class AuctionDetailPage {
  readonly id = input.required<string>();
  protected readonly text = TEXT;
  protected readonly statusLabels = AUCTION_STATUS_LABELS;
  protected readonly lotLabels = LOT_STATUS_LABELS;
  protected readonly resultLabels = LOT_RESULT_LABELS;
  protected readonly regLabels = REGISTRATION_STATUS_LABELS;
  protected readonly auth = inject(AuthStore);
  private readonly api = inject(AuctionsApi);
  private readonly language = inject(LanguageService);
  protected readonly auction = httpResource<Auction>(() => `/api/auctions/${encodeURIComponent(this.id())}`);
  protected readonly registration = signal<AuctionRegistration | null>(null);
  protected readonly registrations = signal<AuctionRegistration[]>([]);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly isStaff = computed(() => this.auth.role() === 'staff');
  protected accepted = false;
  /** The deposit desk's inputs, per registration: yuan received (default: the required deposit) and the reference. */
  protected readonly amounts = new Map<string, number | null>();
  protected readonly references: Record<string, string> = {};

  protected amountFor(registrationId: string, required: number): number | null {
    return this.amounts.has(registrationId) ? (this.amounts.get(registrationId) ?? null) : required;
  }

  constructor() {
    effect(() => {
      const id = this.id();
      if (this.auth.role() === 'staff') void this.loadRegistrations(id);
    });
    // an enterprise's registration comes with the auction (null until it registers)
    effect(() => {
      if (this.auction.hasValue()) this.registration.set(this.auction.value().myRegistration ?? null);
    });
  }

  private async loadRegistrations(id: string): Promise<void> {
    this.registrations.set(await firstValueFrom(this.api.registrations(id)).catch(() => []));
  }

  protected async register(id: string): Promise<void> {
    if (!this.accepted) {
      this.error.set(this.language.t(TEXT.needAccept));
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      this.registration.set(await firstValueFrom(this.api.register(id)));
    } catch (e) {
      this.error.set(this.message(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected async confirm(auctionId: string, registrationId: string, required: number): Promise<void> {
    this.error.set(null);
    const reference = (this.references[registrationId] ?? '').trim();
    const amount = this.amountFor(registrationId, required);
    if (!reference) {
      this.error.set(this.language.t(TEXT.needReference));
      return;
    }
    try {
      await firstValueFrom(this.api.confirmDeposit(auctionId, registrationId, { amount: Math.round(amount ?? 0), reference }));
      await this.loadRegistrations(auctionId);
    } catch (e) {
      this.error.set(this.message(e));
    }
  }

  private message(e: unknown): string {
    return describeError(e, this.language.lang());
  }

  protected yuan(v: number): string {
    return exactYuan(v);
  }
  protected time(iso: string): string {
    return formatZhDateTime(iso);
  }
}
