import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Roadshow } from '@market/contracts';
import { monthGrid, today, wallClock, wallDate } from '@market/shared/time';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';

/** Monday first. */
const WEEKDAYS: readonly string[] = [
  'roadshows.monthCalendar.mon',
  'roadshows.monthCalendar.tue',
  'roadshows.monthCalendar.wed',
  'roadshows.monthCalendar.thu',
  'roadshows.monthCalendar.fri',
  'roadshows.monthCalendar.sat',
  'roadshows.monthCalendar.sun',
];

const TEXT = {
  prev: 'roadshows.monthCalendar.prev',
  next: 'roadshows.monthCalendar.next',
} satisfies Record<string, string>;

/** A month on a wall calendar, Monday first, with each day's events (on the market's clock). */
@Component({
  selector: 'tm-month-calendar',
  imports: [RouterLink, NzButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './month-calendar.css',
  template: `
    <div class="nav">
      <button nz-button type="button" (click)="move.emit(-1)" [attr.aria-label]="text.prev | transloco" data-testid="month-prev">‹</button>
      <strong data-testid="month-title">{{ year() }}-{{ month() < 10 ? '0' + month() : month() }}</strong>
      <button nz-button type="button" (click)="move.emit(1)" [attr.aria-label]="text.next | transloco" data-testid="month-next">›</button>
    </div>
    <table class="grid" data-testid="month-calendar">
      <thead>
        <tr>
          @for (d of weekdays; track $index) {
            <th scope="col">{{ d | transloco }}</th>
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
