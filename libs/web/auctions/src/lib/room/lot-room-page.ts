import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, Injector, afterNextRender, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { AuctionRegistration, BidLogEntry } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { formatZhDateTime } from '@market/shared/time';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, Localized, TrPipe, describeError, exactYuan, yuanInCapitals, yuanInWords } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputNumberComponent, NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { HttpErrorResponse } from '@angular/common/http';
import { AuctionsApi } from '../data/auctions.api';
import { BID_STEPS, formatCountdown, quickBid, remainingMs } from '../data/auction-format';
import { LotLive } from '../data/lot-live';
import { LOT_RESULT_LABELS, LOT_STATUS_LABELS, T } from '../data/texts';

const TEXT = {
  ...T,
  live: 'auctions.lotRoom.live',
  offline: 'auctions.lotRoom.offline',
  remaining: 'auctions.lotRoom.remaining',
  startsIn: 'auctions.lotRoom.startsIn',
  extended: 'auctions.lotRoom.extended',
  yourBid: 'auctions.lotRoom.yourBid',
  bid: 'auctions.lotRoom.bid',
  confirmQ: 'auctions.lotRoom.confirmQ',
  confirmEnd: 'auctions.lotRoom.confirmEnd',
  confirm: 'auctions.lotRoom.confirm',
  cancel: 'auctions.lotRoom.cancel',
  placed: 'auctions.lotRoom.placed',
  history: 'auctions.lotRoom.history',
  amount: 'auctions.lotRoom.amount',
  placedAt: 'auctions.lotRoom.placedAt',
  noBids: 'auctions.lotRoom.noBids',
  you: 'auctions.lotRoom.you',
  youLead: 'auctions.lotRoom.youLead',
  register: 'auctions.lotRoom.register',
  notRegistered: 'auctions.lotRoom.notRegistered',
  watchOnly: 'auctions.lotRoom.watchOnly',
  pending: 'auctions.lotRoom.pending',
  signIn: 'auctions.lotRoom.signIn',
  sold: 'auctions.lotRoom.sold',
  winner: 'auctions.lotRoom.winner',
  unsold: 'auctions.lotRoom.unsold',
  backToAuction: 'auctions.lotRoom.backToAuction',
  verify: 'auctions.lotRoom.verify',
  reserveStaff: 'auctions.lotRoom.reserveStaff',
  hasReserve: 'auctions.lotRoom.hasReserve',
  noReserve: 'auctions.lotRoom.noReserve',
  steps: 'auctions.lotRoom.steps',
  step: 'auctions.lotRoom.step',
  resultTitle: 'auctions.lotRoom.resultTitle',
  resultPrice: 'auctions.lotRoom.resultPrice',
  resultPaddle: 'auctions.lotRoom.resultPaddle',
  resultClosedAt: 'auctions.lotRoom.resultClosedAt',
  resultBids: 'auctions.lotRoom.resultBids',
  resultUnsold: 'auctions.lotRoom.resultUnsold',
  confirmation: 'auctions.lotRoom.confirmation',
  capitals: 'auctions.lotRoom.capitals',
} satisfies Record<string, string>;

/**
 * 竞价室: one lot, live. The server's clock drives the countdown; bids go through HTTP with an
 * Idempotency-Key and a confirmation step; the room shows paddle numbers, never names.
 */
@Component({
  selector: 'tm-lot-room-page',
  imports: [FormsModule, RouterLink, NzButtonModule, NzInputNumberModule, NzTagModule, TrPipe, TranslocoPipe],
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
    .countdown .v { font-family: ui-monospace, monospace; white-space: nowrap; }
    .steps { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
    .result dl { display: grid; grid-template-columns: max-content 1fr; gap: 6px 16px; margin: 8px 0; font-variant-numeric: tabular-nums; }
    .result dt { color: var(--market-text-secondary); }
    .result dd { margin: 0; }
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
    @media (max-width: 600px) {
      td.hash, th.hash { display: none; }
      .bidrow nz-input-number { width: 100%; }
      .countdown .v { font-size: 18px; }
      /* the bid bar stays on screen while the bidder scrolls the log */
      .bidbar { position: sticky; bottom: 0; z-index: 10; margin: 0 -16px; border-radius: 8px 8px 0 0; box-shadow: 0 -4px 12px rgba(0, 0, 0, .12); }
    }
  `,
  template: `
    @if (lot(); as l) {
      <div class="head">
        <h1 data-user-content>{{ l.title }}</h1>
        <span>
          <nz-tag [nzColor]="l.status === 'open' ? 'red' : l.status === 'closed' ? 'default' : 'blue'">{{ statusLabel() | tr }}</nz-tag>
          <nz-tag data-testid="reserve-tag">{{ (l.hasReserve ? text.hasReserve : text.noReserve) | transloco }}</nz-tag>
          <nz-tag [nzColor]="live.connected() ? 'green' : 'default'" data-testid="live-state">{{ (live.connected() ? text.live : text.offline) | transloco }}</nz-tag>
        </span>
      </div>
      <p><a [routerLink]="['/auctions', l.auctionId]">{{ text.backToAuction | transloco }}</a></p>

      @if (live.extendedTo() && l.status === 'open') {
        <div class="notice" data-testid="extension-notice">{{ text.extended | transloco }} {{ time(live.extendedTo()!) }}</div>
      }

      <div class="board">
        <div class="cell price">
          <div class="k">{{ text.currentPrice | transloco }}</div>
          <div class="v" data-testid="current-price">{{ yuan(l.currentPrice ?? null) }}</div>
          <div class="w">{{ words(l.currentPrice) }}</div>
        </div>
        @if (l.status !== 'closed') {
          <div class="cell countdown" [class.urgent]="remaining() < 60_000">
            <div class="k">{{ (l.status === 'scheduled' ? text.startsIn : text.remaining) | transloco }}</div>
            <div class="v" data-testid="countdown">{{ countdown() }}</div>
            <div class="w">{{ text.endsAt | transloco }} {{ time(l.endsAt) }}</div>
          </div>
          <div class="cell">
            <div class="k">{{ text.nextMinimum | transloco }}</div>
            <div class="v" data-testid="next-minimum">{{ yuan(l.nextMinimumBid) }}</div>
            <div class="w">{{ text.increment | transloco }} {{ yuan(l.increment) }}</div>
          </div>
        }
        <div class="cell">
          <div class="k">{{ text.bidCount | transloco }}</div>
          <div class="v" data-testid="bid-count">{{ l.bidCount }}</div>
          <div class="w">{{ text.leading | transloco }} {{ l.leadingPaddle ?? '—' }}</div>
        </div>
        <div class="cell">
          <div class="k">{{ text.startingPrice | transloco }} / {{ text.deposit | transloco }}</div>
          <div class="v" style="font-size: 16px">{{ yuan(l.startingPrice) }} / {{ yuan(l.deposit) }}</div>
          @if (l.reservePrice !== undefined) {
            <div class="w">{{ text.reserveStaff | transloco }} {{ yuan(l.reservePrice ?? null) }}</div>
          }
        </div>
      </div>

      @if (l.status === 'closed') {
        <section class="panel result" data-testid="result" aria-labelledby="result-heading">
          <h2 id="result-heading" style="font-size: 16px">{{ text.resultTitle | transloco }}</h2>
          @if (l.result === 'sold') {
            <dl>
              <dt>{{ text.resultPrice | transloco }}</dt><dd><strong data-testid="result-price">{{ yuan(l.currentPrice) }}</strong> {{ words(l.currentPrice) }}</dd>
              <dt>{{ text.resultPaddle | transloco }}</dt><dd data-testid="result-paddle">{{ l.leadingPaddle }}</dd>
              <dt>{{ text.resultBids | transloco }}</dt><dd>{{ l.bidCount }}</dd>
              <dt>{{ text.resultClosedAt | transloco }}</dt><dd>{{ time(l.endsAt) }}</dd>
            </dl>
            <!-- the winner, staff, and the researchers among whom the seller is (the page answers 403 to anyone else) -->
            @if (auth.role() === 'staff' || auth.role() === 'researcher' || (registration() && registration()?.paddleNumber === l.leadingPaddle)) {
              <a nz-button [routerLink]="['/auctions/lots', l.id, 'confirmation']" data-testid="confirmation-link">{{ text.confirmation | transloco }}</a>
            }
          } @else {
            <p><strong>{{ text.resultUnsold | transloco }}</strong></p>
          }
        </section>
      } @else if (l.status === 'open') {
        <div class="panel" [class.bidbar]="registration()?.status === 'approved'" data-testid="bid-panel">
          @if (!auth.signedIn()) {
            <a routerLink="/login">{{ text.signIn | transloco }}</a>
          } @else if (auth.role() === 'enterprise') {
            @switch (registration()?.status) {
              @case ('approved') {
                <!-- A form, so that Enter in the amount asks for the bid as the button does. -->
                <form class="bidrow" (ngSubmit)="ask()">
                  <span>{{ text.paddle | transloco }} <strong data-testid="my-paddle">{{ registration()!.paddleNumber }}</strong></span>
                  <label for="bid-amount-input">{{ text.yourBid | transloco }}</label>
                  <nz-input-number #amountInput nzId="bid-amount-input" name="amount" [(ngModel)]="amount" [nzMin]="0" [nzStep]="l.increment" [nzPrecision]="0"
                                   [nzPlaceHolder]="text.yourBid | transloco" data-testid="bid-amount"></nz-input-number>
                  <button nz-button nzType="primary" nzDanger type="submit" [disabled]="busy() || leading()" data-testid="bid-button">{{ text.bid | transloco }}</button>
                </form>
                <div class="steps" role="group" [attr.aria-label]="text.steps | transloco">
                  @for (n of steps; track n) {
                    <button nz-button type="button" nzSize="small" (click)="step(n)" [disabled]="busy() || leading()" [attr.data-testid]="'bid-step-' + n">
                      {{ text.step | transloco: { n: n } }}
                    </button>
                  }
                </div>
                @if (leading()) {
                  <p class="leading" role="status" data-testid="bid-leading">{{ text.youLead | transloco }}</p>
                }
                <div class="w">{{ words(amount) }}</div>
                @if (asking() !== null) {
                  <div class="confirm" data-testid="bid-confirm" role="group" [attr.aria-label]="text.confirmQ | transloco" (keydown.escape)="cancel()">
                    <p>{{ text.confirmQ | transloco }} <strong>{{ yuan(asking()) }}</strong> {{ words(asking()) }}{{ text.confirmEnd | transloco }}</p>
                    <!-- the amount as a contract writes it, in Chinese capitals, whatever the page's language -->
                    <p class="capitals" data-testid="bid-capitals">{{ text.capitals | transloco }} <strong lang="zh-CN">{{ capitals(asking()) }}</strong></p>
                    <button #confirmButton nz-button nzType="primary" nzDanger type="button" (click)="place()" [nzLoading]="busy()" data-testid="bid-confirm-button">{{ text.confirm | transloco }}</button>
                    <button nz-button type="button" (click)="cancel()">{{ text.cancel | transloco }}</button>
                  </div>
                }
              }
              @case ('pending_deposit') {
                <p data-testid="registration-state">{{ text.pending | transloco: { paddle: registration()!.paddleNumber } }}</p>
              }
              @default {
                <p>{{ text.notRegistered | transloco }}</p>
                <a nz-button [routerLink]="['/auctions', l.auctionId]">{{ text.register | transloco }}</a>
              }
            }
          } @else {
            <!-- staff, researchers and brokers watch the room: say so rather than show an empty card -->
            <p data-testid="watch-only">{{ text.watchOnly | transloco }}</p>
          }
          @if (error()) { <div class="error" role="alert" data-testid="bid-error">{{ error() }}</div> }
          @if (placedText()) { <div class="ok" role="status" data-testid="bid-placed">{{ placedText() }}</div> }
        </div>
      }

      <div class="panel">
        <h2 style="font-size: 16px">{{ text.history | transloco }}</h2>
        @if (bids().length === 0) {
          <p>{{ text.noBids | transloco }}</p>
        } @else {
          <table data-testid="bid-history">
            <thead><tr><th>#</th><th>{{ text.paddle | transloco }}</th><th>{{ text.amount | transloco }}</th><th>{{ text.placedAt | transloco }}</th><th class="hash">hash</th></tr></thead>
            <tbody>
              @for (b of bids(); track b.seq) {
                <tr>
                  <td>{{ b.seq }}</td>
                  <td>{{ b.paddleNumber }}@if (b.paddleNumber === registration()?.paddleNumber) {{{ text.you | transloco }}}</td>
                  <td>{{ yuan(b.amount) }}</td>
                  <td>{{ time(b.placedAt) }}</td>
                  <td class="hash" [title]="b.hash">{{ b.hash.slice(0, 12) }}…</td>
                </tr>
              }
            </tbody>
          </table>
          <p><a [href]="'/api/lots/' + l.id + '/bids/verify'" target="_blank" rel="noopener">{{ text.verify | transloco }}</a></p>
        }
      </div>
    } @else if (failed()) {
      <p>{{ text.loadError | transloco }}</p>
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
  private readonly injector = inject(Injector);
  private readonly amountInput = viewChild<NzInputNumberComponent>('amountInput');
  private readonly confirmButton = viewChild('confirmButton', { read: ElementRef<HTMLButtonElement> });
  private readonly now = signal(Date.now());

  protected readonly statusLabel = computed((): Localized | null => {
    const l = this.lot();
    return l ? (l.status === 'closed' && l.result ? LOT_RESULT_LABELS[l.result] : LOT_STATUS_LABELS[l.status]) : null;
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
        this.registration.set((await firstValueFrom(this.api.get(lot.auctionId)).catch(() => null))?.myRegistration ?? null);
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
      this.error.set(`${this.language.t(TEXT.nextMinimum)} ${exactYuan(l.nextMinimumBid)}`);
      return;
    }
    this.asking.set(this.amount);
    this.pendingKey = crypto.randomUUID();
    // keyboard users confirm with Enter (or leave with Escape) right away
    afterNextRender(() => this.confirmButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected readonly steps = BID_STEPS;

  /** A quick bid: +1, +2 or +5 increments, straight to the confirmation with its amount in 大写. */
  protected step(n: number): void {
    const l = this.lot();
    const amount = l ? quickBid(l, n) : null;
    if (amount === null) return;
    this.amount = amount;
    this.ask();
  }

  protected cancel(): void {
    this.asking.set(null);
    this.focusAmount();
  }

  /** Back to the amount once the confirmation step has gone, so focus is not lost to the page. */
  private focusAmount(): void {
    afterNextRender(() => this.amountInput()?.focus(), { injector: this.injector });
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
      this.placedText.set(`${this.language.t(TEXT.placed)} ${exactYuan(amount)}`);
      this.asking.set(null);
      this.focusAmount();
      this.live.accept(await firstValueFrom(this.api.lot(l.id)));
    } catch (e) {
      this.error.set(describeError(e, this.language.lang()));
      this.asking.set(null);
      this.focusAmount();
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
  protected capitals(v: number | null): string {
    return v === null ? '' : yuanInCapitals(v);
  }
  protected words(v: number | null | undefined): string {
    return yuanInWords(v, this.language.lang());
  }
  protected time(iso: string, withDate = true): string {
    return formatZhDateTime(iso, { date: withDate, seconds: true });
  }
}
