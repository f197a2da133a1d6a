import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

@Component({
  selector: 'tm-shell-layout',
  imports: [RouterOutlet, SiteHeader, SiteFooter],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <tm-site-header />
    <main><router-outlet /></main>
    <tm-site-footer />
  `,
  styles: `
    :host { display: flex; flex-direction: column; min-height: 100vh; }
    main { flex: 1; width: 100%; max-width: 1200px; margin: 0 auto; padding: 0 24px; }
    @media (max-width: 480px) { main { padding: 0 16px; } }
  `,
})
export class ShellLayout {}
