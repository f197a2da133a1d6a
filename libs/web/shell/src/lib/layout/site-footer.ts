import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatUtcOffset, zoneName } from '@market/shared/time';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, PublicConfigStore } from '@market/web/ui';
import { MARKET_SECTIONS } from '../sections';

const TEXT = {
  about: 'shell.siteFooter.about',
  openSource: 'shell.siteFooter.openSource',
  host: 'shell.siteFooter.host',
  contact: 'shell.siteFooter.contact',
  announcements: 'shell.siteFooter.announcements',
} satisfies Record<string, string>;

@Component({
  selector: 'tm-site-footer',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <footer>
      <nav>
        @for (section of sections; track section.path) {
          <a [routerLink]="'/' + section.path">{{ section.label | transloco }}</a>
        }
        <a routerLink="/announcements">{{ text.announcements | transloco }}</a>
      </nav>
      <p>{{ text.about | transloco }}</p>
      @if (site(); as s) {
        <!-- who runs the platform, as configured (SITE_*): the operator's own words -->
        <p class="small" data-testid="site-host">{{ text.host | transloco }}<span data-user-content>{{ s.host }}</span> · {{ text.contact | transloco }}<span data-user-content>{{ s.contact }}</span></p>
        <p class="small" data-testid="site-filing">
          <span data-user-content>{{ s.icp }}</span>
          @if (s.publicSecurity) { · <span data-user-content>{{ s.publicSecurity }}</span> }
        </p>
      }
      <p class="small">{{ time() }} · {{ text.openSource | transloco }}</p>
    </footer>
  `,
  styles: `
    footer { max-width: 1200px; margin: 0 auto; padding: 32px 24px 40px; color: var(--market-text-secondary); }
    nav { display: flex; flex-wrap: wrap; gap: 8px 20px; margin-bottom: 12px; }
    nav a { color: rgba(0, 0, 0, 0.65); }
    p { margin: 0 0 4px; }
    .small { font-size: 12px; color: var(--market-text-secondary); }
  `,
})
export class SiteFooter {
  protected readonly text = TEXT;
  protected readonly sections = MARKET_SECTIONS;
  /** The market's zone (set at start-up from `GET /api/config`) and its offset today: 北京时间（UTC+8）. */
  private readonly language = inject(LanguageService);
  private readonly publicConfig = inject(PublicConfigStore);
  protected readonly site = computed(() => this.publicConfig.config()?.site ?? null);
  private readonly zone = zoneName();
  private readonly offset = formatUtcOffset();
  protected readonly time = computed(() => this.language.t('shell.siteFooter.times', { zone: this.language.text(this.zone), offset: this.offset }));
}
