import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Auction, AuctionStatus, Paginated } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { formatZhDateTime } from '@market/shared/time';
import { Localized, TrPipe, exactYuan } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AUCTION_STATUS_LABELS, LOT_RESULT_LABELS, LOT_STATUS_LABELS, T } from '../data/texts';

const TABS: AuctionStatus[] = ['live', 'scheduled', 'finished'];
const isTab = (value: string | undefined): value is AuctionStatus => (TABS as readonly (string | undefined)[]).includes(value);

/**
 * 竞价拍卖: live, upcoming and finished auctions with their lots. The tab is the `tab` query
 * parameter, so a reload, a shared link and the back button keep it.
 */
@Component({
  selector: 'tm-auction-hall-page',
  imports: [RouterLink, NzButtonModule, NzTagModule, TrPipe, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host { display: block; max-width: 1100px; margin: 0 auto; padding: 16px; }
    .head { display: flex; flex-wrap: wrap; gap: 8px; justify-content: space-between; align-items: center; }
    h1 { margin: 0; font-size: 22px; }
    .lead { color: #595959; }
    .tabs { display: flex; gap: 8px; margin: 12px 0; flex-wrap: wrap; }
    .card { background: #fff; border: 1px solid #f0f0f0; border-radius: 8px; padding: 16px; margin-bottom: 12px; }
    .card h2 { font-size: 17px; margin: 0 0 4px; }
    .meta { color: var(--market-text-secondary); font-size: 13px; }
    .lot { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; padding: 8px 0; border-top: 1px dashed #f0f0f0; }
    .lot .t { flex: 1 1 240px; }
    .lot .p { font-variant-numeric: tabular-nums; color: #cf1322; font-weight: 600; }
  `,
  template: `
    <div class="head">
      <h1>{{ text.hall | transloco }}</h1>
      @if (auth.role() === 'staff') {
        <a nz-button nzType="primary" routerLink="/auctions/new" data-testid="new-auction">{{ text.create | transloco }}</a>
      }
    </div>
    <p class="lead">{{ text.hallLead | transloco }}</p>
    <div class="tabs" role="tablist">
      @for (s of tabs; track s) {
        <button nz-button [nzType]="activeTab() === s ? 'primary' : 'default'" role="tab" [attr.aria-selected]="activeTab() === s" (click)="select(s)" [attr.data-testid]="'tab-' + s">{{ statusLabels[s] | tr }}</button>
      }
    </div>
    @if (auctions.isLoading()) {
      <p>…</p>
    } @else if (auctions.error()) {
      <p>{{ text.loadError | transloco }} <button nz-button (click)="auctions.reload()">{{ text.retry | transloco }}</button></p>
    } @else if (items().length === 0) {
      <p data-testid="auctions-empty">{{ text.empty | transloco }}</p>
    } @else {
      @for (a of items(); track a.id) {
        <section class="card" data-testid="auction-card">
          <h2 data-user-content><a [routerLink]="['/auctions', a.id]">{{ a.title }}</a></h2>
          <div class="meta">{{ text.startsAt | transloco }} {{ time(a.startsAt) }} · {{ text.lots | transloco }} {{ a.lots.length }}</div>
          @for (l of a.lots; track l.id) {
            <div class="lot">
              <span class="t" data-user-content><a [routerLink]="['/auctions/lots', l.id]">{{ l.title }}</a></span>
              <nz-tag>{{ (l.status === 'closed' && l.result ? resultLabels[l.result] : lotLabels[l.status]) | tr }}</nz-tag>
              <span class="p">{{ yuan(l.currentPrice ?? l.startingPrice) }}</span>
              <span class="meta">{{ text.endsAt | transloco }} {{ time(l.endsAt) }}</span>
            </div>
          }
        </section>
      }
    }
  `,
})
export class AuctionHallPage {
  protected readonly text = T;
  protected readonly tabs = TABS;
  protected readonly statusLabels: Record<AuctionStatus, Localized> = AUCTION_STATUS_LABELS;
  protected readonly lotLabels = LOT_STATUS_LABELS;
  protected readonly resultLabels = LOT_RESULT_LABELS;
  protected readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  /** `?tab=live|scheduled|finished`, bound from the query string by the router; live without it. */
  readonly tab = input<string>();
  protected readonly activeTab = computed<AuctionStatus>(() => {
    const value = this.tab();
    return isTab(value) ? value : 'live';
  });
  protected readonly auctions = httpResource<Paginated<Auction>>(() => `/api/auctions?status=${this.activeTab()}&pageSize=50`);
  protected readonly items = computed(() => (this.auctions.hasValue() ? this.auctions.value().items : []));

  /** A new history entry, so that back returns to the tab before. */
  protected select(tab: AuctionStatus): void {
    if (tab === this.activeTab()) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: { tab }, queryParamsHandling: 'merge' });
  }

  protected yuan(v: number): string {
    return exactYuan(v);
  }
  protected time(iso: string): string {
    return formatZhDateTime(iso);
  }
}
