import { Pipe, PipeTransform } from '@angular/core';
import { isDay, wallDate, wallDateTime } from '@market/shared/time';

/**
 * `{{ item.updatedAt | wallTime }}` → `2026-12-10 14:00`, `{{ hit.publishedAt | wallTime: 'date' }}`
 * → `2026-12-10`: an instant on the market's wall clock (@market/shared/time), whatever the
 * browser's zone. Angular's date pipe takes only a fixed offset, which cannot follow a zone with
 * daylight saving. A calendar day (a need's deadline, `2027-06-30`) is shown as it is: it names
 * the same day everywhere. Pure: the zone is set once at start-up, before the first page renders.
 */
@Pipe({ name: 'wallTime' })
export class WallTimePipe implements PipeTransform {
  transform(value: string | Date | null | undefined, format: 'datetime' | 'date' = 'datetime'): string {
    if (value === null || value === undefined || value === '') return '';
    if (typeof value === 'string' && isDay(value)) return value;
    return format === 'date' ? wallDate(value) : wallDateTime(value);
  }
}
