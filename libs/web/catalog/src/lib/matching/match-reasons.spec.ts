import { importProvidersFrom } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { matchReason } from '@market/contracts';
import { TRANSLATION_CONFIG, TRANSLATION_SOURCE, testTranslationLangs } from '@market/web/ui';
import en from '../../../i18n/en.json';
import zh from '../../../i18n/zh.json';
import { MatchReasons } from './match-reasons';

describe('MatchReasons', () => {
  it('shows a reason against the match as a warning, apart from the reasons for it', async () => {
    TestBed.configureTestingModule({
      providers: [
        importProvidersFrom(TranslocoTestingModule.forRoot({ langs: testTranslationLangs({ catalog: { zh, en } }), translocoConfig: TRANSLATION_CONFIG, preloadLangs: true })),
        { provide: TRANSLATION_SOURCE, useExisting: TranslocoService },
      ],
    });
    const fixture = TestBed.createComponent(MatchReasons);
    fixture.componentRef.setInput('explanations', [
      matchReason('same_field', { field: 'new_materials' }),
      matchReason('price_above_budget', { askingPrice: 1_200_000, budgetMax: 1_000_000 }),
    ]);
    await fixture.whenStable();
    const [positive, negative] = Array.from(fixture.nativeElement.querySelectorAll('[data-testid="match-reason"]')) as HTMLElement[];

    expect(positive.className).toContain('ant-tag-green');
    expect(positive.querySelector('nz-icon')).toBeNull();
    expect(negative.className).toContain('ant-tag-orange');
    expect(negative.className).not.toContain('ant-tag-green');
    expect(negative.getAttribute('data-sign')).toBe('negative');
    expect(negative.querySelector('nz-icon')).not.toBeNull();
    expect(negative.textContent).toContain('不利因素');
    expect(negative.textContent).toContain('报价120万元，高于预算上限100万元');
  });
});
