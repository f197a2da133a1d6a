import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ROLE_LABELS } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { TranslocoPipe } from '@jsverse/transloco';
import { TrPipe } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';

const TEXT = {
  title: 'shell.forbiddenPage.notAllowed',
  body: 'shell.forbiddenPage.thisPageIsOpen',
  current: 'shell.forbiddenPage.current',
  home: 'shell.forbiddenPage.home',
} satisfies Record<string, string>;

@Component({
  selector: 'tm-forbidden-page',
  imports: [RouterLink, NzButtonModule, TranslocoPipe, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './error-page.css',
  template: `
    <section class="error-page" data-testid="forbidden">
      <p class="code">403</p>
      <h1>{{ text.title | transloco }}</h1>
      <p>{{ text.body | transloco }}</p>
      @if (store.user(); as user) {
        <p>{{ text.current | transloco }}<span data-user-content>{{ user.name }}</span> · {{ roleLabels[user.role] | tr }}</p>
      }
      <a nz-button nzType="primary" routerLink="/">{{ text.home | transloco }}</a>
    </section>
  `,
})
export class ForbiddenPage {
  protected readonly store = inject(AuthStore);
  protected readonly text = TEXT;
  protected readonly roleLabels = ROLE_LABELS;
}
