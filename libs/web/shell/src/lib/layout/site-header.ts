import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { AuthStore } from '@market/web/identity';
import { TranslocoPipe } from '@jsverse/transloco';
import { HOME_LABEL, MARKET_SECTIONS } from '../sections';
import { LanguageSwitch } from './language-switch';
import { NotificationBell } from './notification-bell';
import { SectionDrawer } from './section-drawer';
import { UserMenu } from './user-menu';
import { WorkBadge } from './work-badge';

const TEXT = {
  brand: 'shell.siteHeader.brand',
  sections: 'shell.siteHeader.sections',
  menu: 'shell.siteHeader.menu',
  login: 'shell.siteHeader.login',
  register: 'shell.siteHeader.register',
} satisfies Record<string, string>;

/**
 * The header. The drawer, the notification bell and the user menu (and with them ng-zorro's overlay code) are deferred:
 * most first visits are signed out on a wide screen and need neither.
 */
@Component({
  selector: 'tm-site-header',
  imports: [RouterLink, RouterLinkActive, TranslocoPipe, LanguageSwitch, NotificationBell, SectionDrawer, UserMenu, WorkBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './site-header.html',
  styleUrl: './site-header.css',
})
export class SiteHeader {
  protected readonly store = inject(AuthStore);
  protected readonly text = TEXT;
  protected readonly home = HOME_LABEL;
  protected readonly sections = MARKET_SECTIONS;
  protected readonly drawerOpen = signal(false);
}
