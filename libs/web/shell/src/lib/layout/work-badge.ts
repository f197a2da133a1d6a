import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { WorkList } from '@market/web/portal/work';
import { LanguageService } from '@market/web/ui';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { ScheduleOutline } from '@ant-design/icons-angular/icons';

const TEXT = {
  workbench: 'shell.workBadge.workbench',
  waiting: 'shell.workBadge.waiting',
} satisfies Record<string, string>;

/** 工作台 in the header, with the number of things waiting; live through the work list's socket. */
@Component({
  selector: 'tm-work-badge',
  imports: [RouterLink, RouterLinkActive, NzIconModule, TranslocoPipe],
  providers: [provideNzIconsPatch([ScheduleOutline])],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="work" routerLink="/workbench" routerLinkActive="active" [attr.aria-label]="label()" [attr.title]="text.workbench | transloco" data-testid="work-badge">
      <nz-icon nzType="schedule" aria-hidden="true" />
      @if (work.total() > 0) {
        <span class="badge" data-testid="todo-count">{{ work.total() > 99 ? '99+' : work.total() }}</span>
      }
    </a>
  `,
  // an icon with a badge, as the bell beside it: the header has no room for another word
  styles: `
    .work { position: relative; display: inline-grid; width: 36px; height: 36px; border-radius: 6px; place-items: center;
      color: rgba(0, 0, 0, .75); font-size: 18px; text-decoration: none; }
    .work:hover, .work.active { background: rgba(0, 0, 0, .06); }
    .badge { position: absolute; top: 2px; right: 0; min-width: 16px; height: 16px; padding: 0 4px; border-radius: 8px;
      background: var(--market-danger); color: #fff; font-size: 11px; line-height: 16px; text-align: center; }
  `,
})
export class WorkBadge {
  protected readonly work = inject(WorkList);
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly label = computed(() => {
    const n = this.work.total();
    const name = this.language.t(TEXT.workbench);
    // the visible count is part of the accessible name (WCAG 2.5.3)
    return n ? `${name} ${n > 99 ? '99+' : n} ${this.language.t(TEXT.waiting)}` : name;
  });
}
