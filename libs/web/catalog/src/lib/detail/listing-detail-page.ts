import { HttpErrorResponse, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Achievement, Need, mayActOnListing } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { LanguageService, Localized, TrPipe, WallTimePipe, describeError } from '@market/web/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Observable, finalize } from 'rxjs';
import { CatalogApi, Listing } from '../data/catalog.api';
import { KIND_TEXT, ListingKind } from '../data/listing-kind';
import { regionLabel } from '../data/regions';
import { ERRORS } from '../shared/api-errors';
import { fieldLabel, maturityLabel, modeLabel, patentTypeLabel } from '../shared/labels';
import { BudgetPipe, PricePipe } from '../shared/money.pipes';
import { ReviewActions } from '../shared/review-actions';
import { StatusTag } from '../shared/status-tag';
import { ListingMatches } from '../matching/listing-matches';
import { mayViewMatches } from '../matching/match.model';

const TEXT = {
  summary: { zh: '成果简介', en: 'Summary' },
  description: { zh: '需求描述', en: 'Description' },
  details: { zh: '基本信息', en: 'Details' },
  field: { zh: '行业领域', en: 'Field' },
  keywords: { zh: '关键词', en: 'Keywords' },
  maturity: { zh: '成熟度', en: 'Maturity' },
  transferModes: { zh: '转化方式', en: 'Transfer modes' },
  cooperationModes: { zh: '合作方式', en: 'Cooperation modes' },
  askingPrice: { zh: '报价', en: 'Asking price' },
  budget: { zh: '预算', en: 'Budget' },
  deadline: { zh: '截止日期', en: 'Deadline' },
  patents: { zh: '专利', en: 'Patents' },
  patentNumber: { zh: '专利号', en: 'Number' },
  patentType: { zh: '专利类型', en: 'Type' },
  noPatents: { zh: '无', en: 'None' },
  inventors: { zh: '发明人', en: 'Inventors' },
  organization: { zh: '所属单位', en: 'Organization' },
  enterprise: { zh: '发布企业', en: 'Company' },
  region: { zh: '所在地区', en: 'Region' },
  publishedAt: { zh: '发布时间', en: 'Published' },
  updatedAt: { zh: '更新时间', en: 'Updated' },
  notPublished: { zh: '尚未发布', en: 'Not published yet' },
  rejected: { zh: '审核未通过', en: 'Not approved' },
  edit: { zh: '编辑', en: 'Edit' },
  submit: { zh: '提交审核', en: 'Submit for review' },
  archive: { zh: '下架', en: 'Archive' },
  confirmArchive: { zh: '确认下架', en: 'Confirm archiving' },
  archiveHint: { zh: '下架后将不再公开展示，且不能恢复。', en: 'It will no longer be public, and this cannot be undone.' },
  withdrawHint: { zh: '下架后将不能再修改或提交审核，且不能恢复。', en: 'It can no longer be edited or submitted, and this cannot be undone.' },
  cancel: { zh: '取消', en: 'Cancel' },
  submitted: { zh: '已提交审核，科技局审核通过后公开', en: 'Submitted; it goes public once the bureau approves it' },
  archived: { zh: '已下架', en: 'Archived' },
  approved: { zh: '已审核通过并发布', en: 'Approved and published' },
  rejectedDone: { zh: '已驳回', en: 'Rejected' },
  review: { zh: '审核', en: 'Review' },
  notFoundTitle: { zh: '内容不存在或尚未公开', en: 'Not found or not public' },
  notFoundBody: {
    zh: '该条目可能已下架、尚未通过审核，或地址有误。',
    en: 'It may have been archived, not yet approved, or the address is wrong.',
  },
  back: { zh: '返回', en: 'Back to ' },
  retry: { zh: '重试', en: 'Try again' },
} satisfies Record<string, Localized>;

/** One achievement or need with everything it says; owners and staff also see its status and act on it. */
@Component({
  selector: 'tm-listing-detail-page',
  imports: [RouterLink, NzAlertModule, NzButtonModule, NzSpinModule, NzTagModule, TrPipe, PricePipe, BudgetPipe, StatusTag, ReviewActions, ListingMatches, WallTimePipe],
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
  protected readonly failed = computed(() => (this.listing.error() && !this.notFound() ? ERRORS.unknown : null));

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
    this.message.success(this.language.text(listing.status === 'published' ? TEXT.approved : TEXT.rejectedDone));
  }

  private act(kind: 'submit' | 'archive', call: Observable<Listing>, done: Localized): void {
    this.busy.set(kind);
    this.error.set(null);
    call.pipe(finalize(() => this.busy.set(null))).subscribe({
      next: (listing) => {
        this.confirmingArchive.set(false);
        this.listing.set(listing);
        this.message.success(this.language.text(done));
      },
      error: (error: unknown) => this.error.set(describeError(error, this.language.lang())),
    });
  }
}
