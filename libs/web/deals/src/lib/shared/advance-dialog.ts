import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { CONTRACT_TYPES, CONTRACT_TYPE_LABELS, ContractType, Deal, DEAL_STAGE_LABELS, DealStage, AdvanceDealRequest } from '@market/contracts';
import { dayNoon, today, wallDate } from '@market/shared/time';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, TrPipe, wanToYuan, yuanToWan } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { DealsApi } from '../data/deals.api';
import { runDealCall } from '../data/deal-call';
import { DEAL_TEXT } from '../data/texts';

const TEXT = {
  /** `{{stage}}`: the target stage's label. */
  title: 'deals.advanceDialog.title',
  amendTitle: 'deals.advanceDialog.amendTitle',
  amendHint: 'deals.advanceDialog.amendHint',
  registerTitle: 'deals.advanceDialog.registerTitle',
  regNumberHint: 'deals.advanceDialog.regNumberHint',
  terminate: 'deals.advanceDialog.terminate',
  amount: 'deals.advanceDialog.amount',
  contractType: 'deals.advanceDialog.contractType',
  contractNumber: 'deals.advanceDialog.contractNumber',
  signedAt: 'deals.advanceDialog.signedAt',
  regNumber: 'deals.advanceDialog.regNumber',
  regDate: 'deals.advanceDialog.regDate',
  note: 'deals.advanceDialog.note',
  reason: 'deals.advanceDialog.reason',
  submit: 'deals.advanceDialog.submit',
  cancel: 'deals.advanceDialog.cancel',
  needAmount: 'deals.advanceDialog.needAmount',
  needType: 'deals.advanceDialog.needType',
  needReg: 'deals.advanceDialog.needReg',
  badRegNumber: 'deals.advanceDialog.badRegNumber',
  needReason: 'deals.advanceDialog.needReason',
} satisfies Record<string, string>;

/**
 * Asks for what the target stage needs (signing: amount and contract type; registration: number
 * and date; termination: a reason, refused on its field when blank) and posts the stage change.
 * Shown as a modal over the board and the deal page.
 */
@Component({
  selector: 'tm-advance-dialog',
  imports: [FormsModule, NzModalModule, NzButtonModule, NzFormModule, NzInputModule, NzInputNumberModule, NzRadioModule, TranslocoPipe, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="true" [nzFooter]="null" (nzOnCancel)="cancelled.emit()" [nzWidth]="520">
      <!-- A title template (not [nzTitle]) is checked with this view, so it follows a language switch. -->
      <ng-container *nzModalTitle>{{ heading() }}</ng-container>
      <ng-container *nzModalContent>
        <form class="advance" nz-form nzLayout="vertical" (ngSubmit)="submit()" novalidate data-testid="advance-form">
          @if (stage() === 'signed') {
            <div class="label">
              <label id="advance-amount-label" for="advance-amount-input">{{ text.amount | transloco }}</label>
              <nz-input-number class="wide" [ngModel]="amountWan()" (ngModelChange)="amountWan.set($event)" name="amount" [nzMin]="0" [nzStep]="1" nzId="advance-amount-input" aria-labelledby="advance-amount-label" data-testid="advance-amount" />
            </div>
            <span class="label" id="advance-type-label">{{ text.contractType | transloco }}</span>
            <nz-radio-group [ngModel]="contractType()" (ngModelChange)="contractType.set($event)" name="contractType" class="types" aria-labelledby="advance-type-label">
              @for (t of types; track t) {
                <!-- nz-radio-button renders its own <input type="radio"> inside this label. -->
                <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -->
                <label nz-radio-button [nzValue]="t" [attr.data-testid]="'contract-type-' + t">{{ typeLabels[t] | tr }}</label>
              }
            </nz-radio-group>
            <label>{{ text.contractNumber | transloco }}
              <input nz-input [ngModel]="contractNumber()" (ngModelChange)="contractNumber.set($event)" name="contractNumber" maxlength="100" data-testid="advance-contract-number" />
            </label>
            <label>{{ text.signedAt | transloco }}
              <input nz-input type="date" [ngModel]="signedDay()" (ngModelChange)="signedDay.set($event)" name="signedAt" data-testid="advance-signed-at" />
            </label>
          }
          @if (amend()) {
            <p class="hint">{{ text.amendHint | transloco }}</p>
          }
          @if (stage() === 'registered') {
            <label>{{ text.regNumber | transloco }}
              <input nz-input [ngModel]="regNumber()" (ngModelChange)="regNumber.set($event)" name="regNumber" maxlength="16" inputmode="numeric" autocomplete="off" aria-describedby="advance-reg-hint" data-testid="advance-reg-number" />
              <span class="hint" id="advance-reg-hint">{{ text.regNumberHint | transloco }}</span>
            </label>
            <label>{{ text.regDate | transloco }}
              <input nz-input type="date" [ngModel]="regDay()" (ngModelChange)="regDay.set($event)" name="regDay" data-testid="advance-reg-date" />
            </label>
          }
          <nz-form-item class="note">
            <nz-form-label nzFor="advance-note-input" [nzRequired]="stage() === 'terminated'">{{ (stage() === 'terminated' ? text.reason : text.note) | transloco }}</nz-form-label>
            <nz-form-control [nzValidateStatus]="reasonMissing() ? 'error' : ''" [nzErrorTip]="text.needReason | transloco">
              <textarea nz-input rows="2" id="advance-note-input" [ngModel]="note()" (ngModelChange)="note.set($event)" name="note" maxlength="500"
                        [attr.aria-invalid]="reasonMissing()" data-testid="advance-note"></textarea>
            </nz-form-control>
          </nz-form-item>
          @if (error()) {
            <p class="error" role="alert" data-testid="advance-error">{{ error() }}</p>
          }
          <div class="actions">
            <button nz-button type="button" (click)="cancelled.emit()">{{ text.cancel | transloco }}</button>
            <button nz-button nzType="primary" type="submit" [nzLoading]="busy()" [nzDanger]="stage() === 'terminated'" data-testid="advance-submit">{{ text.submit | transloco }}</button>
          </div>
        </form>
      </ng-container>
    </nz-modal>
  `,
  styles: `
    .advance { display: flex; flex-direction: column; gap: 12px; }
    label, .label { display: flex; flex-direction: column; gap: 4px; color: rgba(0, 0, 0, .75); }
    .wide { width: 100%; }
    .types { display: flex; flex-wrap: wrap; gap: 6px; }
    .note { margin-bottom: 0; }
    .error { margin: 0; color: #cf1322; }
    .hint { margin: 0; color: var(--market-text-secondary); font-size: 12px; }
    .actions { display: flex; justify-content: flex-end; gap: 8px; }
  `,
})
export class AdvanceDialog implements OnInit {
  readonly deal = input.required<Deal>();
  readonly stage = input.required<DealStage>();
  /** Re-record the signed contract (`signed` → `signed`) instead of moving on. */
  readonly amend = input(false);
  readonly done = output<Deal>();
  readonly cancelled = output<void>();

  private readonly api = inject(DealsApi);
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly types = CONTRACT_TYPES;
  protected readonly typeLabels = CONTRACT_TYPE_LABELS;

  protected readonly amountWan = signal<number | null>(null);
  protected readonly contractType = signal<ContractType | null>(null);
  protected readonly contractNumber = signal('');
  protected readonly signedDay = signal(today());
  protected readonly regNumber = signal('');
  protected readonly regDay = signal(today());
  protected readonly note = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  /** Set by a submit: from then on a blank reason for terminating shows its error on the field. */
  private readonly submitted = signal(false);
  protected readonly reasonMissing = computed(() => this.submitted() && this.stage() === 'terminated' && !this.note().trim());

  protected readonly heading = computed(() => {
    if (this.amend()) return this.language.t(TEXT.amendTitle);
    if (this.stage() === 'terminated') return this.language.t(TEXT.terminate);
    if (this.stage() === 'registered') return this.language.t(TEXT.registerTitle);
    return this.language.t(TEXT.title, { stage: this.language.text(DEAL_STAGE_LABELS[this.stage()]) });
  });

  ngOnInit(): void {
    const { amount, contract } = this.deal();
    if (amount !== null) this.amountWan.set(yuanToWan(amount));
    if (this.amend() && contract) {
      this.contractType.set(contract.type);
      this.contractNumber.set(contract.number ?? '');
      if (contract.signedAt) this.signedDay.set(wallDate(contract.signedAt));
    }
  }

  protected submit(): void {
    this.submitted.set(true);
    if (this.busy()) return;
    const body = this.request();
    if (!body) return;
    runDealCall(this.api.advance(this.deal().id, body), { busy: this.busy, error: this.error }, this.language.t(DEAL_TEXT.failed), this.language.lang(), (deal) => this.done.emit(deal));
  }

  /** The request for the chosen stage, or null (with a message) when a required fact is missing. */
  private request(): AdvanceDealRequest | null {
    const stage = this.stage();
    const body: AdvanceDealRequest = { stage };
    const note = this.note().trim();
    if (stage === 'terminated' && !note) {
      // The reason's own field says what is missing (reasonMissing); nothing is sent.
      this.error.set(null);
      return null;
    }
    if (note) body.note = note;
    if (stage === 'signed') {
      const amount = wanToYuan(this.amountWan());
      if (amount === null) return this.missing(TEXT.needAmount);
      const type = this.contractType();
      if (!type) return this.missing(TEXT.needType);
      body.amount = amount;
      body.contract = { type, ...(this.contractNumber().trim() ? { number: this.contractNumber().trim() } : {}), ...this.signedAt() };
    }
    if (stage === 'registered') {
      if (!this.regDay()) return this.missing(TEXT.needReg);
      const number = this.regNumber().replace(/\s/g, '');
      if (number && !/^\d{16}$/.test(number)) return this.missing(TEXT.badRegNumber);
      body.registration = { ...(number ? { number } : {}), registeredAt: this.registeredAt(this.regDay()) };
    }
    return body;
  }

  /**
   * The signing moment: an amendment that keeps the day keeps the recorded moment (the server's
   * default); today is now (noon may still be ahead); an earlier day is its noon on the market's clock.
   */
  private signedAt(): { signedAt?: string } {
    const day = this.signedDay();
    if (!day) return {};
    const recorded = this.deal().contract?.signedAt;
    if (this.amend() && recorded && wallDate(recorded) === day) return {};
    return { signedAt: day === today() ? new Date().toISOString() : dayNoon(day) };
  }

  /** Today counts from now (the board moves at once); an earlier day at its noon on the market's clock. */
  private registeredAt(day: string): string {
    return day === today() ? new Date().toISOString() : dayNoon(day);
  }

  private missing(message: string): null {
    this.error.set(this.language.t(message));
    return null;
  }
}
