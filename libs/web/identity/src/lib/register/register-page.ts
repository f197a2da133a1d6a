import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  DEFAULT_REGIONS,
  ORGANIZATION_KIND_LABELS,
  OrganizationKind,
  PASSWORD_MIN_LENGTH,
  regionLabel,
  ROLE_LABELS,
  SELF_REGISTRABLE_ROLES,
  SelfRegistrableRole,
} from '@market/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, TrPipe, API_ERRORS, serverMessage } from '@market/web/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { finalize } from 'rxjs';
import { AuthApi } from '../data/auth.api';
import { AuthStore } from '../data/auth.store';
import { safeReturnUrl } from '../data/return-url';
import { DEFAULT_KIND_BY_ROLE, buildRegisterForm, kindsForRole, toRegisterRequest } from './register-form';

const TEXT = {
  title: 'identity.registerPage.createAnAccount',
  lead: 'identity.registerPage.registerToPublishResults',
  email: 'identity.registerPage.email',
  password: 'identity.registerPage.password',
  passwordHint: 'identity.registerPage.passwordHint',
  name: 'identity.registerPage.name',
  role: 'identity.registerPage.role',
  organizationName: 'identity.registerPage.organizationName',
  organizationKind: 'identity.registerPage.organizationKind',
  region: 'identity.registerPage.region',
  regionPlaceholder: 'identity.registerPage.regionPlaceholder',
  creditCode: 'identity.registerPage.creditCode',
  creditCodeHint: 'identity.registerPage.creditCodeHint',
  creditCodeRequired: 'identity.registerPage.creditCodeRequired',
  mode: 'identity.registerPage.mode',
  modeCreate: 'identity.registerPage.modeCreate',
  modeJoin: 'identity.registerPage.modeJoin',
  createHint: 'identity.registerPage.createHint',
  joinHint: 'identity.registerPage.joinHint',
  invitationCode: 'identity.registerPage.invitationCode',
  invitationCodeRequired: 'identity.registerPage.invitationCodeRequired',
  optional: 'identity.registerPage.optional',
  emailRequired: 'identity.registerPage.emailRequired',
  emailInvalid: 'identity.registerPage.emailInvalid',
  passwordRequired: 'identity.registerPage.passwordRequired',
  passwordShort: 'identity.registerPage.passwordShort',
  passwordLong: 'identity.registerPage.passwordLong',
  nameRequired: 'identity.registerPage.nameRequired',
  tooLong: 'identity.registerPage.tooLong',
  organizationRequired: 'identity.registerPage.organizationRequired',
  creditCodeInvalid: 'identity.registerPage.creditCodeInvalid',
  submit: 'identity.registerPage.submit',
  haveAccount: 'identity.registerPage.haveAccount',
  login: 'identity.registerPage.login',
  emailTaken: 'identity.registerPage.emailTaken',
} satisfies Record<string, string>;

const ROLE_HINTS: Record<SelfRegistrableRole, string> = {
  researcher: 'identity.registerPage.researcher',
  enterprise: 'identity.registerPage.enterprise',
  broker: 'identity.registerPage.broker',
};

type Field = 'email' | 'password' | 'name' | 'organizationName' | 'creditCode' | 'invitationCode';

@Component({
  selector: 'tm-register-page',
  imports: [ReactiveFormsModule, RouterLink, NzAlertModule, NzButtonModule, NzInputModule, NzRadioModule, NzSelectModule, TranslocoPipe, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../auth-form.css',
  templateUrl: './register-page.html',
})
export class RegisterPage implements OnInit {
  private readonly api = inject(AuthApi);
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);

  /** Bound from the query string by the router. */
  readonly returnUrl = input<string>();
  /** `?role=` from the home page's calls to action preselects the role. */
  readonly role = input<string>();

  protected readonly text = TEXT;
  protected readonly roles = SELF_REGISTRABLE_ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly passwordMin = PASSWORD_MIN_LENGTH;
  protected readonly roleHints = ROLE_HINTS;
  protected readonly kindLabels = ORGANIZATION_KIND_LABELS;
  protected readonly regions = DEFAULT_REGIONS.map((value) => ({
    value,
    label: regionLabel(value),
  }));

  protected readonly form = buildRegisterForm(inject(NonNullableFormBuilder));
  protected readonly selectedRole = signal<SelfRegistrableRole>(this.form.controls.role.value);
  protected readonly kinds = signal<OrganizationKind[]>(kindsForRole(this.form.controls.role.value));
  protected readonly joining = signal(false);
  protected readonly isEnterprise = signal(this.form.controls.organizationKind.value === 'enterprise');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly submitted = signal(false);

  constructor() {
    const destroyRef = inject(DestroyRef);
    const { role, organizationKind } = this.form.controls;
    role.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe((value) => {
      this.selectedRole.set(value);
      this.kinds.set(kindsForRole(value));
      // Follow the role until the person has chosen a kind themselves, and always to one that fits it.
      if (!organizationKind.dirty || !kindsForRole(value).includes(organizationKind.value)) organizationKind.setValue(DEFAULT_KIND_BY_ROLE[value]);
    });
    this.form.controls.mode.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe((mode) => this.joining.set(mode === 'join'));
    organizationKind.valueChanges
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((value) => this.isEnterprise.set(value === 'enterprise'));
  }

  ngOnInit(): void {
    const wanted = SELF_REGISTRABLE_ROLES.find((role) => role === this.role());
    if (wanted) this.form.controls.role.setValue(wanted);
  }

  protected showError(name: Field): boolean {
    const control = this.form.controls[name];
    return control.invalid && (control.touched || this.submitted());
  }

  protected emailError(): string {
    return this.form.controls.email.hasError('required') ? TEXT.emailRequired : TEXT.emailInvalid;
  }

  protected passwordError(): string {
    const control = this.form.controls.password;
    if (control.hasError('required')) return TEXT.passwordRequired;
    return control.hasError('minlength') ? TEXT.passwordShort : TEXT.passwordLong;
  }

  protected submit(): void {
    this.submitted.set(true);
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.api
      .register(toRegisterRequest(this.form))
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
    if (status === 0) return this.language.text(API_ERRORS.network);
    const code = error instanceof HttpErrorResponse ? (error.error as { code?: string } | null)?.code : undefined;
    if (status === 409 && code === 'IDENTITY.EMAIL_TAKEN') return this.language.t(TEXT.emailTaken);
    return serverMessage(error, this.language.lang()) ?? this.language.text(API_ERRORS.unknown);
  }
}
