import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '@market/web/identity';
import { filter, map } from 'rxjs';
import { isBackOfficePage } from './back-office-links';
import { BackOfficeMenu } from './back-office-menu';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

@Component({
  selector: 'tm-shell-layout',
  imports: [RouterOutlet, SiteHeader, SiteFooter, TranslocoPipe, BackOfficeMenu],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <!-- keyboard users reach the page's content without tabbing through the whole header -->
    <a class="skip-link" href="#main">{{ text.skip | transloco }}</a>
    <tm-site-header />
    <div class="body" [class.with-menu]="backOffice()">
      @if (backOffice()) {
        <!-- staff only, and only on the back office's pages: the menu stays out of the first download -->
        @defer (on immediate) {
          <tm-back-office-menu class="side" />
        }
      }
      <main id="main" tabindex="-1"><router-outlet /></main>
    </div>
    <tm-site-footer />
  `,
  styles: `
    :host { display: flex; flex-direction: column; min-height: 100vh; }
    .body { display: flex; flex: 1; width: 100%; max-width: 1200px; margin: 0 auto; }
    .body.with-menu { max-width: 1440px; gap: 16px; padding-left: 24px; }
    .side { flex: none; width: 208px; padding-top: 24px; }
    main { flex: 1; min-width: 0; padding: 0 24px; }
    main:focus { outline: none; }
    .skip-link { position: absolute; left: 8px; top: -48px; z-index: 1000; padding: 8px 16px; border-radius: 4px;
      background: var(--market-primary); color: #fff; }
    .skip-link:focus { top: 8px; }
    /* narrower screens: the header's drawer and the account menu reach the same pages */
    @media (max-width: 1080px) {
      .body.with-menu { padding-left: 0; }
      .side { display: none; }
    }
    @media (max-width: 480px) { main { padding: 0 16px; } }
    /* a printed page (成交确认书) is the page alone, without the site's frame */
    @media print {
      tm-site-header, tm-site-footer, .side, .skip-link { display: none; }
      main { padding: 0; }
    }
  `,
})
export class ShellLayout {
  protected readonly text = { skip: 'shell.shellLayout.skip' };
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((e): e is NavigationEnd => e instanceof NavigationEnd),
      map((e) => e.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );
  /** Staff on one of the back office's pages see its side menu. */
  protected readonly backOffice = computed(() => this.auth.role() === 'staff' && isBackOfficePage(this.url()));
}
