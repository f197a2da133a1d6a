import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Achievement, Paginated, RoadshowDetail, SLOT_STATUS_LABELS, roadshowPhase } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { pickerDate, pickerDateToIso, wallClock, zoneName } from '@market/shared/time';
import { LanguageService, TrPipe, describeError, showFieldErrors } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Observable } from 'rxjs';
import { RoadshowsApi } from '../data/roadshows.api';

const TEXT = {
  programme: 'roadshows.slotList.programme',
  none: 'roadshows.slotList.none',
  approve: 'roadshows.slotList.approve',
  reject: 'roadshows.slotList.reject',
  propose: 'roadshows.slotList.propose',
  proposeStaff: 'roadshows.slotList.proposeStaff',
  achievement: 'roadshows.slotList.achievement',
  achievementRequired: 'roadshows.slotList.achievementRequired',
  start: 'roadshows.slotList.start',
  startRequired: 'roadshows.slotList.startRequired',
  minutes: 'roadshows.slotList.minutes',
  minutesRequired: 'roadshows.slotList.minutesRequired',
  minutesRange: 'roadshows.slotList.minutesRange',
  submit: 'roadshows.slotList.submit',
  pendingHint: 'roadshows.slotList.pendingHint',
  saved: 'roadshows.slotList.saved',
  minutesUnit: 'roadshows.slotList.minutesUnit',
  duration: 'roadshows.slotList.duration',
} satisfies Record<string, string>;

/** A slot's length as ProposeSlotDto takes it (libs/server/roadshows). */
export const SLOT_MINUTES = { min: 5, max: 480, default: 20 } as const;

/** The picker's format: the market's wall clock to the minute. */
const PICKER_FORMAT = 'yyyy-MM-dd HH:mm';

/** The programme in order; staff decide on proposals; owners of published results apply for a slot. */
@Component({
  selector: 'tm-slot-list',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzButtonModule,
    NzDatePickerModule,
    NzFormModule,
    NzInputNumberModule,
    NzSelectModule,
    NzTagModule,
    TrPipe,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './slot-list.css',
  template: `
    @let r = roadshow();
    <h2>{{ text.programme | transloco }}</h2>
    @if (r.slots.length === 0) {
      <p class="muted">{{ text.none | transloco }}</p>
    } @else {
      <ol class="slots" data-testid="slots">
        @for (s of r.slots; track s.id) {
          <li data-testid="slot">
            <span class="time">{{ clock(s.startsAt) }}–{{ clock(s.endsAt) }}</span>
            <span class="what">
              <a [routerLink]="['/achievements', s.achievementId]" data-user-content>{{ s.achievementTitle }}</a>
              <span class="muted"><span data-user-content>{{ s.organizationName }}</span> · {{ text.duration | transloco: { n: s.durationMinutes } }}</span>
            </span>
            @if (s.status !== 'approved') {
              <nz-tag [nzColor]="s.status === 'pending' ? 'orange' : 'red'">{{ statusLabels[s.status] | tr }}</nz-tag>
            }
            @if (isStaff() && s.status === 'pending') {
              <span class="decide">
                <button nz-button nzSize="small" nzType="primary" type="button" (click)="decide(s.id, 'approve')" data-testid="slot-approve">{{ text.approve | transloco }}</button>
                <button nz-button nzSize="small" type="button" (click)="decide(s.id, 'reject')">{{ text.reject | transloco }}</button>
              </span>
            }
          </li>
        }
      </ol>
    }
    @if (canPropose() && choices().length > 0) {
      <form class="propose" nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="propose()" novalidate data-testid="slot-form">
        <h3>{{ (isStaff() ? text.proposeStaff : text.propose) | transloco }}</h3>
        <nz-form-item>
          <nz-form-label id="slot-achievement-label" nzFor="slot-achievement-input" nzRequired>{{ text.achievement | transloco }}</nz-form-label>
          <nz-form-control [nzErrorTip]="text.achievementRequired | transloco">
            <nz-select formControlName="achievementId" nzId="slot-achievement-input" aria-labelledby="slot-achievement-label" nzShowSearch data-testid="slot-achievement">
              @for (a of choices(); track a.id) {
                <nz-option [nzValue]="a.id" [nzLabel]="a.title" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="slot-start-input" nzRequired>{{ text.start | transloco: { zone: zone() } }}</nz-form-label>
          <nz-form-control [nzErrorTip]="text.startRequired | transloco">
            <nz-date-picker formControlName="start" nzId="slot-start-input" nzShowTime [nzFormat]="format" data-testid="slot-start" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="slot-minutes-input" nzRequired>{{ text.minutes | transloco }}</nz-form-label>
          <nz-form-control [nzErrorTip]="minutesTip">
            <nz-input-number class="number" formControlName="minutes" nzId="slot-minutes-input" [nzMin]="minutesLimits.min" [nzMax]="minutesLimits.max"
                             [nzStep]="5" [nzPrecision]="0" [nzAddonAfter]="text.minutesUnit | transloco" data-testid="slot-minutes" />
            <ng-template #minutesTip let-control>
              {{ (control.hasError('required') ? text.minutesRequired : text.minutesRange) | transloco: { min: minutesLimits.min, max: minutesLimits.max } }}
            </ng-template>
          </nz-form-control>
        </nz-form-item>
        <div>
          <button nz-button nzType="primary" type="submit" data-testid="slot-submit">{{ text.submit | transloco }}</button>
        </div>
        @if (!isStaff()) {
          <p class="muted">{{ text.pendingHint | transloco }}</p>
        }
      </form>
    }
  `,
})
export class SlotList {
  readonly roadshow = input.required<RoadshowDetail>();
  readonly changed = output<void>();

  private readonly auth = inject(AuthStore);
  private readonly api = inject(RoadshowsApi);
  private readonly message = inject(NzMessageService);
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly format = PICKER_FORMAT;
  protected readonly minutesLimits = SLOT_MINUTES;
  // The start's label names the market's zone (set at start-up from /api/config); the picker shows its wall clock.
  protected readonly zone = computed(() => this.language.text(zoneName()));
  protected readonly statusLabels = SLOT_STATUS_LABELS;
  protected readonly clock = (iso: string) => wallClock(iso);
  protected readonly isStaff = computed(() => this.auth.role() === 'staff');
  protected readonly canPropose = computed(
    () => (this.isStaff() || this.auth.role() === 'researcher') && roadshowPhase(this.roadshow()) === 'upcoming',
  );

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    achievementId: ['', Validators.required],
    // The picker's Date: its local clock reads the market's wall time (pickerDate / pickerDateToIso).
    start: this.fb.control<Date | null>(null, Validators.required),
    minutes: this.fb.control<number | null>(SLOT_MINUTES.default, [Validators.required, Validators.min(SLOT_MINUTES.min), Validators.max(SLOT_MINUTES.max)]),
  });

  constructor() {
    // The start begins at the event's start, and again whenever the event is read anew (after a
    // proposal, or when staff move it).
    effect(() => {
      const startsAt = this.roadshow().startsAt;
      untracked(() => this.form.controls.start.reset(pickerDate(startsAt)));
    });
  }

  // Staff choose among published results; an owner among its organization's published ones.
  private readonly options = httpResource<Paginated<Achievement>>(() =>
    this.canPropose() ? { url: this.isStaff() ? '/api/achievements' : '/api/achievements/mine', params: { pageSize: 100 } } : undefined,
  );
  // Search answers hold published results only; the organization's own list holds every status.
  protected readonly choices = computed(() =>
    this.options.hasValue() ? this.options.value().items.filter((a) => this.isStaff() || a.status === 'published') : [],
  );
  protected propose(): void {
    showFieldErrors(this.form);
    const { achievementId, start, minutes } = this.form.getRawValue();
    const startsAt = pickerDateToIso(start);
    if (this.form.invalid || !startsAt || minutes === null) return;
    this.run(this.api.proposeSlot(this.roadshow().id, { achievementId, startsAt, durationMinutes: minutes }));
  }

  protected decide(slotId: string, decision: 'approve' | 'reject'): void {
    this.run(this.api.decideSlot(this.roadshow().id, slotId, decision));
  }

  private run(call: Observable<unknown>): void {
    call.subscribe({
      next: () => {
        this.message.success(this.language.t(TEXT.saved));
        this.changed.emit();
      },
      error: (e: unknown) => this.message.error(describeError(e, this.language.lang())),
    });
  }
}
