import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, API_ERRORS, serverMessage } from '@market/web/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { finalize } from 'rxjs';
import { retryAfterSeconds } from '../data/api-error';
import { AuthApi } from '../data/auth.api';
import { AuthStore } from '../data/auth.store';
import { safeReturnUrl } from '../data/return-url';

const TEXT = {
  title: 'identity.loginPage.signIn',
  lead: 'identity.loginPage.welcomeBackToThe',
  email: 'identity.loginPage.email',
  password: 'identity.loginPage.password',
  emailRequired: 'identity.loginPage.emailRequired',
  emailInvalid: 'identity.loginPage.emailInvalid',
  passwordRequired: 'identity.loginPage.passwordRequired',
  submit: 'identity.loginPage.submit',
  noAccount: 'identity.loginPage.noAccount',
  register: 'identity.loginPage.register',
  wrongPassword: 'identity.loginPage.wrongPassword',
  tooMany: 'identity.loginPage.tooMany',
} satisfies Record<string, string>;

@Component({
  selector: 'tm-login-page',
  imports: [ReactiveFormsModule, RouterLink, NzAlertModule, NzButtonModule, NzInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../auth-form.css',
  template: `
    <div class="panel">
      <h1>{{ text.title | transloco }}</h1>
      <p class="lead">{{ text.lead | transloco }}</p>
      @if (error(); as message) {
        <nz-alert class="server-error" nzType="error" nzShowIcon [nzMessage]="message" data-testid="form-error" />
      }
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <label class="field">
          <span class="label">{{ text.email | transloco }}</span>
          <input nz-input type="email" formControlName="email" autocomplete="email" data-testid="email"
                 [nzStatus]="showError('email') ? 'error' : ''" />
          @if (showError('email')) {
            <div class="error">{{ (form.controls.email.hasError('required') ? text.emailRequired : text.emailInvalid) | transloco }}</div>
          }
        </label>
        <label class="field">
          <span class="label">{{ text.password | transloco }}</span>
          <input nz-input type="password" formControlName="password" autocomplete="current-password" data-testid="password"
                 [nzStatus]="showError('password') ? 'error' : ''" />
          @if (showError('password')) {
            <div class="error">{{ text.passwordRequired | transloco }}</div>
          }
        </label>
        <button nz-button nzType="primary" nzSize="large" class="submit" type="submit" [nzLoading]="busy()" data-testid="submit">
          {{ text.submit | transloco }}
        </button>
      </form>
      <p class="switch">
        {{ text.noAccount | transloco }}
        <a routerLink="/register" [queryParams]="returnUrl() ? { returnUrl: returnUrl() } : {}">{{ text.register | transloco }}</a>
      </p>
    </div>
  `,
})
export class LoginPage {
  private readonly api = inject(AuthApi);
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);

  /** Bound from the query string by the router. */
  readonly returnUrl = input<string>();

  protected readonly text = TEXT;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly submitted = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });

  protected showError(name: 'email' | 'password'): boolean {
    const control = this.form.controls[name];
    return control.invalid && (control.touched || this.submitted());
  }

  protected submit(): void {
    this.submitted.set(true);
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    const { email, password } = this.form.getRawValue();
    this.api
      .login({ email: email.trim(), password })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (answer) => {
          this.store.signIn(answer);
          void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
        },
        error: (error: unknown) => this.error.set(this.describe(error)),
      });
  }

  private describe(error: unknown): string {
    const status = error instanceof HttpErrorResponse ? error.status : -1;
    const fromServer = serverMessage(error, this.language.lang());
    if (status === 0) return this.language.text(API_ERRORS.network);
    if (status === 401) return fromServer ?? this.language.t(TEXT.wrongPassword);
    if (status === 429) {
      const wait = retryAfterSeconds(error);
      const base = fromServer ?? this.language.t(TEXT.tooMany);
      return wait ? `${base}（${this.language.t('identity.loginPage.retryIn', { wait })}）` : base;
    }
    return fromServer ?? this.language.text(API_ERRORS.unknown);
  }
}
