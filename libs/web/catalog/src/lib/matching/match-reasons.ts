import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { LanguageService } from '@market/web/ui';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { reasonText } from './match.model';

/** The server's reasons for a match as tags (translated for English readers when known). */
@Component({
  selector: 'tm-match-reasons',
  imports: [NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (reason of reasons(); track $index) {
      <nz-tag nzColor="green" data-testid="match-reason">{{ text(reason) }}</nz-tag>
    }
  `,
  styles: `
    :host { display: flex; flex-wrap: wrap; gap: 4px 0; min-width: 0; }
    nz-tag { max-width: 100%; white-space: normal; overflow-wrap: anywhere; }
  `,
})
export class MatchReasons {
  readonly reasons = input.required<readonly string[]>();
  private readonly language = inject(LanguageService);
  protected text(reason: string): string {
    return reasonText(reason, this.language.lang());
  }
}
