import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { MatchReason } from '@market/contracts';
import { LanguageService } from '@market/web/ui';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { reasonTag } from './match.model';

/** The server's reasons for a match as tags, in the reader's language, coloured by whether they speak for or against it. */
@Component({
  selector: 'tm-match-reasons',
  imports: [NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (tag of tags(); track $index) {
      <nz-tag [nzColor]="tag.color" [attr.data-sign]="tag.sign" data-testid="match-reason">{{ tag.text }}</nz-tag>
    }
  `,
  styles: `
    :host { display: flex; flex-wrap: wrap; gap: 4px 0; min-width: 0; }
    nz-tag { max-width: 100%; white-space: normal; overflow-wrap: anywhere; }
  `,
})
export class MatchReasons {
  readonly explanations = input.required<readonly MatchReason[]>();
  private readonly language = inject(LanguageService);
  protected readonly tags = computed(() => this.explanations().map((r) => reasonTag(r, this.language.lang())));
}
