import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { Notification, Paginated } from '@market/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { WorkList } from '@market/web/portal/work';
import { LAZY_STYLES, LanguageService, WallTimePipe, loadStylesheet } from '@market/web/ui';
import { BellOutline } from '@ant-design/icons-angular/icons';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { catchError, of, switchMap, timer } from 'rxjs';

const TEXT = {
  title: 'shell.notificationBell.notifications',
  unread: 'shell.notificationBell.unread',
  empty: 'shell.notificationBell.empty',
  markRead: 'shell.notificationBell.markRead',
} satisfies Record<string, string>;

/** How often the bell asks for news when no nudge came over the work list's socket (a lost connection, say). */
export const NOTIFICATION_POLL_MS = 60_000;
const SHOWN = 10;

type NotificationPage = Paginated<Notification> & { unread?: number };

/** The signed-in user's notifications: an unread badge, the latest ten, mark as read, open the link. */
@Component({
  selector: 'tm-notification-bell',
  imports: [NzDropDownModule, NzIconModule, TranslocoPipe, WallTimePipe],
  providers: [provideNzIconsPatch([BellOutline])],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="bell" nz-dropdown nzTrigger="click" nzPlacement="bottomRight" [nzDropdownMenu]="panel"
            (nzVisibleChange)="$event && refresh()" [attr.aria-label]="label()" data-testid="notification-bell">
      <nz-icon nzType="bell" aria-hidden="true" />
      @if (unread() > 0) {
        <span class="badge" data-testid="notification-count">{{ unread() > 99 ? '99+' : unread() }}</span>
      }
    </button>
    <nz-dropdown-menu #panel="nzDropdownMenu">
      <div class="panel" data-testid="notification-panel">
        <div class="panel-head">{{ text.title | transloco }}@if (unread()) {<span class="muted"> · {{ unread() }} {{ text.unread | transloco }}</span>}</div>
        @for (item of items(); track item.id) {
          <div class="item" [class.unread]="!item.readAt" data-testid="notification">
            <button type="button" class="open" (click)="open(item)">
              <!-- notifications are written once, in the platform's Chinese, and quote listings' titles -->
              <strong lang="zh-CN">{{ item.title }}</strong>
              <span class="body" lang="zh-CN">{{ item.body }}</span>
              <time>{{ item.createdAt | wallTime }}</time>
            </button>
            @if (!item.readAt) {
              <button type="button" class="mark" (click)="markRead(item)" data-testid="notification-read">{{ text.markRead | transloco }}</button>
            }
          </div>
        } @empty {
          <p class="empty">{{ text.empty | transloco }}</p>
        }
      </div>
    </nz-dropdown-menu>
  `,
  styles: `
    .bell { position: relative; display: inline-grid; width: 36px; height: 36px; padding: 0; border: 0; border-radius: 6px;
      background: none; cursor: pointer; place-items: center; font-size: 18px; color: rgba(0, 0, 0, .75); }
    .bell:hover { background: rgba(0, 0, 0, .06); }
    .badge { position: absolute; top: 2px; right: 0; min-width: 16px; height: 16px; padding: 0 4px; border-radius: 8px;
      background: var(--market-danger); color: #fff; font-size: 11px; line-height: 16px; text-align: center; }
    .panel { width: min(360px, calc(100vw - 24px)); max-height: 70vh; overflow-y: auto; padding: 4px 0; border-radius: 8px;
      background: #fff; box-shadow: 0 6px 16px rgba(0, 0, 0, .08), 0 3px 6px -4px rgba(0, 0, 0, .12); }
    .panel-head { padding: 8px 14px; border-bottom: 1px solid #f0f0f0; font-weight: 600; }
    .muted { font-weight: 400; color: rgba(0, 0, 0, .45); }
    .item { display: flex; align-items: flex-start; gap: 4px; border-bottom: 1px solid #f5f5f5; }
    .item.unread { background: #f0f7ff; }
    .open { display: flex; flex: 1; flex-direction: column; gap: 2px; min-width: 0; padding: 10px 14px; border: 0; background: none;
      cursor: pointer; font: inherit; text-align: left; color: inherit; }
    .open:hover { background: rgba(0, 0, 0, .03); }
    .body { color: rgba(0, 0, 0, .65); font-size: 13px; overflow-wrap: anywhere; }
    time { color: rgba(0, 0, 0, .45); font-size: 12px; }
    .mark { flex: none; margin: 8px 8px 0 0; padding: 2px 6px; border: 0; border-radius: 4px; background: none; cursor: pointer;
      color: var(--market-primary); font-size: 12px; }
    .mark:hover { background: #e6f7ff; }
    .empty { margin: 0; padding: 24px 14px; color: rgba(0, 0, 0, .45); text-align: center; }
  `,
})
export class NotificationBell {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly items = signal<Notification[]>([]);
  protected readonly unread = signal(0);
  protected readonly label = computed(() => {
    const n = this.unread();
    const title = this.language.t(TEXT.title);
    // the badge's visible count stands in the name as a word of its own (WCAG 2.5.3, label in name)
    return n ? `${title} ${n > 99 ? '99+' : n} ${this.language.t(TEXT.unread)}` : title;
  });

  constructor() {
    void loadStylesheet(LAZY_STYLES.dropdown);
    timer(0, NOTIFICATION_POLL_MS)
      .pipe(
        switchMap(() => this.fetch()),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((page) => this.apply(page));
    // a nudge of the work list usually comes with a notification (a review's result, a new match)
    const work = inject(WorkList);
    effect(() => {
      if (work.nudges() > 0) this.refresh();
    });
  }

  protected refresh(): void {
    this.fetch().subscribe((page) => this.apply(page));
  }

  protected markRead(item: Notification): void {
    if (item.readAt) return;
    const readAt = new Date().toISOString();
    // Optimistic: the badge drops at once; the next poll corrects it if the call failed.
    this.items.update((items) => items.map((n) => (n.id === item.id ? { ...n, readAt } : n)));
    this.unread.update((n) => Math.max(0, n - 1));
    this.http.post(`/api/notifications/${encodeURIComponent(item.id)}/read`, {}).pipe(catchError(() => of(null))).subscribe();
  }

  protected open(item: Notification): void {
    this.markRead(item);
    if (item.link && item.link.startsWith('/') && !item.link.startsWith('//')) void this.router.navigateByUrl(item.link);
  }

  private fetch() {
    return this.http
      .get<NotificationPage>('/api/notifications', { params: { page: 1, pageSize: SHOWN } })
      .pipe(catchError(() => of(null)));
  }

  private apply(page: NotificationPage | null): void {
    if (!page) return;
    this.items.set(page.items);
    this.unread.set(typeof page.unread === 'number' ? page.unread : page.items.filter((n) => !n.readAt).length);
  }
}
