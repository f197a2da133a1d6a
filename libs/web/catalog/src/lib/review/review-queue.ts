import { HttpErrorResponse, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type WritableSignal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { FIELDS, LISTING_LIMITS, Paginated, reviewCommentRequired, type Field, type ReviewQueueSort } from '@market/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, TrPipe, WallTimePipe, describeError } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { finalize } from 'rxjs';
import { CatalogApi, Listing } from '../data/catalog.api';
import { ListingKind } from '../data/listing-kind';
import { RegionsStore, regionLabel } from '../data/regions';
import { COMMON, ERRORS } from '../shared/api-errors';
import { fieldLabel } from '../shared/labels';
import { ReviewActions } from '../shared/review-actions';

const TEXT = {
  empty: 'catalog.reviewQueue.empty',
  noMatch: 'catalog.reviewQueue.noMatch',
  submitted: 'catalog.reviewQueue.submitted',
  approved: 'catalog.reviewQueue.approved',
  rejected: 'catalog.reviewQueue.rejected',
  searchPlaceholder: 'catalog.reviewQueue.searchPlaceholder',
  search: 'catalog.reviewQueue.search',
  field: 'catalog.reviewQueue.field',
  region: 'catalog.reviewQueue.region',
  allFields: 'catalog.reviewQueue.allFields',
  allRegions: 'catalog.reviewQueue.allRegions',
  title: 'catalog.reviewQueue.title',
  decision: 'catalog.reviewQueue.decision',
  select: 'catalog.reviewQueue.select',
  selectAll: 'catalog.reviewQueue.selectAll',
  selected: 'catalog.reviewQueue.selected',
  batch: 'catalog.reviewQueue.batch',
  batchApprove: 'catalog.reviewQueue.batchApprove',
  batchReject: 'catalog.reviewQueue.batchReject',
  batchApproveComment: 'catalog.reviewQueue.batchApproveComment',
  batchRejectComment: 'catalog.reviewQueue.batchRejectComment',
  confirmBatchApprove: 'catalog.reviewQueue.confirmBatchApprove',
  confirmBatchReject: 'catalog.reviewQueue.confirmBatchReject',
  batchDone: 'catalog.reviewQueue.batchDone',
  clearSelection: 'catalog.reviewQueue.clearSelection',
  commentRequired: 'catalog.reviewActions.commentRequired',
  cancel: COMMON.cancel,
  retry: COMMON.retry,
} satisfies Record<string, string>;

const PAGE_SIZE = 20;

/**
 * The pending listings of one kind as a table: filtered (title words, field, region), sorted by
 * submission and paged on the server; each row decided on its own, or several selected rows
 * with one decision and one comment (`POST …/review-batch`, each listing still on its own).
 */
@Component({
  selector: 'tm-review-queue',
  imports: [FormsModule, RouterLink, NzButtonModule, NzEmptyModule, NzInputModule, NzSelectModule, NzTableModule, NzTagModule, TrPipe, TranslocoPipe, WallTimePipe, ReviewActions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-queue.html',
  styleUrl: './review-queue.css',
})
export class ReviewQueue {
  readonly kind = input.required<ListingKind>();
  private readonly api = inject(CatalogApi);
  private readonly language = inject(LanguageService);
  private readonly message = inject(NzMessageService);
  protected readonly regions = inject(RegionsStore);
  protected readonly text = TEXT;
  protected readonly errorText = computed(() => this.language.text(ERRORS.unknown));
  protected readonly pageSize = PAGE_SIZE;
  protected readonly commentMax = LISTING_LIMITS.reviewComment.maxLength;
  protected readonly fields = FIELDS;
  protected readonly fieldLabel = fieldLabel;
  protected readonly regionLabel = regionLabel;

  protected words = '';
  protected readonly q = signal('');
  protected readonly field = signal<Field | null>(null);
  protected readonly region = signal<string | null>(null);
  protected readonly sort = signal<ReviewQueueSort>('oldest');
  protected readonly pageIndex = signal(1);
  private readonly handled = signal<ReadonlySet<string>>(new Set());
  protected readonly selected = signal<ReadonlyMap<string, Listing>>(new Map());
  protected readonly batchDecision = signal<'approve' | 'reject' | null>(null);
  protected readonly batchComment = signal('');
  protected readonly batchMissing = signal(false);
  protected readonly batchBusy = signal(false);
  protected readonly batchErrors = signal<Array<{ id: string; title: string; message: string }>>([]);

  protected readonly queue = httpResource<Paginated<Listing>>(() => {
    const params: Record<string, string | number> = { page: this.pageIndex(), pageSize: PAGE_SIZE, sort: this.sort() };
    if (this.q()) params['q'] = this.q();
    if (this.field()) params['field'] = this.field() as string;
    if (this.region()) params['region'] = this.region() as string;
    return { url: `/api/${this.kind()}/review-queue`, params };
  });
  private readonly page = computed(() => (this.queue.hasValue() ? this.queue.value() : null));
  /** Reviewed rows leave the table at once, without waiting for a reload. */
  protected readonly visible = computed(() => (this.page()?.items ?? []).filter((item) => !this.handled().has(item.id)));
  protected readonly total = computed(() => Math.max(0, (this.page()?.total ?? 0) - this.handled().size));
  /** The number still waiting, for the tab's title. */
  readonly remaining = this.total;
  protected readonly filtered = computed(() => !!(this.q() || this.field() || this.region()));
  protected readonly allChecked = computed(() => this.visible().length > 0 && this.visible().every((i) => this.selected().has(i.id)));
  protected readonly someChecked = computed(() => !this.allChecked() && this.visible().some((i) => this.selected().has(i.id)));

  constructor() {
    this.regions.load();
  }

  protected excerpt(item: Listing): string {
    return 'summary' in item ? item.summary : item.description;
  }

  protected applyWords(): void {
    this.setFilter(this.q, this.words.trim());
  }

  /** A new filter starts again at the first page with nothing selected. */
  protected setFilter<T>(filter: WritableSignal<T>, value: T): void {
    filter.set(value);
    this.pageIndex.set(1);
    this.clearSelection();
  }

  protected setSort(order: string | null): void {
    this.setFilter(this.sort, order === 'descend' ? 'newest' : 'oldest');
  }

  protected setPage(index: number): void {
    this.pageIndex.set(index);
    this.clearSelection();
  }

  protected check(item: Listing, on: boolean): void {
    this.selected.update((map) => {
      const next = new Map(map);
      if (on) next.set(item.id, item);
      else next.delete(item.id);
      return next;
    });
  }

  protected checkAll(on: boolean): void {
    for (const item of this.visible()) this.check(item, on);
  }

  protected clearSelection(): void {
    this.selected.set(new Map());
    this.batchDecision.set(null);
    this.batchErrors.set([]);
  }

  protected openBatch(decision: 'approve' | 'reject'): void {
    this.batchDecision.set(decision);
    this.batchMissing.set(false);
    this.batchErrors.set([]);
  }

  protected runBatch(decision: 'approve' | 'reject'): void {
    const comment = this.batchComment().trim();
    if (reviewCommentRequired(decision) && !comment) {
      this.batchMissing.set(true);
      return;
    }
    const picked = [...this.selected().values()];
    this.batchBusy.set(true);
    this.api
      .reviewBatch(this.kind(), comment ? { ids: picked.map((i) => i.id), decision, comment } : { ids: picked.map((i) => i.id), decision })
      .pipe(finalize(() => this.batchBusy.set(false)))
      .subscribe({
        next: ({ items }) => {
          const done = items.filter((i) => i.ok).map((i) => i.id);
          this.handled.update((set) => new Set([...set, ...done]));
          const lang = this.language.lang();
          const failed = items.flatMap((i) => (i.ok ? [] : [{ id: i.id, title: this.selected().get(i.id)?.title ?? i.id, message: describeError(new HttpErrorResponse({ error: i.error, status: i.error.statusCode }), lang) }]));
          this.selected.update((map) => new Map([...map].filter(([id]) => !done.includes(id))));
          this.batchErrors.set(failed);
          if (failed.length === 0) this.batchDecision.set(null);
          this.batchComment.set('');
          if (done.length) this.message.success(this.language.t(TEXT.batchDone, { count: done.length }));
        },
        error: (error: unknown) => this.batchErrors.set([{ id: 'all', title: '', message: describeError(error, this.language.lang()) }]),
      });
  }

  protected done(listing: Listing): void {
    this.handled.update((set) => new Set([...set, listing.id]));
    this.check(listing, false);
    const done = listing.status === 'published' ? TEXT.approved : TEXT.rejected;
    this.message.success(this.language.t(done, { title: listing.title }));
  }
}
