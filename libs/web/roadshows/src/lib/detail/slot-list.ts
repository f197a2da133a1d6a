import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Achievement, Paginated, RoadshowDetail, SLOT_STATUS_LABELS, roadshowPhase } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { wallClock, wallInput, wallInputToIso } from '@market/shared/time';
import { LanguageService, Localized, TrPipe, API_ERRORS, inMarketZone, serverMessage } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Observable } from 'rxjs';
import { RoadshowsApi } from '../data/roadshows.api';

const TEXT = {
  programme: { zh: '路演安排', en: 'Programme' },
  none: { zh: '暂未安排路演项目', en: 'No presentations scheduled yet' },
  approve: { zh: '通过', en: 'Approve' },
  reject: { zh: '不通过', en: 'Reject' },
  propose: { zh: '申请路演时段', en: 'Apply for a slot' },
  proposeStaff: { zh: '安排路演时段', en: 'Add a slot' },
  achievement: { zh: '路演成果', en: 'Result' },
  start: { zh: '开始时间', en: 'Start' },
  minutes: { zh: '时长（分钟）', en: 'Minutes' },
  submit: { zh: '提交', en: 'Submit' },
  pendingHint: { zh: '提交后由科技局审核', en: 'The bureau reviews your application' },
  saved: { zh: '已提交', en: 'Submitted' },
  minutesUnit: { zh: '分钟', en: 'min' },
} satisfies Record<string, Localized>;

/** The programme in order; staff decide on proposals; owners of published results apply for a slot. */
@Component({
  selector: 'tm-slot-list',
  imports: [FormsModule, RouterLink, NzButtonModule, NzInputModule, NzSelectModule, NzTagModule, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './slot-list.css',
  template: `
    @let r = roadshow();
    <h2>{{ text.programme | tr }}</h2>
    @if (r.slots.length === 0) {
      <p class="muted">{{ text.none | tr }}</p>
    } @else {
      <ol class="slots" data-testid="slots">
        @for (s of r.slots; track s.id) {
          <li data-testid="slot">
            <span class="time">{{ clock(s.startsAt) }}–{{ clock(s.endsAt) }}</span>
            <span class="what">
              <a [routerLink]="['/achievements', s.achievementId]">{{ s.achievementTitle }}</a>
              <span class="muted">{{ s.organizationName }} · {{ s.durationMinutes }}{{ text.minutesUnit | tr }}</span>
            </span>
            @if (s.status !== 'approved') {
              <nz-tag [nzColor]="s.status === 'pending' ? 'orange' : 'red'">{{ statusLabels[s.status] | tr }}</nz-tag>
            }
            @if (isStaff() && s.status === 'pending') {
              <span class="decide">
                <button nz-button nzSize="small" nzType="primary" type="button" (click)="decide(s.id, 'approve')" data-testid="slot-approve">{{ text.approve | tr }}</button>
                <button nz-button nzSize="small" type="button" (click)="decide(s.id, 'reject')">{{ text.reject | tr }}</button>
              </span>
            }
          </li>
        }
      </ol>
    }
    @if (canPropose() && choices().length > 0) {
      <form class="propose" (ngSubmit)="propose()" data-testid="slot-form">
        <h3>{{ (isStaff() ? text.proposeStaff : text.propose) | tr }}</h3>
        <div class="field">
          <label id="slot-achievement-label" for="slot-achievement-input">{{ text.achievement | tr }}</label>
          <nz-select name="achievement" nzId="slot-achievement-input" aria-labelledby="slot-achievement-label" [ngModel]="achievementId()" (ngModelChange)="achievementId.set($event)" nzShowSearch data-testid="slot-achievement">
            @for (a of choices(); track a.id) {
              <nz-option [nzValue]="a.id" [nzLabel]="a.title" />
            }
          </nz-select>
        </div>
        <label>
          <span>{{ text.start | tr }}</span>
          <input nz-input type="datetime-local" name="start" [ngModel]="start()" (ngModelChange)="start.set($event)" data-testid="slot-start" />
        </label>
        <label>
          <span>{{ text.minutes | tr }}</span>
          <input nz-input type="number" name="minutes" min="5" max="480" [ngModel]="minutes()" (ngModelChange)="minutes.set($event)" data-testid="slot-minutes" />
        </label>
        <button nz-button nzType="primary" type="submit" [disabled]="!achievementId() || !start()" data-testid="slot-submit">{{ text.submit | tr }}</button>
        @if (!isStaff()) {
          <p class="muted">{{ text.pendingHint | tr }}</p>
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
  // The start's label names the market's zone (set at start-up), so it is built with the component.
  protected readonly text = { ...TEXT, start: inMarketZone(TEXT.start) };
  protected readonly statusLabels = SLOT_STATUS_LABELS;
  protected readonly clock = (iso: string) => wallClock(iso);
  protected readonly isStaff = computed(() => this.auth.role() === 'staff');
  protected readonly canPropose = computed(
    () => (this.isStaff() || this.auth.role() === 'researcher') && roadshowPhase(this.roadshow()) === 'upcoming',
  );

  protected readonly achievementId = signal('');
  // The form starts at the event's start; it follows the event when staff move it.
  protected readonly start = linkedSignal(() => wallInput(this.roadshow().startsAt));
  protected readonly minutes = signal(20);

  // Staff choose among published results; an owner among its organization's published ones.
  private readonly options = httpResource<Paginated<Achievement>>(() =>
    this.canPropose() ? { url: this.isStaff() ? '/api/achievements' : '/api/achievements/mine', params: { pageSize: 100 } } : undefined,
  );
  // Search answers hold published results only; the organization's own list holds every status.
  protected readonly choices = computed(() =>
    this.options.hasValue() ? this.options.value().items.filter((a) => this.isStaff() || a.status === 'published') : [],
  );
  protected propose(): void {
    const startsAt = wallInputToIso(this.start());
    if (!startsAt) return;
    this.run(this.api.proposeSlot(this.roadshow().id, { achievementId: this.achievementId(), startsAt, durationMinutes: Number(this.minutes()) }));
  }

  protected decide(slotId: string, decision: 'approve' | 'reject'): void {
    this.run(this.api.decideSlot(this.roadshow().id, slotId, decision));
  }

  private run(call: Observable<unknown>): void {
    call.subscribe({
      next: () => {
        this.message.success(this.language.text(TEXT.saved));
        this.changed.emit();
      },
      error: (e: unknown) => this.message.error(serverMessage(e, this.language.lang()) ?? this.language.text(API_ERRORS.unknown)),
    });
  }
}
