import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatUtcOffset, zoneName } from '@market/shared/time';
import { Localized, TrPipe } from '@market/web/ui';
import { MARKET_SECTIONS } from '../sections';

const TEXT = {
  about: {
    zh: '网上技术市场 3.0：连接高校院所、企业与技术经纪人的线上线下技术交易平台。',
    en: 'Online Technology Market 3.0: where universities, institutes, companies and technology brokers trade technology, online and on site.',
  },
  openSource: { zh: '开源项目', en: 'Open-source project' },
} satisfies Record<string, Localized>;

@Component({
  selector: 'tm-site-footer',
  imports: [RouterLink, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <footer>
      <nav>
        @for (section of sections; track section.path) {
          <a [routerLink]="'/' + section.path">{{ section.label | tr }}</a>
        }
      </nav>
      <p>{{ text.about | tr }}</p>
      <p class="small">{{ time | tr }} · {{ text.openSource | tr }}</p>
    </footer>
  `,
  styles: `
    footer { max-width: 1200px; margin: 0 auto; padding: 32px 24px 40px; color: rgba(0, 0, 0, 0.55); }
    nav { display: flex; flex-wrap: wrap; gap: 8px 20px; margin-bottom: 12px; }
    nav a { color: rgba(0, 0, 0, 0.65); }
    p { margin: 0 0 4px; }
    .small { font-size: 12px; color: rgba(0, 0, 0, 0.45); }
  `,
})
export class SiteFooter {
  protected readonly text = TEXT;
  protected readonly sections = MARKET_SECTIONS;
  /** The market's zone (set at start-up from `GET /api/config`) and its offset today: 北京时间（UTC+8）. */
  protected readonly time: Localized = (() => {
    const name = zoneName();
    const offset = formatUtcOffset();
    return { zh: `页面时间均为${name.zh}（${offset}）`, en: `Times are ${name.en} (${offset})` };
  })();
}
