import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';
import { NzI18nService, en_US, zh_CN } from 'ng-zorro-antd/i18n';
import { Lang, LANGS, Localized } from './localized';

const STORAGE_KEY = 'market.lang';

function isLang(value: string | null): value is Lang {
  return value !== null && (LANGS as readonly string[]).includes(value);
}

/** Holds the current language and keeps ng-zorro's locale and `<html lang>` in step with it. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly nzI18n = inject(NzI18nService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Lang>('zh');

  readonly lang = this.current.asReadonly();
  readonly isEnglish = computed(() => this.current() === 'en');

  /** Applies the language remembered from an earlier visit; called once at start-up. */
  restore(): void {
    let stored: string | null = null;
    try {
      stored = this.document.defaultView?.localStorage.getItem(STORAGE_KEY) ?? null;
    } catch {
      // Storage can be blocked (privacy mode); Chinese is then simply the default.
    }
    this.apply(isLang(stored) ? stored : 'zh');
  }

  use(lang: Lang): void {
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // Not remembering the choice is acceptable; switching still works for this visit.
    }
    this.apply(lang);
  }

  text(value: Localized): string {
    return value[this.current()];
  }

  private apply(lang: Lang): void {
    this.current.set(lang);
    this.nzI18n.setLocale(lang === 'en' ? en_US : zh_CN);
    this.document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  }
}
