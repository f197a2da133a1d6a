import { DOCUMENT } from '@angular/common';
import { inject } from '@angular/core';

/**
 * Style bundles built with `inject: false` in apps/web/project.json (their file names carry no
 * hash there). Heavy ng-zorro sheets that only some pages need live there, keeping them out of
 * the initial download.
 */
export const LAZY_STYLES = {
  /** input, select, radio, alert: the sign-in and registration forms. */
  forms: 'forms.css',
  /** dropdown menus: the signed-in user's menu. */
  dropdown: 'dropdown.css',
  /** tag, pagination, checkbox, input-number, empty, spin, message, descriptions: the lists and halls. */
  catalog: 'catalog.css',
  /** table: staff's back-office lists (review, verification, registration). */
  table: 'table.css',
} as const;

const pending = new Map<string, Promise<void>>();

/**
 * Adds `<link rel="stylesheet">` for a lazy bundle once and resolves when it has loaded, so a
 * route can wait for its styles instead of flashing unstyled controls. A failed load resolves
 * too: an unstyled form still works, a page that never opens does not. Call in an injection
 * context (a route's loadComponent or a constructor).
 */
export function loadStylesheet(href: string): Promise<void> {
  const document = inject(DOCUMENT);
  const known = pending.get(href);
  if (known) return known;
  const loaded = new Promise<void>((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => resolve();
    document.head.appendChild(link);
  });
  pending.set(href, loaded);
  return loaded;
}
