import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';

const TEXT = {
  title: 'shell.notFoundPage.pageNotFound',
  body: 'shell.notFoundPage.thisPageDoesNot',
  home: 'shell.notFoundPage.home',
} satisfies Record<string, string>;

@Component({
  selector: 'tm-not-found-page',
  imports: [RouterLink, NzButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './error-page.css',
  template: `
    <section class="error-page" data-testid="not-found">
      <p class="code">404</p>
      <h1>{{ text.title | transloco }}</h1>
      <p>{{ text.body | transloco }}</p>
      <a nz-button nzType="primary" routerLink="/">{{ text.home | transloco }}</a>
    </section>
  `,
})
export class NotFoundPage {
  protected readonly text = TEXT;
}
