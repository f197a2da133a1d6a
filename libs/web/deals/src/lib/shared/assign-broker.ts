import { HttpClient, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BrokerCard, Deal } from '@market/contracts';
import { LanguageService, describeError } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';

/**
 * Staff hand a deal to a broker (交易 opened by a sold lot or an awarded challenge has none yet,
 * and a broker may leave): the brokers by name, one picked, `PUT /api/deals/:id/broker`.
 */
@Component({
  selector: 'tm-assign-broker',
  imports: [FormsModule, NzButtonModule, NzSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="assign" data-testid="assign-broker">
      <label class="label" for="assign-broker-input">{{ 'deals.assignBroker.label' | transloco }}</label>
      <div class="row">
        <nz-select nzId="assign-broker-input" nzShowSearch [ngModel]="brokerId()" (ngModelChange)="brokerId.set($event)" [nzLoading]="brokers.isLoading()"
                   [nzPlaceHolder]="'deals.assignBroker.choose' | transloco" data-testid="assign-broker-select">
          @for (b of brokers.hasValue() ? brokers.value().items : []; track b.id) {
            <nz-option [nzValue]="b.id" [nzLabel]="b.name + ' · ' + b.organization.name" />
          }
        </nz-select>
        <button nz-button nzType="primary" type="button" [disabled]="!brokerId()" [nzLoading]="busy()" (click)="assign()" data-testid="assign-broker-submit">
          {{ 'deals.assignBroker.submit' | transloco }}
        </button>
      </div>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
    </div>
  `,
  styles: `
    .assign { margin: 12px 0; }
    .label { display: block; margin-bottom: 4px; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; }
    .row nz-select { flex: 1 1 240px; max-width: 420px; }
    .error { color: var(--market-danger); }
  `,
})
export class AssignBroker {
  readonly deal = input.required<Deal>();
  readonly assigned = output<Deal>();
  private readonly http = inject(HttpClient);
  private readonly language = inject(LanguageService);
  protected readonly brokers = httpResource<{ items: BrokerCard[] }>(() => '/api/brokers');
  protected readonly brokerId = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async assign(): Promise<void> {
    const brokerId = this.brokerId();
    if (!brokerId) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.assigned.emit(await firstValueFrom(this.http.put<Deal>(`/api/deals/${encodeURIComponent(this.deal().id)}/broker`, { brokerId })));
    } catch (e) {
      this.error.set(describeError(e, this.language.lang()));
    } finally {
      this.busy.set(false);
    }
  }
}
