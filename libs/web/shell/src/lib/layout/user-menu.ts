import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ORGANIZATION_KIND_LABELS, ROLE_LABELS, Role, User } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { TranslocoPipe } from '@jsverse/transloco';
import { LAZY_STYLES, LanguageService, TrPipe, loadStylesheet } from '@market/web/ui';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import {
  AuditOutline,
  FileDoneOutline,
  CalendarOutline,
  DownOutline,
  ExperimentOutline,
  InteractionOutline,
  LogoutOutline,
  MailOutline,
  PlusOutline,
  SafetyCertificateOutline,
  ScheduleOutline,
  SolutionOutline,
  TeamOutline,
  UserOutline,
} from '@ant-design/icons-angular/icons';

const TEXT = {
  logout: 'shell.userMenu.logout',
  notificationSettings: 'shell.userMenu.notificationSettings',
} satisfies Record<string, string>;

interface MenuLink {
  path: string;
  icon: string;
  label: string;
  testId: string;
}

/** 撮合工作台: need ↔ achievement pairs to follow up (brokers and staff). */
const MATCHMAKING_LINK: MenuLink = {
  path: '/matchmaking',
  icon: 'interaction',
  label: 'shell.userMenu.matchmaking',
  testId: 'menu-matchmaking',
};

/** 我的工作台: every role's list of what waits for it, first in the menu as it is the landing page. */
const MY_WORKBENCH_LINK: MenuLink = { path: '/workbench', icon: 'schedule', label: 'shell.userMenu.myWorkbench', testId: 'menu-my-workbench' };

/** 本单位: members see their organization's verification; its admin invites and removes members. */
const ORGANIZATION_LINK: MenuLink = { path: '/organization', icon: 'team', label: 'shell.userMenu.myOrganization', testId: 'menu-organization' };

/** 我的活动: every role may register for roadshows. */
const MY_EVENTS_LINK: MenuLink = { path: '/me/roadshows', icon: 'calendar', label: 'shell.userMenu.myEvents', testId: 'menu-my-roadshows' };

/** The pages each role works in, reachable from the account menu. */
const ROLE_LINKS: Partial<Record<Role, MenuLink[]>> = {
  researcher: [
    MY_WORKBENCH_LINK,
    { path: '/me/achievements', icon: 'experiment', label: 'shell.userMenu.myResults', testId: 'menu-my-achievements' },
    { path: '/achievements/new', icon: 'plus', label: 'shell.userMenu.listAResult', testId: 'menu-new-achievement' },
    MY_EVENTS_LINK,
    ORGANIZATION_LINK,
  ],
  enterprise: [
    MY_WORKBENCH_LINK,
    { path: '/me/needs', icon: 'solution', label: 'shell.userMenu.myNeeds', testId: 'menu-my-needs' },
    { path: '/needs/new', icon: 'plus', label: 'shell.userMenu.postANeed', testId: 'menu-new-need' },
    MY_EVENTS_LINK,
    ORGANIZATION_LINK,
  ],
  broker: [MY_WORKBENCH_LINK, MATCHMAKING_LINK, MY_EVENTS_LINK, ORGANIZATION_LINK],
  staff: [
    MY_WORKBENCH_LINK,
    { path: '/review', icon: 'audit', label: 'shell.userMenu.review', testId: 'menu-review' },
    { path: '/organizations/verification', icon: 'safety-certificate', label: 'shell.userMenu.verification', testId: 'menu-verification' },
    { path: '/deals/registration', icon: 'file-done', label: 'shell.userMenu.contractRegistration', testId: 'menu-contract-registration' },
    MATCHMAKING_LINK,
    { path: '/roadshows/new', icon: 'calendar', label: 'shell.userMenu.newEvent', testId: 'menu-new-roadshow' },
  ],
};

@Component({
  selector: 'tm-user-menu',
  imports: [RouterLink, NzDropDownModule, NzIconModule, TranslocoPipe, TrPipe],
  providers: [
    provideNzIconsPatch([AuditOutline, CalendarOutline, DownOutline, ExperimentOutline, FileDoneOutline, InteractionOutline, LogoutOutline, MailOutline, PlusOutline, SafetyCertificateOutline, ScheduleOutline, SolutionOutline, TeamOutline, UserOutline]),
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.user(); as user) {
      <button type="button" class="trigger" nz-dropdown nzTrigger="click" nzPlacement="bottomRight" [nzDropdownMenu]="menu"
              data-testid="user-menu">
        <nz-icon nzType="user" class="avatar" aria-hidden="true" />
        <span class="name" data-testid="user-name" data-user-content>{{ user.name }}</span>
        <span class="role">{{ roleLabels[user.role] | tr }}</span>
        <nz-icon nzType="down" class="caret" aria-hidden="true" />
      </button>
      <nz-dropdown-menu #menu="nzDropdownMenu">
        <ul nz-menu>
          <!-- Who is signed in: information, not an action, so not a menu item. -->
          <li class="who" role="presentation">
            <strong>{{ user.name }}</strong>
            <span>{{ roleLabels[user.role] | tr }}</span>
            <span data-testid="user-organization">{{ organizationLine(user) }}</span>
          </li>
          <li nz-menu-divider></li>
          @if (links(user.role); as links) {
            @for (link of links; track link.path) {
              <li nz-menu-item tabindex="0" [routerLink]="link.path" [attr.data-testid]="link.testId">
                <nz-icon [nzType]="link.icon" aria-hidden="true" /> {{ link.label | transloco }}
              </li>
            }
            <li nz-menu-divider></li>
          }
          <li nz-menu-item tabindex="0" routerLink="/me/notifications" data-testid="menu-notification-settings">
            <nz-icon nzType="mail" aria-hidden="true" /> {{ text.notificationSettings | transloco }}
          </li>
          <li nz-menu-item tabindex="0" (click)="logout()" (keydown.enter)="logout()" data-testid="logout">
            <nz-icon nzType="logout" aria-hidden="true" /> {{ text.logout | transloco }}
          </li>
        </ul>
      </nz-dropdown-menu>
    }
  `,
  styles: `
    .trigger { display: inline-flex; align-items: center; gap: 6px; max-width: 100%; padding: 4px 8px; border: 0;
      border-radius: 6px; background: none; cursor: pointer; font: inherit; color: inherit; }
    .trigger:hover { background: rgba(0, 0, 0, 0.04); }
    .avatar { padding: 5px; border-radius: 50%; background: #e6f7ff; color: var(--market-primary); }
    .name { overflow: hidden; max-width: 10em; text-overflow: ellipsis; white-space: nowrap; font-weight: 500; }
    .role { color: var(--market-text-secondary); font-size: 12px; white-space: nowrap; }
    .caret { font-size: 10px; color: var(--market-text-secondary); }
    .who { display: flex; flex-direction: column; gap: 2px; max-width: 280px; padding: 6px 12px; line-height: 1.5; }
    .who strong { color: rgba(0, 0, 0, 0.88); }
    .who span { color: var(--market-text-secondary); font-size: 12px; }
    @media (max-width: 768px) {
      .role, .caret { display: none; }
      .name { max-width: 5em; }
    }
  `,
})
export class UserMenu {
  protected readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly roleLabels = ROLE_LABELS;

  constructor() {
    // The menu opens only on a click, by which time its styles have long arrived.
    void loadStylesheet(LAZY_STYLES.dropdown);
  }

  protected links(role: Role): MenuLink[] | null {
    return ROLE_LINKS[role] ?? null;
  }

  protected organizationLine(user: User): string {
    const kind = ORGANIZATION_KIND_LABELS[user.organization.kind];
    return kind ? `${user.organization.name} · ${this.language.text(kind)}` : user.organization.name;
  }

  protected logout(): void {
    this.store.clear();
    void this.router.navigateByUrl('/');
  }
}
