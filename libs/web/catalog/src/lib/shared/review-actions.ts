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
  commentPlaceholder: 'catalog.reviewActions.commentPlaceholder',
  commentRequired: 'catalog.reviewActions.commentRequired',
  confirmReject: 'catalog.reviewActions.confirmReject',
  cancel: COMMON.cancel,
} satisfies Record<string, string>;

/**
 * Staff's decision on a pending listing: approve, or reject with the reason the owner will read
 * (`reviewCommentRequired` in @market/contracts; the API refuses a rejection without one too).
 */
@Component({
  selector: 'tm-review-actions',
  imports: [FormsModule, NzButtonModule, NzInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!rejecting()) {
      <div class="buttons">
        <button nz-button nzType="primary" type="button" [nzLoading]="busy() === 'approve'" [disabled]="!!busy()"
                (click)="decide('approve')" data-testid="approve">{{ text.approve | transloco }}</button>
        <button nz-button nzDanger type="button" [disabled]="!!busy()" (click)="rejecting.set(true)" data-testid="reject">
          {{ text.reject | transloco }}
        </button>
      </div>
    } @else {
      <div class="reject-box">
        <label>
          <span class="label">{{ text.comment | transloco }}</span>
          <textarea nz-input rows="3" [maxlength]="commentMax" [placeholder]="text.commentPlaceholder | transloco" [ngModel]="comment()"
                    (ngModelChange)="comment.set($event)" [nzStatus]="missing() ? 'error' : ''" data-testid="reject-comment"></textarea>
        </label>
        @if (missing()) {
          <div class="error">{{ text.commentRequired | transloco }}</div>
        }
        <div class="buttons">
          <button nz-button nzType="primary" nzDanger type="button" [nzLoading]="busy() === 'reject'" (click)="decide('reject')"
                  data-testid="confirm-reject">{{ text.confirmReject | transloco }}</button>
          <button nz-button type="button" [disabled]="!!busy()" (click)="rejecting.set(false)">{{ text.cancel | transloco }}</button>
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
