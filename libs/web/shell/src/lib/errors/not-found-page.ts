import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Localized, TrPipe } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';

const TEXT = {
  title: { zh: '页面不存在', en: 'Page not found' },
  body: {
    zh: '您访问的页面不存在或已被移除，请检查地址，或从首页重新开始。',
    en: 'This page does not exist or has been removed. Check the address, or start again from the home page.',
  },
  home: { zh: '返回首页', en: 'Back to home' },
} satisfies Record<string, Localized>;

@Component({
  selector: 'tm-not-found-page',
  imports: [RouterLink, NzButtonModule, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './error-page.css',
  template: `
    <section class="error-page" data-testid="not-found">
      <p class="code">404</p>
      <h1>{{ text.title | tr }}</h1>
      <p>{{ text.body | tr }}</p>
      <a nz-button nzType="primary" routerLink="/">{{ text.home | tr }}</a>
    </section>
  `,
})
export class NotFoundPage {
  protected readonly text = TEXT;
}
