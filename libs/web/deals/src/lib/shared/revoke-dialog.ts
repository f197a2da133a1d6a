import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Deal } from '@market/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, formatAmount } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { DealsApi } from '../data/deals.api';
import { runDealCall } from '../data/deal-call';
import { DEAL_TEXT } from '../data/texts';

const TEXT = {
  title: 'deals.revokeDialog.title',
  lead: 'deals.revokeDialog.lead',
  reason: 'deals.revokeDialog.reason',
  needReason: 'deals.revokeDialog.needReason',
  submit: 'deals.revokeDialog.submit',
  cancel: 'deals.revokeDialog.cancel',
} satisfies Record<string, string>;

/** Staff revoke a contract's registration, with the reason the parties will read. */
@Component({
  selector: 'tm-revoke-dialog',
  imports: [FormsModule, NzModalModule, NzButtonModule, NzInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="text.title | transloco" [nzFooter]="null" (nzOnCancel)="cancelled.emit()" [nzWidth]="520">
      <ng-container *nzModalContent>
        <form class="revoke" (ngSubmit)="submit()" data-testid="revoke-form">
          <p class="lead">{{ text.lead | transloco }}</p>
          <p class="what">{{ deal().registration?.number }} · {{ amount() }}</p>
          <label>{{ text.reason | transloco }}
            <textarea nz-input rows="3" [ngModel]="reason()" (ngModelChange)="reason.set($event)" name="reason" maxlength="500" required data-testid="revoke-reason"></textarea>
          </label>
          @if (error()) {
            <p class="error" role="alert" data-testid="revoke-error">{{ error() }}</p>
          }
          <div class="actions">
            <button nz-button type="button" (click)="cancelled.emit()">{{ text.cancel | transloco }}</button>
            <button nz-button nzType="primary" nzDanger type="submit" [nzLoading]="busy()" data-testid="revoke-submit">{{ text.submit | transloco }}</button>
          </div>
        </form>
      </ng-container>
    </nz-modal>
  `,
  styles: `
    .revoke { display: flex; flex-direction: column; gap: 12px; }
    .lead { margin: 0; color: rgba(0, 0, 0, .65); }
    .what { margin: 0; font-weight: 500; }
    label { display: flex; flex-direction: column; gap: 4px; color: rgba(0, 0, 0, .75); }
    .error { margin: 0; color: #cf1322; }
    .actions { display: flex; justify-content: flex-end; gap: 8px; }
  `,
})
export class RevokeDialog {
  readonly deal = input.required<Deal>();
  readonly done = output<Deal>();
  readonly cancelled = output<void>();

  private readonly api = inject(DealsApi);
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly reason = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected amount(): string {
    return formatAmount(this.deal().amount, this.language.lang());
  }

  protected submit(): void {
    const reason = this.reason().trim();
    if (!reason) {
      this.error.set(this.language.t(TEXT.needReason));
      return;
    }
    runDealCall(this.api.revokeRegistration(this.deal().id, reason), { busy: this.busy, error: this.error }, this.language.t(DEAL_TEXT.failed), this.language.lang(), (deal) => this.done.emit(deal));
  }
}
