import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Roadshow, roadshowPhase } from '@market/contracts';
import { wallSpan } from '@market/shared/time';
import { TranslocoPipe } from '@jsverse/transloco';
import { TrPipe } from '@market/web/ui';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { COMMON, PHASE_COLORS, PHASE_LABELS, kindLabel } from '../data/texts';

/** One event in a list: kind, title, when, where, places. */
@Component({
  selector: 'tm-roadshow-card',
  imports: [RouterLink, NzTagModule, TrPipe, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './roadshow-card.css',
  template: `
    @let r = roadshow();
    <article class="card" data-testid="roadshow-card">
      <div class="tags">
        <nz-tag nzColor="geekblue">{{ kindLabel(r.kind) | tr }}</nz-tag>
        <nz-tag [nzColor]="phaseColor()">{{ phaseLabel() | transloco }}</nz-tag>
      </div>
      <a class="title" [routerLink]="['/roadshows', r.id]" data-user-content>{{ r.title }}</a>
      <div class="meta">
        <span>{{ span() }}</span>
        @if (r.venue) {
          <span>{{ text.venueIs | transloco }}<span data-user-content>{{ r.venue }}</span></span>
        }
        @if (r.onlineUrl) {
          <span>{{ text.online | transloco }}</span>
        }
        <span>{{ text.places | transloco }} {{ r.registeredCount }}/{{ r.capacity }}</span>
      </div>
    </article>
  `,
})
export class RoadshowCard {
  readonly roadshow = input.required<Roadshow>();
  protected readonly text = COMMON;
  protected readonly kindLabel = kindLabel;
  protected readonly span = computed(() => wallSpan(this.roadshow().startsAt, this.roadshow().endsAt));
  private readonly phase = computed(() => roadshowPhase(this.roadshow()));
  protected readonly phaseLabel = computed(() => PHASE_LABELS[this.phase()]);
  protected readonly phaseColor = computed(() => PHASE_COLORS[this.phase()]);
}
