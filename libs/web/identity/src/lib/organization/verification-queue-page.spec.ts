import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { importProvidersFrom } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { TRANSLATION_CONFIG, TRANSLATION_SOURCE, testTranslationLangs } from '@market/web/ui';
import en from '../../../i18n/en.json';
import zh from '../../../i18n/zh.json';
import { VerificationQueuePage } from './verification-queue-page';

const pending = {
  id: 'o1',
  name: '温州瓯越新材料科技有限公司',
  kind: 'enterprise',
  region: '龙湾区',
  verification: 'pending',
  creditCode: '91330303MA2J8K3L1W',
  creditCodeValid: true,
  verificationComment: null,
  verifiedAt: null,
  createdAt: '2026-12-01T02:00:00.000Z',
  admin: { id: 'u1', name: '周新', email: 'pending@demo.market', role: 'enterprise' },
  members: 1,
};

describe('VerificationQueuePage', () => {
  let http: HttpTestingController;
  let element: HTMLElement;
  const click = async (testId: string) => {
    element.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.click();
    await settle();
  };
  const settle = async () => {
    await fixture.whenStable();
    fixture.detectChanges();
  };
  let fixture: ReturnType<typeof TestBed.createComponent<VerificationQueuePage>>;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [VerificationQueuePage], providers: [provideHttpClient(), provideHttpClientTesting(), importProvidersFrom(TranslocoTestingModule.forRoot({ langs: testTranslationLangs({ identity: { zh, en } }), translocoConfig: TRANSLATION_CONFIG, preloadLangs: true })), { provide: TRANSLATION_SOURCE, useExisting: TranslocoService },] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(VerificationQueuePage);
    element = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne((r) => r.url === '/api/organizations/verification-queue').flush({ items: [pending], total: 1, page: 1, pageSize: 50 });
    await settle();
  });

  it('shows what staff check: the credit code and its check character, and the admin', () => {
    const item = element.querySelector('[data-testid="verification-item"]')?.textContent ?? '';
    expect(item).toContain('温州瓯越新材料科技有限公司');
    expect(item).toContain('91330303MA2J8K3L1W');
    expect(item).toContain('校验位正确');
    expect(item).toContain('pending@demo.market');
  });

  it('rejects only with a reason, and sends it', async () => {
    await click('verification-reject');
    await click('verification-confirm-reject');
    expect(element.querySelector('[data-testid="verification-error"]')?.textContent).toContain('请填写驳回原因');
    http.expectNone('/api/organizations/o1/verify');

    const reason = element.querySelector<HTMLTextAreaElement>('[data-testid="verification-reason"]');
    if (!reason) throw new Error('no reason field');
    reason.value = '名称与营业执照不符';
    reason.dispatchEvent(new Event('input'));
    await settle();
    await click('verification-confirm-reject');
    const request = http.expectOne('/api/organizations/o1/verify');
    expect(request.request.body).toEqual({ decision: 'reject', comment: '名称与营业执照不符' });
  });

  it('asks to confirm an approval, with a comment when staff write one', async () => {
    await click('verification-approve');
    http.expectNone('/api/organizations/o1/verify');
    const comment = element.querySelector<HTMLTextAreaElement>('[data-testid="verification-comment"]');
    if (!comment) throw new Error('no comment field');
    comment.value = '信用代码与营业执照一致';
    comment.dispatchEvent(new Event('input'));
    await settle();
    await click('verification-confirm-approve');
    const request = http.expectOne('/api/organizations/o1/verify');
    expect(request.request.body).toEqual({ decision: 'approve', comment: '信用代码与营业执照一致' });
  });

  it('asks the server for the words typed, from the first page', async () => {
    const search = element.querySelector<HTMLInputElement>('[data-testid="verification-search"]');
    if (!search) throw new Error('no search box');
    search.value = ' 瓯越 ';
    search.dispatchEvent(new Event('input'));
    element.querySelector<HTMLElement>('[data-testid="verification-search-submit"]')?.click();
    // the resource asks again once its effects run (whenStable would wait for the answer)
    TestBed.tick();
    const request = http.expectOne((r) => r.url === '/api/organizations/verification-queue');
    expect(request.request.params.get('q')).toBe('瓯越');
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.get('sort')).toBe('oldest');
    request.flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await settle();
    expect(element.querySelector('[data-testid="verification-empty"]')?.textContent).toContain('没有符合筛选条件的待认证单位');
  });

  it('takes a decided organization off the table at once', async () => {
    await click('verification-approve');
    await click('verification-confirm-approve');
    http.expectOne('/api/organizations/o1/verify').flush({ id: 'o1', verification: 'verified' });
    await settle();
    expect(element.querySelector('[data-testid="verification-item"]')).toBeNull();
  });
});
