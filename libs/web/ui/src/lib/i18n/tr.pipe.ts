import { Pipe, PipeTransform, inject } from '@angular/core';
import { LanguageService } from './language.service';
import { Localized } from './localized';

/**
 * `{{ text | tr }}` picks the current language. Impure so that it re-reads the language signal;
 * the signal read also tells zoneless change detection to refresh the view on a switch.
 */
@Pipe({ name: 'tr', pure: false })
export class TrPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: Localized | null | undefined): string {
    return value ? this.language.text(value) : '';
  }
}
