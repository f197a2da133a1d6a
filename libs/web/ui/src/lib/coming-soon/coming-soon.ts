import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Localized } from '../i18n/localized';
import { TrPipe } from '../i18n/tr.pipe';

/** What a section not built yet will offer; given through route data so one component serves all. */
export interface ComingSoonSection {
  title: Localized;
  summary: Localized;
  offers: Localized[];
}

const TEXT = {
  badge: { zh: '即将上线', en: 'Coming soon' },
  planned: { zh: '上线后您可以：', en: 'When it opens you will be able to:' },
  back: { zh: '返回首页', en: 'Back to home' },
} satisfies Record<string, Localized>;

/**
 * An honest placeholder for a section under construction. Deliberately free of ng-zorro: this
 * library is imported by the eager header, and anything referenced here lands in the first download.
 */
@Component({
  selector: 'tm-coming-soon',
  imports: [RouterLink, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="coming-soon" data-testid="coming-soon">
      <span class="badge">{{ text.badge | tr }}</span>
      <h1>{{ section().title | tr }}</h1>
      <p class="summary">{{ section().summary | tr }}</p>
      <h2>{{ text.planned | tr }}</h2>
      <ul>
        @for (offer of section().offers; track $index) {
          <li>{{ offer | tr }}</li>
        }
      </ul>
      <a class="back" routerLink="/">{{ text.back | tr }}</a>
    </section>
  `,
  styles: `
    .coming-soon { max-width: 720px; margin: 0 auto; padding: 48px 0; }
    .badge { display: inline-block; padding: 2px 10px; border-radius: 12px; background: #fff7e6; color: #d46b08; font-size: 13px; }
    h1 { margin: 12px 0 8px; font-size: 28px; }
    .summary { font-size: 16px; line-height: 1.7; color: rgba(0, 0, 0, 0.65); }
    h2 { margin-top: 24px; font-size: 16px; }
    ul { padding: 0; margin: 0 0 32px; list-style: none; }
    li { position: relative; padding: 6px 0 6px 26px; line-height: 1.6; }
    li::before { position: absolute; top: 6px; left: 0; color: #1890ff; font-weight: 700; content: '✓'; }
    .back { display: inline-block; padding: 4px 15px; border: 1px solid #d9d9d9; border-radius: 2px; background: #fff;
      color: rgba(0, 0, 0, 0.88); }
    .back:hover { border-color: #40a9ff; color: #40a9ff; }
  `,
})
export class ComingSoon {
  readonly section = input.required<ComingSoonSection>();
  protected readonly text = TEXT;
}
