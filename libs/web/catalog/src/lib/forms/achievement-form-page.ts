import { ChangeDetectionStrategy, Component, ElementRef, OnInit, computed, inject, input, signal } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  Achievement,
  AchievementInput,
  FIELDS,
  Field,
  LISTING_LIMITS as L,
  MATURITIES,
  Maturity,
  PATENT_TYPES,
  PatentType,
  TRANSFER_MODES,
  TransferMode,
  nextListingStatus,
} from '@market/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, TrPipe, describeError, wanToYuan, yuanToWan } from '@market/web/ui';
import { DeleteOutline, PlusOutline } from '@ant-design/icons-angular/icons';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Observable, finalize, switchMap } from 'rxjs';
import { CatalogApi } from '../data/catalog.api';
import { RegionsStore } from '../data/regions';
import { fieldLabel, maturityLabel, modeLabel, patentTypeLabel } from '../shared/labels';
import { FORM_TEXT, TAG_SEPARATORS, notEditableText, scrollToFirstError, shouldShow } from './form-shared';
import {
  cleanTags,
  maxItemsValidator,
  nonEmptyArrayValidator,
  patentNumberValidator,
  priceOrNegotiableValidator,
  tagsValidator,
  uniquePatentsValidator,
} from './listing-validators';
import { validationMessage } from './validation-messages';

const TEXT = {
  newTitle: 'catalog.achievementForm.newTitle',
  editTitle: 'catalog.achievementForm.editTitle',
  lead: 'catalog.achievementForm.lead',
  summary: 'catalog.achievementForm.summary',
  summaryHint: 'catalog.achievementForm.summaryHint',
  maturity: 'catalog.achievementForm.maturity',
  transferModes: 'catalog.achievementForm.transferModes',
  askingPrice: 'catalog.achievementForm.askingPrice',
  negotiable: 'catalog.achievementForm.negotiable',
  patents: 'catalog.achievementForm.patents',
  patentNumber: 'catalog.achievementForm.patentNumber',
  patentType: 'catalog.achievementForm.patentType',
  patentHint: 'catalog.achievementForm.patentHint',
  addPatent: 'catalog.achievementForm.addPatent',
  removePatent: 'catalog.achievementForm.removePatent',
  inventors: 'catalog.achievementForm.inventors',
  keywordsPlaceholder: 'catalog.achievementForm.keywordsPlaceholder',
  inventorsPlaceholder: 'catalog.achievementForm.inventorsPlaceholder',
} satisfies Record<string, string>;

type PatentRow = FormGroup<{ number: FormControl<string>; type: FormControl<PatentType> }>;

/** 发布 / 修改科技成果 (researchers). `id` (from the route) switches to editing. */
@Component({
  selector: 'tm-achievement-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCheckboxModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    TrPipe,
    TranslocoPipe,
  ],
  providers: [provideNzIconsPatch([DeleteOutline, PlusOutline])],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './listing-form.css',
  templateUrl: './achievement-form-page.html',
})
export class AchievementFormPage implements OnInit {
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
  /** The API's limits (LISTING_LIMITS in @market/contracts); prices are typed in 万元. */
  protected readonly limits = L;
  protected readonly maxPriceWan = yuanToWan(L.money.max) ?? 0;
  protected readonly separators = TAG_SEPARATORS;
  protected readonly fields = FIELDS;
  protected readonly maturities = MATURITIES;
  protected readonly patentTypes = PATENT_TYPES;
  protected readonly fieldLabel = fieldLabel;
  protected readonly maturityLabel = maturityLabel;
  protected readonly patentTypeLabel = patentTypeLabel;
  protected readonly modeOptions = computed(() =>
    TRANSFER_MODES.map((value) => ({ value, label: modeLabel(value)[this.language.lang()] })),
  );

  protected readonly form = this.fb.group({
    title: this.fb.control('', [Validators.required, Validators.minLength(L.title.minLength), Validators.maxLength(L.title.maxLength)]),
    summary: this.fb.control('', [Validators.required, Validators.minLength(L.body.minLength), Validators.maxLength(L.body.maxLength)]),
    field: this.fb.control<Field | null>(null, Validators.required),
    keywords: this.fb.control<string[]>([], tagsValidator(L.keywords.maxItems, L.keywords.maxLength)),
    maturity: this.fb.control<Maturity | null>(null, Validators.required),
    transferModes: this.fb.control<TransferMode[]>([], nonEmptyArrayValidator),
    pricing: this.fb.group(
      {
        negotiable: this.fb.control(false),
        askingPrice: this.fb.control<number | null>(null, [Validators.min(L.money.min), Validators.max(this.maxPriceWan)]),
      },
      { validators: priceOrNegotiableValidator },
    ),
    patents: this.fb.array<PatentRow>([], [uniquePatentsValidator, maxItemsValidator(L.patents.maxItems)]),
    region: this.fb.control<string | null>(null, Validators.required),
    inventors: this.fb.control<string[]>([], tagsValidator(L.inventors.maxItems, L.inventors.maxLength)),
  });

  protected readonly loaded = signal<Achievement | null>(null);
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
    this.form.controls.pricing.controls.negotiable.valueChanges.subscribe((negotiable) => {
      const price = this.form.controls.pricing.controls.askingPrice;
      if (negotiable) price.disable({ emitEvent: false });
      else price.enable({ emitEvent: false });
    });
  }

  ngOnInit(): void {
    const id = this.id();
    if (!id) return;
    this.api.get('achievements', id).subscribe({
      next: (achievement) => this.fill(achievement),
      error: (error: unknown) => this.error.set(describeError(error, this.language.lang())),
    });
  }

  protected get patents() {
    return this.form.controls.patents;
  }

  protected addPatent(number = '', type: PatentType = 'invention'): void {
    this.patents.push(
      this.fb.group({
        number: this.fb.control(number, [Validators.required, Validators.maxLength(L.patentNumber.maxLength), patentNumberValidator]),
        type: this.fb.control<PatentType>(type, Validators.required),
      }),
    );
  }

  protected removePatent(index: number): void {
    this.patents.removeAt(index);
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
    const saved: Observable<Achievement> = id ? this.api.update('achievements', id, body) : this.api.create('achievements', body);
    const done = andSubmit ? saved.pipe(switchMap((a) => this.api.submit('achievements', a.id))) : saved;
    done.pipe(finalize(() => this.busy.set(null))).subscribe({
      next: (achievement) => {
        this.message.success(this.language.t(andSubmit ? FORM_TEXT.submitted : FORM_TEXT.saved));
        void this.router.navigate(['/achievements', achievement.id]);
      },
      error: (error: unknown) => this.error.set(describeError(error, this.language.lang())),
    });
  }

  private fill(achievement: Achievement): void {
    this.loaded.set(achievement);
    this.form.patchValue({
      title: achievement.title,
      summary: achievement.summary,
      field: achievement.field,
      keywords: achievement.keywords,
      maturity: achievement.maturity,
      transferModes: achievement.transferModes,
      pricing: { negotiable: achievement.askingPrice === null, askingPrice: yuanToWan(achievement.askingPrice) },
      region: achievement.region,
      inventors: achievement.inventors,
    });
    this.patents.clear();
    for (const patent of achievement.patents) this.addPatent(patent.number, patent.type);
    if (this.locked()) this.form.disable();
  }

  private toInput(): AchievementInput {
    const value = this.form.getRawValue();
    return {
      title: value.title.trim(),
      summary: value.summary.trim(),
      field: value.field as Field,
      keywords: cleanTags(value.keywords),
      maturity: value.maturity as Maturity,
      transferModes: value.transferModes,
      askingPrice: value.pricing.negotiable ? null : wanToYuan(value.pricing.askingPrice),
      patents: value.patents.map((p) => ({ number: p.number.trim().toUpperCase(), type: p.type })),
      region: value.region as string,
      inventors: cleanTags(value.inventors),
    };
  }
}
