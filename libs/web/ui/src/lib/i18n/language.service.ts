import { DOCUMENT } from '@angular/common';
import { Injectable, Injector, computed, inject, signal } from '@angular/core';
import { firstValueFrom, forkJoin } from 'rxjs';
import { hasTranslations } from '@market/contracts';
import { TRANSLATION_SOURCE } from './translation-source';
import { Lang, LANGS, Localized } from './localized';

const STORAGE_KEY = 'market.lang';

function isLang(value: string | null): value is Lang {
  return value !== null && (LANGS as readonly string[]).includes(value);
}

/**
 * The one language switch. It holds the current language and keeps Transloco's active language,
 * ng-zorro's locale, `<html lang>` and the remembered choice (localStorage) in step with it.
 *
 * `lang()` changes only once the new language's translations (the root file and every scope
 * loaded so far) have arrived, so a computed that reads `t()` never shows a key.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  /** Transloco (apps/web); null only where it is not set up (unit tests of libraries still on `Localized`). */
  private readonly transloco = inject(TRANSLATION_SOURCE, { optional: true });
  private readonly current = signal<Lang>('zh');
  private readonly scopes = new Set<string>();

  readonly lang = this.current.asReadonly();
  readonly isEnglish = computed(() => this.current() === 'en');

  /** Applies the language remembered from an earlier visit; the app's start waits for it. */
  restore(): Promise<void> {
    let stored: string | null = null;
    try {
      stored = this.document.defaultView?.localStorage.getItem(STORAGE_KEY) ?? null;
    } catch {
      // Storage can be blocked (privacy mode); Chinese is then simply the default.
    }
    return this.apply(isLang(stored) ? stored : 'zh');
  }

  use(lang: Lang): Promise<void> {
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // Not remembering the choice is acceptable; switching still works for this visit.
    }
    return this.apply(lang);
  }

  /**
   * Loads a library's translation scope (`libs/web/<scope>/i18n/<lang>.json`) for the current
   * language, and for every later switch. The routes of a library call it through
   * `withTranslationScope`, so the file arrives with the library's first page.
   */
  loadScope(scope: string): Promise<void> {
    this.scopes.add(scope);
    if (!this.transloco) return Promise.resolve();
    return firstValueFrom(this.transloco.load(`${scope}/${this.current()}`)).then(() => undefined);
  }

  /** A translation key in the current language; inside a computed it follows the switch. */
  t(key: string, params?: Record<string, unknown>): string {
    const lang = this.current();
    return this.transloco ? this.transloco.translate(key, params, lang) : key;
  }

  /** A `{ zh, en }` text of a library that has not moved to translation files yet. */
  text(value: Localized): string {
    return value[this.current()];
  }

  private async apply(lang: Lang): Promise<void> {
    // <html lang> follows at once, ng-zorro's locale as soon as its i18n has loaded, the texts once
    // their files are in.
    // Not loading it (offline) leaves ng-zorro's few own words in Chinese, and an app torn down
    // meanwhile (a test's injector) has nothing left to set: neither stops the switch.
    this.applyComponentLocale(lang).catch(() => undefined);
    this.document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    const transloco = this.transloco;
    // the shared vocabulary (@market/contracts) carries Chinese in the first load; another language comes now
    const vocabulary = hasTranslations(lang) ? null : import('@market/contracts/languages').then(() => undefined, () => undefined);
    if (transloco) {
      try {
        await firstValueFrom(forkJoin([transloco.load(lang), ...[...this.scopes].map((s) => transloco.load(`${s}/${lang}`))]));
      } catch {
        // A file that failed to load falls back to Chinese (fallbackLang); the switch still happens.
      }
      if (vocabulary) await vocabulary;
      transloco.setActiveLang(lang);
    } else if (vocabulary) {
      await vocabulary;
    }
    this.current.set(lang);
  }

  /**
   * ng-zorro's own texts (pagination, date pickers, empty states). Its i18n module brings date-fns,
   * so it is imported when the language is first applied instead of with the first load; it
   * starts in Chinese, and its components follow a later switch.
   */
  private async applyComponentLocale(lang: Lang): Promise<void> {
    // one module, so the imports of crossing switches resolve in the order they were asked
    const { NzI18nService, en_US, zh_CN } = await import('ng-zorro-antd/i18n');
    this.injector.get(NzI18nService).setLocale(lang === 'en' ? en_US : zh_CN);
  }
}
