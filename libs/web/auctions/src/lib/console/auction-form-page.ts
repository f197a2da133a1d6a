import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, signal } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidatorFn, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { fieldName, type Achievement, type Paginated } from '@market/contracts';
import { formatUtcOffset, pickerDate, pickerDateToIso, zoneName } from '@market/shared/time';
import { LanguageService, describeError, focusFirstError, formatYuan, placeServerErrors, revealErrors, yuanInWords, type FieldProblem } from '@market/web/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';
import { AuctionsApi, type LotInput } from '../data/auctions.api';
import { T } from '../data/texts';

const TEXT = {
  ...T,
  title: 'auctions.formPage.title',
  description: 'auctions.formPage.description',
  terms: 'auctions.formPage.terms',
  timesIn: 'auctions.formPage.timesIn',
  zoneLabel: 'auctions.formPage.zoneLabel',
  startTime: 'auctions.formPage.startTime',
  endTime: 'auctions.formPage.endTime',
  extensionSeconds: 'auctions.formPage.extensionSeconds',
  lotN: 'auctions.formPage.lotN',
  achievement: 'auctions.formPage.achievement',
  achievementField: 'auctions.formPage.achievementField',
  choose: 'auctions.formPage.choose',
  reserveOptional: 'auctions.formPage.reserveOptional',
  yuan: 'auctions.formPage.yuan',
  addLot: 'auctions.formPage.addLot',
  removeLot: 'auctions.formPage.removeLot',
  removeLotLabel: 'auctions.formPage.removeLotLabel',
  submit: 'auctions.formPage.submit',
  checkFields: 'auctions.formPage.checkFields',
  rules: 'auctions.detailPage.rules',
} satisfies Record<string, string>;

/** Field errors: `field` is the field's name (a key's text), as the tip names it. */
const ERRORS = {
  required: 'auctions.formPage.errors.required',
  choose: 'auctions.formPage.errors.choose',
  min: 'auctions.formPage.errors.min',
  max: 'auctions.formPage.errors.max',
  integer: 'auctions.formPage.errors.integer',
  tooLong: 'auctions.formPage.errors.tooLong',
  server: 'auctions.formPage.errors.server',
} satisfies Record<string, string>;

/** The picker shows and takes minutes; seconds would be noise in an auction's schedule. */
const DATE_TIME_FORMAT = 'yyyy-MM-dd HH:mm';
const TIME_OPTIONS = { nzFormat: 'HH:mm' };
const EXTENSION_MAX = 3600;

/** Integer yuan (or seconds): the API takes no fractions. */
const integer: ValidatorFn = (control) => (control.value === null || Number.isInteger(control.value) ? null : { integer: true });

/** The picker's Date for a moment `h` hours from now, to the minute, on the market's clock. */
const inHours = (h: number) => pickerDate(Math.ceil((Date.now() + h * 3600_000) / 60_000) * 60_000);

/** What the top of the form says after a failed submit. */
type FormProblem = { kind: 'fields' } | { kind: 'server'; error: unknown };

/** Staff console: an auction event with lots taken from published achievements. */
@Component({
  selector: 'tm-auction-form-page',
  imports: [ReactiveFormsModule, NzAlertModule, NzButtonModule, NzDatePickerModule, NzFormModule, NzInputModule, NzInputNumberModule, NzSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host { display: block; max-width: 860px; margin: 0 auto; padding: 16px; }
    h1 { font-size: 21px; }
    .lot { border: 1px solid #f0f0f0; border-radius: 8px; padding: 12px; margin: 12px 0; background: #fff; min-width: 0; }
    .lot legend { font-size: 15px; font-weight: 500; padding: 0 4px; width: auto; margin: 0; border: 0; color: rgba(0, 0, 0, 0.88); }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 0 12px; }
    .when { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; }
    .when nz-date-picker { flex: 1 1 180px; }
    .zone { color: var(--market-text-secondary); font-size: 13px; white-space: nowrap; }
    .grid nz-input-number, .grid nz-select { width: 100%; }
    .hint { color: var(--market-text-secondary); font-size: 13px; }
    .server-error { margin-bottom: 16px; }
    .lot-actions { display: flex; justify-content: flex-end; }
    .actions { display: flex; gap: 8px; margin-top: 16px; flex-wrap: wrap; }
  `,
  template: `
    <h1>{{ text.create | transloco }}</h1>
    <p class="hint">{{ text.timesIn | transloco: { zone: zone() } }}</p>
    @if (problemText(); as message) {
      <nz-alert class="server-error" nzType="error" nzShowIcon [nzMessage]="message" data-testid="form-error" />
    }
    <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <nz-form-item>
        <nz-form-label nzFor="a-title" nzRequired>{{ text.title | transloco }}</nz-form-label>
        <nz-form-control [nzErrorTip]="tip(form.controls.title, text.title)">
          <input nz-input id="a-title" formControlName="title" maxlength="200" data-testid="auction-title" />
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label nzFor="a-desc">{{ text.description | transloco }}</nz-form-label>
        <nz-form-control [nzErrorTip]="tip(form.controls.description, text.description)">
          <textarea nz-input id="a-desc" formControlName="description" rows="2" maxlength="5000"></textarea>
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label nzFor="a-terms">{{ text.terms | transloco }}</nz-form-label>
        <nz-form-control [nzErrorTip]="tip(form.controls.terms, text.rules)">
          <textarea nz-input id="a-terms" formControlName="terms" rows="4" maxlength="10000" data-testid="auction-terms-input"></textarea>
        </nz-form-control>
      </nz-form-item>
      <div class="grid">
        <nz-form-item>
          <nz-form-label nzFor="a-start" nzRequired>{{ text.startTime | transloco }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip(form.controls.startsAt, text.startTime, 'choose')">
            <div class="when">
              <!-- Enter confirms the typed time in the picker; it must not submit the form as well. -->
              <nz-date-picker formControlName="startsAt" nzId="a-start" [nzShowTime]="timeOptions" [nzFormat]="format" [nzAllowClear]="false"
                              (keydown.enter)="$event.preventDefault()" data-testid="auction-starts" />
              <span class="zone">{{ zoneLabel() }}</span>
            </div>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="a-ext" nzRequired>{{ text.extensionSeconds | transloco }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip(form.controls.extensionSeconds, text.extension)">
            <nz-input-number formControlName="extensionSeconds" nzId="a-ext" [nzMin]="0" [nzMax]="extensionMax" [nzStep]="30" [nzPrecision]="0"
                             [nzAddonAfter]="text.seconds | transloco" data-testid="auction-extension" />
          </nz-form-control>
        </nz-form-item>
      </div>
      <ng-container formArrayName="lots">
        @for (lot of form.controls.lots.controls; track lot; let i = $index) {
          <fieldset class="lot" [formGroupName]="i" [attr.data-testid]="'lot-' + i">
            <legend>{{ text.lotN | transloco: { n: i + 1 } }}</legend>
            <nz-form-item>
              <nz-form-label [nzFor]="'l-a-' + i" nzRequired>{{ text.achievement | transloco }}</nz-form-label>
              <nz-form-control [nzErrorTip]="tip(lot.controls.achievementId, text.achievementField, 'choose')">
                <nz-select formControlName="achievementId" [nzId]="'l-a-' + i" nzShowSearch [nzPlaceHolder]="text.choose | transloco"
                           [nzLoading]="published.isLoading()" data-testid="lot-achievement">
                  @for (a of achievements(); track a.id) {
                    <nz-option [nzValue]="a.id" [nzLabel]="a.title" />
                  }
                </nz-select>
              </nz-form-control>
            </nz-form-item>
            <div class="grid">
              <nz-form-item>
                <nz-form-label [nzFor]="'l-s-' + i" nzRequired>{{ text.startingPrice | transloco }}</nz-form-label>
                <nz-form-control [nzErrorTip]="tip(lot.controls.startingPrice, text.startingPrice)" [nzExtra]="inWords(lot.controls.startingPrice.value)">
                  <nz-input-number formControlName="startingPrice" [nzId]="'l-s-' + i" [nzMin]="0" [nzStep]="10000" [nzPrecision]="0"
                                   [nzAddonAfter]="text.yuan | transloco" data-testid="lot-starting" />
                </nz-form-control>
              </nz-form-item>
              <nz-form-item>
                <nz-form-label [nzFor]="'l-i-' + i" nzRequired>{{ text.increment | transloco }}</nz-form-label>
                <nz-form-control [nzErrorTip]="tip(lot.controls.increment, text.increment)" [nzExtra]="inWords(lot.controls.increment.value)">
                  <nz-input-number formControlName="increment" [nzId]="'l-i-' + i" [nzMin]="1" [nzStep]="1000" [nzPrecision]="0"
                                   [nzAddonAfter]="text.yuan | transloco" data-testid="lot-increment" />
                </nz-form-control>
              </nz-form-item>
              <nz-form-item>
                <nz-form-label [nzFor]="'l-r-' + i">{{ text.reserveOptional | transloco }}</nz-form-label>
                <nz-form-control [nzErrorTip]="tip(lot.controls.reservePrice, text.reservePrice)" [nzExtra]="inWords(lot.controls.reservePrice.value)">
                  <nz-input-number formControlName="reservePrice" [nzId]="'l-r-' + i" [nzMin]="0" [nzStep]="10000" [nzPrecision]="0"
                                   [nzAddonAfter]="text.yuan | transloco" data-testid="lot-reserve" />
                </nz-form-control>
              </nz-form-item>
              <nz-form-item>
                <nz-form-label [nzFor]="'l-d-' + i" nzRequired>{{ text.deposit | transloco }}</nz-form-label>
                <nz-form-control [nzErrorTip]="tip(lot.controls.deposit, text.deposit)" [nzExtra]="inWords(lot.controls.deposit.value)">
                  <nz-input-number formControlName="deposit" [nzId]="'l-d-' + i" [nzMin]="0" [nzStep]="10000" [nzPrecision]="0"
                                   [nzAddonAfter]="text.yuan | transloco" data-testid="lot-deposit" />
                </nz-form-control>
              </nz-form-item>
              <nz-form-item>
                <nz-form-label [nzFor]="'l-e-' + i" nzRequired>{{ text.endTime | transloco }}</nz-form-label>
                <nz-form-control [nzErrorTip]="tip(lot.controls.endsAt, text.endTime, 'choose')">
                  <div class="when">
                    <nz-date-picker formControlName="endsAt" [nzId]="'l-e-' + i" [nzShowTime]="timeOptions" [nzFormat]="format" [nzAllowClear]="false"
                                    (keydown.enter)="$event.preventDefault()" data-testid="lot-ends" />
                    <span class="zone">{{ zoneLabel() }}</span>
                  </div>
                </nz-form-control>
              </nz-form-item>
            </div>
            @if (form.controls.lots.length > 1) {
              <div class="lot-actions">
                <button nz-button nzType="default" nzDanger nzSize="small" type="button" (click)="remove(i)"
                        [attr.aria-label]="text.removeLotLabel | transloco: { n: i + 1 }" data-testid="lot-remove">{{ text.removeLot | transloco }}</button>
              </div>
            }
          </fieldset>
        }
      </ng-container>
      <div class="actions">
        <button nz-button type="button" (click)="add()" data-testid="lot-add">{{ text.addLot | transloco }}</button>
        <button nz-button nzType="primary" type="submit" [nzLoading]="busy()" data-testid="auction-submit">{{ text.submit | transloco }}</button>
      </div>
    </form>
  `,
})
export class AuctionFormPage {
  protected readonly text = TEXT;
  protected readonly format = DATE_TIME_FORMAT;
  protected readonly timeOptions = TIME_OPTIONS;
  protected readonly extensionMax = EXTENSION_MAX;
  private readonly api = inject(AuctionsApi);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly published = httpResource<Paginated<Achievement>>(() => '/api/achievements?pageSize=100');
  protected readonly achievements = computed(() => (this.published.hasValue() ? this.published.value().items : []));

  /** 北京时间 / Beijing time (UTC+8): the market's zone, set at start-up from GET /api/config. */
  protected readonly zone = computed(() => (this.language.lang() === 'en' ? `${zoneName().en} (${formatUtcOffset()})` : zoneName().zh));
  /** Beside each picker: 北京时间（UTC+8） / Beijing time (UTC+8). */
  protected readonly zoneLabel = computed(() => this.language.t(TEXT.zoneLabel, { zone: this.language.text(zoneName()), offset: formatUtcOffset() }));

  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    description: ['', Validators.maxLength(5000)],
    terms: ['', Validators.maxLength(10000)],
    startsAt: this.fb.control<Date | null>(inHours(1), Validators.required),
    extensionSeconds: this.fb.control<number | null>(300, [Validators.required, Validators.min(0), Validators.max(EXTENSION_MAX), integer]),
    lots: this.fb.array([this.lotGroup()]),
  });

  protected readonly busy = signal(false);
  private readonly problem = signal<FormProblem | null>(null);
  /** The alert above the form; it follows a language switch. */
  protected readonly problemText = computed(() => {
    const problem = this.problem();
    if (!problem) return null;
    return problem.kind === 'fields' ? this.language.t(TEXT.checkFields) : describeError(problem.error, this.language.lang());
  });

  private lotGroup() {
    const money = (min: number, required: boolean) => [...(required ? [Validators.required] : []), Validators.min(min), integer];
    return this.fb.group({
      achievementId: ['', Validators.required],
      startingPrice: this.fb.control<number | null>(null, money(0, true)),
      increment: this.fb.control<number | null>(null, money(1, true)),
      reservePrice: this.fb.control<number | null>(null, money(0, false)),
      deposit: this.fb.control<number | null>(null, money(0, true)),
      endsAt: this.fb.control<Date | null>(inHours(25), Validators.required),
    });
  }

  /** The error under a field, naming it: 请填写起拍价 / Starting price is required. */
  protected tip(control: AbstractControl, label: string, missing: 'required' | 'choose' = 'required'): string {
    const errors = control.errors;
    if (!errors) return '';
    const field = this.language.t(label);
    const server = errors['server'] as FieldProblem | undefined;
    if (server) {
      const lang = this.language.lang();
      return this.language.t(ERRORS.server, { label: fieldName(server.field, lang) ?? field, problem: lang === 'en' ? server.problemEn : server.problem });
    }
    if (errors['required']) return this.language.t(ERRORS[missing], { field });
    if (errors['min']) return this.language.t(ERRORS.min, { field, min: (errors['min'] as { min: number }).min });
    if (errors['max']) return this.language.t(ERRORS.max, { field, max: (errors['max'] as { max: number }).max });
    if (errors['integer']) return this.language.t(ERRORS.integer, { field });
    if (errors['maxlength']) return this.language.t(ERRORS.tooLong, { field, max: (errors['maxlength'] as { requiredLength: number }).requiredLength });
    return '';
  }

  /** The reading aid under an amount: 50万元 (in English ¥500K). */
  protected inWords(yuan: number | null): string {
    if (yuan === null || yuan === undefined) return '';
    const lang = this.language.lang();
    return lang === 'en' ? formatYuan(yuan, lang) : yuanInWords(yuan, lang);
  }

  protected add(): void {
    this.form.controls.lots.push(this.lotGroup());
  }

  protected remove(i: number): void {
    this.form.controls.lots.removeAt(i);
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.problem.set(null);
    if (this.form.invalid) {
      this.revealErrors();
      return;
    }
    const value = this.form.getRawValue();
    const lots: LotInput[] = value.lots.map((l) => ({
      achievementId: l.achievementId,
      startingPrice: l.startingPrice ?? 0,
      increment: l.increment ?? 0,
      ...(l.reservePrice !== null ? { reservePrice: l.reservePrice } : {}),
      deposit: l.deposit ?? 0,
      endsAt: pickerDateToIso(l.endsAt) ?? '',
    }));
    this.busy.set(true);
    try {
      const auction = await firstValueFrom(
        this.api.create({
          title: value.title.trim(),
          description: value.description.trim() || undefined,
          terms: value.terms.trim() || undefined,
          startsAt: pickerDateToIso(value.startsAt) ?? '',
          extensionSeconds: value.extensionSeconds ?? 0,
          lots,
        }),
      );
      await this.router.navigate(['/auctions', auction.id]);
    } catch (e) {
      this.showServerError(e);
    } finally {
      this.busy.set(false);
    }
  }

  /** Each field of a validation answer (`lots.1.deposit`) shows its problem on that field; the rest goes on top. */
  private showServerError(error: unknown): void {
    const { placed, all } = placeServerErrors(this.form, error);
    this.problem.set(all ? { kind: 'fields' } : { kind: 'server', error });
    if (placed > 0) focusFirstError(this.host.nativeElement, this.injector);
  }

  private revealErrors(): void {
    revealErrors(this.form);
    focusFirstError(this.host.nativeElement, this.injector);
  }
}
