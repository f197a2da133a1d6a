import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  DEFAULT_REGIONS,
  ORGANIZATION_KIND_LABELS,
  OrganizationKind,
  OUTSIDE_REGION,
  OUTSIDE_REGION_LABEL,
  PASSWORD_MIN_LENGTH,
  ROLE_LABELS,
  SELF_REGISTRABLE_ROLES,
  SelfRegistrableRole,
} from '@market/contracts';
import { LanguageService, Localized, TrPipe, API_ERRORS, serverMessage } from '@market/web/ui';
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
  title: { zh: '注册账号', en: 'Create an account' },
  lead: {
    zh: '注册后即可发布成果或需求、报名竞价与路演。科技局工作人员账号由管理员开通。',
    en: 'Register to publish results or needs and to join auctions and roadshows. Bureau staff accounts are created by an administrator.',
  },
  email: { zh: '邮箱', en: 'Email' },
  password: { zh: '密码', en: 'Password' },
  passwordHint: { zh: `至少 ${PASSWORD_MIN_LENGTH} 位`, en: `At least ${PASSWORD_MIN_LENGTH} characters` },
  name: { zh: '姓名', en: 'Name' },
  role: { zh: '我是', en: 'I am a' },
  organizationName: { zh: '所在单位名称', en: 'Organization name' },
  organizationKind: { zh: '单位类型', en: 'Organization type' },
  region: { zh: '所在地区', en: 'Region' },
  regionPlaceholder: { zh: '请选择区县', en: 'Choose a district' },
  creditCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  creditCodeHint: { zh: '18 位，企业营业执照上可以找到', en: '18 characters, printed on the business licence' },
  creditCodeRequired: { zh: '企业须填写统一社会信用代码', en: 'An enterprise must give its credit code' },
  mode: { zh: '所在单位', en: 'Your organization' },
  modeCreate: { zh: '新建单位', en: 'Register a new one' },
  modeJoin: { zh: '使用邀请码加入', en: 'Join with an invitation code' },
  createHint: {
    zh: '您将成为该单位的管理员；单位经科技局认证后即可发布、竞价和交易。单位已在平台注册的，请向其管理员索取邀请码。',
    en: 'You become its admin; once the bureau verifies it, it can publish, bid and trade. If your organization is registered already, ask its admin for an invitation code.',
  },
  joinHint: { zh: '邀请码由本单位管理员在「本单位」页面生成', en: 'Your organization’s admin creates the code on its organization page' },
  invitationCode: { zh: '邀请码', en: 'Invitation code' },
  invitationCodeRequired: { zh: '请输入完整的邀请码', en: 'Enter the whole invitation code' },
  optional: { zh: '（选填）', en: '(optional)' },
  emailRequired: { zh: '请输入邮箱', en: 'Enter your email' },
  emailInvalid: { zh: '邮箱格式不正确', en: 'This is not a valid email address' },
  passwordRequired: { zh: '请输入密码', en: 'Enter a password' },
  passwordShort: { zh: `密码至少需要 ${PASSWORD_MIN_LENGTH} 位`, en: `The password needs at least ${PASSWORD_MIN_LENGTH} characters` },
  passwordLong: { zh: '密码过长', en: 'The password is too long' },
  nameRequired: { zh: '请输入姓名', en: 'Enter your name' },
  tooLong: { zh: '内容过长', en: 'Too long' },
  organizationRequired: { zh: '请输入单位名称', en: 'Enter the organization name' },
  creditCodeInvalid: {
    zh: '统一社会信用代码不正确，请核对后重新输入',
    en: 'This credit code is not valid; please check it',
  },
  submit: { zh: '注册', en: 'Register' },
  haveAccount: { zh: '已有账号？', en: 'Already registered?' },
  login: { zh: '直接登录', en: 'Sign in' },
  emailTaken: { zh: '该邮箱已注册，请直接登录。', en: 'This email is already registered; please sign in.' },
} satisfies Record<string, Localized>;

const ROLE_HINTS: Record<SelfRegistrableRole, Localized> = {
  researcher: { zh: '高校、科研院所的科研人员：发布科技成果', en: 'At a university or institute: publish research results' },
  enterprise: { zh: '企业：发布技术需求、参加竞价与路演', en: 'A company: post technology needs, bid in auctions, join roadshows' },
  broker: { zh: '技术经纪人：撮合供需、推进交易', en: 'A technology broker: match supply and demand, carry deals through' },
};

type Field = 'email' | 'password' | 'name' | 'organizationName' | 'creditCode' | 'invitationCode';

@Component({
  selector: 'tm-register-page',
  imports: [ReactiveFormsModule, RouterLink, NzAlertModule, NzButtonModule, NzInputModule, NzRadioModule, NzSelectModule, TrPipe],
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
  protected readonly roleHints = ROLE_HINTS;
  protected readonly kindLabels = ORGANIZATION_KIND_LABELS;
  protected readonly regions = DEFAULT_REGIONS.map((value) => ({
    value,
    label: value === OUTSIDE_REGION ? OUTSIDE_REGION_LABEL : { zh: value, en: value },
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

  protected emailError(): Localized {
    return this.form.controls.email.hasError('required') ? TEXT.emailRequired : TEXT.emailInvalid;
  }

  protected passwordError(): Localized {
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
    if (status === 409 && code === 'IDENTITY.EMAIL_TAKEN') return this.language.text(TEXT.emailTaken);
    return serverMessage(error, this.language.lang()) ?? this.language.text(API_ERRORS.unknown);
  }
}
