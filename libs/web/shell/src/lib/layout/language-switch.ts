import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Lang, LanguageService } from '@market/web/ui';

@Component({
  selector: 'tm-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="switch" role="group" [attr.aria-label]="language.isEnglish() ? 'Language' : '语言'">
      @for (option of options; track option.lang; let last = $last) {
        <button type="button" [class.active]="language.lang() === option.lang" [attr.aria-pressed]="language.lang() === option.lang"
                [attr.lang]="option.htmlLang" [attr.data-testid]="'lang-' + option.lang" (click)="language.use(option.lang)">
          {{ option.label }}
        </button>
        @if (!last) {
          <span class="sep" aria-hidden="true">/</span>
        }
      }
    </span>
  `,
  styles: `
    .switch { display: inline-flex; align-items: center; gap: 2px; white-space: nowrap; }
    button { padding: 4px 6px; border: 0; background: none; color: rgba(0, 0, 0, 0.55); cursor: pointer; font: inherit; }
    button:hover { color: var(--market-primary); }
    button.active { color: rgba(0, 0, 0, 0.88); font-weight: 600; }
    .sep { color: rgba(0, 0, 0, 0.25); }
  `,
})
export class LanguageSwitch {
  protected readonly language = inject(LanguageService);
  // Each name is written in its own language, so a reader of either can find theirs.
  protected readonly options: { lang: Lang; label: string; htmlLang: string }[] = [
    { lang: 'zh', label: '中文', htmlLang: 'zh-CN' },
    { lang: 'en', label: 'English', htmlLang: 'en' },
  ];
}
