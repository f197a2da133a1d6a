import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { TodoKind } from '@market/contracts';
import { BACK_OFFICE_LINKS } from './back-office-links';
import { WorkList } from '@market/web/portal/work';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import {
  AuditOutline,
  BarChartOutline,
  CalendarOutline,
  FileDoneOutline,
  FlagOutline,
  InteractionOutline,
  NotificationOutline,
  RiseOutline,
  SafetyCertificateOutline,
  ScheduleOutline,
  TrophyOutline,
} from '@ant-design/icons-angular/icons';

/** The side menu of staff's pages (the Ant Design Pro layout), each queue with its live count. */
@Component({
  selector: 'tm-back-office-menu',
  imports: [RouterLink, RouterLinkActive, NzIconModule, TranslocoPipe],
  providers: [
    provideNzIconsPatch([AuditOutline, BarChartOutline, CalendarOutline, FileDoneOutline, FlagOutline, InteractionOutline, NotificationOutline, RiseOutline, SafetyCertificateOutline, ScheduleOutline, TrophyOutline]),
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="menu" [attr.aria-label]="'shell.backOffice.name' | transloco" data-testid="back-office-menu">
      <p class="head">{{ 'shell.backOffice.name' | transloco }}</p>
      <ul>
        @for (link of links; track link.path) {
          <li>
            <a [routerLink]="link.path" routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }" ariaCurrentWhenActive="page"
               [attr.data-testid]="'back-office-' + link.path.slice(1).replace('/', '-')">
              <nz-icon [nzType]="link.icon" aria-hidden="true" />
              <span class="label">{{ link.label | transloco }}</span>
              @if (link.todo && count(link.todo); as n) {
                <span class="n">{{ n > 99 ? '99+' : n }}</span>
              }
            </a>
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    :host { display: block; }
    .menu { position: sticky; top: 76px; padding: 8px 0; border-radius: 8px; background: #fff; }
    .head { margin: 0; padding: 8px 20px; color: var(--market-text-secondary); font-size: 12px; }
    ul { margin: 0; padding: 0; list-style: none; }
    a { display: flex; align-items: center; gap: 10px; height: 40px; padding: 0 16px 0 20px; border-right: 3px solid transparent;
      color: rgba(0, 0, 0, .88); }
    a:hover { color: var(--market-primary); }
    a.active { border-right-color: var(--market-primary); background: var(--market-primary-bg); color: var(--market-primary); font-weight: 500; }
    .label { flex: 1; white-space: nowrap; }
    .n { min-width: 20px; padding: 0 6px; border-radius: 10px; background: var(--market-danger); color: #fff; font-size: 12px; line-height: 20px;
      text-align: center; }
  `,
})
export class BackOfficeMenu {
  private readonly work = inject(WorkList);
  protected readonly links = BACK_OFFICE_LINKS;
  private readonly counts = computed(() => new Map((this.work.todo()?.items ?? []).map((i) => [i.kind, i.count])));
  protected count(kind: TodoKind): number {
    return this.counts().get(kind) ?? 0;
  }
}
