import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { importProvidersFrom } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { ME_SOCKET, type Role, type Todo, type User } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { LanguageService, TRANSLATION_CONFIG, TRANSLATION_SOURCE, testTranslationLangs } from '@market/web/ui';
import en from '../../../i18n/en.json';
import zh from '../../../i18n/zh.json';
import { WorkbenchPage } from './workbench-page';

// The socket is the server's to prove (work-list.int.spec.ts, the e2e journey); here it is a
// stand-in whose handlers the test can call, to check what the page does when a nudge comes.
const handlers = new Map<string, () => void>();
const fakeSocket = { on: (event: string, fn: () => void) => handlers.set(event, fn), disconnect: jest.fn() };
jest.mock('socket.io-client', () => ({ io: jest.fn(() => fakeSocket) }));

const user = (role: Role, verification: 'verified' | 'pending' = 'verified'): User => ({
  id: 'u1',
  email: 'x@example.com',
  name: '林研究',
  role,
  orgRole: 'admin',
  organization: { id: 'o1', name: '瓯江大学', kind: 'university', verification },
});

const RESEARCHER_TODO: Todo = {
  total: 3,
  items: [
    { kind: 'drafts', count: 1, link: '/me/achievements?status=draft', entries: [{ title: '一种防附着涂层', link: '/achievements/a1', note: null, stage: null, at: '2026-12-01T02:00:00Z' }] },
    { kind: 'rejected', count: 2, link: '/me/achievements?status=rejected', entries: [{ title: '皮革抗菌涂层', link: '/achievements/a2', note: '缺少专利证明材料', stage: null, at: '2026-12-02T02:00:00Z' }] },
    { kind: 'matches', count: 0, link: '/me/achievements', entries: [] },
    { kind: 'confirmations', count: 0, link: '/deals', entries: [] },
  ],
};

describe('WorkbenchPage', () => {
  const setUp = async (who: User) => {
    handlers.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        importProvidersFrom(TranslocoTestingModule.forRoot({ langs: testTranslationLangs({ portal: { zh, en } }), translocoConfig: TRANSLATION_CONFIG, preloadLangs: true })),
        { provide: TRANSLATION_SOURCE, useExisting: TranslocoService },
      ],
    });
    TestBed.inject(AuthStore).signIn({ accessToken: 'token', user: who });
    const fixture = TestBed.createComponent(WorkbenchPage);
    fixture.detectChanges();
    await fixture.whenStable();
    const http = TestBed.inject(HttpTestingController);
    const el = fixture.nativeElement as HTMLElement;
    const text = (id: string) => el.querySelector(`[data-testid="${id}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
    const all = (id: string) => [...el.querySelectorAll(`[data-testid="${id}"]`)].map((e) => e.textContent?.replace(/\s+/g, ' ').trim());
    return { fixture, http, text, all, el };
  };

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists what waits, with counts, the reviewer\'s reason and the page to work each in', async () => {
    const { fixture, http, text, all, el } = await setUp(user('researcher'));
    for (const req of http.match('/api/me/todo')) req.flush(RESEARCHER_TODO);
    await fixture.whenStable();
    expect(text('todo-total')).toBe('共有 3 项待办');
    expect(all('todo-item-count')).toEqual(['1', '2', '0', '0']);
    expect(text('todo-items')).toContain('草稿');
    expect(text('todo-items')).toContain('审核意见：缺少专利证明材料');
    expect([...el.querySelectorAll('[data-testid="todo-item-link"]')].map((a) => a.getAttribute('href'))).toEqual(['/me/achievements?status=draft', '/me/achievements?status=rejected']);
    expect(text('todo-shortcuts')).toContain('发布成果');
    expect(text('todo-unverified')).toBeUndefined();
  });

  it('reads the list again when the socket says it moved, once for a burst', async () => {
    jest.useFakeTimers();
    try {
      const { fixture, http, all } = await setUp(user('researcher'));
      for (const req of http.match('/api/me/todo')) req.flush(RESEARCHER_TODO);
      const nudge = handlers.get(ME_SOCKET.todoChanged);
      expect(nudge).toBeDefined();
      nudge?.();
      nudge?.();
      nudge?.();
      jest.advanceTimersByTime(400);
      const again = http.match('/api/me/todo');
      expect(again).toHaveLength(1);
      again[0].flush({ ...RESEARCHER_TODO, total: 4, items: RESEARCHER_TODO.items.map((i) => (i.kind === 'matches' ? { ...i, count: 1 } : i)) });
      fixture.detectChanges();
      expect(all('todo-item-count')).toEqual(['1', '2', '1', '0']);
    } finally {
      jest.useRealTimers();
    }
  });

  it('tells a member of an unverified organization first, and speaks English on the switch', async () => {
    const { fixture, http, text } = await setUp(user('enterprise', 'pending'));
    for (const req of http.match('/api/me/todo')) req.flush({ total: 0, items: [{ kind: 'payments', count: 0, link: '/auctions', entries: [] }] });
    await fixture.whenStable();
    expect(text('todo-unverified')).toContain('本单位尚未通过科技局认证');
    expect(text('todo-total')).toBe('暂时没有待办事项');
    await TestBed.inject(LanguageService).use('en');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(text('todo-total')).toBe('Nothing waiting for now');
    expect(text('todo-items')).toContain('Auctions awaiting your deposit');
  });
});
