import { Injectable, computed, inject } from '@angular/core';
import { DEFAULT_REGIONS, regionLabel } from '@market/contracts';
import { PublicConfigStore } from './public-config.store';

/**
 * The city's regions from `GET /api/config` (another city runs another list), through web-ui's
 * PublicConfigStore, which asks once per visit (the app's start already did). Until it answers,
 * or if it fails, the default list stands in.
 */
@Injectable({ providedIn: 'root' })
export class RegionsStore {
  private readonly config = inject(PublicConfigStore);

  readonly regions = computed<readonly string[]>(() => {
    const regions = this.config.config()?.regions;
    return Array.isArray(regions) && regions.length ? regions : DEFAULT_REGIONS;
  });
  readonly options = computed(() => this.regions().map((value) => ({ value, label: regionLabel(value) })));

  /** Asks again only if the first call failed. */
  load(): void {
    void this.config.load();
  }
}
