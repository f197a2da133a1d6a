import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { LISTING_LIMITS, reviewCommentRequired } from '@market/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, describeError } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { finalize } from 'rxjs';
import { CatalogApi, Listing } from '../data/catalog.api';
import { ListingKind } from '../data/listing-kind';
import { COMMON } from './api-errors';

const TEXT = {
  approve: 'catalog.reviewActions.approve',
  reject: 'catalog.reviewActions.reject',
  comment: 'catalog.reviewActions.comment',
  approveComment: 'catalog.reviewActions.approveComment',
  commentPlaceholder: 'catalog.reviewActions.commentPlaceholder',
  approvePlaceholder: 'catalog.reviewActions.approvePlaceholder',
  commentRequired: 'catalog.reviewActions.commentRequired',
  confirmReject: 'catalog.reviewActions.confirmReject',
  confirmApprove: 'catalog.reviewActions.confirmApprove',
  cancel: COMMON.cancel,
} satisfies Record<string, string>;

type Decision = 'approve' | 'reject';

/**
 * Staff's decision on a pending listing. Either button opens a confirmation with a comment: the
 * reason the owner reads is required for a rejection (`reviewCommentRequired` in @market/contracts;
 * the API refuses a rejection without one too) and optional for an approval.
 */
@Component({
  selector: 'tm-review-actions',
  imports: [FormsModule, NzButtonModule, NzInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (deciding(); as decision) {
      <div class="box">
        <label>
          <span class="label">{{ (decision === 'reject' ? text.comment : text.approveComment) | transloco }}</span>
          <textarea nz-input rows="3" [maxlength]="commentMax" [placeholder]="(decision === 'reject' ? text.commentPlaceholder : text.approvePlaceholder) | transloco"
                    [ngModel]="comment()" (ngModelChange)="comment.set($event)" [nzStatus]="missing() ? 'error' : ''"
                    [attr.data-testid]="decision === 'reject' ? 'reject-comment' : 'approve-comment'"></textarea>
        </label>
        @if (missing()) {
          <div class="error">{{ text.commentRequired | transloco }}</div>
        }
        <div class="buttons">
          <button nz-button nzType="primary" [nzDanger]="decision === 'reject'" type="button" [nzLoading]="busy()" (click)="decide(decision)"
                  [attr.data-testid]="decision === 'reject' ? 'confirm-reject' : 'confirm-approve'">
            {{ (decision === 'reject' ? text.confirmReject : text.confirmApprove) | transloco }}
          </button>
          <button nz-button type="button" [disabled]="busy()" (click)="close()" data-testid="cancel-review">{{ text.cancel | transloco }}</button>
        </div>
      </div>
    } @else {
      <div class="buttons">
        <button nz-button nzType="primary" type="button" (click)="open('approve')" data-testid="approve">{{ text.approve | transloco }}</button>
        <button nz-button nzDanger type="button" (click)="open('reject')" data-testid="reject">{{ text.reject | transloco }}</button>
      </div>
    }
    @if (error(); as message) {
      <div class="error" role="alert">{{ message }}</div>
    }
  `,
  styles: `
    .buttons { display: flex; flex-wrap: wrap; gap: 8px; }
    .box { display: flex; flex-direction: column; gap: 8px; }
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
  protected readonly deciding = signal<Decision | null>(null);
  protected readonly comment = signal('');
  protected readonly missing = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly open = (decision: Decision) => {
    this.deciding.set(decision);
    this.missing.set(false);
    this.error.set(null);
  };
  protected readonly close = () => this.deciding.set(null);

  protected decide(decision: Decision): void {
    const comment = this.comment().trim();
    if (reviewCommentRequired(decision) && !comment) {
      this.missing.set(true);
      return;
    }
    this.missing.set(false);
    this.error.set(null);
    this.busy.set(true);
    this.api
      .review(this.kind(), this.listingId(), comment ? { decision, comment } : { decision })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (listing) => this.reviewed.emit(listing),
        error: (error: unknown) => this.error.set(describeError(error, this.language.lang())),
      });
  }
}
