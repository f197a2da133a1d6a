import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { ROADSHOW_KINDS, RoadshowDetail, RoadshowKind } from '@market/contracts';
import { wallInput, wallInputToIso } from '@market/shared/time';
import { LanguageService, Localized, TrPipe, API_ERRORS, inMarketZone, serverMessage } from '@market/web/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { finalize } from 'rxjs';
import { RoadshowInput, RoadshowsApi } from '../data/roadshows.api';
import { kindLabel } from '../data/texts';

const TEXT = {
  create: { zh: '新建活动', en: 'New event' },
  edit: { zh: '编辑活动', en: 'Edit event' },
  title: { zh: '活动名称', en: 'Title' },
  kind: { zh: '活动类型', en: 'Kind' },
  startsAt: { zh: '开始时间', en: 'Starts' },
  endsAt: { zh: '结束时间', en: 'Ends' },
  venue: { zh: '地点', en: 'Venue' },
  onlineUrl: { zh: '线上链接', en: 'Online link' },
  capacity: { zh: '名额', en: 'Places' },
  description: { zh: '活动介绍', en: 'Description' },
  incomplete: { zh: '请填写活动名称（至少 2 个字）、开始和结束时间以及名额', en: 'Give a title (2 characters or more), the start, the end and the places' },
  whereHint: { zh: '地点和线上链接至少填写一项', en: 'Give a venue, an online link, or both' },
  endBeforeStart: { zh: '结束时间须晚于开始时间', en: 'The end must come after the start' },
  save: { zh: '保存', en: 'Save' },
  back: { zh: '返回', en: 'Back' },
  moveHint: { zh: '改期后，已排定的路演时段和报名用户的提醒会随之调整。', en: 'Moving the event moves its slots and the registered users’ reminders with it.' },
  saved: { zh: '已保存', en: 'Saved' },
} satisfies Record<string, Localized>;

/** Staff create an event, or edit one (moving it moves the programme and the reminders). */
@Component({
  selector: 'tm-roadshow-form-page',
  imports: [ReactiveFormsModule, RouterLink, NzAlertModule, NzButtonModule, NzInputModule, NzSelectModule, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './roadshow-form-page.css',
  template: `
    <h1>{{ (id() ? text.edit : text.create) | tr }}</h1>
    @if (id()) {
      <p class="hint">{{ text.moveHint | tr }}</p>
    }
    <form [formGroup]="form" (ngSubmit)="save()" data-testid="roadshow-form">
      <label><span>{{ text.title | tr }}</span><input nz-input formControlName="title" maxlength="200" data-testid="rs-title" /></label>
      <div class="field">
        <label id="rs-kind-label" for="rs-kind-input">{{ text.kind | tr }}</label>
        <nz-select formControlName="kind" nzId="rs-kind-input" aria-labelledby="rs-kind-label" data-testid="rs-kind">
          @for (k of kinds; track k) {
            <nz-option [nzValue]="k" [nzLabel]="kindLabel(k) | tr" />
          }
        </nz-select>
      </div>
      <div class="two">
        <label><span>{{ text.startsAt | tr }}</span><input nz-input type="datetime-local" formControlName="startsAt" data-testid="rs-starts" /></label>
        <label><span>{{ text.endsAt | tr }}</span><input nz-input type="datetime-local" formControlName="endsAt" data-testid="rs-ends" /></label>
      </div>
      <label><span>{{ text.venue | tr }}</span><input nz-input formControlName="venue" maxlength="300" data-testid="rs-venue" /></label>
      <label><span>{{ text.onlineUrl | tr }}</span><input nz-input type="url" formControlName="onlineUrl" placeholder="https://" data-testid="rs-online" /></label>
      <label><span>{{ text.capacity | tr }}</span><input nz-input type="number" min="1" formControlName="capacity" data-testid="rs-capacity" /></label>
      <label><span>{{ text.description | tr }}</span><textarea nz-input rows="4" formControlName="description" maxlength="5000"></textarea></label>
      @if (problem(); as p) {
        <nz-alert nzType="error" [nzMessage]="p" data-testid="rs-error" />
      }
      <div class="buttons">
        <button nz-button nzType="primary" type="submit" [nzLoading]="busy()" data-testid="rs-save">{{ text.save | tr }}</button>
        <a nz-button [routerLink]="id() ? ['/roadshows', id()] : ['/roadshows']">{{ text.back | tr }}</a>
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
  // The time labels name the market's zone (set at start-up), so they are built with the page.
  protected readonly text = { ...TEXT, startsAt: inMarketZone(TEXT.startsAt), endsAt: inMarketZone(TEXT.endsAt) };
  protected readonly kinds = ROADSHOW_KINDS;
  protected readonly kindLabel = kindLabel;
  protected readonly busy = signal(false);
  private readonly error = signal<string | null>(null);
  protected readonly problem = computed(() => this.error());

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.minLength(2)]],
    kind: ['roadshow' as RoadshowKind, Validators.required],
    startsAt: ['', Validators.required],
    endsAt: ['', Validators.required],
    venue: [''],
    onlineUrl: [''],
    capacity: [50, [Validators.required, Validators.min(1)]],
    description: [''],
  });

  ngOnInit(): void {
    const id = this.id();
    if (!id) return;
    this.http.get<RoadshowDetail>(`/api/roadshows/${encodeURIComponent(id)}`).subscribe((r) =>
      this.form.setValue({
        title: r.title,
        kind: r.kind,
        startsAt: wallInput(r.startsAt),
        endsAt: wallInput(r.endsAt),
        venue: r.venue ?? '',
        onlineUrl: r.onlineUrl ?? '',
        capacity: r.capacity,
        description: r.description ?? '',
      }),
    );
  }

  protected save(): void {
    const text = (v: Localized) => this.language.text(v);
    const v = this.form.getRawValue();
    const startsAt = wallInputToIso(v.startsAt);
    const endsAt = wallInputToIso(v.endsAt);
    if (this.form.invalid || !startsAt || !endsAt) {
      this.form.markAllAsTouched();
      return this.error.set(text(TEXT.incomplete));
    }
    if (endsAt <= startsAt) return this.error.set(text(TEXT.endBeforeStart));
    if (!v.venue.trim() && !v.onlineUrl.trim()) return this.error.set(text(TEXT.whereHint));
    const body: RoadshowInput = {
      title: v.title.trim(),
      kind: v.kind,
      startsAt,
      endsAt,
      venue: v.venue.trim() || null,
      onlineUrl: v.onlineUrl.trim() || null,
      capacity: Number(v.capacity),
      description: v.description.trim() || null,
    };
    const id = this.id();
    this.busy.set(true);
    this.error.set(null);
    (id ? this.api.update(id, body) : this.api.create(body)).pipe(finalize(() => this.busy.set(false))).subscribe({
      next: (saved) => {
        this.message.success(text(TEXT.saved));
        void this.router.navigate(['/roadshows', saved.id]);
      },
      error: (e: unknown) => this.error.set(serverMessage(e, this.language.lang()) ?? text(API_ERRORS.unknown)),
    });
  }
}
