import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { DIGEST_MODES, DIGEST_MODE_LABELS, type DigestMode, type NotificationSettings } from '@market/contracts';
import { LanguageService, TrPipe, describeError } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { finalize } from 'rxjs';
import { MAIL_TEXT as T } from '../data/texts';

/** 消息设置: each notification by e-mail, and a daily or weekly digest of new matches. */
@Component({
  selector: 'tm-notification-settings-page',
  imports: [FormsModule, TranslocoPipe, TrPipe, NzButtonModule, NzCheckboxModule, NzRadioModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="settings" data-testid="notification-settings">
      <h1>{{ text.title | transloco }}</h1>
      <p class="lead">{{ text.lead | transloco }}</p>
      @if (loaded(); as s) {
        @if (s.mailEnabled === false) {
          <p class="notice" role="status" data-testid="mail-off">{{ text.mailOff | transloco }}</p>
        }
        <form (ngSubmit)="save()">
          <fieldset>
            <legend>{{ text.each | transloco }}</legend>
            <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -->
            <label nz-checkbox name="email" [(ngModel)]="email" data-testid="setting-email">{{ text.eachLabel | transloco }}</label>
          </fieldset>
          <fieldset>
            <legend id="digest-legend">{{ text.digest | transloco }}</legend>
            <nz-radio-group name="digest" [(ngModel)]="digest" aria-labelledby="digest-legend" data-testid="setting-digest">
              @for (mode of modes; track mode) {
                <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -->
                <label nz-radio [nzValue]="mode" [attr.data-testid]="'digest-' + mode">{{ modeLabels[mode] | tr }}</label>
              }
            </nz-radio-group>
            <p class="hint">{{ text.digestHint | transloco }}</p>
          </fieldset>
          <button nz-button nzType="primary" type="submit" [nzLoading]="busy()" data-testid="settings-save">{{ text.save | transloco }}</button>
          @if (saved()) {
            <span class="saved" role="status" data-testid="settings-saved">{{ text.saved | transloco }}</span>
          }
          @if (error(); as message) {
            <p class="error" role="alert">{{ message }}</p>
          }
        </form>
      }
    </section>
  `,
  styles: `
    :host { display: block; padding: 20px 0 48px; }
    .settings { max-width: 640px; }
    h1 { margin: 0 0 4px; font-size: 24px; }
    .lead, .hint { color: var(--market-text-secondary); }
    .notice { padding: 10px 14px; border: 1px solid #ffe58f; border-radius: 8px; background: #fffbe6; }
    fieldset { margin: 0 0 20px; padding: 16px; border: 1px solid #f0f0f0; border-radius: 8px; background: #fff; }
    legend { padding: 0 6px; font-weight: 500; }
    nz-radio-group { display: flex; flex-wrap: wrap; gap: 8px 16px; }
    .hint { margin: 8px 0 0; font-size: 13px; }
    .saved { margin-left: 12px; color: var(--market-success); }
    .error { color: var(--market-danger); }
  `,
})
export class NotificationSettingsPage {
  private readonly http = inject(HttpClient);
  private readonly language = inject(LanguageService);
  protected readonly text = T;
  protected readonly modes = DIGEST_MODES;
  protected readonly modeLabels = DIGEST_MODE_LABELS;
  protected readonly loaded = signal<NotificationSettings | null>(null);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly error = signal<string | null>(null);
  protected email = false;
  protected digest: DigestMode = 'off';

  constructor() {
    this.http.get<NotificationSettings>('/api/me/notification-settings').subscribe({
      next: (s) => this.apply(s),
      error: (e: unknown) => this.error.set(describeError(e, this.language.lang())),
    });
  }

  protected save(): void {
    this.busy.set(true);
    this.saved.set(false);
    this.error.set(null);
    this.http
      .put<NotificationSettings>('/api/me/notification-settings', { email: this.email, digest: this.digest })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (s) => {
          this.apply(s);
          this.saved.set(true);
        },
        error: (e: unknown) => this.error.set(describeError(e, this.language.lang())),
      });
  }

  private apply(s: NotificationSettings): void {
    this.email = s.email;
    this.digest = s.digest;
    this.loaded.set(s);
  }
}
