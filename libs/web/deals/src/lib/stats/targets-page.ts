import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { currentYear } from '@market/shared/time';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, serverMessage, toYi, yiToYuan } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { DealsApi } from '../data/deals.api';

const TEXT = {
  title: 'deals.targetsPage.title',
  lead: 'deals.targetsPage.lead',
  year: 'deals.targetsPage.year',
  target: 'deals.targetsPage.target',
  current: 'deals.targetsPage.current',
  /** `{{value}}`: the target in 亿元. */
  currentValue: 'deals.targetsPage.currentValue',
  positive: 'deals.targetsPage.positive',
  none: 'deals.targetsPage.none',
  save: 'deals.targetsPage.save',
  saved: 'deals.targetsPage.saved',
  failed: 'deals.targetsPage.failed',
  back: 'deals.targetsPage.back',
} satisfies Record<string, string>;

/** Staff set the year's target in 亿元; it is sent as integer yuan. */
@Component({
  selector: 'tm-targets-page',
  imports: [FormsModule, RouterLink, NzButtonModule, NzInputNumberModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="targets" data-testid="targets-page">
      <a routerLink="/stats">← {{ text.back | transloco }}</a>
      <h1>{{ text.title | transloco }}</h1>
      <p class="lead">{{ text.lead | transloco }}</p>
      <form (ngSubmit)="save()">
        <div class="field">
          <label id="target-year-label" for="target-year-input">{{ text.year | transloco }}</label>
          <nz-input-number [ngModel]="year()" (ngModelChange)="pickYear($event)" name="year" [nzMin]="2000" [nzMax]="2100" nzId="target-year-input" aria-labelledby="target-year-label" data-testid="target-year" />
        </div>
        <p class="current">{{ text.current | transloco }}<b data-testid="target-current">{{ current() === null ? (text.none | transloco) : (text.currentValue | transloco: { value: current() }) }}</b></p>
        <div class="field">
          <label id="target-value-label" for="target-value-input">{{ text.target | transloco }}</label>
          <nz-input-number [ngModel]="targetYi()" (ngModelChange)="targetYi.set($event)" name="target" [nzMin]="0" [nzStep]="1" nzId="target-value-input" aria-labelledby="target-value-label" data-testid="target-value" />
        </div>
        <button nz-button nzType="primary" type="submit" [nzLoading]="busy()" data-testid="target-save">{{ text.save | transloco }}</button>
        @if (message()) {
          <p role="status" data-testid="target-message">{{ message() }}</p>
        }
      </form>
    </section>
  `,
  styles: `
    .targets { max-width: 560px; margin: 0 auto; padding: 24px 16px; }
    h1 { margin: 8px 0 0; font-size: 22px; }
    .lead { color: var(--market-text-secondary); }
    form { display: flex; flex-direction: column; gap: 12px; padding: 16px; border-radius: 8px; background: #fff; }
    .field { display: flex; flex-direction: column; gap: 4px; }
    nz-input-number { width: 100%; }
    .current { margin: 0; }
  `,
})
export class TargetsPage {
  private readonly api = inject(DealsApi);
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly year = signal(currentYear());
  protected readonly current = signal<number | null>(null);
  protected readonly targetYi = signal<number | null>(null);
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected pickYear(year: number | null): void {
    if (!year) return;
    this.year.set(year);
    this.load();
  }

  protected save(): void {
    const yi = this.targetYi();
    // a target is a positive amount: 0 is refused out loud, never turned into 0.01 亿元
    if (yi === null || !(yi > 0) || yiToYuan(yi) < 1) {
      this.message.set(this.language.t(TEXT.positive));
      return;
    }
    this.busy.set(true);
    this.api.setTarget(this.year(), yiToYuan(yi)).subscribe({
      next: (answer) => {
        this.busy.set(false);
        this.current.set(toYi(answer.target));
        this.message.set(this.language.t(TEXT.saved));
      },
      error: (e: unknown) => {
        this.busy.set(false);
        this.message.set(serverMessage(e, this.language.lang()) ?? this.language.t(TEXT.failed));
      },
    });
  }

  private load(): void {
    this.message.set(null);
    this.api.stats(this.year()).subscribe({
      next: (stats) => {
        this.current.set(stats.target === null ? null : toYi(stats.target));
        this.targetYi.set(stats.target === null ? null : toYi(stats.target));
      },
      error: () => this.current.set(null),
    });
  }
}
