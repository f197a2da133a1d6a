import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { ActivatedRouteSnapshot, RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { LanguageService, Localized } from '@market/web/ui';

const SITE: Localized = { zh: '网上技术市场', en: 'Online Technology Market' };

function isLocalized(value: unknown): value is Localized {
  return typeof value === 'object' && value !== null && 'zh' in value && 'en' in value;
}

/**
 * Page titles come from `data.title` (a Localized) of the deepest route that has one, so they
 * follow the language switch; Angular's own `title` property only takes a plain string.
 */
@Injectable()
export class LocalizedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly language = inject(LanguageService);
  private readonly page = signal<Localized | null>(null);

  constructor() {
    super();
    effect(() => {
      const page = this.page();
      const site = this.language.text(SITE);
      this.title.setTitle(page ? `${this.language.text(page)} - ${site}` : site);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    let found: Localized | null = null;
    for (let route: ActivatedRouteSnapshot | null = snapshot.root; route; route = route.firstChild) {
      const title: unknown = route.data['title'];
      if (isLocalized(title)) found = title;
    }
    this.page.set(found);
  }
}
