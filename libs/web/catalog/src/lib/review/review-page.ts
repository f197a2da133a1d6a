import { ChangeDetectionStrategy, Component, viewChildren } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { ReviewQueue } from './review-queue';

const TEXT = {
  title: 'catalog.reviewPage.title',
  lead: 'catalog.reviewPage.lead',
  achievements: 'catalog.reviewPage.achievements',
  needs: 'catalog.reviewPage.needs',
} satisfies Record<string, string>;

/** Staff's review queue of both kinds. */
@Component({
  selector: 'tm-review-page',
  imports: [NzTabsModule, TranslocoPipe, ReviewQueue],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" data-testid="review-page">
      <h1>{{ text.title | transloco }}</h1>
      <p class="lead">{{ text.lead | transloco }}</p>
      <nz-tabs>
        <nz-tab [nzTitle]="achievementsTitle">
          <ng-template #achievementsTitle>
            <span data-testid="tab-achievements">{{ text.achievements | transloco }}@if (queues()[0]?.remaining(); as n) {<span class="n">{{ n }}</span>}</span>
          </ng-template>
          <tm-review-queue kind="achievements" data-testid="queue-achievements" />
        </nz-tab>
        <nz-tab [nzTitle]="needsTitle">
          <ng-template #needsTitle>
            <span data-testid="tab-needs">{{ text.needs | transloco }}@if (queues()[1]?.remaining(); as n) {<span class="n">{{ n }}</span>}</span>
          </ng-template>
          <tm-review-queue kind="needs" data-testid="queue-needs" />
        </nz-tab>
      </nz-tabs>
    </section>
  `,
  styles: `
    .page { padding: 24px 0 48px; }
    h1 { margin: 0 0 4px; font-size: 26px; }
    .lead { margin: 0 0 12px; color: var(--market-text-secondary); }
    .n { margin-left: 6px; padding: 0 7px; border-radius: 10px; background: var(--market-danger); color: #fff; font-size: 12px; }
  `,
})
export class ReviewPage {
  protected readonly text = TEXT;
  protected readonly queues = viewChildren(ReviewQueue);
}
