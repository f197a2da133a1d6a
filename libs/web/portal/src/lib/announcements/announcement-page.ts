import { httpResource, HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ANNOUNCEMENT_KIND_LABELS, type Announcement } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { LanguageService, TrPipe, WallTimePipe, describeError } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ANNOUNCEMENT_TEXT as T } from '../data/texts';

/**
 * One announcement. Its body is HTML the server sanitized; Angular's own sanitizer runs over it
 * again when it is bound, so a body that slipped past one still cannot run script.
 */
@Component({
  selector: 'tm-announcement-page',
  imports: [RouterLink, TranslocoPipe, TrPipe, WallTimePipe, NzButtonModule, NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back" routerLink="/announcements">‹ {{ text.back | transloco }}</a>
    @if (announcement.value(); as a) {
      <article>
        <h1 data-testid="announcement-title" data-user-content>{{ a.title }}</h1>
        <p class="meta">
          @if (a.pinned) { <nz-tag nzColor="red">{{ text.pinned | transloco }}</nz-tag> }
          <nz-tag>{{ kindLabels[a.kind] | tr }}</nz-tag>
          {{ text.published | transloco: { date: (a.publishedAt | wallTime: 'date') } }}
        </p>
        <div class="body" data-testid="announcement-body" data-user-content [innerHTML]="a.body"></div>
      </article>
      @if (auth.role() === 'staff') {
        <div class="actions">
          <a nz-button [routerLink]="['/announcements', a.id, 'edit']" data-testid="announcement-edit">{{ text.edit | transloco }}</a>
          @if (confirming()) {
            <span class="confirm">{{ text.removeConfirm | transloco }}</span>
            <button nz-button nzDanger type="button" (click)="remove(a.id)" data-testid="announcement-remove-confirm">{{ text.remove | transloco }}</button>
          } @else {
            <button nz-button nzDanger type="button" (click)="confirming.set(true)" data-testid="announcement-remove">{{ text.remove | transloco }}</button>
          }
        </div>
        @if (error()) { <p class="error" role="alert">{{ error() }}</p> }
      }
    } @else if (announcement.error()) {
      <p role="alert">{{ text.notFound | transloco }}</p>
    }
  `,
  styles: `
    .back { display: inline-block; margin-bottom: 12px; }
    h1 { font-size: 22px; margin: 0 0 8px; }
    .meta { font-size: 12px; color: var(--market-text-secondary); }
    .body { line-height: 1.8; overflow-wrap: anywhere; }
    .body :is(h2, h3, h4) { margin: 16px 0 8px; }
    .body table { border-collapse: collapse; }
    .body :is(th, td) { border: 1px solid #f0f0f0; padding: 4px 8px; }
    .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-top: 24px; }
    .error { color: var(--market-danger); }
  `,
})
export class AnnouncementPage {
  readonly id = input.required<string>();

  protected readonly auth = inject(AuthStore);
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  protected readonly text = T;
  protected readonly kindLabels = ANNOUNCEMENT_KIND_LABELS;
  protected readonly confirming = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly announcement = httpResource<Announcement>(() => `/api/announcements/${encodeURIComponent(this.id())}`);

  protected remove(id: string): void {
    this.http.delete(`/api/announcements/${encodeURIComponent(id)}`).subscribe({
      next: () => void this.router.navigateByUrl('/announcements'),
      error: (e: unknown) => this.error.set(describeError(e, this.language.lang())),
    });
  }
}
