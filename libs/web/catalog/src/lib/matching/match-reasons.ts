import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ExclamationCircleOutline } from '@ant-design/icons-angular/icons';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MatchReason } from '@market/contracts';
import { LanguageService } from '@market/web/ui';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { reasonTag } from './match.model';

/**
 * The server's reasons for a match as tags, in the reader's language, coloured by whether they
 * speak for or against it (`explanations[].sign`). A reason against the match (报价高于预算上限)
 * is a warning: an orange tag with a warning icon, and words for screen readers, so it is not
 * told apart by colour alone.
 */
@Component({
  selector: 'tm-match-reasons',
  imports: [NzIconModule, NzTagModule, TranslocoPipe],
  providers: [provideNzIconsPatch([ExclamationCircleOutline])],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (tag of tags(); track $index) {
      <nz-tag [nzColor]="tag.color" [class.against]="tag.sign === 'negative'" [attr.data-sign]="tag.sign" data-testid="match-reason">
        @if (tag.sign === 'negative') {
          <nz-icon nzType="exclamation-circle" aria-hidden="true" /><span class="market-visually-hidden">{{ against | transloco }}</span>
        }
        {{ tag.text }}@if (tag.quoted) {<span data-user-content>{{ tag.quoted }}</span>}
      </nz-tag>
    }
  `,
  styles: `
    :host { display: flex; flex-wrap: wrap; gap: 4px 0; min-width: 0; }
    nz-tag { max-width: 100%; white-space: normal; overflow-wrap: anywhere; }
    .against { font-weight: 500; }
  `,
})
export class MatchReasons {
  readonly explanations = input.required<readonly MatchReason[]>();
  private readonly language = inject(LanguageService);
  protected readonly against = 'catalog.matches.against';
  protected readonly tags = computed(() => this.explanations().map((r) => reasonTag(r, this.language.lang())));
}
