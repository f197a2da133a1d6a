import { Pipe, PipeTransform, inject } from '@angular/core';
import { LanguageService, formatBudget, formatPrice } from '@market/web/ui';

/** `{{ askingPrice | price }}`: ¥80万, or 面议 for null. Impure to follow the language switch. */
@Pipe({ name: 'price', pure: false })
export class PricePipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  transform(yuan: number | null | undefined): string {
    return formatPrice(yuan, this.language.lang());
  }
}

/** `{{ need | budget }}`: ¥20万 – ¥80万. */
@Pipe({ name: 'budget', pure: false })
export class BudgetPipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  transform(need: { budgetMin: number; budgetMax: number } | null | undefined): string {
    return need ? formatBudget(need.budgetMin, need.budgetMax, this.language.lang()) : '';
  }
}
