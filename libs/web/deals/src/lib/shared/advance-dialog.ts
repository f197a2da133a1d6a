import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { CONTRACT_TYPES, CONTRACT_TYPE_LABELS, ContractType, Deal, DEAL_STAGE_LABELS, DealStage, AdvanceDealRequest } from '@market/contracts';
import { dayNoon, today, wallDate } from '@market/shared/time';
import { LanguageService, Localized, TrPipe, wanToYuan, yuanToWan } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { DealsApi } from '../data/deals.api';
import { runDealCall } from '../data/deal-call';

const TEXT = {
  title: { zh: '推进交易到', en: 'Move the deal to' },
  amendTitle: { zh: '修改合同信息', en: 'Amend the contract' },
  amendHint: { zh: '修改金额或合同类型后，成果方与买方需重新确认。', en: 'A new amount or contract type needs both parties to confirm again.' },
  registerTitle: { zh: '登记技术合同', en: 'Register the technology contract' },
  regNumberHint: { zh: '16位：年份＋地区代码＋6位流水号；留空则由平台自动编号', en: '16 digits: year, area code, 6-digit serial; leave empty to have the platform issue one' },
  terminate: { zh: '终止交易', en: 'Terminate the deal' },
  amount: { zh: '合同金额（万元）', en: 'Contract amount (10k yuan)' },
  contractType: { zh: '合同类型', en: 'Contract type' },
  contractNumber: { zh: '合同编号（选填）', en: 'Contract number (optional)' },
  signedAt: { zh: '签约日期', en: 'Signing date' },
  regNumber: { zh: '技术合同登记编号（选填）', en: 'Registration number (optional)' },
  regDate: { zh: '登记日期', en: 'Registration date' },
  note: { zh: '备注（选填）', en: 'Note (optional)' },
  reason: { zh: '终止原因', en: 'Reason' },
  submit: { zh: '确认', en: 'Confirm' },
  cancel: { zh: '取消', en: 'Cancel' },
  needAmount: { zh: '请填写合同金额', en: 'Enter the contract amount' },
  needType: { zh: '请选择合同类型', en: 'Choose the contract type' },
  needReg: { zh: '请填写登记日期', en: 'Enter the registration date' },
  badRegNumber: { zh: '登记编号应为16位数字', en: 'The registration number has 16 digits' },
  needReason: { zh: '请填写终止原因', en: 'Enter the reason for terminating' },
  failed: { zh: '操作失败，请稍后重试。', en: 'That did not work. Please try again.' },
} satisfies Record<string, Localized>;

/**
 * Asks for what the target stage needs (signing: amount and contract type; registration: number
 * and date) and posts the stage change. Shown as a modal over the board and the deal page.
 */
@Component({
  selector: 'tm-advance-dialog',
  imports: [FormsModule, NzModalModule, NzButtonModule, NzInputModule, NzInputNumberModule, NzRadioModule, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="heading()" [nzFooter]="null" (nzOnCancel)="cancelled.emit()" [nzWidth]="520">
      <ng-container *nzModalContent>
        <form class="advance" (ngSubmit)="submit()" data-testid="advance-form">
          @if (stage() === 'signed') {
            <div class="label">
              <label id="advance-amount-label" for="advance-amount-input">{{ text.amount | tr }}</label>
              <nz-input-number class="wide" [ngModel]="amountWan()" (ngModelChange)="amountWan.set($event)" name="amount" [nzMin]="0" [nzStep]="1" nzId="advance-amount-input" aria-labelledby="advance-amount-label" data-testid="advance-amount" />
            </div>
            <span class="label" id="advance-type-label">{{ text.contractType | tr }}</span>
            <nz-radio-group [ngModel]="contractType()" (ngModelChange)="contractType.set($event)" name="contractType" class="types" aria-labelledby="advance-type-label">
              @for (t of types; track t) {
                <!-- nz-radio-button renders its own <input type="radio"> inside this label. -->
                <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -->
                <label nz-radio-button [nzValue]="t" [attr.data-testid]="'contract-type-' + t">{{ typeLabels[t] | tr }}</label>
              }
            </nz-radio-group>
            <label>{{ text.contractNumber | tr }}
              <input nz-input [ngModel]="contractNumber()" (ngModelChange)="contractNumber.set($event)" name="contractNumber" maxlength="100" data-testid="advance-contract-number" />
            </label>
            <label>{{ text.signedAt | tr }}
              <input nz-input type="date" [ngModel]="signedDay()" (ngModelChange)="signedDay.set($event)" name="signedAt" data-testid="advance-signed-at" />
            </label>
          }
          @if (amend()) {
            <p class="hint">{{ text.amendHint | tr }}</p>
          }
          @if (stage() === 'registered') {
            <label>{{ text.regNumber | tr }}
              <input nz-input [ngModel]="regNumber()" (ngModelChange)="regNumber.set($event)" name="regNumber" maxlength="16" inputmode="numeric" autocomplete="off" aria-describedby="advance-reg-hint" data-testid="advance-reg-number" />
              <span class="hint" id="advance-reg-hint">{{ text.regNumberHint | tr }}</span>
            </label>
            <label>{{ text.regDate | tr }}
              <input nz-input type="date" [ngModel]="regDay()" (ngModelChange)="regDay.set($event)" name="regDay" data-testid="advance-reg-date" />
            </label>
          }
          <label>{{ (stage() === 'terminated' ? text.reason : text.note) | tr }}
            <textarea nz-input rows="2" [ngModel]="note()" (ngModelChange)="note.set($event)" name="note" maxlength="500" data-testid="advance-note"></textarea>
          </label>
          @if (error()) {
            <p class="error" role="alert" data-testid="advance-error">{{ error() }}</p>
          }
          <div class="actions">
            <button nz-button type="button" (click)="cancelled.emit()">{{ text.cancel | tr }}</button>
            <button nz-button nzType="primary" type="submit" [nzLoading]="busy()" [nzDanger]="stage() === 'terminated'" data-testid="advance-submit">{{ text.submit | tr }}</button>
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

  protected readonly heading = computed(() => {
    if (this.amend()) return this.language.text(TEXT.amendTitle);
    if (this.stage() === 'terminated') return this.language.text(TEXT.terminate);
    if (this.stage() === 'registered') return this.language.text(TEXT.registerTitle);
    return `${this.language.text(TEXT.title)}「${this.language.text(DEAL_STAGE_LABELS[this.stage()])}」`;
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
    const body = this.request();
    if (!body) return;
    runDealCall(this.api.advance(this.deal().id, body), { busy: this.busy, error: this.error }, this.language.text(TEXT.failed), this.language.lang(), (deal) => this.done.emit(deal));
  }

  /** The request for the chosen stage, or null (with a message) when a required fact is missing. */
  private request(): AdvanceDealRequest | null {
    const stage = this.stage();
    const body: AdvanceDealRequest = { stage };
    const note = this.note().trim();
    if (stage === 'terminated' && !note) return this.missing(TEXT.needReason);
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

  private missing(message: Localized): null {
    this.error.set(this.language.text(message));
    return null;
  }
}
