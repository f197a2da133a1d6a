import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { importProvidersFrom } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { provideRouter } from '@angular/router';
import { AuthStore } from '@market/web/identity';
import { LanguageService, TRANSLATION_CONFIG, TRANSLATION_SOURCE, testTranslationLangs } from '@market/web/ui';
import en from '../../../i18n/en.json';
import zh from '../../../i18n/zh.json';
import { SiteHeader } from './site-header';

describe('SiteHeader', () => {
  let fixture: ComponentFixture<SiteHeader>;
  let element: HTMLElement;

  const text = (selector: string) => element.querySelector(selector)?.textContent?.trim();
  const sectionLabels = () => Array.from(element.querySelectorAll('[data-testid="sections"] a')).map((a) => a.textContent?.trim());

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [SiteHeader],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        importProvidersFrom(TranslocoTestingModule.forRoot({ langs: testTranslationLangs({ shell: { zh, en } }), translocoConfig: TRANSLATION_CONFIG, preloadLangs: true })),
        { provide: TRANSLATION_SOURCE, useExisting: TranslocoService },
      ],
    });
    fixture = TestBed.createComponent(SiteHeader);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  it('lists the eight sections in Chinese', () => {
    expect(sectionLabels()).toEqual(['首页', '成果大厅', '需求大厅', '揭榜挂帅', '竞价拍卖', '路演活动', '交易服务', '数据看板']);
    expect(element.querySelector('[data-testid="sections"] a[href="/auctions"]')).not.toBeNull();
  });

  it('offers sign-in and registration to a visitor', () => {
    expect(text('[data-testid="login-link"]')).toBe('登录');
    expect(text('[data-testid="register-link"]')).toBe('注册');
    expect(element.querySelector('[data-testid="user-name"]')).toBeNull();
  });

  it('shows the signed-in user instead of the sign-in links', async () => {
    TestBed.inject(AuthStore).signIn({
      accessToken: 't',
      user: {
        id: 'u1',
        email: 'sun@example.com',
        name: '孙悦',
        role: 'broker',
        organization: { id: 'o1', name: '温州技术转移中心', kind: 'agency', region: '鹿城区' },
      },
    });
    // The user menu is a deferred block; let it load.
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(text('[data-testid="user-name"]')).toBe('孙悦');
    expect(text('[data-testid="user-menu"]')).toContain('技术经纪人');
    expect(element.querySelector('[data-testid="login-link"]')).toBeNull();
  });

  it('follows the language switch', async () => {
    await TestBed.inject(LanguageService).use('en');
    await fixture.whenStable();
    expect(sectionLabels()).toEqual(['Home', 'Results', 'Needs', 'Challenges', 'Auctions', 'Roadshows', 'Deals', 'Statistics']);
    expect(text('[data-testid="login-link"]')).toBe('Sign in');
  });
});
