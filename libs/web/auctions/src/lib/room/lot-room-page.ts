import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { AuctionRegistration, BidLogEntry } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { formatZhDateTime } from '@market/shared/time';
import { LanguageService, Localized, TrPipe, exactYuan, serverMessage, yuanInWords } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { HttpErrorResponse } from '@angular/common/http';
import { AuctionsApi } from '../data/auctions.api';
import { formatCountdown, remainingMs } from '../data/auction-format';
import { LotLive } from '../data/lot-live';
import { LOT_RESULT_LABELS, LOT_STATUS_LABELS, REGISTRATION_STATUS_LABELS, T } from '../data/texts';

const TEXT = {
  ...T,
  live: { zh: '实时', en: 'Live' },
  offline: { zh: '连接中…', en: 'Connecting…' },
  remaining: { zh: '距结束', en: 'Ends in' },
  startsIn: { zh: '距开始', en: 'Starts in' },
  ended: { zh: '竞价已结束', en: 'Bidding has ended' },
  extended: { zh: '有人在结束前出价，结束时间已延长至', en: 'A late bid extended the end to' },
  yourBid: { zh: '出价金额（元）', en: 'Your bid (yuan)' },
  bid: { zh: '出价', en: 'Bid' },
  confirmQ: { zh: '确认出价', en: 'Confirm your bid of' },
  confirm: { zh: '确认出价', en: 'Confirm' },
  cancel: { zh: '取消', en: 'Cancel' },
  placed: { zh: '出价成功', en: 'Bid placed' },
  history: { zh: '出价记录', en: 'Bid history' },
  amount: { zh: '出价金额', en: 'Amount' },
  placedAt: { zh: '出价时间', en: 'Time' },
  noBids: { zh: '暂无出价', en: 'No bids yet' },
  you: { zh: '（本单位）', en: ' (you)' },
  leading: { zh: '您已是当前最高出价', en: 'You hold the highest bid' },
  register: { zh: '报名竞价', en: 'Register to bid' },
  notRegistered: { zh: '贵单位尚未报名本场竞价，报名并由科技局确认保证金后即可出价。', en: 'Your company has not registered for this auction; register and have the bureau confirm your deposit to bid.' },
  pending: { zh: '报名成功，等待科技局确认保证金后即可出价。', en: 'Registered; you can bid once the bureau confirms your deposit.' },
  signIn: { zh: '登录企业账号后可报名出价', en: 'Sign in with a company account to bid' },
  sold: { zh: '成交价', en: 'Hammer price' },
  winner: { zh: '竞得竞买号', en: 'Winning paddle' },
  unsold: { zh: '本拍品流拍（无人出价或未达到保留价）', en: 'Unsold (no bids, or the reserve was not met)' },
  backToAuction: { zh: '返回本场竞价', en: 'Back to the auction' },
  verify: { zh: '校验出价记录', en: 'Verify the bid log' },
  reserveStaff: { zh: '保留价（仅工作人员可见）', en: 'Reserve (staff only)' },
} satisfies Record<string, Localized>;

/**
 * 竞价室: one lot, live. The server's clock drives the countdown; bids go through HTTP with an
 * Idempotency-Key and a confirmation step; the room shows paddle numbers, never names.
 */
@Component({
  selector: 'tm-lot-room-page',
  imports: [FormsModule, RouterLink, NzButtonModule, NzInputNumberModule, NzTagModule, TrPipe],
  providers: [LotLive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host { display: block; max-width: 960px; margin: 0 auto; padding: 16px; }
    .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; justify-content: space-between; }
    h1 { font-size: 20px; margin: 0; }
    .board { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 16px 0; }
    .cell { background: #fff; border: 1px solid #f0f0f0; border-radius: 8px; padding: 12px; }
    .cell .k { color: var(--market-text-secondary); font-size: 13px; }
    .cell .v { font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }
    .cell .w { color: var(--market-text-secondary); font-size: 12px; }
    .price .v { color: #cf1322; font-size: 28px; }
    .countdown .v { font-family: ui-monospace, monospace; }
    .countdown.urgent .v { color: #cf1322; }
    .notice { background: #fffbe6; border: 1px solid #ffe58f; border-radius: 8px; padding: 8px 12px; margin-bottom: 12px; }
    .panel { background: #fff; border: 1px solid #f0f0f0; border-radius: 8px; padding: 16px; margin-bottom: 16px; }
    .bidrow { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .bidrow nz-input-number { width: 200px; }
    .confirm { margin-top: 12px; padding: 12px; border: 1px solid #ffccc7; background: #fff2f0; border-radius: 8px; }
    .error { color: #cf1322; margin-top: 8px; }
    .ok { color: var(--market-success); margin-top: 8px; }
    table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
    th, td { text-align: left; padding: 6px 4px; border-bottom: 1px solid #f0f0f0; }
    td.hash { font-family: ui-monospace, monospace; color: var(--market-text-secondary); font-size: 12px; }
    @media (max-width: 600px) { td.hash, th.hash { display: none; } .bidrow nz-input-number { width: 100%; } }
  `,
  template: `
    @if (lot(); as l) {
      <div class="head">
        <h1>{{ l.title }}</h1>
        <span>
          <nz-tag [nzColor]="l.status === 'open' ? 'red' : l.status === 'closed' ? 'default' : 'blue'">{{ statusLabel() | tr }}</nz-tag>
          <nz-tag [nzColor]="live.connected() ? 'green' : 'default'" data-testid="live-state">{{ (live.connected() ? text.live : text.offline) | tr }}</nz-tag>
        </span>
      </div>
      <p><a [routerLink]="['/auctions', l.auctionId]">{{ text.backToAuction | tr }}</a></p>

      @if (live.extendedTo() && l.status === 'open') {
        <div class="notice" data-testid="extension-notice">{{ text.extended | tr }} {{ time(live.extendedTo()!) }}</div>
      }

      <div class="board">
        <div class="cell price">
          <div class="k">{{ text.currentPrice | tr }}</div>
          <div class="v" data-testid="current-price">{{ yuan(l.currentPrice ?? null) }}</div>
          <div class="w">{{ words(l.currentPrice) }}</div>
        </div>
        @if (l.status !== 'closed') {
          <div class="cell countdown" [class.urgent]="remaining() < 60_000">
            <div class="k">{{ (l.status === 'scheduled' ? text.startsIn : text.remaining) | tr }}</div>
            <div class="v" data-testid="countdown">{{ countdown() }}</div>
            <div class="w">{{ text.endsAt | tr }} {{ time(l.endsAt) }}</div>
          </div>
          <div class="cell">
            <div class="k">{{ text.nextMinimum | tr }}</div>
            <div class="v" data-testid="next-minimum">{{ yuan(l.nextMinimumBid) }}</div>
            <div class="w">{{ text.increment | tr }} {{ yuan(l.increment) }}</div>
          </div>
        }
        <div class="cell">
          <div class="k">{{ text.bidCount | tr }}</div>
          <div class="v" data-testid="bid-count">{{ l.bidCount }}</div>
          <div class="w">{{ text.leading | tr }} {{ l.leadingPaddle ?? '—' }}</div>
        </div>
        <div class="cell">
          <div class="k">{{ text.startingPrice | tr }} / {{ text.deposit | tr }}</div>
          <div class="v" style="font-size: 16px">{{ yuan(l.startingPrice) }} / {{ yuan(l.deposit) }}</div>
          @if (l.reservePrice !== undefined) {
            <div class="w">{{ text.reserveStaff | tr }} {{ yuan(l.reservePrice ?? null) }}</div>
          }
        </div>
      </div>

      @if (l.status === 'closed') {
        <div class="panel" data-testid="result">
          @if (l.result === 'sold') {
            <strong>{{ text.sold | tr }} {{ yuan(l.currentPrice) }}</strong> · {{ text.winner | tr }} {{ l.leadingPaddle }}
          } @else {
            <strong>{{ text.unsold | tr }}</strong>
          }
        </div>
      } @else if (l.status === 'open') {
        <div class="panel">
          @if (!auth.signedIn()) {
            <a routerLink="/login">{{ text.signIn | tr }}</a>
          } @else if (auth.role() === 'enterprise') {
            @switch (registration()?.status) {
              @case ('approved') {
                <div class="bidrow">
                  <span>{{ text.paddle | tr }} <strong data-testid="my-paddle">{{ registration()!.paddleNumber }}</strong></span>
                  <nz-input-number [(ngModel)]="amount" [nzMin]="0" [nzStep]="l.increment" [nzPrecision]="0" nzPlaceHolder="{{ text.yourBid | tr }}" data-testid="bid-amount"></nz-input-number>
                  <button nz-button nzType="primary" nzDanger (click)="ask()" [disabled]="busy() || leading()" data-testid="bid-button">{{ text.bid | tr }}</button>
                </div>
                @if (leading()) {
                  <p class="leading" role="status" data-testid="bid-leading">{{ text.leading | tr }}</p>
                }
                <div class="w">{{ words(amount) }}</div>
                @if (asking() !== null) {
                  <div class="confirm" data-testid="bid-confirm">
                    <p>{{ text.confirmQ | tr }} <strong>{{ yuan(asking()) }}</strong> {{ words(asking()) }}？</p>
                    <button nz-button nzType="primary" nzDanger (click)="place()" [nzLoading]="busy()" data-testid="bid-confirm-button">{{ text.confirm | tr }}</button>
                    <button nz-button (click)="asking.set(null)">{{ text.cancel | tr }}</button>
                  </div>
                }
              }
              @case ('pending_deposit') {
                <p data-testid="registration-state">{{ text.pending | tr }}（{{ text.paddle | tr }} {{ registration()!.paddleNumber }}）</p>
              }
              @default {
                <p>{{ text.notRegistered | tr }}</p>
                <a nz-button [routerLink]="['/auctions', l.auctionId]">{{ text.register | tr }}</a>
              }
            }
          }
          @if (error()) { <div class="error" role="alert" data-testid="bid-error">{{ error() }}</div> }
          @if (placedText()) { <div class="ok" role="status" data-testid="bid-placed">{{ placedText() }}</div> }
        </div>
      }

      <div class="panel">
        <h2 style="font-size: 16px">{{ text.history | tr }}</h2>
        @if (bids().length === 0) {
          <p>{{ text.noBids | tr }}</p>
        } @else {
          <table data-testid="bid-history">
            <thead><tr><th>#</th><th>{{ text.paddle | tr }}</th><th>{{ text.amount | tr }}</th><th>{{ text.placedAt | tr }}</th><th class="hash">hash</th></tr></thead>
            <tbody>
              @for (b of bids(); track b.seq) {
                <tr>
                  <td>{{ b.seq }}</td>
                  <td>{{ b.paddleNumber }}@if (b.paddleNumber === registration()?.paddleNumber) {{{ text.you | tr }}}</td>
                  <td>{{ yuan(b.amount) }}</td>
                  <td>{{ time(b.placedAt, false) }}</td>
                  <td class="hash" [title]="b.hash">{{ b.hash.slice(0, 12) }}…</td>
                </tr>
              }
            </tbody>
          </table>
          <p><a [href]="'/api/lots/' + l.id + '/bids/verify'" target="_blank" rel="noopener">{{ text.verify | tr }}</a></p>
        }
      </div>
    } @else if (failed()) {
      <p>{{ text.loadError | tr }}</p>
    }
  `,
})
export class LotRoomPage {
  readonly lotId = input.required<string>();
  protected readonly text = TEXT;
  protected readonly live = inject(LotLive);
  protected readonly auth = inject(AuthStore);
  private readonly api = inject(AuctionsApi);
  private readonly language = inject(LanguageService);

  protected readonly lot = this.live.lot;
  protected readonly bids = signal<BidLogEntry[]>([]);
  protected readonly registration = signal<AuctionRegistration | null>(null);
  protected readonly failed = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly placedText = signal<string | null>(null);
  protected readonly asking = signal<number | null>(null);
  protected amount: number | null = null;
  private readonly now = signal(Date.now());

  protected readonly statusLabel = computed(() => {
    const l = this.lot();
    return l ? (l.status === 'closed' && l.result ? LOT_RESULT_LABELS[l.result] : LOT_STATUS_LABELS[l.status]) : T.lots;
  });
  protected readonly remaining = computed(() => {
    const l = this.lot();
    if (!l) return 0;
    return remainingMs(l.status === 'scheduled' ? l.startsAt : l.endsAt, this.now(), this.live.skewMs());
  });
  protected readonly countdown = computed(() => formatCountdown(this.remaining(), this.language.lang()));
  /** The leader cannot outbid itself: its button waits until another bidder leads. */
  protected readonly leading = computed(() => {
    const paddle = this.registration()?.paddleNumber;
    return paddle !== undefined && paddle !== null && this.lot()?.leadingPaddle === paddle;
  });
  protected readonly registrationLabel = computed(() => {
    const r = this.registration();
    return r ? REGISTRATION_STATUS_LABELS[r.status] : null;
  });

  private lastBidCount = -1;
  private loadedFor: string | null = null;

  constructor() {
    const timer = setInterval(() => this.now.set(Date.now()), 250);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
    effect(() => {
      const id = this.lotId();
      if (id !== this.loadedFor) {
        this.loadedFor = id;
        void this.load(id);
      }
    });
    // the history and the suggested amount follow the live state
    effect(() => {
      const l = this.lot();
      if (!l || l.bidCount === this.lastBidCount) return;
      this.lastBidCount = l.bidCount;
      if (this.amount === null || (l.nextMinimumBid !== null && this.amount < l.nextMinimumBid)) this.amount = l.nextMinimumBid;
      void this.loadBids(l.id);
    });
  }

  private async load(id: string): Promise<void> {
    try {
      const lot = await firstValueFrom(this.api.lot(id));
      this.live.watch(id, lot);
      this.amount = lot.nextMinimumBid;
      if (this.auth.role() === 'enterprise') {
        this.registration.set(await firstValueFrom(this.api.myRegistration(lot.auctionId)).catch(() => null));
      }
    } catch {
      this.failed.set(true);
    }
  }

  private async loadBids(id: string): Promise<void> {
    this.bids.set((await firstValueFrom(this.api.bids(id, 30)).catch(() => ({ items: this.bids() }))).items);
  }

  protected ask(): void {
    this.error.set(null);
    this.placedText.set(null);
    const l = this.lot();
    if (!l || this.amount === null || !Number.isInteger(this.amount)) return;
    if (l.nextMinimumBid !== null && this.amount < l.nextMinimumBid) {
      this.error.set(`${this.language.text(TEXT.nextMinimum)} ${exactYuan(l.nextMinimumBid)}`);
      return;
    }
    this.asking.set(this.amount);
    this.pendingKey = crypto.randomUUID();
  }

  /** One key per confirmation: a retry of the same confirmation cannot bid twice. */
  private pendingKey = '';

  protected async place(): Promise<void> {
    const l = this.lot();
    const amount = this.asking();
    if (!l || amount === null) return;
    this.busy.set(true);
    try {
      await this.placeBid(l.id, amount);
      this.placedText.set(`${this.language.text(TEXT.placed)} ${exactYuan(amount)}`);
      this.asking.set(null);
      this.live.accept(await firstValueFrom(this.api.lot(l.id)));
    } catch (e) {
      this.error.set(serverMessage(e, this.language.lang()) ?? this.language.text(T.loadError));
      this.asking.set(null);
      this.live.accept(await firstValueFrom(this.api.lot(l.id)).catch(() => l));
    } finally {
      this.busy.set(false);
    }
  }

  /** Over the room's socket when it answers, else over HTTP; a refusal reads like HTTP's. */
  private async placeBid(lotId: string, amount: number): Promise<void> {
    const answer = await this.live.bid(lotId, amount, this.pendingKey);
    if (answer?.ok) return;
    if (answer) throw new HttpErrorResponse({ error: answer.error, status: answer.error.statusCode });
    await firstValueFrom(this.api.bid(lotId, amount, this.pendingKey));
  }

  protected yuan(v: number | null | undefined): string {
    return exactYuan(v);
  }
  protected words(v: number | null | undefined): string {
    return yuanInWords(v, this.language.lang());
  }
  protected time(iso: string, withDate = true): string {
    return formatZhDateTime(iso, { date: withDate, seconds: true });
  }
}
