import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { OpenDealRequest } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, serverMessage } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { DealsApi } from '../data/deals.api';
import { DEAL_TEXT } from '../data/texts';

/**
 * 发起交易 for a seller's achievement and a buyer (a match or a workbench pair): brokers and staff
 * only; opens the new deal's page. Renders nothing for anyone else.
 *
 * It is shown on the catalog's pages, outside the deal routes, so it loads the `deals` translation
 * scope itself (LanguageService then reloads it on every language switch) and shows once it is in.
 */
@Component({
  selector: 'tm-open-deal-button',
  imports: [NzButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (allowed() && ready()) {
      <button nz-button nzType="primary" nzSize="small" type="button" [nzLoading]="busy()" (click)="open()" data-testid="open-deal">{{ text.openDeal | transloco }}</button>
      @if (error()) {
        <span class="error" role="alert">{{ error() }}</span>
      }
    }
  `,
  styles: `:host { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 6px; } .error { color: #cf1322; font-size: 12px; }`,
})
export class OpenDealButton {
  readonly achievementId = input.required<string>();
  readonly buyerOrganizationId = input.required<string>();
  readonly needId = input<string | undefined>(undefined);
  readonly source = input<NonNullable<OpenDealRequest['source']>>('match');

  private readonly api = inject(DealsApi);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly auth = inject(AuthStore);
  protected readonly text = DEAL_TEXT;
  protected readonly allowed = computed(() => this.auth.hasRole(['broker', 'staff']));
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  /** The `deals` scope has loaded (a failed load falls back to Chinese, so it counts as loaded). */
  protected readonly ready = signal(false);

  constructor() {
    void this.language.loadScope('deals').finally(() => this.ready.set(true));
  }

  protected open(): void {
    this.busy.set(true);
    this.error.set(null);
    const needId = this.needId();
    this.api.open({ achievementId: this.achievementId(), buyerOrganizationId: this.buyerOrganizationId(), source: this.source(), ...(needId ? { needId } : {}) }).subscribe({
      next: (deal) => void this.router.navigate(['/deals', deal.id]),
      error: (e: unknown) => {
        // one open deal per achievement and buyer: a second click goes to the deal that exists
        const existing = e instanceof HttpErrorResponse && e.status === 409 ? (e.error as { dealId?: unknown } | null)?.dealId : undefined;
        if (typeof existing === 'string') {
          void this.router.navigate(['/deals', existing]);
          return;
        }
        this.busy.set(false);
        this.error.set(serverMessage(e, this.language.lang()) ?? this.language.t(DEAL_TEXT.loadError));
      },
    });
  }
}
