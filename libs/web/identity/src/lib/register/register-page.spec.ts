import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { importProvidersFrom } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { TRANSLATION_CONFIG, TRANSLATION_SOURCE, testTranslationLangs } from '@market/web/ui';
import en from '../../../i18n/en.json';
import zh from '../../../i18n/zh.json';
import { AuthStore } from '../data/auth.store';
import { RegisterPage } from './register-page';

describe('RegisterPage', () => {
  let fixture: ComponentFixture<RegisterPage>;
  let element: HTMLElement;

  const field = (testId: string) => element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
  const type = async (testId: string, value: string) => {
    const input = field(testId);
    if (!input) throw new Error(`no field ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  };
  const submit = async () => {
    element.querySelector<HTMLButtonElement>('[data-testid="submit"]')?.click();
    await fixture.whenStable();
  };

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [RegisterPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        importProvidersFrom(TranslocoTestingModule.forRoot({ langs: testTranslationLangs({ identity: { zh, en } }), translocoConfig: TRANSLATION_CONFIG, preloadLangs: true })),
        { provide: TRANSLATION_SOURCE, useExisting: TranslocoService },
      ],
    });
    fixture = TestBed.createComponent(RegisterPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  it('shows Chinese messages under the empty required fields', async () => {
    await submit();
    const errors = Array.from(element.querySelectorAll('.error')).map((e) => e.textContent?.trim());
    expect(errors).toEqual(['请输入邮箱', '请输入密码', '请输入姓名', '请输入单位名称', '企业须填写统一社会信用代码']);
    TestBed.inject(HttpTestingController).expectNone('/api/auth/register');
  });

  it('says how long the password must be', async () => {
    await type('password', 'short');
    expect(field('password-error')?.textContent?.trim()).toBe('密码至少需要 8 位');
  });

  it('rejects a credit code with a wrong check character', async () => {
    await type('credit-code', '91330300MA2867XJ9J');
    expect(field('credit-code-error')?.textContent?.trim()).toBe('统一社会信用代码不正确，请核对后重新输入');
    await type('credit-code', '91330300MA2867XJ9U');
    expect(field('credit-code-error')).toBeNull();
  });

  it('joins an organization with an invitation code instead of naming one', async () => {
    element.querySelector<HTMLElement>('[data-testid="mode-join"]')?.click();
    await fixture.whenStable();
    expect(field('organization-name')).toBeNull();
    expect(field('credit-code')).toBeNull();
    await type('email', 'qian@example.com');
    await type('password', 'correct-horse');
    await type('name', '钱芳');
    await submit();
    expect(field('invitation-code-error')?.textContent?.trim()).toBe('请输入完整的邀请码');
    await type('invitation-code', 'ABCD-EFGH-JKMN-PQRS-TUVW');
    await submit();
    const request = TestBed.inject(HttpTestingController).expectOne('/api/auth/register');
    expect(request.request.body).toEqual({ email: 'qian@example.com', password: 'correct-horse', name: '钱芳', role: 'enterprise', invitationCode: 'ABCD-EFGH-JKMN-PQRS-TUVW' });
  });

  it('registers, stores the session and goes home', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await type('email', 'zhao@example.com');
    await type('password', 'correct-horse');
    await type('name', '赵磊');
    await type('organization-name', '瑞安汽配有限公司');
    await type('credit-code', '91330300ma2867xj9u');
    await submit();

    const request = TestBed.inject(HttpTestingController).expectOne('/api/auth/register');
    expect(request.request.body).toEqual({
      email: 'zhao@example.com',
      password: 'correct-horse',
      name: '赵磊',
      role: 'enterprise',
      organization: { name: '瑞安汽配有限公司', kind: 'enterprise', creditCode: '91330300MA2867XJ9U' },
    });
    const user = { ...request.request.body, id: 'u1', organization: { id: 'o1', name: '瑞安汽配有限公司', kind: 'enterprise', region: null } };
    request.flush({ accessToken: 'fresh-token', user }, { status: 201, statusText: 'Created' });
    await fixture.whenStable();

    expect(TestBed.inject(AuthStore).user()?.name).toBe('赵磊');
    expect(localStorage.getItem('market.accessToken')).toBe('fresh-token');
    expect(navigate).toHaveBeenCalledWith('/workbench');
  });
});
