import { HttpErrorResponse, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Achievement, Need, mayActOnListing } from '@market/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '@market/web/identity';
import { LanguageService, TrPipe, WallTimePipe, describeError } from '@market/web/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Observable, finalize } from 'rxjs';
import { CatalogApi, Listing } from '../data/catalog.api';
import { KIND_TEXT, ListingKind } from '../data/listing-kind';
import { regionLabel } from '../data/regions';
import { COMMON, ERRORS } from '../shared/api-errors';
import { fieldLabel, maturityLabel, modeLabel, patentTypeLabel } from '../shared/labels';
import { BudgetPipe, PricePipe } from '../shared/money.pipes';
import { ReviewActions } from '../shared/review-actions';
import { StatusTag } from '../shared/status-tag';
import { ListingMatches } from '../matching/listing-matches';
import { mayViewMatches } from '../matching/match.model';

const TEXT = {
  summary: 'catalog.detailPage.summary',
  description: 'catalog.detailPage.description',
  details: 'catalog.detailPage.details',
  field: 'catalog.detailPage.field',
  keywords: 'catalog.detailPage.keywords',
  maturity: 'catalog.detailPage.maturity',
  transferModes: 'catalog.detailPage.transferModes',
  cooperationModes: 'catalog.detailPage.cooperationModes',
  askingPrice: 'catalog.detailPage.askingPrice',
  budget: 'catalog.detailPage.budget',
  deadline: 'catalog.detailPage.deadline',
  patents: 'catalog.detailPage.patents',
  patentNumber: 'catalog.detailPage.patentNumber',
  patentType: 'catalog.detailPage.patentType',
  noPatents: 'catalog.detailPage.noPatents',
  inventors: 'catalog.detailPage.inventors',
  organization: 'catalog.detailPage.organization',
  enterprise: 'catalog.detailPage.enterprise',
  region: 'catalog.detailPage.region',
  publishedAt: 'catalog.detailPage.publishedAt',
  updatedAt: 'catalog.detailPage.updatedAt',
  notPublished: 'catalog.detailPage.notPublished',
  rejected: 'catalog.detailPage.rejected',
  edit: 'catalog.detailPage.edit',
  submit: 'catalog.detailPage.submit',
  archive: 'catalog.detailPage.archive',
  confirmArchive: 'catalog.detailPage.confirmArchive',
  archiveHint: 'catalog.detailPage.archiveHint',
  withdrawHint: 'catalog.detailPage.withdrawHint',
  cancel: COMMON.cancel,
  submitted: 'catalog.form.submitted',
  archived: 'catalog.detailPage.archived',
  approved: 'catalog.detailPage.approved',
  rejectedDone: 'catalog.detailPage.rejectedDone',
  review: 'catalog.detailPage.review',
  notFoundTitle: 'catalog.detailPage.notFoundTitle',
  notFoundBody: 'catalog.detailPage.notFoundBody',
  backTo: 'catalog.detailPage.backTo',
  retry: COMMON.retry,
} satisfies Record<string, string>;

/** One achievement or need with everything it says; owners and staff also see its status and act on it. */
@Component({
  selector: 'tm-listing-detail-page',
  imports: [RouterLink, NzAlertModule, NzButtonModule, NzSpinModule, NzTagModule, TrPipe, TranslocoPipe, PricePipe, BudgetPipe, StatusTag, ReviewActions, ListingMatches, WallTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './listing-detail-page.html',
  styleUrl: './listing-detail-page.css',
})
export class ListingDetailPage {
  readonly kind = input.required<ListingKind>();
  readonly id = input.required<string>();

  private readonly api = inject(CatalogApi);
  private readonly auth = inject(AuthStore);
  private readonly language = inject(LanguageService);
  private readonly message = inject(NzMessageService);

  protected readonly text = TEXT;
  protected readonly fieldLabel = fieldLabel;
  protected readonly maturityLabel = maturityLabel;
  protected readonly modeLabel = modeLabel;
  protected readonly patentTypeLabel = patentTypeLabel;
  protected readonly regionLabel = regionLabel;
  protected readonly kindText = computed(() => KIND_TEXT[this.kind()]);

  protected readonly listing = httpResource<Listing>(() => `/api/${this.kind()}/${encodeURIComponent(this.id())}`);
  protected readonly item = computed(() => (this.listing.hasValue() ? this.listing.value() : null));
  protected readonly notFound = computed(() => {
    const error = this.listing.error();
    // A malformed id answers 400: to the reader that is the same as a missing page.
    return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
  });
  protected readonly failed = computed(() => (this.listing.error() && !this.notFound() ? this.language.text(ERRORS.unknown) : null));

  protected readonly isOwner = computed(() => {
    const item = this.item();
    const user = this.auth.user();
    return !!item && !!user && user.organization.id === item.organization.id;
  });
  protected readonly isStaff = computed(() => this.auth.role() === 'staff');
  protected readonly showStatus = computed(() => this.isOwner() || this.isStaff());
  /** Exactly what the API accepts (LISTING_ACTION_FROM / LISTING_ACTORS in @market/contracts). */
  private readonly may = (action: 'edit' | 'archive') => {
    const item = this.item();
    return !!item && mayActOnListing(action, item.status, { owner: this.isOwner(), staff: this.isStaff() });
  };
  protected readonly editable = computed(() => this.may('edit'));
  protected readonly archivable = computed(() => this.may('archive'));
  /** 匹配成果 / 潜在需求方: the listing's organization, brokers and staff, once it is published. */
  protected readonly showMatches = computed(() => mayViewMatches(this.auth.user(), this.item()));
  protected readonly reviewable = computed(() => this.isStaff() && this.item()?.status === 'pending_review');

  protected readonly busy = signal<'submit' | 'archive' | null>(null);
  protected readonly confirmingArchive = signal(false);
  protected readonly error = signal<string | null>(null);

  protected achievement(): Achievement | null {
    const item = this.item();
    return item && 'summary' in item ? item : null;
  }

  protected need(): Need | null {
    const item = this.item();
    return item && 'description' in item ? item : null;
  }

  protected submit(): void {
    this.act('submit', this.api.submit(this.kind(), this.id()), TEXT.submitted);
  }

  protected archive(): void {
    this.act('archive', this.api.archive(this.kind(), this.id()), TEXT.archived);
  }

  protected onReviewed(listing: Listing): void {
    this.listing.set(listing);
    this.message.success(this.language.t(listing.status === 'published' ? TEXT.approved : TEXT.rejectedDone));
  }

  private act(kind: 'submit' | 'archive', call: Observable<Listing>, done: string): void {
    this.busy.set(kind);
    this.error.set(null);
    call.pipe(finalize(() => this.busy.set(null))).subscribe({
      next: (listing) => {
        this.confirmingArchive.set(false);
        this.listing.set(listing);
        this.message.success(this.language.t(done));
      },
      error: (error: unknown) => this.error.set(describeError(error, this.language.lang())),
    });
  }
}
