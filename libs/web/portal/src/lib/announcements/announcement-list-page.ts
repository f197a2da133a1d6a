import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ANNOUNCEMENT_KIND_LABELS, ANNOUNCEMENT_KINDS, type AnnouncementKind, type AnnouncementSummary, type Paginated } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { TrPipe, WallTimePipe } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ANNOUNCEMENT_TEXT as T } from '../data/texts';

const PAGE_SIZE = 20;
const isKind = (v: string | undefined): v is AnnouncementKind => (ANNOUNCEMENT_KINDS as readonly string[]).includes(v ?? '');

/** 通知公告 and 政策法规: a tab per kind and the page, both in the URL (`?kind=policy&page=2`). */
@Component({
  selector: 'tm-announcement-list-page',
  imports: [RouterLink, TranslocoPipe, TrPipe, WallTimePipe, NzButtonModule, NzPaginationModule, NzTabsModule, NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="head">
      <h1>{{ text.title | transloco }}</h1>
      @if (auth.role() === 'staff') {
        <a nz-button nzType="primary" routerLink="/announcements/new" data-testid="announcement-new">{{ text.write | transloco }}</a>
      }
    </header>
    <nz-tabs [nzSelectedIndex]="tabIndex()" (nzSelectedIndexChange)="selectTab($event)">
      <nz-tab [nzTitle]="text.all | transloco" />
      @for (k of kinds; track k) {
        <nz-tab [nzTitle]="kindLabels[k] | tr" />
      }
    </nz-tabs>
    @if (list.value(); as l) {
      <ul class="list" data-testid="announcement-list">
        @for (a of l.items; track a.id) {
          <li data-testid="announcement-item">
            <a class="title" [routerLink]="['/announcements', a.id]" data-user-content>{{ a.title }}</a>
            <p class="excerpt" data-user-content>{{ a.excerpt }}</p>
            <p class="meta">
              @if (a.pinned) { <nz-tag nzColor="red">{{ text.pinned | transloco }}</nz-tag> }
              <nz-tag>{{ kindLabels[a.kind] | tr }}</nz-tag>
              {{ a.publishedAt | wallTime: 'date' }}
            </p>
          </li>
        } @empty {
          <li class="empty">{{ text.empty | transloco }}</li>
        }
      </ul>
      @if (l.total > pageSize) {
        <nz-pagination [nzPageIndex]="pageNumber()" [nzPageSize]="pageSize" [nzTotal]="l.total" (nzPageIndexChange)="go(kindFilter(), $event)" />
      }
    }
  `,
  styles: `
    .head { display: flex; justify-content: space-between; align-items: center; gap: 12px; }
    h1 { font-size: 22px; margin: 0; }
    .list { list-style: none; margin: 0 0 16px; padding: 0; }
    .list li { padding: 14px 0; border-bottom: 1px solid #f0f0f0; }
    .title { font-size: 16px; font-weight: 500; }
    .excerpt { margin: 4px 0; color: var(--market-text); overflow-wrap: anywhere; }
    .meta { margin: 0; font-size: 12px; color: var(--market-text-secondary); }
    .empty { color: var(--market-text-secondary); }
  `,
})
export class AnnouncementListPage {
  /** `?kind=` and `?page=` (component input binding). */
  readonly kind = input<string>();
  readonly page = input<string>();

  protected readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly text = T;
  protected readonly kinds = ANNOUNCEMENT_KINDS;
  protected readonly kindLabels = ANNOUNCEMENT_KIND_LABELS;
  protected readonly pageSize = PAGE_SIZE;

  protected readonly kindFilter = computed<AnnouncementKind | null>(() => {
    const k = this.kind();
    return isKind(k) ? k : null;
  });
  protected readonly pageNumber = computed(() => Math.max(1, Math.min(10_000, Number.parseInt(this.page() ?? '1', 10) || 1)));
  protected readonly tabIndex = computed(() => (this.kindFilter() ? ANNOUNCEMENT_KINDS.indexOf(this.kindFilter()!) + 1 : 0));

  protected readonly list = httpResource<Paginated<AnnouncementSummary>>(() => ({
    url: '/api/announcements',
    params: { page: this.pageNumber(), pageSize: PAGE_SIZE, ...(this.kindFilter() ? { kind: this.kindFilter()! } : {}) },
  }));

  protected selectTab(index: number): void {
    this.go(index === 0 ? null : ANNOUNCEMENT_KINDS[index - 1], 1);
  }

  protected go(kind: AnnouncementKind | null, page: number): void {
    void this.router.navigate([], { queryParams: { kind: kind ?? null, page: page > 1 ? page : null }, queryParamsHandling: 'merge' });
  }
}
