import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { AuthStore } from '@market/web/identity';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { HomeOutline } from '@ant-design/icons-angular/icons';
import { SECTION_ICONS } from '../section-icons';
import { HOME_LABEL, MARKET_SECTIONS } from '../sections';
import { LanguageSwitch } from './language-switch';

const TEXT = {
  title: 'shell.sectionDrawer.onlineTechnologyMarket',
  sections: 'shell.sectionDrawer.sections',
  register: 'shell.sectionDrawer.register',
} satisfies Record<string, string>;

/** The sections on narrow screens, where the header has no room for them. */
@Component({
  selector: 'tm-section-drawer',
  imports: [RouterLink, RouterLinkActive, NzButtonModule, NzDrawerModule, NzIconModule, TranslocoPipe, LanguageSwitch],
  providers: [provideNzIconsPatch([...SECTION_ICONS, HomeOutline])],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-drawer [nzVisible]="open()" nzPlacement="right" [nzWidth]="280" [nzTitle]="text.title | transloco" (nzOnClose)="closed.emit()">
      <ng-container *nzDrawerContent>
        <nav class="links" [attr.aria-label]="text.sections | transloco" data-testid="drawer-sections">
          <a routerLink="/" routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }" (click)="closed.emit()">
            <nz-icon nzType="home" aria-hidden="true" /> {{ home | transloco }}
          </a>
          @for (section of sections; track section.path) {
            <a [routerLink]="'/' + section.path" routerLinkActive="active" (click)="closed.emit()">
              <nz-icon [nzType]="section.icon" aria-hidden="true" /> {{ section.label | transloco }}
            </a>
          }
        </nav>
        @if (!store.signedIn()) {
          <a nz-button nzType="primary" nzBlock routerLink="/register" class="register" (click)="closed.emit()">
            {{ text.register | transloco }}
          </a>
        }
        <div class="lang"><tm-language-switch /></div>
      </ng-container>
    </nz-drawer>
  `,
  styles: `
    .links { display: flex; flex-direction: column; }
    .links a { display: flex; gap: 10px; align-items: center; padding: 12px 8px; border-radius: 6px;
      color: rgba(0, 0, 0, 0.8); font-size: 16px; }
    .links a.active { background: #e6f7ff; color: var(--market-primary); }
    .register { margin-top: 16px; }
    .lang { margin-top: 16px; text-align: center; }
  `,
})
export class SectionDrawer {
  readonly open = input(false);
  readonly closed = output();
  protected readonly store = inject(AuthStore);
  protected readonly text = TEXT;
  protected readonly home = HOME_LABEL;
  protected readonly sections = MARKET_SECTIONS;
}
