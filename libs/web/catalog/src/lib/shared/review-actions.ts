import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { LISTING_LIMITS, reviewCommentRequired } from '@market/contracts';
import { LanguageService, Localized, TrPipe, describeError } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { finalize } from 'rxjs';
import { CatalogApi, Listing } from '../data/catalog.api';
import { ListingKind } from '../data/listing-kind';

const TEXT = {
  approve: { zh: '审核通过', en: 'Approve' },
  reject: { zh: '驳回', en: 'Reject' },
  comment: { zh: '驳回意见', en: 'Reason for rejection' },
  commentPlaceholder: { zh: '请说明需要修改的地方，发布者会看到这条意见', en: 'Tell the owner what to change; they will see this' },
  commentRequired: { zh: '请填写驳回意见', en: 'Please give a reason' },
  confirmReject: { zh: '确认驳回', en: 'Confirm rejection' },
  cancel: { zh: '取消', en: 'Cancel' },
} satisfies Record<string, Localized>;

/**
 * Staff's decision on a pending listing: approve, or reject with the reason the owner will read
 * (`reviewCommentRequired` in @market/contracts; the API refuses a rejection without one too).
 */
@Component({
  selector: 'tm-review-actions',
  imports: [FormsModule, NzButtonModule, NzInputModule, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!rejecting()) {
      <div class="buttons">
        <button nz-button nzType="primary" type="button" [nzLoading]="busy() === 'approve'" [disabled]="!!busy()"
                (click)="decide('approve')" data-testid="approve">{{ text.approve | tr }}</button>
        <button nz-button nzDanger type="button" [disabled]="!!busy()" (click)="rejecting.set(true)" data-testid="reject">
          {{ text.reject | tr }}
        </button>
      </div>
    } @else {
      <div class="reject-box">
        <label>
          <span class="label">{{ text.comment | tr }}</span>
          <textarea nz-input rows="3" [maxlength]="commentMax" [placeholder]="text.commentPlaceholder | tr" [ngModel]="comment()"
                    (ngModelChange)="comment.set($event)" [nzStatus]="missing() ? 'error' : ''" data-testid="reject-comment"></textarea>
        </label>
        @if (missing()) {
          <div class="error">{{ text.commentRequired | tr }}</div>
        }
        <div class="buttons">
          <button nz-button nzType="primary" nzDanger type="button" [nzLoading]="busy() === 'reject'" (click)="decide('reject')"
                  data-testid="confirm-reject">{{ text.confirmReject | tr }}</button>
          <button nz-button type="button" [disabled]="!!busy()" (click)="rejecting.set(false)">{{ text.cancel | tr }}</button>
        </div>
      </div>
    }
    @if (error(); as message) {
      <div class="error" role="alert">{{ message }}</div>
    }
  `,
  styles: `
    .buttons { display: flex; flex-wrap: wrap; gap: 8px; }
    .reject-box { display: flex; flex-direction: column; gap: 8px; }
    .label { display: block; margin-bottom: 4px; font-weight: 500; }
    .error { margin-top: 4px; font-size: 13px; color: var(--market-danger); }
  `,
})
export class ReviewActions {
  readonly kind = input.required<ListingKind>();
  readonly listingId = input.required<string>();
  readonly reviewed = output<Listing>();

  private readonly api = inject(CatalogApi);
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly commentMax = LISTING_LIMITS.reviewComment.maxLength;
  protected readonly rejecting = signal(false);
  protected readonly comment = signal('');
  protected readonly missing = signal(false);
  protected readonly busy = signal<'approve' | 'reject' | null>(null);
  protected readonly error = signal<string | null>(null);

  protected decide(decision: 'approve' | 'reject'): void {
    const comment = this.comment().trim();
    if (reviewCommentRequired(decision) && !comment) {
      this.missing.set(true);
      return;
    }
    this.missing.set(false);
    this.error.set(null);
    this.busy.set(decision);
    this.api
      .review(this.kind(), this.listingId(), decision === 'reject' ? { decision, comment } : { decision })
      .pipe(finalize(() => this.busy.set(null)))
      .subscribe({
        next: (listing) => this.reviewed.emit(listing),
        error: (error: unknown) => this.error.set(describeError(error, this.language.lang())),
      });
  }
}
