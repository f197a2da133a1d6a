import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Paginated } from '@market/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, TrPipe, WallTimePipe } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Listing } from '../data/catalog.api';
import { ListingKind } from '../data/listing-kind';
import { regionLabel } from '../data/regions';
import { COMMON, ERRORS } from '../shared/api-errors';
import { fieldLabel } from '../shared/labels';
import { ReviewActions } from '../shared/review-actions';

const TEXT = {
  empty: 'catalog.reviewQueue.empty',
  submitted: 'catalog.reviewQueue.submitted',
  approved: 'catalog.reviewQueue.approved',
  rejected: 'catalog.reviewQueue.rejected',
  retry: COMMON.retry,
} satisfies Record<string, string>;

const PAGE_SIZE = 20;

/** The pending listings of one kind, each with approve / reject. */
@Component({
  selector: 'tm-review-queue',
  imports: [RouterLink, NzButtonModule, NzEmptyModule, NzPaginationModule, NzSpinModule, NzTagModule, TrPipe, TranslocoPipe, WallTimePipe, ReviewActions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (queue.error()) {
      <div class="state" role="alert">
        <p>{{ errorText() }}</p>
        <button nz-button type="button" (click)="queue.reload()">{{ text.retry | transloco }}</button>
      </div>
    } @else if (page(); as p) {
      @if (visible().length === 0) {
        <div class="state"><nz-empty [nzNotFoundContent]="text.empty | transloco" /></div>
      } @else {
        <ul class="rows">
          @for (item of visible(); track item.id) {
            <li class="row" data-testid="review-row">
              <div class="main">
                <a class="title" [routerLink]="['/', kind(), item.id]" data-testid="review-title" data-user-content>{{ item.title }}</a>
                <div class="meta">
                  <nz-tag nzColor="blue">{{ fieldLabel(item.field) | tr }}</nz-tag>
                  <span data-user-content>{{ item.organization.name }}</span>
                  <span>{{ regionLabel(item.region) | tr }}</span>
                  <span>{{ text.submitted | transloco }} {{ item.updatedAt | wallTime }}</span>
                </div>
                <p class="excerpt" data-user-content>{{ excerpt(item) }}</p>
              </div>
              <div class="side">
                <tm-review-actions [kind]="kind()" [listingId]="item.id" (reviewed)="done($event)" />
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
  `,
  styles: `
    .rows { margin: 0; padding: 0; list-style: none; }
    .row { display: flex; gap: 20px; margin-bottom: 10px; padding: 16px 18px; border-radius: 8px; background: #fff; }
    .main { flex: 1; min-width: 0; }
    .title { font-size: 16px; font-weight: 500; overflow-wrap: anywhere; }
    .meta { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; margin-top: 6px; font-size: 13px; color: var(--market-text-secondary); }
    .excerpt { display: -webkit-box; overflow: hidden; margin: 8px 0 0; color: rgba(0, 0, 0, .65); -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow-wrap: anywhere; }
    .side { flex: none; width: 300px; }
    .state { padding: 48px 16px; border-radius: 8px; background: #fff; text-align: center; }
    .pager { margin-top: 16px; text-align: center; }
    @media (max-width: 768px) {
      .row { flex-direction: column; gap: 12px; }
      .side { width: auto; }
    }
  `,
})
export class ReviewQueue {
  readonly kind = input.required<ListingKind>();
  private readonly language = inject(LanguageService);
  private readonly message = inject(NzMessageService);
  protected readonly text = TEXT;
  protected readonly errorText = computed(() => this.language.text(ERRORS.unknown));
  protected readonly pageSize = PAGE_SIZE;
  protected readonly fieldLabel = fieldLabel;
  protected readonly regionLabel = regionLabel;
  protected readonly pageIndex = signal(1);
  private readonly handled = signal<ReadonlySet<string>>(new Set());

  protected readonly queue = httpResource<Paginated<Listing>>(() => ({
    url: `/api/${this.kind()}/review-queue`,
    params: { page: this.pageIndex(), pageSize: PAGE_SIZE },
  }));
  protected readonly page = computed(() => (this.queue.hasValue() ? this.queue.value() : null));
  /** Reviewed rows leave the list at once, without waiting for a reload. */
  protected readonly visible = computed(() => (this.page()?.items ?? []).filter((item) => !this.handled().has(item.id)));
  /** The number still waiting, for the tab's title. */
  readonly remaining = computed(() => Math.max(0, (this.page()?.total ?? 0) - this.handled().size));

  protected excerpt(item: Listing): string {
    return 'summary' in item ? item.summary : item.description;
  }

  protected done(listing: Listing): void {
    this.handled.update((set) => new Set([...set, listing.id]));
    const done = listing.status === 'published' ? TEXT.approved : TEXT.rejected;
    this.message.success(this.language.t(done, { title: listing.title }));
  }
}
