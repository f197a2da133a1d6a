import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { DEFAULT_REGIONS, OUTSIDE_REGION, OUTSIDE_REGION_LABEL, PublicConfig } from '@market/contracts';
import { Localized } from '@market/web/ui';

export function regionLabel(region: string): Localized {
  return region === OUTSIDE_REGION ? OUTSIDE_REGION_LABEL : { zh: region, en: region };
}

/**
 * The city's regions from `GET /api/config` (another city runs another list). Loaded once; until
 * it answers, or if it fails, the default list stands in.
 */
@Injectable({ providedIn: 'root' })
export class RegionsStore {
  private readonly http = inject(HttpClient);
  private readonly loaded = signal<readonly string[] | null>(null);
  private requested = false;

  readonly regions = computed(() => this.loaded() ?? DEFAULT_REGIONS);
  readonly options = computed(() => this.regions().map((value) => ({ value, label: regionLabel(value) })));

  load(): void {
    if (this.requested) return;
    this.requested = true;
    this.http.get<PublicConfig>('/api/config').subscribe({
      next: (config) => {
        if (Array.isArray(config.regions) && config.regions.length) this.loaded.set(config.regions);
      },
      error: () => (this.requested = false),
    });
  }
}
