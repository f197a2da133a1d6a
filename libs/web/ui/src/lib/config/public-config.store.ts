import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { PublicConfig } from '@market/contracts';
import { isTimeZone, setMarketTimeZone } from '@market/shared/time';
import { firstValueFrom } from 'rxjs';

/**
 * The city's public settings from `GET /api/config`, asked once per visit: the region list (the
 * catalog's RegionsStore reads it) and the market's time zone, which goes to @market/shared/time
 * so that every page shows and reads times on the market's clock. The app's start waits for
 * `load()` (app.config.ts), so the first page already uses the configured zone. If the call fails,
 * the defaults stand (Asia/Shanghai, the default regions) and a later `load()` asks again.
 */
@Injectable({ providedIn: 'root' })
export class PublicConfigStore {
  private readonly http = inject(HttpClient);
  private readonly answer = signal<PublicConfig | null>(null);
  private loading: Promise<void> | null = null;

  /** The answer, or null until it arrived. */
  readonly config = this.answer.asReadonly();

  load(): Promise<void> {
    this.loading ??= firstValueFrom(this.http.get<PublicConfig>('/api/config')).then(
      (config) => this.apply(config),
      () => {
        this.loading = null;
      },
    );
    return this.loading;
  }

  private apply(config: PublicConfig): void {
    // An older server answers without the zone; anything but a zone this browser knows keeps the default.
    if (isTimeZone(config.timeZone)) setMarketTimeZone(config.timeZone);
    this.answer.set(config);
  }
}
