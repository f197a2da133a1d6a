import { ChangeDetectionStrategy, Component, ElementRef, OnInit, computed, inject, input, signal } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { FIELDS, Field, LISTING_LIMITS as L, Need, NeedInput, TRANSFER_MODES, TransferMode, nextListingStatus } from '@market/contracts';
import { isDay, nextDay, today, wallDate } from '@market/shared/time';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, TrPipe, describeError, wanToYuan, yuanToWan } from '@market/web/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Observable, finalize, switchMap } from 'rxjs';
import { CatalogApi } from '../data/catalog.api';
import { RegionsStore } from '../data/regions';
import { fieldLabel, modeLabel } from '../shared/labels';
import { FORM_TEXT, TAG_SEPARATORS, notEditableText, scrollToFirstError, shouldShow } from './form-shared';
import {
  budgetRangeValidator,
  cleanTags,
  futureDateValidator,
  nonEmptyArrayValidator,
  tagsValidator,
} from './listing-validators';
import { validationMessage } from './validation-messages';

const TEXT = {
  newTitle: 'catalog.needForm.newTitle',
  editTitle: 'catalog.needForm.editTitle',
  lead: 'catalog.needForm.lead',
  description: 'catalog.needForm.description',
  descriptionHint: 'catalog.needForm.descriptionHint',
  budget: 'catalog.needForm.budget',
  budgetMin: 'catalog.needForm.budgetMin',
  budgetMax: 'catalog.needForm.budgetMax',
  deadline: 'catalog.needForm.deadline',
  cooperationModes: 'catalog.needForm.cooperationModes',
  keywordsPlaceholder: 'catalog.needForm.keywordsPlaceholder',
  to: 'catalog.needForm.to',
} satisfies Record<string, string>;

/** 发布 / 修改技术需求 (enterprises). `id` (from the route) switches to editing. */
@Component({
  selector: 'tm-need-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCheckboxModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    TrPipe,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './listing-form.css',
  templateUrl: './need-form-page.html',
})
export class NeedFormPage implements OnInit {
  readonly id = input<string>();

  private readonly fb = inject(NonNullableFormBuilder);
  private readonly api = inject(CatalogApi);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly message = inject(NzMessageService);
  private readonly host = inject(ElementRef<HTMLElement>);
  protected readonly regions = inject(RegionsStore);

  protected readonly text = TEXT;
  protected readonly common = FORM_TEXT;
  protected readonly notEditable = computed(() => notEditableText(this.language));
  /** The body's length limits, for its hint. */
  protected readonly bodyLimits = { min: L.body.minLength, max: L.body.maxLength };
  /** The API's limits (LISTING_LIMITS in @market/contracts); budgets are typed in 万元. */
  protected readonly limits = L;
  protected readonly maxBudgetWan = yuanToWan(L.money.max) ?? 0;
  protected readonly separators = TAG_SEPARATORS;
  protected readonly fields = FIELDS;
  protected readonly fieldLabel = fieldLabel;
  protected readonly modeOptions = computed(() =>
    TRANSFER_MODES.map((value) => ({ value, label: modeLabel(value)[this.language.lang()] })),
  );
  /**
   * The first day that can be picked: tomorrow on the market's calendar. The browser's own date picker is used
   * rather than ng-zorro's, whose date library would otherwise land in the first download (the app
   * registers ng-zorro's i18n eagerly, and that module holds the date-fns based helper).
   */
  protected readonly firstDay = nextDay(today());

  protected readonly form = this.fb.group({
    title: this.fb.control('', [Validators.required, Validators.minLength(L.title.minLength), Validators.maxLength(L.title.maxLength)]),
    description: this.fb.control('', [Validators.required, Validators.minLength(L.body.minLength), Validators.maxLength(L.body.maxLength)]),
    field: this.fb.control<Field | null>(null, Validators.required),
    keywords: this.fb.control<string[]>([], tagsValidator(L.keywords.maxItems, L.keywords.maxLength)),
    budget: this.fb.group(
      {
        budgetMin: this.fb.control<number | null>(null, [Validators.required, Validators.min(L.money.min), Validators.max(this.maxBudgetWan)]),
        budgetMax: this.fb.control<number | null>(null, [Validators.required, Validators.min(L.money.min), Validators.max(this.maxBudgetWan)]),
      },
      { validators: budgetRangeValidator },
    ),
    deadline: this.fb.control<string>('', [Validators.required, futureDateValidator()]),
    region: this.fb.control<string | null>(null, Validators.required),
    cooperationModes: this.fb.control<TransferMode[]>([], nonEmptyArrayValidator),
  });

  protected readonly loaded = signal<Need | null>(null);
  /** Only statuses the API lets an owner edit (`LISTING_ACTION_FROM.edit`) open the form. */
  protected readonly locked = computed(() => {
    const status = this.loaded()?.status;
    return !!status && nextListingStatus(status, 'edit') === null;
  });
  protected readonly busy = signal<'draft' | 'submit' | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly submitted = signal(false);

  constructor() {
    this.regions.load();
  }

  ngOnInit(): void {
    const id = this.id();
    if (!id) return;
    this.api.get('needs', id).subscribe({
      next: (need) => this.fill(need),
      error: (error: unknown) => this.error.set(describeError(error, this.language.lang())),
    });
  }

  /** `label` is the translation key of the field's name. */
  protected err(control: AbstractControl, label: string, choose = false): string | null {
    return shouldShow(control, this.submitted()) ? validationMessage(control.errors, label, this.language, choose) : null;
  }

  protected save(andSubmit: boolean): void {
    this.submitted.set(true);
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy() || this.locked()) {
      if (this.form.invalid) {
        this.error.set(this.language.t(FORM_TEXT.fixErrors));
        scrollToFirstError(this.host.nativeElement);
      }
      return;
    }
    this.error.set(null);
    this.busy.set(andSubmit ? 'submit' : 'draft');
    const body = this.toInput();
    const id = this.id();
    const saved: Observable<Need> = id ? this.api.update('needs', id, body) : this.api.create('needs', body);
    const done = andSubmit ? saved.pipe(switchMap((n) => this.api.submit('needs', n.id))) : saved;
    done.pipe(finalize(() => this.busy.set(null))).subscribe({
      next: (need) => {
        this.message.success(this.language.t(andSubmit ? FORM_TEXT.submitted : FORM_TEXT.saved));
        void this.router.navigate(['/needs', need.id]);
      },
      error: (error: unknown) => this.error.set(describeError(error, this.language.lang())),
    });
  }

  private fill(need: Need): void {
    this.loaded.set(need);
    this.form.patchValue({
      title: need.title,
      description: need.description,
      field: need.field,
      keywords: need.keywords,
      budget: { budgetMin: yuanToWan(need.budgetMin), budgetMax: yuanToWan(need.budgetMax) },
      // The deadline's day on the market's calendar (a plain date stays itself; a date-time is read in the market's zone).
      deadline: isDay(need.deadline) ? need.deadline : wallDate(need.deadline),
      region: need.region,
      cooperationModes: need.cooperationModes,
    });
    if (this.locked()) this.form.disable();
  }

  private toInput(): NeedInput {
    const value = this.form.getRawValue();
    return {
      title: value.title.trim(),
      description: value.description.trim(),
      field: value.field as Field,
      keywords: cleanTags(value.keywords),
      budgetMin: wanToYuan(value.budget.budgetMin) ?? 0,
      budgetMax: wanToYuan(value.budget.budgetMax) ?? 0,
      deadline: value.deadline,
      region: value.region as string,
      cooperationModes: value.cooperationModes,
    };
  }
}
