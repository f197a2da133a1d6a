import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ROLE_LABELS } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { Localized, TrPipe } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';

const TEXT = {
  title: { zh: '无权访问', en: 'Not allowed' },
  body: {
    zh: '这个页面只对特定角色开放，您当前的账号没有访问权限。如需帮助，请联系科技局。',
    en: 'This page is open to certain roles only, and your account is not one of them. Contact the bureau if you need help.',
  },
  current: { zh: '当前身份：', en: 'Signed in as: ' },
  home: { zh: '返回首页', en: 'Back to home' },
} satisfies Record<string, Localized>;

@Component({
  selector: 'tm-forbidden-page',
  imports: [RouterLink, NzButtonModule, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './error-page.css',
  template: `
    <section class="error-page" data-testid="forbidden">
      <p class="code">403</p>
      <h1>{{ text.title | tr }}</h1>
      <p>{{ text.body | tr }}</p>
      @if (store.user(); as user) {
        <p>{{ text.current | tr }}{{ user.name }} · {{ roleLabels[user.role] | tr }}</p>
      }
      <a nz-button nzType="primary" routerLink="/">{{ text.home | tr }}</a>
    </section>
  `,
})
export class ForbiddenPage {
  protected readonly store = inject(AuthStore);
  protected readonly text = TEXT;
  protected readonly roleLabels = ROLE_LABELS;
}
