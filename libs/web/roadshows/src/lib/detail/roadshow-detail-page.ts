import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { RoadshowDetail, roadshowPhase } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { wallSpan, zoneName } from '@market/shared/time';
import { LanguageService, TrPipe } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { COMMON, PHASE_COLORS, PHASE_LABELS, kindLabel } from '../data/texts';
import { RegisterBox } from './register-box';
import { SlotList } from './slot-list';
import { StaffPanel } from './staff-panel';

const TEXT = {
  back: 'roadshows.detailPage.back',
  when: 'roadshows.detailPage.when',
  registered: 'roadshows.detailPage.registered',
  attended: 'roadshows.detailPage.attended',
  notFound: 'roadshows.detailPage.notFound',
} satisfies Record<string, string>;

/** An event: when and where, the register button, the programme; staff also manage it here. */
@Component({
  selector: 'tm-roadshow-detail-page',
  imports: [RouterLink, NzButtonModule, NzSpinModule, NzTagModule, TrPipe, TranslocoPipe, RegisterBox, SlotList, StaffPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './roadshow-detail-page.css',
  template: `
    <a class="back" routerLink="/roadshows">‹ {{ text.back | transloco }}</a>
    @if (detail.error()) {
      <div class="box" role="alert">
        <p>{{ (status() === 404 ? text.notFound : common.loadFailed) | transloco }}</p>
        <button nz-button type="button" (click)="detail.reload()">{{ common.retry | transloco }}</button>
      </div>
    } @else if (detail.hasValue()) {
      @let r = detail.value();
      <article class="box" data-testid="roadshow-detail">
        <div>
          <nz-tag nzColor="geekblue">{{ kindLabel(r.kind) | tr }}</nz-tag>
          <nz-tag [nzColor]="phaseColors[phase()]" data-testid="roadshow-phase">{{ phaseLabels[phase()] | transloco }}</nz-tag>
        </div>
        <h1 data-testid="roadshow-title" data-user-content>{{ r.title }}</h1>
        <dl class="facts">
          <dt>{{ text.when | transloco: { zone: zone() } }}</dt>
          <dd data-testid="roadshow-when">{{ span() }}</dd>
          @if (r.venue) {
            <dt>{{ common.venue | transloco }}</dt>
            <dd data-testid="roadshow-venue" data-user-content>{{ r.venue }}</dd>
          }
          @if (r.onlineUrl) {
            <dt>{{ common.online | transloco }}</dt>
            <dd><a [href]="r.onlineUrl" target="_blank" rel="noopener" data-testid="roadshow-online">{{ r.onlineUrl }}</a></dd>
          }
          <dt>{{ text.registered | transloco }}</dt>
          <dd data-testid="roadshow-registered">{{ r.registeredCount }} / {{ r.capacity }}</dd>
          @if (phase() === 'ended' || r.attendedCount > 0) {
            <dt>{{ text.attended | transloco }}</dt>
            <dd data-testid="roadshow-attended">{{ r.attendedCount }}</dd>
          }
        </dl>
        @if (r.description) {
          <p class="description" data-user-content>{{ r.description }}</p>
        }
        <tm-register-box [roadshow]="r" (changed)="detail.reload()" />
      </article>
      <section class="box"><tm-slot-list [roadshow]="r" (changed)="detail.reload()" /></section>
      @if (auth.role() === 'staff') {
        <section class="box"><tm-staff-panel [roadshow]="r" (changed)="detail.reload()" /></section>
      }
    } @else {
      <div class="box center"><nz-spin nzSimple /></div>
    }
  `,
})
export class RoadshowDetailPage {
  readonly id = input.required<string>();
  protected readonly auth = inject(AuthStore);
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  // The time's label names the market's zone (set at start-up from /api/config), read with the page.
  protected readonly zone = computed(() => this.language.text(zoneName()));
  protected readonly common = COMMON;
  protected readonly kindLabel = kindLabel;
  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly phaseColors = PHASE_COLORS;
  // Re-read when the caller signs in or out: the answer carries their registration.
  protected readonly detail = httpResource<RoadshowDetail>(() => (this.auth.user(), `/api/roadshows/${encodeURIComponent(this.id())}`));
  protected readonly phase = computed(() => (this.detail.hasValue() ? roadshowPhase(this.detail.value()) : 'upcoming'));
  protected readonly span = computed(() => (this.detail.hasValue() ? wallSpan(this.detail.value().startsAt, this.detail.value().endsAt) : ''));
  protected readonly status = computed(() => (this.detail.error() as { status?: number } | undefined)?.status ?? 0);
}
