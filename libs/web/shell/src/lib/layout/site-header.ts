import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { AuthStore } from '@market/web/identity';
import { Localized, TrPipe } from '@market/web/ui';
import { HOME_LABEL, MARKET_SECTIONS } from '../sections';
import { LanguageSwitch } from './language-switch';
import { NotificationBell } from './notification-bell';
import { SectionDrawer } from './section-drawer';
import { UserMenu } from './user-menu';

const TEXT = {
  brand: { zh: '网上技术市场', en: 'Tech Market' },
  sections: { zh: '栏目', en: 'Sections' },
  menu: { zh: '打开栏目菜单', en: 'Open the section menu' },
  login: { zh: '登录', en: 'Sign in' },
  register: { zh: '注册', en: 'Register' },
} satisfies Record<string, Localized>;

/**
 * The header. The drawer, the notification bell and the user menu (and with them ng-zorro's overlay code) are deferred:
 * most first visits are signed out on a wide screen and need neither.
 */
@Component({
  selector: 'tm-site-header',
  imports: [RouterLink, RouterLinkActive, TrPipe, LanguageSwitch, NotificationBell, SectionDrawer, UserMenu],
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
