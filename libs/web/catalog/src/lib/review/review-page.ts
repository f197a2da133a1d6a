import { ChangeDetectionStrategy, Component, viewChildren } from '@angular/core';
import { Localized, TrPipe } from '@market/web/ui';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { ReviewQueue } from './review-queue';

const TEXT = {
  title: { zh: '审核', en: 'Review' },
  lead: {
    zh: '科研人员和企业提交的成果与需求，审核通过后公开；驳回时请写明原因，发布者会收到通知。',
    en: 'Results and needs submitted for review go public once approved; when rejecting, say why: the owner is notified.',
  },
  achievements: { zh: '科技成果', en: 'Results' },
  needs: { zh: '技术需求', en: 'Needs' },
} satisfies Record<string, Localized>;

/** Staff's review queue of both kinds. */
@Component({
  selector: 'tm-review-page',
  imports: [NzTabsModule, TrPipe, ReviewQueue],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" data-testid="review-page">
      <h1>{{ text.title | tr }}</h1>
      <p class="lead">{{ text.lead | tr }}</p>
      <nz-tabs>
        <nz-tab [nzTitle]="achievementsTitle">
          <ng-template #achievementsTitle>
            <span data-testid="tab-achievements">{{ text.achievements | tr }}@if (queues()[0]?.remaining(); as n) {<span class="n">{{ n }}</span>}</span>
          </ng-template>
          <tm-review-queue kind="achievements" data-testid="queue-achievements" />
        </nz-tab>
        <nz-tab [nzTitle]="needsTitle">
          <ng-template #needsTitle>
            <span data-testid="tab-needs">{{ text.needs | tr }}@if (queues()[1]?.remaining(); as n) {<span class="n">{{ n }}</span>}</span>
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
