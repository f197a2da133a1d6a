import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Roadshow } from '@market/contracts';
import { monthGrid, today, wallClock, wallDate } from '@market/shared/time';
import { Localized, TrPipe } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';

const WEEKDAYS: Localized[] = [
  { zh: '一', en: 'Mon' },
  { zh: '二', en: 'Tue' },
  { zh: '三', en: 'Wed' },
  { zh: '四', en: 'Thu' },
  { zh: '五', en: 'Fri' },
  { zh: '六', en: 'Sat' },
  { zh: '日', en: 'Sun' },
];

const TEXT = {
  prev: { zh: '上个月', en: 'Previous month' },
  next: { zh: '下个月', en: 'Next month' },
} satisfies Record<string, Localized>;

/** A month on a wall calendar, Monday first, with each day's events (on the market's clock). */
@Component({
  selector: 'tm-month-calendar',
  imports: [RouterLink, NzButtonModule, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './month-calendar.css',
  template: `
    <div class="nav">
      <button nz-button type="button" (click)="move.emit(-1)" [attr.aria-label]="text.prev | tr" data-testid="month-prev">‹</button>
      <strong data-testid="month-title">{{ year() }}-{{ month() < 10 ? '0' + month() : month() }}</strong>
      <button nz-button type="button" (click)="move.emit(1)" [attr.aria-label]="text.next | tr" data-testid="month-next">›</button>
    </div>
    <table class="grid" data-testid="month-calendar">
      <thead>
        <tr>
          @for (d of weekdays; track $index) {
            <th scope="col">{{ d | tr }}</th>
          }
        </tr>
      </thead>
      <tbody>
        @for (week of weeks(); track $index) {
          <tr>
            @for (cell of week; track $index) {
              <td [class.blank]="!cell.date" [class.today]="cell.date === today">
                @if (cell.date) {
                  <span class="day">{{ cell.day }}</span>
                  @for (r of byDay().get(cell.date) ?? []; track r.id) {
                    <a class="event" [class.cancelled]="r.status === 'cancelled'" [routerLink]="['/roadshows', r.id]" [title]="r.title"
                       data-testid="calendar-event">{{ clock(r.startsAt) }} {{ r.title }}</a>
                  }
                }
              </td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
})
export class MonthCalendar {
  readonly year = input.required<number>();
  readonly month = input.required<number>();
  readonly roadshows = input.required<Roadshow[]>();
  readonly move = output<number>();

  protected readonly text = TEXT;
  protected readonly weekdays = WEEKDAYS;
  protected readonly today = today();
  protected readonly clock = (iso: string) => wallClock(iso);
  protected readonly weeks = computed(() => monthGrid(this.year(), this.month()));
  protected readonly byDay = computed(() => {
    const map = new Map<string, Roadshow[]>();
    for (const r of this.roadshows()) {
      const day = wallDate(r.startsAt);
      map.set(day, [...(map.get(day) ?? []), r]);
    }
    return map;
  });
}
