import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CalendarLink, MyRoadshow, Paginated } from '@market/contracts';
import { LanguageService, Localized, TrPipe, API_ERRORS, serverMessage } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { RoadshowsApi } from '../data/roadshows.api';
import { COMMON } from '../data/texts';
import { RoadshowCard } from '../list/roadshow-card';

const TEXT = {
  title: { zh: '我的活动', en: 'My events' },
  lead: { zh: '您报名的路演、融资推介和技术讲解。', en: 'The roadshows, pitches and talks you registered for.' },
  empty: { zh: '还没有报名活动', en: 'You have not registered for any event yet' },
  browse: { zh: '去看看活动', en: 'Browse events' },
  subscribe: { zh: '订阅到日历', en: 'Subscribe in your calendar' },
  subscribeHint: {
    zh: '把这个链接加入手机或电脑日历（“订阅日历”），报名的活动会自动出现。链接专属于您，请勿分享。',
    en: 'Add this link to your phone or desktop calendar ("subscribe"); your events appear there by themselves. It is yours alone: do not share it.',
  },
  copy: { zh: '复制链接', en: 'Copy link' },
  copied: { zh: '已复制', en: 'Copied' },
} satisfies Record<string, Localized>;

/** 我的活动: the caller's registrations, and a personal calendar feed to subscribe to. */
@Component({
  selector: 'tm-my-roadshows-page',
  imports: [RouterLink, NzButtonModule, NzEmptyModule, NzSpinModule, TrPipe, RoadshowCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './my-roadshows-page.css',
  template: `
    <section data-testid="my-roadshows">
      <h1>{{ text.title | tr }}</h1>
      <p class="lead">{{ text.lead | tr }}</p>
      <div class="feed">
        @if (link(); as l) {
          <p class="hint">{{ text.subscribeHint | tr }}</p>
          <code class="url" data-testid="calendar-feed-url">{{ l.url }}</code>
          <button nz-button nzSize="small" type="button" (click)="copy(l.url)">{{ text.copy | tr }}</button>
        } @else {
          <button nz-button type="button" (click)="showLink()" data-testid="calendar-feed">{{ text.subscribe | tr }}</button>
        }
      </div>
      @if (list.error()) {
        <div class="state" role="alert">
          <p>{{ common.loadFailed | tr }}</p>
          <button nz-button type="button" (click)="list.reload()">{{ common.retry | tr }}</button>
        </div>
      } @else if (items(); as items) {
        @if (items.length === 0) {
          <div class="state">
            <nz-empty [nzNotFoundContent]="text.empty | tr" />
            <a nz-button nzType="primary" routerLink="/roadshows">{{ text.browse | tr }}</a>
          </div>
        } @else {
          <div class="cards">
            @for (item of items; track item.registration.id) {
              <tm-roadshow-card [roadshow]="item.roadshow" />
            }
          </div>
        }
      } @else {
        <div class="state"><nz-spin nzSimple /></div>
      }
    </section>
  `,
})
export class MyRoadshowsPage {
  private readonly api = inject(RoadshowsApi);
  private readonly message = inject(NzMessageService);
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly common = COMMON;
  protected readonly list = httpResource<Paginated<MyRoadshow>>(() => ({ url: '/api/roadshows/mine', params: { pageSize: 100 } }));
  protected readonly items = computed(() => (this.list.hasValue() ? this.list.value().items : null));
  protected readonly link = signal<CalendarLink | null>(null);

  protected showLink(): void {
    this.api.calendarLink().subscribe({
      next: (l) => this.link.set(l),
      error: (e: unknown) => this.message.error(serverMessage(e, this.language.lang()) ?? this.language.text(API_ERRORS.unknown)),
    });
  }

  protected copy(url: string): void {
    navigator.clipboard?.writeText(url).then(
      () => this.message.success(this.language.text(TEXT.copied)),
      () => undefined,
    );
  }
}
