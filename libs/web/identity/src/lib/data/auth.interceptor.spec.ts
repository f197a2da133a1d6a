import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthAnswer } from '@market/contracts';
import { firstValueFrom } from 'rxjs';
import { authInterceptor } from './auth.interceptor';
import { AuthStore } from './auth.store';

const answer: AuthAnswer = {
  accessToken: 'token-abc',
  user: {
    id: '5f0c6b5e-0000-4000-8000-000000000001',
    email: 'wang@example.com',
    name: '王芳',
    role: 'researcher',
    organization: { id: '5f0c6b5e-0000-4000-8000-000000000002', name: '温州大学', kind: 'university', region: '瓯海区' },
  },
};

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let store: AuthStore;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(AuthStore);
  });

  afterEach(() => backend.verify());

  it('adds the bearer token to API calls', () => {
    store.signIn(answer);
    http.get('/api/achievements/mine').subscribe();
    const request = backend.expectOne('/api/achievements/mine');
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-abc');
    request.flush({ items: [] });
  });

  it('sends no header when signed out', () => {
    http.get('/api/achievements').subscribe();
    const request = backend.expectOne('/api/achievements');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({ items: [] });
  });

  it('never sends the token to another origin', () => {
    store.signIn(answer);
    http.get('https://maps.example.com/tiles').subscribe();
    const request = backend.expectOne('https://maps.example.com/tiles');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({});
  });

  it('clears the session when the API answers 401', async () => {
    store.signIn(answer);
    expect(localStorage.getItem('market.accessToken')).toBe('token-abc');

    const call = firstValueFrom(http.get('/api/auth/me'));
    backend.expectOne('/api/auth/me').flush({ statusCode: 401, message: 'Unauthorized' }, { status: 401, statusText: 'Unauthorized' });

    await expect(call).rejects.toMatchObject({ status: 401 });
    expect(store.token()).toBeNull();
    expect(store.user()).toBeNull();
    expect(localStorage.getItem('market.accessToken')).toBeNull();
  });

  it('keeps the session on other errors', async () => {
    store.signIn(answer);
    const call = firstValueFrom(http.post('/api/needs', {}));
    backend.expectOne('/api/needs').flush({ statusCode: 403, message: 'Forbidden' }, { status: 403, statusText: 'Forbidden' });

    await expect(call).rejects.toMatchObject({ status: 403 });
    expect(store.token()).toBe('token-abc');
    expect(store.user()?.name).toBe('王芳');
  });
});
