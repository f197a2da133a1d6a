import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

@Component({
  selector: 'tm-shell-layout',
  imports: [RouterOutlet, SiteHeader, SiteFooter, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <!-- keyboard users reach the page's content without tabbing through the whole header -->
    <a class="skip-link" href="#main">{{ text.skip | transloco }}</a>
    <tm-site-header />
    <main id="main" tabindex="-1"><router-outlet /></main>
    <tm-site-footer />
  `,
  styles: `
    :host { display: flex; flex-direction: column; min-height: 100vh; }
    main { flex: 1; width: 100%; max-width: 1200px; margin: 0 auto; padding: 0 24px; }
    main:focus { outline: none; }
    .skip-link { position: absolute; left: 8px; top: -48px; z-index: 1000; padding: 8px 16px; border-radius: 4px;
      background: var(--market-primary); color: #fff; }
    .skip-link:focus { top: 8px; }
    @media (max-width: 480px) { main { padding: 0 16px; } }
  `,
})
export class ShellLayout {
  protected readonly text = { skip: 'shell.shellLayout.skip' };
}
