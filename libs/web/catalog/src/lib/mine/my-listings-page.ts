import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { LISTING_STATUSES, LISTING_STATUS_LABELS, ListingStatus, Paginated, mayActOnListing } from '@market/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '@market/web/identity';
import { LanguageService, TrPipe, WallTimePipe } from '@market/web/ui';
import { PlusOutline } from '@ant-design/icons-angular/icons';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { Listing } from '../data/catalog.api';
import { KIND_TEXT, ListingKind } from '../data/listing-kind';
import { COMMON, ERRORS } from '../shared/api-errors';
import { fieldLabel } from '../shared/labels';
import { BudgetPipe, PricePipe } from '../shared/money.pipes';
import { StatusTag } from '../shared/status-tag';

const TEXT = {
  achievementsLead: 'catalog.myListings.achievementsLead',
  needsLead: 'catalog.myListings.needsLead',
  empty: 'catalog.myListings.empty',
  updated: 'catalog.myListings.updated',
  rejected: 'catalog.myListings.rejected',
  edit: 'catalog.myListings.edit',
  status: 'catalog.myListings.status',
  allStatuses: 'catalog.myListings.allStatuses',
  searchPlaceholder: 'catalog.myListings.searchPlaceholder',
  search: 'catalog.myListings.search',
  noMatch: 'catalog.myListings.noMatch',
  retry: COMMON.retry,
} satisfies Record<string, string>;

const PAGE_SIZE = 20;

/** 我的成果 / 我的需求: the caller's organization's listings in every status. */
@Component({
  selector: 'tm-my-listings-page',
  imports: [FormsModule, RouterLink, NzButtonModule, NzEmptyModule, NzIconModule, NzInputModule, NzPaginationModule, NzSelectModule, NzSpinModule, TrPipe, TranslocoPipe, WallTimePipe, StatusTag],
  providers: [provideNzIconsPatch([PlusOutline])],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './my-listings-page.css',
  template: `
    <section [attr.data-testid]="'mine-' + kind()">
      <header class="head">
        <div>
          <h1>{{ kindText().mine | transloco }}</h1>
          <p class="lead">{{ (kind() === 'achievements' ? text.achievementsLead : text.needsLead) | transloco }}</p>
        </div>
        @if (canCreate()) {
          <a nz-button nzType="primary" [routerLink]="['/', kind(), 'new']" data-testid="create-listing">
            <nz-icon nzType="plus" />{{ kindText().create | transloco }}
          </a>
        }
      </header>
      <!-- server-side filters; the status is kept in the URL (?status=), so 工作台's cards link straight to drafts or rejections -->
      <form class="filters" role="search" (ngSubmit)="applyWords()" data-testid="mine-filters">
        <input nz-input name="q" [(ngModel)]="words" [placeholder]="text.searchPlaceholder | transloco" [attr.aria-label]="text.searchPlaceholder | transloco"
               maxlength="100" data-testid="mine-search" />
        <label class="market-visually-hidden" for="mine-status-input">{{ text.status | transloco }}</label>
        <nz-select name="status" nzId="mine-status-input" [ngModel]="statusFilter()" (ngModelChange)="setStatus($event)" nzAllowClear
                   [nzPlaceHolder]="text.allStatuses | transloco" data-testid="mine-status">
          @for (s of statuses; track s) {
            <nz-option [nzValue]="s" [nzLabel]="statusLabels[s] | tr" />
          }
        </nz-select>
        <button nz-button type="submit" data-testid="mine-search-submit">{{ text.search | transloco }}</button>
      </form>
      @if (list.error()) {
        <div class="state" role="alert">
          <p>{{ errorText() }}</p>
          <button nz-button type="button" (click)="list.reload()">{{ text.retry | transloco }}</button>
        </div>
      } @else if (page(); as p) {
        @if (p.items.length === 0) {
          <div class="state"><nz-empty [nzNotFoundContent]="(statusFilter() || q() ? text.noMatch : text.empty) | transloco" /></div>
        } @else {
          <ul class="rows">
            @for (item of p.items; track item.id) {
              <li class="row" data-testid="mine-row">
                <div class="main">
                  <a class="title" [routerLink]="['/', kind(), item.id]" data-user-content>{{ item.title }}</a>
                  <div class="meta">
                    <span>{{ fieldLabel(item.field) | tr }}</span>
                    <span>{{ money(item) }}</span>
                    <span>{{ text.updated | transloco }} {{ item.updatedAt | wallTime }}</span>
                  </div>
                  @if (item.status === 'rejected' && item.reviewComment) {
                    <p class="comment" data-testid="mine-comment">{{ text.rejected | transloco: { comment: item.reviewComment } }}</p>
                  }
                </div>
                <div class="side">
                  <tm-status-tag [status]="item.status" />
                  @if (editable(item.status)) {
                    <a nz-button nzSize="small" [routerLink]="['/', kind(), item.id, 'edit']">{{ text.edit | transloco }}</a>
                  }
                </div>
              </li>
            }
          </ul>
          @if (p.total > pageSize) {
            <nz-pagination class="pager" [nzPageIndex]="pageIndex()" [nzPageSize]="pageSize" [nzTotal]="p.total"
                           (nzPageIndexChange)="pageIndex.set($event)" />
          }
        }
      } @else {
        <div class="state"><nz-spin nzSimple /></div>
      }
    </section>
  `,
})
export class MyListingsPage {
  readonly kind = input.required<ListingKind>();
  /** `?status=` from the URL (bound by the router). */
  readonly status = input<string>();
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly statuses = LISTING_STATUSES;
  protected readonly statusLabels = LISTING_STATUS_LABELS;
  private readonly price = new PricePipe();
  private readonly budget = new BudgetPipe();

  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly errorText = computed(() => this.language.text(ERRORS.unknown));
  protected readonly pageSize = PAGE_SIZE;
  protected readonly fieldLabel = fieldLabel;
  protected readonly kindText = computed(() => KIND_TEXT[this.kind()]);
  protected readonly canCreate = computed(() => this.auth.role() === this.kindText().creatorRole);
  protected readonly statusFilter = computed<ListingStatus | null>(() => {
    const value = this.status();
    return (LISTING_STATUSES as readonly string[]).includes(value ?? '') ? (value as ListingStatus) : null;
  });
  protected words = '';
  protected readonly q = linkedSignal<string>(() => (this.kind(), ''));
  /** Back to the first page whenever a filter changes. */
  protected readonly pageIndex = linkedSignal<number>(() => (this.statusFilter(), this.q(), 1));
  protected readonly list = httpResource<Paginated<Listing>>(() => {
    const params: Record<string, string | number> = { page: this.pageIndex(), pageSize: PAGE_SIZE };
    const status = this.statusFilter();
    if (status) params['status'] = status;
    if (this.q()) params['q'] = this.q();
    return { url: `/api/${this.kind()}/mine`, params };
  });
  protected readonly page = computed(() => (this.list.hasValue() ? this.list.value() : null));

  protected applyWords(): void {
    this.q.set(this.words.trim());
  }

  protected setStatus(status: ListingStatus | null): void {
    void this.router.navigate([], { queryParams: { status: status ?? null }, queryParamsHandling: 'merge' });
  }

  /** Every row is the caller's own organization's, so it is the owner's to edit in the statuses that allow it. */
  protected editable(status: ListingStatus): boolean {
    return mayActOnListing('edit', status, { owner: true, staff: false });
  }

  protected money(item: Listing): string {
    return 'askingPrice' in item ? this.price.transform(item.askingPrice) : this.budget.transform(item);
  }
}
