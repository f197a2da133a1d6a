import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { ActivatedRouteSnapshot, RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { LanguageService, Localized } from '@market/web/ui';

const SITE = 'shell.site.name';

/** A page title: a translation key, or a `{ zh, en }` text of a library not migrated yet. */
type PageTitle = string | Localized;

function isPageTitle(value: unknown): value is PageTitle {
  return typeof value === 'string' || (typeof value === 'object' && value !== null && 'zh' in value && 'en' in value);
}

/**
 * Page titles come from `data.title` (a translation key, or a Localized of a library still on
 * `{ zh, en }`) of the deepest route that has one, so they follow the language switch; Angular's
 * own `title` property only takes a plain string. A library's routes load their scope first
 * (`withTranslationScope`), so the key is there when the title is set.
 */
@Injectable()
export class LocalizedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly language = inject(LanguageService);
  private readonly page = signal<PageTitle | null>(null);

  constructor() {
    super();
    effect(() => {
      const page = this.page();
      const site = this.language.t(SITE);
      this.title.setTitle(page ? `${this.text(page)} - ${site}` : site);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    let found: PageTitle | null = null;
    for (let route: ActivatedRouteSnapshot | null = snapshot.root; route; route = route.firstChild) {
      const title: unknown = route.data['title'];
      if (isPageTitle(title)) found = title;
    }
    this.page.set(found);
  }

  private text(title: PageTitle): string {
    return typeof title === 'string' ? this.language.t(title) : this.language.text(title);
  }
}
