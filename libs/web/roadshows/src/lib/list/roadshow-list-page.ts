import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Paginated, ROADSHOW_KINDS, Roadshow, RoadshowKind } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { monthBounds, wallParts } from '@market/shared/time';
import { Localized, TrPipe } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { COMMON, kindLabel } from '../data/texts';
import { MonthCalendar } from './month-calendar';
import { RoadshowCard } from './roadshow-card';

const TEXT = {
  title: { zh: '路演活动', en: 'Roadshows and events' },
  lead: {
    zh: '成果路演、融资推介和技术讲解：查看日程，在线报名，开始前 24 小时和 1 小时提醒。',
    en: 'Roadshows, financing pitches and tech talks: see the schedule, register online, get reminders 24 h and 1 h before.',
  },
  list: { zh: '列表', en: 'List' },
  calendar: { zh: '月历', en: 'Calendar' },
  all: { zh: '全部', en: 'All' },
  create: { zh: '新建活动', en: 'New event' },
  mine: { zh: '我的活动', en: 'My events' },
  empty: { zh: '暂无即将举行的活动', en: 'No upcoming events' },
} satisfies Record<string, Localized>;

const PAGE_SIZE = 20;

/** 路演活动: upcoming events as a list, or a month on a calendar, filtered by kind. */
@Component({
  selector: 'tm-roadshow-list-page',
  imports: [FormsModule, RouterLink, NzButtonModule, NzEmptyModule, NzPaginationModule, NzRadioModule, NzSpinModule, TrPipe, MonthCalendar, RoadshowCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './roadshow-list-page.css',
  template: `
    <section data-testid="roadshows-page">
      <header class="head">
        <div>
          <h1>{{ text.title | tr }}</h1>
          <p class="lead">{{ text.lead | tr }}</p>
        </div>
        <div class="actions">
          @if (auth.signedIn()) {
            <a nz-button routerLink="/me/roadshows" data-testid="my-roadshows-link">{{ text.mine | tr }}</a>
          }
          @if (auth.role() === 'staff') {
            <a nz-button nzType="primary" routerLink="/roadshows/new" data-testid="create-roadshow">{{ text.create | tr }}</a>
          }
        </div>
      </header>
      <div class="filters">
        <!-- nz-radio-button renders its own <input type="radio"> inside each label. -->
        <nz-radio-group [ngModel]="view()" (ngModelChange)="view.set($event)" nzButtonStyle="solid">
          <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -->
          <label nz-radio-button nzValue="list" data-testid="view-list">{{ text.list | tr }}</label>
          <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -->
          <label nz-radio-button nzValue="calendar" data-testid="view-calendar">{{ text.calendar | tr }}</label>
        </nz-radio-group>
        <nz-radio-group [ngModel]="kind()" (ngModelChange)="setKind($event)">
          <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -->
          <label nz-radio-button nzValue="">{{ text.all | tr }}</label>
          @for (k of kinds; track k) {
            <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -->
            <label nz-radio-button [nzValue]="k" [attr.data-testid]="'kind-' + k">{{ kindLabel(k) | tr }}</label>
          }
        </nz-radio-group>
      </div>
      @if (current().error()) {
        <div class="state" role="alert">
          <p>{{ common.loadFailed | tr }}</p>
          <button nz-button type="button" (click)="current().reload()">{{ common.retry | tr }}</button>
        </div>
      } @else if (view() === 'calendar') {
        <tm-month-calendar [year]="month().year" [month]="month().month" [roadshows]="monthItems()" (move)="moveMonth($event)" />
        <!-- A phone's day cell is too narrow for a title: the month's events follow in full. -->
        <div class="cards month-list">
          @for (r of monthItems(); track r.id) {
            <tm-roadshow-card [roadshow]="r" />
          }
        </div>
      } @else if (upcoming.hasValue()) {
        @let p = upcoming.value();
        @if (p.items.length === 0) {
          <div class="state"><nz-empty [nzNotFoundContent]="text.empty | tr" /></div>
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

  protected readonly view = signal<'list' | 'calendar'>('list');
  protected readonly kind = signal<RoadshowKind | ''>('');
  protected readonly pageIndex = signal(1);
  protected readonly month = signal((({ year, month }) => ({ year, month }))(wallParts(new Date())));
  // Events that have not ended yet: started a day ago at the latest, still worth showing.
  private readonly since = new Date(Date.now() - 24 * 3600_000).toISOString();

  protected readonly upcoming = httpResource<Paginated<Roadshow>>(() => ({
    url: '/api/roadshows',
    params: { from: this.since, page: this.pageIndex(), pageSize: PAGE_SIZE, ...(this.kind() ? { kind: this.kind() } : {}) },
  }));

  protected readonly monthly = httpResource<Paginated<Roadshow>>(() =>
    this.view() === 'calendar'
      ? { url: '/api/roadshows', params: { ...monthBounds(this.month().year, this.month().month), pageSize: 100, ...(this.kind() ? { kind: this.kind() } : {}) } }
      : undefined,
  );
  protected readonly monthItems = computed(() => (this.monthly.hasValue() ? this.monthly.value().items : []));
  protected readonly current = computed(() => (this.view() === 'calendar' ? this.monthly : this.upcoming));

  protected setKind(kind: RoadshowKind | ''): void {
    this.kind.set(kind);
    this.pageIndex.set(1);
  }

  protected moveMonth(delta: number): void {
    this.month.update(({ year, month }) => {
      const m = month + delta;
      return m < 1 ? { year: year - 1, month: 12 } : m > 12 ? { year: year + 1, month: 1 } : { year, month: m };
    });
  }
}
