import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Deal } from '@market/contracts';
import { LanguageService, Localized, TrPipe, formatAmount } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { DealsApi } from '../data/deals.api';
import { runDealCall } from '../data/deal-call';

const TEXT = {
  title: { zh: '撤销合同登记', en: 'Revoke the registration' },
  lead: {
    zh: '撤销后交易回到「签约」，数据看板不再计入该合同金额。此操作记入审计日志，并通知交易双方与经纪人。',
    en: 'The deal returns to “Signed” and the board stops counting its amount. The action is audited and both parties and the broker are told.',
  },
  reason: { zh: '撤销原因', en: 'Reason' },
  needReason: { zh: '请填写撤销原因', en: 'Enter the reason' },
  submit: { zh: '撤销登记', en: 'Revoke' },
  cancel: { zh: '取消', en: 'Cancel' },
  failed: { zh: '操作失败，请稍后重试。', en: 'That did not work. Please try again.' },
} satisfies Record<string, Localized>;

/** Staff revoke a contract's registration, with the reason the parties will read. */
@Component({
  selector: 'tm-revoke-dialog',
  imports: [FormsModule, NzModalModule, NzButtonModule, NzInputModule, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="text.title | tr" [nzFooter]="null" (nzOnCancel)="cancelled.emit()" [nzWidth]="520">
      <ng-container *nzModalContent>
        <form class="revoke" (ngSubmit)="submit()" data-testid="revoke-form">
          <p class="lead">{{ text.lead | tr }}</p>
          <p class="what">{{ deal().registration?.number }} · {{ amount() }}</p>
          <label>{{ text.reason | tr }}
            <textarea nz-input rows="3" [ngModel]="reason()" (ngModelChange)="reason.set($event)" name="reason" maxlength="500" required data-testid="revoke-reason"></textarea>
          </label>
          @if (error()) {
            <p class="error" role="alert" data-testid="revoke-error">{{ error() }}</p>
          }
          <div class="actions">
            <button nz-button type="button" (click)="cancelled.emit()">{{ text.cancel | tr }}</button>
            <button nz-button nzType="primary" nzDanger type="submit" [nzLoading]="busy()" data-testid="revoke-submit">{{ text.submit | tr }}</button>
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
      this.error.set(this.language.text(TEXT.needReason));
      return;
    }
    runDealCall(this.api.revokeRegistration(this.deal().id, reason), { busy: this.busy, error: this.error }, this.language.text(TEXT.failed), this.language.lang(), (deal) => this.done.emit(deal));
  }
}
