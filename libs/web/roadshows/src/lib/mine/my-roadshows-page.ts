import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CalendarLink, MyRoadshow, Paginated } from '@market/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, describeError } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { RoadshowsApi } from '../data/roadshows.api';
import { COMMON } from '../data/texts';
import { RoadshowCard } from '../list/roadshow-card';

const TEXT = {
  title: 'roadshows.myPage.title',
  lead: 'roadshows.myPage.lead',
  empty: 'roadshows.myPage.empty',
  browse: 'roadshows.myPage.browse',
  subscribe: 'roadshows.myPage.subscribe',
  subscribeHint: 'roadshows.myPage.subscribeHint',
  copy: 'roadshows.myPage.copy',
  copied: 'roadshows.myPage.copied',
} satisfies Record<string, string>;

/** 我的活动: the caller's registrations, and a personal calendar feed to subscribe to. */
@Component({
  selector: 'tm-my-roadshows-page',
  imports: [RouterLink, NzButtonModule, NzEmptyModule, NzSpinModule, TranslocoPipe, RoadshowCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './my-roadshows-page.css',
  template: `
    <section data-testid="my-roadshows">
      <h1>{{ text.title | transloco }}</h1>
      <p class="lead">{{ text.lead | transloco }}</p>
      <div class="feed">
        @if (link(); as l) {
          <p class="hint">{{ text.subscribeHint | transloco }}</p>
          <code class="url" data-testid="calendar-feed-url">{{ l.url }}</code>
          <button nz-button nzSize="small" type="button" (click)="copy(l.url)">{{ text.copy | transloco }}</button>
        } @else {
          <button nz-button type="button" (click)="showLink()" data-testid="calendar-feed">{{ text.subscribe | transloco }}</button>
        }
      </div>
      @if (list.error()) {
        <div class="state" role="alert">
          <p>{{ common.loadFailed | transloco }}</p>
          <button nz-button type="button" (click)="list.reload()">{{ common.retry | transloco }}</button>
        </div>
      } @else if (items(); as items) {
        @if (items.length === 0) {
          <div class="state">
            <nz-empty [nzNotFoundContent]="text.empty | transloco" />
            <a nz-button nzType="primary" routerLink="/roadshows">{{ text.browse | transloco }}</a>
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
      error: (e: unknown) => this.message.error(describeError(e, this.language.lang())),
    });
  }

  protected copy(url: string): void {
    navigator.clipboard?.writeText(url).then(
      () => this.message.success(this.language.t(TEXT.copied)),
      () => undefined,
    );
  }
}
