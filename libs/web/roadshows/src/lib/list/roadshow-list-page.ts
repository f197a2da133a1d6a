import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Paginated, ROADSHOW_KINDS, Roadshow, RoadshowKind } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { monthBounds, wallParts } from '@market/shared/time';
import { TrPipe } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { Month, View, monthParam, parseMonth, shiftMonth } from '../data/list-query';
import { COMMON, kindLabel } from '../data/texts';
import { MonthCalendar } from './month-calendar';
import { RoadshowCard } from './roadshow-card';

const TEXT = {
  title: 'roadshows.listPage.title',
  lead: 'roadshows.listPage.lead',
  list: 'roadshows.listPage.list',
  calendar: 'roadshows.listPage.calendar',
  all: 'roadshows.listPage.all',
  create: 'roadshows.listPage.create',
  mine: 'roadshows.listPage.mine',
  empty: 'roadshows.listPage.empty',
} satisfies Record<string, string>;

const PAGE_SIZE = 20;

/** 路演活动: upcoming events as a list, or a month on a calendar, filtered by kind. */
@Component({
  selector: 'tm-roadshow-list-page',
  imports: [FormsModule, RouterLink, NzButtonModule, NzEmptyModule, NzPaginationModule, NzRadioModule, NzSpinModule, TrPipe, TranslocoPipe, MonthCalendar, RoadshowCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './roadshow-list-page.css',
  template: `
    <section data-testid="roadshows-page">
      <header class="head">
        <div>
          <h1>{{ text.title | transloco }}</h1>
          <p class="lead">{{ text.lead | transloco }}</p>
        </div>
        <div class="actions">
          @if (auth.signedIn()) {
            <a nz-button routerLink="/me/roadshows" data-testid="my-roadshows-link">{{ text.mine | transloco }}</a>
          }
          @if (auth.role() === 'staff') {
            <a nz-button nzType="primary" routerLink="/roadshows/new" data-testid="create-roadshow">{{ text.create | transloco }}</a>
          }
        </div>
      </header>
      <div class="filters">
        <!-- nz-radio-button renders its own <input type="radio"> inside each label. -->
        <nz-radio-group [ngModel]="mode()" (ngModelChange)="setView($event)" nzButtonStyle="solid">
          <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -->
          <label nz-radio-button nzValue="list" data-testid="view-list">{{ text.list | transloco }}</label>
          <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -->
          <label nz-radio-button nzValue="calendar" data-testid="view-calendar">{{ text.calendar | transloco }}</label>
        </nz-radio-group>
        <nz-radio-group [ngModel]="kind()" (ngModelChange)="setKind($event)">
          <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -->
          <label nz-radio-button nzValue="">{{ text.all | transloco }}</label>
          @for (k of kinds; track k) {
            <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -->
            <label nz-radio-button [nzValue]="k" [attr.data-testid]="'kind-' + k">{{ kindLabel(k) | tr }}</label>
          }
        </nz-radio-group>
      </div>
      @if (current().error()) {
        <div class="state" role="alert">
          <p>{{ common.loadFailed | transloco }}</p>
          <button nz-button type="button" (click)="current().reload()">{{ common.retry | transloco }}</button>
        </div>
      } @else if (mode() === 'calendar') {
        <tm-month-calendar [year]="shownMonth().year" [month]="shownMonth().month" [roadshows]="monthItems()" (move)="moveMonth($event)" />
        <!-- A phone's day cell is too narrow for a title: the month's events follow in full. -->
        <div class="cards month-list">
          @for (r of monthItems(); track r.id) {
            <tm-roadshow-card [roadshow]="r" />
          }
        </div>
      } @else if (upcoming.hasValue()) {
        @let p = upcoming.value();
        @if (p.items.length === 0) {
          <div class="state"><nz-empty [nzNotFoundContent]="text.empty | transloco" /></div>
        } @else {
          <div class="cards">
            @for (r of p.items; track r.id) {
              <tm-roadshow-card [roadshow]="r" />
            }
          </div>
          @if (p.total > pageSize) {
            <nz-pagination class="pager" [nzPageIndex]="pageIndex()" [nzPageSize]="pageSize" [nzTotal]="p.total" (nzPageIndexChange)="pageIndex.set($event)" />
          }
        }
      } @else {
        <div class="state"><nz-spin nzSimple /></div>
      }
    </section>
  `,
})
export class RoadshowListPage {
  protected readonly auth = inject(AuthStore);
  protected readonly text = TEXT;
  protected readonly common = COMMON;
  protected readonly kinds = ROADSHOW_KINDS;
  protected readonly kindLabel = kindLabel;
  protected readonly pageSize = PAGE_SIZE;

  private readonly router = inject(Router);

  /** `?view=calendar` (bound from the query string by the router): reload and back keep the choice. */
  readonly view = input<string>();
  /** `?month=2026-12`: the calendar's month; absent means the current month on the market's clock. */
  readonly month = input<string>();

  protected readonly mode = computed<View>(() => (this.view() === 'calendar' ? 'calendar' : 'list'));
  protected readonly kind = signal<RoadshowKind | ''>('');
  protected readonly pageIndex = signal(1);
  private readonly thisMonth: Month = (({ year, month }) => ({ year, month }))(wallParts(new Date()));
  protected readonly shownMonth = computed<Month>(() => parseMonth(this.month()) ?? this.thisMonth);
  // Events that have not ended yet: started a day ago at the latest, still worth showing.
  private readonly since = new Date(Date.now() - 24 * 3600_000).toISOString();

  protected readonly upcoming = httpResource<Paginated<Roadshow>>(() => ({
    url: '/api/roadshows',
    params: { from: this.since, page: this.pageIndex(), pageSize: PAGE_SIZE, ...(this.kind() ? { kind: this.kind() } : {}) },
  }));

  protected readonly monthly = httpResource<Paginated<Roadshow>>(() =>
    this.mode() === 'calendar'
      ? { url: '/api/roadshows', params: { ...monthBounds(this.shownMonth().year, this.shownMonth().month), pageSize: 100, ...(this.kind() ? { kind: this.kind() } : {}) } }
      : undefined,
  );
  protected readonly monthItems = computed(() => (this.monthly.hasValue() ? this.monthly.value().items : []));
  protected readonly current = computed(() => (this.mode() === 'calendar' ? this.monthly : this.upcoming));

  protected setKind(kind: RoadshowKind | ''): void {
    this.kind.set(kind);
    this.pageIndex.set(1);
  }

  protected setView(view: View): void {
    // The calendar opens on the current month; the list has no month.
    this.navigate(view === 'calendar' ? { view, month: null } : { view: null, month: null });
  }

  protected moveMonth(delta: number): void {
    this.navigate({ view: 'calendar', month: monthParam(shiftMonth(this.shownMonth(), delta)) });
  }

  /** The choice lives in the query string; replacing the history entry keeps Back for leaving the page. */
  private navigate(queryParams: { view: View | null; month: string | null }): void {
    void this.router.navigate([], { queryParams, queryParamsHandling: 'merge', replaceUrl: true });
  }
}
