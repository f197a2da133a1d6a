import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { DEFAULT_TIME_ZONE, marketTimeZone, setMarketTimeZone, wallInputToIso } from '@market/shared/time';
import { PublicConfigStore } from './public-config.store';

describe('PublicConfigStore', () => {
  let store: PublicConfigStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(PublicConfigStore);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    http.verify();
    setMarketTimeZone(DEFAULT_TIME_ZONE);
  });

  it('asks once and moves the market clock to the configured zone', async () => {
    const first = store.load();
    const second = store.load();
    http.expectOne('/api/config').flush({ regions: ['上城区'], timeZone: 'Europe/Berlin' });
    await Promise.all([first, second]);
    expect(marketTimeZone()).toBe('Europe/Berlin');
    expect(wallInputToIso('2026-07-01T12:00')).toBe('2026-07-01T10:00:00.000Z');
    expect(store.config()).toEqual({ regions: ['上城区'], timeZone: 'Europe/Berlin' });
    await store.load();
    http.expectNone('/api/config');
  });

  it('keeps Beijing time for an answer without a usable zone', async () => {
    const done = store.load();
    http.expectOne('/api/config').flush({ regions: ['鹿城区'], timeZone: '+08:00' });
    await done;
    expect(marketTimeZone()).toBe('Asia/Shanghai');
    expect(store.config()?.regions).toEqual(['鹿城区']);
  });

  it('keeps the defaults when the call fails, and asks again later', async () => {
    const failed = store.load();
    http.expectOne('/api/config').flush('down', { status: 503, statusText: 'Service Unavailable' });
    await failed;
    expect(store.config()).toBeNull();
    expect(marketTimeZone()).toBe('Asia/Shanghai');
    const retry = store.load();
    http.expectOne('/api/config').flush({ regions: ['鹿城区'], timeZone: 'Asia/Shanghai' });
    await retry;
    expect(store.config()?.timeZone).toBe('Asia/Shanghai');
  });
});
