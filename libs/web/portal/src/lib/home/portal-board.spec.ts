import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { importProvidersFrom } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import type { Portal } from '@market/contracts';
import { LanguageService, TRANSLATION_CONFIG, TRANSLATION_SOURCE, testTranslationLangs } from '@market/web/ui';
import en from '../../../i18n/en.json';
import zh from '../../../i18n/zh.json';
import { PortalBoard } from './portal-board';

const ANSWER: Portal = {
  figures: { achievements: 128, needs: 64, challenges: 0, organizations: 37, auctionsHeld: 3, year: { year: 2026, total: 5_286_000_000, target: 8_000_000_000, completionRate: 66.08 } },
  latest: {
    achievements: [{ id: 'a1', title: '高固含水性聚氨酯鞋用胶粘剂', field: 'new_materials', region: '瑞安市', organizationName: '东海新材料研究所', amount: 1_200_000, publishedAt: '2026-12-01T02:00:00Z' }],
    needs: [{ id: 'n1', title: '鞋底胶粘剂VOC排放超标', field: 'energy_saving', region: 'outside', organizationName: '温州履丰鞋业', amount: 800_000, publishedAt: '2026-12-01T02:00:00Z' }],
    challenges: [],
  },
  upcoming: { auctions: [], roadshows: [] },
  announcements: [{ id: 'x1', kind: 'policy', title: '技术合同登记办理指南', pinned: true, excerpt: '……', publishedAt: '2026-11-30T02:00:00Z', updatedAt: '2026-11-30T02:00:00Z' }],
  generatedAt: '2026-12-02T02:00:00Z',
};

describe('PortalBoard', () => {
  const setUp = async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        importProvidersFrom(TranslocoTestingModule.forRoot({ langs: testTranslationLangs({ portal: { zh, en } }), translocoConfig: TRANSLATION_CONFIG, preloadLangs: true })),
        { provide: TRANSLATION_SOURCE, useExisting: TranslocoService },
      ],
    });
    const fixture = TestBed.createComponent(PortalBoard);
    fixture.detectChanges();
    TestBed.inject(HttpTestingController).expectOne('/api/portal').flush(ANSWER);
    await fixture.whenStable();
    const text = (id: string) => (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${id}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
    return { fixture, text };
  };

  it('shows the figures, the year in 亿元 against its target, and the latest listings with their money', async () => {
    const { text } = await setUp();
    expect(text('figure-achievements')).toBe('128');
    expect(text('figure-organizations')).toBe('37');
    expect(text('figure-volume')).toBe('52.86');
    expect(text('figure-target')).toBe('年度目标 80.00 亿元，完成 66.08%');
    expect(text('portal-latest-achievements')).toContain('高固含水性聚氨酯鞋用胶粘剂');
    expect(text('portal-latest-achievements')).toContain('¥120万');
    expect(text('portal-latest-needs')).toContain('预算至 ¥80万');
    expect(text('portal-latest-needs')).toContain('市外');
    expect(text('portal-announcements')).toContain('置顶');
    expect(text('portal-upcoming')).toContain('近期暂无竞价会和路演活动。');
  });

  it('counts in millions in English', async () => {
    const { fixture, text } = await setUp();
    await TestBed.inject(LanguageService).use('en');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(text('figure-volume')).toBe('5,286.00');
    expect(text('figure-target')).toBe('Target 8,000.00 million yuan, 66.08% reached');
    expect(text('portal-latest-needs')).toContain('Outside the city');
  });

  it('searches the chosen hall with the typed words, and the whole hall without any', async () => {
    const { fixture } = await setUp();
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    const root = fixture.nativeElement as HTMLElement;
    const input = root.querySelector<HTMLInputElement>('[data-testid="portal-search-input"]')!;
    input.value = '  水性胶 ';
    input.dispatchEvent(new Event('input'));
    root.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
    expect(navigate).toHaveBeenLastCalledWith(['/', 'achievements'], { queryParams: { q: '水性胶' } });
    input.value = '';
    input.dispatchEvent(new Event('input'));
    root.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
    expect(navigate).toHaveBeenLastCalledWith(['/', 'achievements'], { queryParams: {} });
  });
});
