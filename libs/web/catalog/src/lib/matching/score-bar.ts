import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { SCORE_TONES, scorePercent, scoreTone } from './match.model';

const LABEL = 'catalog.scoreBar.label';

/** A match score as a bar and a percent, coloured by how strong it is. Plain CSS: no progress sheet to load. */
@Component({
  selector: 'tm-score-bar',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="line">
      <span class="label">{{ label | transloco }}</span>
      <strong class="percent" [style.color]="tone().color" data-testid="match-score">{{ percent() }}%</strong>
    </div>
    <div class="track" role="meter" aria-valuemin="0" aria-valuemax="100" [attr.aria-valuenow]="percent()"
         [attr.aria-label]="label | transloco" [attr.aria-valuetext]="percent() + '% ' + (tone().label | transloco)">
      <div class="fill" [style.width.%]="percent()" [style.background]="tone().color"></div>
    </div>
    <span class="tone" [style.color]="tone().color">{{ tone().label | transloco }}</span>
  `,
  styles: `
    :host { display: block; min-width: 0; }
    .line { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; }
    .label, .tone { color: var(--market-text-secondary); font-size: 12px; }
    .percent { font-size: 18px; font-variant-numeric: tabular-nums; }
    .track { height: 6px; margin: 4px 0 2px; overflow: hidden; border-radius: 3px; background: #f0f0f0; }
    .fill { height: 100%; border-radius: 3px; transition: width .3s; }
  `,
})
export class ScoreBar {
  readonly score = input.required<number>();
  protected readonly label = LABEL;
  protected readonly percent = computed(() => scorePercent(this.score()));
  protected readonly tone = computed(() => SCORE_TONES[scoreTone(this.score())]);
}
