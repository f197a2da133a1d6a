import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { FIELD_LABELS, regionLabel, type Challenge, type Paginated, type QueueSort } from '@market/contracts';
import { LanguageService, TrPipe, WallTimePipe, formatAmount } from '@market/web/ui';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzTableModule } from 'ng-zorro-antd/table';
import { COMMON } from '../data/texts';

const TEXT = {
  title: 'challenges.review.title',
  lead: 'challenges.review.lead',
  challenge: 'challenges.review.challenge',
  submitted: 'challenges.review.submitted',
  empty: 'challenges.review.empty',
  open: 'challenges.review.open',
} satisfies Record<string, string>;

const PAGE_SIZE = 20;

/** Staff's 榜单审核: challenges waiting for review, oldest first, paged and sorted on the server; each is decided on its page. */
@Component({
  selector: 'tm-challenge-review-page',
  imports: [RouterLink, NzEmptyModule, NzTableModule, TranslocoPipe, TrPipe, WallTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" data-testid="challenge-review-queue">
      <h1>{{ text.title | transloco }}</h1>
      <p class="meta">{{ text.lead | transloco }}</p>
      <nz-table #table class="market-card-table" [nzData]="items()" [nzFrontPagination]="false" [nzTotal]="total()" [nzPageSize]="pageSize" [nzPageIndex]="page()"
                [nzLoading]="queue.isLoading()" [nzHideOnSinglePage]="true" [nzNoResult]="empty" (nzPageIndexChange)="page.set($event)" nzSize="middle">
        <thead>
          <tr>
            <th>{{ text.challenge | transloco }}</th>
            <th class="narrow">{{ common.field | transloco }}</th>
            <th class="narrow">{{ common.bounty | transloco }}</th>
            <th class="narrow">{{ common.deadline | transloco }}</th>
            <th class="narrow" [nzSortOrder]="sort() === 'newest' ? 'descend' : 'ascend'" [nzSortFn]="true" [nzSortDirections]="['ascend', 'descend']"
                (nzSortOrderChange)="setSort($event)">{{ text.submitted | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (c of table.data; track c.id) {
            <tr data-testid="challenge-review-row">
              <td><a [routerLink]="['/challenges', c.id]" data-user-content>{{ c.title }}</a><br /><span class="meta" data-user-content>{{ c.organization.name }}</span></td>
              <td class="narrow" [attr.data-label]="common.field | transloco">{{ fieldLabels[c.field] | tr }} · {{ regionLabel(c.region) | tr }}</td>
              <td class="narrow" [attr.data-label]="common.bounty | transloco">{{ money(c.bounty) }}</td>
              <td class="narrow" [attr.data-label]="common.deadline | transloco">{{ c.deadline | wallTime }}</td>
              <td class="narrow" [attr.data-label]="text.submitted | transloco">{{ c.updatedAt | wallTime }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty><nz-empty [nzNotFoundContent]="text.empty | transloco" /></ng-template>
    </section>
  `,
  styles: `
    .page { max-width: 1100px; margin: 0 auto; padding: 24px 16px; }
    h1 { font-size: 22px; }
    .meta { color: var(--market-text-secondary); }
    nz-table { display: block; border-radius: 8px; background: #fff; }
    .narrow { white-space: nowrap; }
  `,
})
export class ChallengeReviewPage {
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly common = COMMON;
  protected readonly fieldLabels = FIELD_LABELS;
  protected readonly regionLabel = regionLabel;
  protected readonly pageSize = PAGE_SIZE;
  protected readonly page = signal(1);
  protected readonly sort = signal<QueueSort>('oldest');
  protected readonly queue = httpResource<Paginated<Challenge>>(() => ({ url: '/api/challenges/review-queue', params: { page: this.page(), pageSize: PAGE_SIZE, sort: this.sort() } }));
  protected readonly items = computed(() => (this.queue.hasValue() ? this.queue.value().items : []));
  protected readonly total = computed(() => (this.queue.hasValue() ? this.queue.value().total : 0));

  protected setSort(order: string | null): void {
    this.sort.set(order === 'descend' ? 'newest' : 'oldest');
    this.page.set(1);
  }

  protected money(yuan: number): string {
    return formatAmount(yuan, this.language.lang());
  }
}
