import { HttpErrorResponse, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { LotConfirmation } from '@market/contracts';
import { formatZhDateTime } from '@market/shared/time';
import { exactYuan, yuanInCapitals } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';

const TEXT = {
  title: 'auctions.confirmation.title',
  lead: 'auctions.confirmation.lead',
  auction: 'auctions.confirmation.auction',
  lot: 'auctions.confirmation.lot',
  seller: 'auctions.confirmation.seller',
  buyer: 'auctions.confirmation.buyer',
  paddle: 'auctions.confirmation.paddle',
  price: 'auctions.confirmation.price',
  priceWords: 'auctions.confirmation.priceWords',
  bids: 'auctions.confirmation.bids',
  closedAt: 'auctions.confirmation.closedAt',
  winningBid: 'auctions.confirmation.winningBid',
  hash: 'auctions.confirmation.hash',
  verify: 'auctions.confirmation.verify',
  print: 'auctions.confirmation.print',
  back: 'auctions.confirmation.back',
  sellerSign: 'auctions.confirmation.sellerSign',
  buyerSign: 'auctions.confirmation.buyerSign',
  bureauSign: 'auctions.confirmation.bureauSign',
  date: 'auctions.confirmation.date',
  notYours: 'auctions.confirmation.notYours',
  notSold: 'auctions.confirmation.notSold',
} satisfies Record<string, string>;

/**
 * 成交确认书: a sold lot's facts for the winner, the seller and staff, as a page that prints on
 * one A4 sheet (the print stylesheet drops the site's frame and the buttons). The amount is in
 * figures and in Chinese capitals, and the bid log's head hash lets anyone check the log.
 */
@Component({
  selector: 'tm-confirmation-page',
  imports: [RouterLink, TranslocoPipe, NzButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host { display: block; max-width: 800px; margin: 0 auto; padding: 20px 0 48px; }
    .actions { display: flex; gap: 8px; margin-bottom: 16px; }
    .sheet { padding: 32px 40px; border: 1px solid #f0f0f0; border-radius: 8px; background: #fff; }
    h1 { margin: 0 0 8px; font-size: 26px; letter-spacing: .2em; text-align: center; }
    .no { margin: 0 0 20px; color: var(--market-text-secondary); font-size: 12px; text-align: center; overflow-wrap: anywhere; }
    .lead { margin: 0 0 16px; }
    table { width: 100%; border-collapse: collapse; }
    th, td { padding: 10px 12px; border: 1px solid #d9d9d9; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
    th { width: 30%; background: #fafafa; font-weight: 500; }
    .hash { font-family: ui-monospace, monospace; font-size: 12px; }
    .verify { margin: 12px 0 0; font-size: 12px; color: var(--market-text-secondary); overflow-wrap: anywhere; }
    .signs { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 16px; margin-top: 40px; }
    .signs div { min-height: 96px; padding-top: 8px; border-top: 1px solid #d9d9d9; }
    .error { padding: 24px; border-radius: 8px; background: #fff; }
    @media (max-width: 600px) {
      .sheet { padding: 20px 16px; }
      th { width: 38%; }
      .signs { grid-template-columns: minmax(0, 1fr); }
    }
    @media print {
      :host { max-width: none; padding: 0; }
      .actions { display: none; }
      .sheet { padding: 0; border: 0; }
    }
  `,
  template: `
    @if (confirmation.hasValue()) {
      @let c = confirmation.value();
      <div class="actions">
        <button nz-button nzType="primary" type="button" (click)="print()" data-testid="print-confirmation">{{ text.print | transloco }}</button>
        <a nz-button [routerLink]="['/auctions/lots', c.lotId]">{{ text.back | transloco }}</a>
      </div>
      <article class="sheet" data-testid="confirmation-sheet">
        <h1>{{ text.title | transloco }}</h1>
        <p class="no">{{ c.lotId }}</p>
        <p class="lead">{{ text.lead | transloco }}</p>
        <table>
          <tbody>
            <tr><th scope="row">{{ text.auction | transloco }}</th><td data-user-content>{{ c.auctionTitle }}</td></tr>
            <tr><th scope="row">{{ text.lot | transloco }}</th><td data-user-content data-testid="confirmation-lot">{{ c.lotTitle }}</td></tr>
            <tr><th scope="row">{{ text.seller | transloco }}</th><td data-user-content data-testid="confirmation-seller">{{ c.seller.name }}</td></tr>
            <tr><th scope="row">{{ text.buyer | transloco }}</th><td data-user-content data-testid="confirmation-buyer">{{ c.buyer.name }}</td></tr>
            <tr><th scope="row">{{ text.paddle | transloco }}</th><td>{{ c.paddleNumber }}</td></tr>
            <tr><th scope="row">{{ text.price | transloco }}</th><td data-testid="confirmation-price">{{ yuan(c.price) }}</td></tr>
            <tr><th scope="row">{{ text.priceWords | transloco }}</th><td lang="zh-CN" data-testid="confirmation-price-words">{{ words(c.price) }}</td></tr>
            <tr><th scope="row">{{ text.bids | transloco }}</th><td>{{ c.bidCount }}</td></tr>
            <tr><th scope="row">{{ text.closedAt | transloco }}</th><td>{{ time(c.closedAt) }}</td></tr>
            <tr><th scope="row">{{ text.winningBid | transloco }}</th><td>#{{ c.winningBid.seq }} · {{ time(c.winningBid.placedAt) }}</td></tr>
            <tr><th scope="row">{{ text.hash | transloco }}</th><td class="hash" data-testid="confirmation-hash">{{ c.winningBid.hash }}</td></tr>
          </tbody>
        </table>
        <p class="verify">{{ text.verify | transloco }} {{ origin }}/api/lots/{{ c.lotId }}/bids/verify</p>
        <div class="signs">
          <div>{{ text.sellerSign | transloco }}<br>{{ text.date | transloco }}：</div>
          <div>{{ text.buyerSign | transloco }}<br>{{ text.date | transloco }}：</div>
          <div>{{ text.bureauSign | transloco }}<br>{{ text.date | transloco }}：</div>
        </div>
      </article>
    } @else if (confirmation.error()) {
      <p class="error" role="alert" data-testid="confirmation-error">{{ errorText() | transloco }}</p>
    }
  `,
})
export class ConfirmationPage {
  readonly lotId = input.required<string>();
  private readonly window = inject(DOCUMENT).defaultView;
  protected readonly text = TEXT;
  protected readonly origin = this.window?.location.origin ?? '';
  protected readonly confirmation = httpResource<LotConfirmation>(() => `/api/lots/${encodeURIComponent(this.lotId())}/confirmation`);
  protected readonly errorText = computed(() => {
    const e = this.confirmation.error();
    return e instanceof HttpErrorResponse && e.status === 404 ? TEXT.notSold : TEXT.notYours;
  });

  protected print(): void {
    this.window?.print();
  }
  protected yuan(v: number): string {
    return exactYuan(v);
  }
  protected words(v: number): string {
    return yuanInCapitals(v);
  }
  protected time(iso: string): string {
    return formatZhDateTime(iso, { date: true, seconds: true });
  }
}
