import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { APPLICATION_STATUS_LABELS, CHALLENGE_STATUS_LABELS, type Challenge, type ChallengeApplication, type Paginated } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { LanguageService, TrPipe, WallTimePipe, formatAmount } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { COMMON, STATUS_COLORS } from '../data/texts';

const TEXT = {
  title: 'challenges.mine.title',
  published: 'challenges.mine.published',
  applied: 'challenges.mine.applied',
  publish: 'challenges.mine.publish',
  challenge: 'challenges.mine.challenge',
  updated: 'challenges.mine.updated',
  application: 'challenges.mine.application',
  emptyPublished: 'challenges.mine.emptyPublished',
  emptyApplied: 'challenges.mine.emptyApplied',
} satisfies Record<string, string>;

/** 我的榜单 (the organization's challenges, any status) and 我的揭榜 (its applications), one tab each, the tab in the URL. */
@Component({
  selector: 'tm-my-challenges-page',
  imports: [RouterLink, NzButtonModule, NzEmptyModule, NzTableModule, NzTagModule, TranslocoPipe, TrPipe, WallTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" data-testid="my-challenges">
      <header class="head">
        <h1>{{ text.title | transloco }}</h1>
        @if (canPublish()) {
          <a nz-button nzType="primary" routerLink="/challenges/new">{{ text.publish | transloco }}</a>
        }
      </header>
      <nav class="tabs" [attr.aria-label]="text.title | transloco">
        <a routerLink="/challenges/mine" [class.active]="tab() === 'published'" [attr.aria-current]="tab() === 'published' ? 'page' : null" data-testid="tab-published">{{ text.published | transloco }}</a>
        <a routerLink="/challenges/mine" [queryParams]="{ tab: 'applied' }" [class.active]="tab() === 'applied'" [attr.aria-current]="tab() === 'applied' ? 'page' : null" data-testid="tab-applied">{{ text.applied | transloco }}</a>
      </nav>
      @if (tab() === 'published') {
        <nz-table #pub class="market-card-table" [nzData]="published.hasValue() ? published.value().items : []" [nzLoading]="published.isLoading()" [nzShowPagination]="false"
                  [nzFrontPagination]="false" [nzNoResult]="emptyPublished" nzSize="middle" data-testid="my-published">
          <thead><tr><th>{{ text.challenge | transloco }}</th><th class="narrow">{{ common.status | transloco }}</th><th class="narrow">{{ common.bounty | transloco }}</th><th class="narrow">{{ common.applications | transloco }}</th><th class="narrow">{{ text.updated | transloco }}</th></tr></thead>
          <tbody>
            @for (c of pub.data; track c.id) {
              <tr data-testid="my-challenge">
                <td><a [routerLink]="['/challenges', c.id]" data-user-content>{{ c.title }}</a></td>
                <td class="narrow"><nz-tag [nzColor]="statusColors[c.status]">{{ statusLabels[c.status] | tr }}</nz-tag></td>
                <td class="narrow" [attr.data-label]="common.bounty | transloco">{{ money(c.bounty) }}</td>
                <td class="narrow" [attr.data-label]="common.applications | transloco">{{ c.applicationCount }}</td>
                <td class="narrow" [attr.data-label]="text.updated | transloco">{{ c.updatedAt | wallTime: 'date' }}</td>
              </tr>
            }
          </tbody>
        </nz-table>
        <ng-template #emptyPublished><nz-empty [nzNotFoundContent]="text.emptyPublished | transloco" /></ng-template>
      } @else {
        <nz-table #app class="market-card-table" [nzData]="applied.hasValue() ? applied.value().items : []" [nzLoading]="applied.isLoading()" [nzShowPagination]="false"
                  [nzFrontPagination]="false" [nzNoResult]="emptyApplied" nzSize="middle" data-testid="my-applied">
          <thead><tr><th>{{ text.challenge | transloco }}</th><th class="narrow">{{ common.status | transloco }}</th><th class="narrow">{{ text.application | transloco }}</th><th class="narrow">{{ common.deadline | transloco }}</th></tr></thead>
          <tbody>
            @for (i of app.data; track i.application.id) {
              <tr data-testid="my-application">
                <td><a [routerLink]="['/challenges', i.challenge.id]" data-user-content>{{ i.challenge.title }}</a></td>
                <td class="narrow"><nz-tag [nzColor]="statusColors[i.challenge.status]">{{ statusLabels[i.challenge.status] | tr }}</nz-tag></td>
                <td class="narrow" [attr.data-label]="text.application | transloco">{{ applicationLabels[i.application.status] | tr }}</td>
                <td class="narrow" [attr.data-label]="common.deadline | transloco">{{ i.challenge.deadline | wallTime: 'date' }}</td>
              </tr>
            }
          </tbody>
        </nz-table>
        <ng-template #emptyApplied><nz-empty [nzNotFoundContent]="text.emptyApplied | transloco" /></ng-template>
      }
    </section>
  `,
  styles: `
    .page { max-width: 1100px; margin: 0 auto; padding: 24px 16px; }
    .head { display: flex; justify-content: space-between; align-items: center; gap: 8px; flex-wrap: wrap; }
    h1 { font-size: 22px; margin: 0; }
    .tabs { display: flex; gap: 16px; margin: 16px 0; border-bottom: 1px solid #f0f0f0; }
    .tabs a { padding: 8px 0; color: var(--market-text-secondary); border-bottom: 2px solid transparent; }
    .tabs a.active { color: var(--market-primary); border-bottom-color: var(--market-primary); font-weight: 500; }
    nz-table { display: block; border-radius: 8px; background: #fff; }
    .narrow { white-space: nowrap; }
  `,
})
export class MyChallengesPage {
  private readonly route = inject(ActivatedRoute);
  private readonly auth = inject(AuthStore);
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly common = COMMON;
  protected readonly statusLabels = CHALLENGE_STATUS_LABELS;
  protected readonly applicationLabels = APPLICATION_STATUS_LABELS;
  protected readonly statusColors = STATUS_COLORS;
  private readonly params = toSignal(this.route.queryParams, { initialValue: this.route.snapshot.queryParams });
  protected readonly tab = computed(() => ((this.params() as Record<string, string>)['tab'] === 'applied' ? 'applied' : 'published'));
  protected readonly canPublish = computed(() => this.auth.role() === 'enterprise' || this.auth.role() === 'staff');
  protected readonly published = httpResource<Paginated<Challenge>>(() => (this.tab() === 'published' ? { url: '/api/challenges/mine', params: { pageSize: 100 } } : undefined));
  protected readonly applied = httpResource<Paginated<{ application: ChallengeApplication; challenge: Challenge }>>(() =>
    this.tab() === 'applied' ? { url: '/api/challenges/applications/mine', params: { pageSize: 100 } } : undefined,
  );

  protected money(yuan: number): string {
    return formatAmount(yuan, this.language.lang());
  }
}
