import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ROADSHOW_KINDS, RoadshowDetail, RoadshowKind } from '@market/contracts';
import { pickerDate, pickerDateToIso, zoneName } from '@market/shared/time';
import { LanguageService, TrPipe, describeError, showFieldErrors } from '@market/web/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { finalize } from 'rxjs';
import { RoadshowInput, RoadshowsApi } from '../data/roadshows.api';
import { kindLabel } from '../data/texts';

const TEXT = {
  create: 'roadshows.formPage.create',
  edit: 'roadshows.formPage.edit',
  title: 'roadshows.formPage.title',
  kind: 'roadshows.formPage.kind',
  startsAt: 'roadshows.formPage.startsAt',
  endsAt: 'roadshows.formPage.endsAt',
  venue: 'roadshows.formPage.venue',
  onlineUrl: 'roadshows.formPage.onlineUrl',
  capacity: 'roadshows.formPage.capacity',
  people: 'roadshows.formPage.people',
  description: 'roadshows.formPage.description',
  save: 'roadshows.formPage.save',
  back: 'roadshows.formPage.back',
  moveHint: 'roadshows.formPage.moveHint',
  saved: 'roadshows.formPage.saved',
} satisfies Record<string, string>;

/** What each field's errors say, naming the field (translation keys). */
const ERRORS = {
  titleRequired: 'roadshows.formPage.titleRequired',
  titleShort: 'roadshows.formPage.titleShort',
  kindRequired: 'roadshows.formPage.kindRequired',
  startsRequired: 'roadshows.formPage.startsRequired',
  endsRequired: 'roadshows.formPage.endsRequired',
  endBeforeStart: 'roadshows.formPage.endBeforeStart',
  whereHint: 'roadshows.formPage.whereHint',
  onlineUrlInvalid: 'roadshows.formPage.onlineUrlInvalid',
  capacityRequired: 'roadshows.formPage.capacityRequired',
  capacityRange: 'roadshows.formPage.capacityRange',
} satisfies Record<string, string>;

/** The limits of CreateRoadshowDto (libs/server/roadshows). */
export const LIMITS = { titleMin: 2, titleMax: 200, venueMax: 300, onlineUrlMax: 500, capacityMin: 1, capacityMax: 100_000, descriptionMax: 5000 } as const;

/** The picker's format: the market's wall clock to the minute. */
export const PICKER_FORMAT = 'yyyy-MM-dd HH:mm';

const isBlank = (value: unknown) => typeof value !== 'string' || !value.trim();

/** The end after the start (both as the picker's Dates, compared as the instants they mean). */
const endAfterStart: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const end = pickerDateToIso(control.value as Date | null);
  const start = pickerDateToIso(control.parent?.get('startsAt')?.value as Date | null);
  return start && end && end <= start ? { endBeforeStart: true } : null;
};

/** A venue, an online link, or both: set on the venue, which shows the hint. */
const venueOrOnline: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const online = control.parent?.get('onlineUrl')?.value;
  return control.parent && isBlank(control.value) && isBlank(online) ? { where: true } : null;
};

/** The server takes http(s) links with the protocol written out. */
const httpUrl = Validators.pattern(/^\s*https?:\/\/\S+\s*$/i);

/** Staff create an event, or edit one (moving it moves the programme and the reminders). */
@Component({
  selector: 'tm-roadshow-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzDatePickerModule,
    NzFormModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    TrPipe,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './roadshow-form-page.css',
  template: `
    <h1>{{ (id() ? text.edit : text.create) | transloco }}</h1>
    @if (id()) {
      <p class="hint">{{ text.moveHint | transloco }}</p>
    }
    <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="roadshow-form">
      <nz-form-item>
        <nz-form-label nzFor="rs-title-input" nzRequired>{{ text.title | transloco }}</nz-form-label>
        <nz-form-control [nzErrorTip]="titleTip">
          <input nz-input id="rs-title-input" formControlName="title" [maxlength]="limits.titleMax" data-testid="rs-title" />
          <ng-template #titleTip let-control>
            {{ (control.hasError('required') ? errors.titleRequired : errors.titleShort) | transloco: { min: limits.titleMin } }}
          </ng-template>
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label id="rs-kind-label" nzFor="rs-kind-input" nzRequired>{{ text.kind | transloco }}</nz-form-label>
        <nz-form-control [nzErrorTip]="errors.kindRequired | transloco">
          <nz-select formControlName="kind" nzId="rs-kind-input" aria-labelledby="rs-kind-label" data-testid="rs-kind">
            @for (k of kinds; track k) {
              <nz-option [nzValue]="k" [nzLabel]="kindLabel(k) | tr" />
            }
          </nz-select>
        </nz-form-control>
      </nz-form-item>
      <div class="two">
        <nz-form-item>
          <nz-form-label nzFor="rs-starts-input" nzRequired>{{ text.startsAt | transloco: { zone: zone() } }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errors.startsRequired | transloco">
            <nz-date-picker formControlName="startsAt" nzId="rs-starts-input" nzShowTime [nzFormat]="format"
                            data-testid="rs-starts" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="rs-ends-input" nzRequired>{{ text.endsAt | transloco: { zone: zone() } }}</nz-form-label>
          <nz-form-control [nzErrorTip]="endsTip">
            <nz-date-picker formControlName="endsAt" nzId="rs-ends-input" nzShowTime [nzFormat]="format"
                            data-testid="rs-ends" />
            <ng-template #endsTip let-control>
              {{ (control.hasError('required') ? errors.endsRequired : errors.endBeforeStart) | transloco }}
            </ng-template>
          </nz-form-control>
        </nz-form-item>
      </div>
      <nz-form-item>
        <nz-form-label nzFor="rs-venue-input">{{ text.venue | transloco }}</nz-form-label>
        <nz-form-control [nzErrorTip]="errors.whereHint | transloco">
          <input nz-input id="rs-venue-input" formControlName="venue" [maxlength]="limits.venueMax" data-testid="rs-venue" />
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label nzFor="rs-online-input">{{ text.onlineUrl | transloco }}</nz-form-label>
        <nz-form-control [nzErrorTip]="errors.onlineUrlInvalid | transloco">
          <input nz-input id="rs-online-input" type="url" formControlName="onlineUrl" placeholder="https://" [maxlength]="limits.onlineUrlMax"
                 data-testid="rs-online" />
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label nzFor="rs-capacity-input" nzRequired>{{ text.capacity | transloco }}</nz-form-label>
        <nz-form-control [nzErrorTip]="capacityTip">
          <nz-input-number class="number" formControlName="capacity" nzId="rs-capacity-input" [nzMin]="limits.capacityMin" [nzMax]="limits.capacityMax"
                           [nzPrecision]="0" [nzAddonAfter]="text.people | transloco" data-testid="rs-capacity" />
          <ng-template #capacityTip let-control>
            {{ (control.hasError('required') ? errors.capacityRequired : errors.capacityRange) | transloco: { min: limits.capacityMin, max: limits.capacityMax } }}
          </ng-template>
        </nz-form-control>
      </nz-form-item>
      <nz-form-item>
        <nz-form-label nzFor="rs-description-input">{{ text.description | transloco }}</nz-form-label>
        <nz-form-control>
          <textarea nz-input id="rs-description-input" rows="4" formControlName="description" [maxlength]="limits.descriptionMax"></textarea>
        </nz-form-control>
      </nz-form-item>
      @if (problem(); as p) {
        <nz-alert nzType="error" nzShowIcon [nzMessage]="p" data-testid="rs-error" />
      }
      <div class="buttons">
        <button nz-button nzType="primary" type="submit" [nzLoading]="busy()" data-testid="rs-save">{{ text.save | transloco }}</button>
        <a nz-button [routerLink]="id() ? ['/roadshows', id()] : ['/roadshows']">{{ text.back | transloco }}</a>
      </div>
    </form>
  `,
})
export class RoadshowFormPage implements OnInit {
  /** Set on /roadshows/:id/edit. */
  readonly id = input<string>();

  private readonly api = inject(RoadshowsApi);
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly errors = ERRORS;
  protected readonly limits = LIMITS;
  protected readonly format = PICKER_FORMAT;
  // The time labels name the market's zone (set at start-up from /api/config); the pickers show its wall clock.
  protected readonly zone = computed(() => this.language.text(zoneName()));
  protected readonly kinds = ROADSHOW_KINDS;
  protected readonly kindLabel = kindLabel;
  protected readonly busy = signal(false);
  /** The server's refusal, in the reader's language; the fields' own errors sit on the fields. */
  protected readonly problem = signal<string | null>(null);

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.minLength(LIMITS.titleMin)]],
    kind: ['roadshow' as RoadshowKind, Validators.required],
    // The pickers' Dates: their local clock reads the market's wall time (pickerDate / pickerDateToIso).
    startsAt: this.fb.control<Date | null>(null, Validators.required),
    endsAt: this.fb.control<Date | null>(null, [Validators.required, endAfterStart]),
    venue: ['', venueOrOnline],
    onlineUrl: ['', httpUrl],
    capacity: this.fb.control<number | null>(50, [Validators.required, Validators.min(LIMITS.capacityMin), Validators.max(LIMITS.capacityMax)]),
    description: [''],
  });

  constructor() {
    // The rules that read a second field are checked again when that field changes.
    const { startsAt, endsAt, venue, onlineUrl } = this.form.controls;
    const destroyRef = inject(DestroyRef);
    startsAt.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => endsAt.updateValueAndValidity());
    onlineUrl.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => venue.updateValueAndValidity());
  }

  ngOnInit(): void {
    const id = this.id();
    if (!id) return;
    this.http.get<RoadshowDetail>(`/api/roadshows/${encodeURIComponent(id)}`).subscribe((r) =>
      this.form.setValue({
        title: r.title,
        kind: r.kind,
        startsAt: pickerDate(r.startsAt),
        endsAt: pickerDate(r.endsAt),
        venue: r.venue ?? '',
        onlineUrl: r.onlineUrl ?? '',
        capacity: r.capacity,
        description: r.description ?? '',
      }),
    );
  }

  protected save(): void {
    showFieldErrors(this.form);
    const v = this.form.getRawValue();
    const startsAt = pickerDateToIso(v.startsAt);
    const endsAt = pickerDateToIso(v.endsAt);
    if (this.form.invalid || !startsAt || !endsAt || v.capacity === null || this.busy()) return;
    const body: RoadshowInput = {
      title: v.title.trim(),
      kind: v.kind,
      startsAt,
      endsAt,
      venue: v.venue.trim() || null,
      onlineUrl: v.onlineUrl.trim() || null,
      capacity: v.capacity,
      description: v.description.trim() || null,
    };
    const id = this.id();
    this.busy.set(true);
    this.problem.set(null);
    (id ? this.api.update(id, body) : this.api.create(body)).pipe(finalize(() => this.busy.set(false))).subscribe({
      next: (saved) => {
        this.message.success(this.language.t(TEXT.saved));
        void this.router.navigate(['/roadshows', saved.id]);
      },
      error: (e: unknown) => this.problem.set(describeError(e, this.language.lang())),
    });
  }

}
