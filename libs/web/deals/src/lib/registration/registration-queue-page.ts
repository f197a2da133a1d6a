import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CONTRACT_TYPE_LABELS, Deal, Paginated } from '@market/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, TrPipe, WallTimePipe, formatAmount } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { DEAL_TEXT } from '../data/texts';
import { AdvanceDialog } from '../shared/advance-dialog';

const TEXT = {
  title: 'deals.registrationQueuePage.title',
  lead: 'deals.registrationQueuePage.lead',
  empty: 'deals.registrationQueuePage.empty',
  signedAt: 'deals.registrationQueuePage.signedAt',
  confirmed: 'deals.registrationQueuePage.confirmed',
  register: 'deals.registrationQueuePage.register',
  open: 'deals.registrationQueuePage.open',
  /** `{{title}}`, `{{number}}`: the achievement and the registration number. */
  registered: 'deals.registrationQueuePage.registered',
} satisfies Record<string, string>;

/** Staff's 合同待登记 list: signed, confirmed contracts the bureau registers (技术合同登记认定). */
@Component({
  selector: 'tm-registration-queue-page',
  imports: [RouterLink, NzButtonModule, NzSpinModule, TranslocoPipe, TrPipe, WallTimePipe, AdvanceDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="queue" data-testid="registration-queue">
      <h1>{{ text.title | transloco }}</h1>
      <p class="lead">{{ text.lead | transloco }}</p>
      @if (notice()) {
        <p class="notice" role="status" data-testid="registration-notice">{{ notice() }}</p>
      }
      @if (deals.error()) {
        <p role="alert">{{ dealText.loadError | transloco }} <button nz-button nzType="link" type="button" (click)="deals.reload()">{{ dealText.retry | transloco }}</button></p>
      } @else if (!deals.hasValue()) {
        <nz-spin nzSimple />
      } @else {
        @for (d of deals.value().items; track d.id) {
          <article class="item" data-testid="registration-item" [attr.data-title]="d.achievement.title">
            <h2 data-user-content><a [routerLink]="['/deals', d.id]">{{ d.achievement.title }}</a></h2>
            <p class="parties">
              {{ dealText.seller | transloco }} <span data-user-content>{{ d.seller.name }}</span> · {{ dealText.buyer | transloco }} <span data-user-content>{{ d.buyer.name }}</span> ·
              {{ dealText.broker | transloco }}
              @if (d.broker) {
                <span data-user-content>{{ d.broker.name }}</span>
              } @else {
                {{ dealText.noBroker | transloco }}
              }
            </p>
            <p>
              <b class="money">{{ amount(d) }}</b> · {{ d.contract ? (typeLabels[d.contract.type] | tr) : '' }}
              · {{ text.signedAt | transloco }} {{ d.contract?.signedAt | wallTime: 'date' }}
              · {{ text.confirmed | transloco }} {{ d.confirmations.seller | wallTime: 'date' }} / {{ d.confirmations.buyer | wallTime: 'date' }}
            </p>
            <div class="actions">
              <button nz-button nzType="primary" type="button" (click)="registering.set(d)" data-testid="registration-register">{{ text.register | transloco }}</button>
              <a nz-button nzType="link" [routerLink]="['/deals', d.id]">{{ text.open | transloco }}</a>
            </div>
          </article>
        } @empty {
          <p class="lead" data-testid="registration-empty">{{ text.empty | transloco }}</p>
        }
      }
    </section>
    @if (registering(); as d) {
      <tm-advance-dialog [deal]="d" stage="registered" (done)="registered($event)" (cancelled)="registering.set(null)" />
    }
  `,
  styles: `
    .queue { max-width: 960px; margin: 0 auto; padding: 24px 16px; }
    h1 { font-size: 22px; }
    .lead, .parties { color: rgba(0, 0, 0, .65); }
    .item { margin: 12px 0; padding: 16px; border-radius: 8px; background: #fff; overflow-wrap: anywhere; }
    .item h2 { margin: 0 0 4px; font-size: 16px; }
    .item p { margin: 4px 0; }
    .money { color: var(--market-warning); }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
    .notice { padding: 8px 12px; border-radius: 6px; background: #f6ffed; color: #237804; }
  `,
})
export class RegistrationQueuePage {
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly dealText = DEAL_TEXT;
  protected readonly typeLabels = CONTRACT_TYPE_LABELS;
  protected readonly deals = httpResource<Paginated<Deal>>(() => '/api/deals?awaiting=registration&pageSize=100');
  protected readonly registering = signal<Deal | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected amount(d: Deal): string {
    return formatAmount(d.amount, this.language.lang());
  }

  protected registered(deal: Deal): void {
    this.registering.set(null);
    this.notice.set(this.language.t(TEXT.registered, { title: deal.achievement.title, number: deal.registration?.number ?? '' }));
    this.deals.reload();
  }
}
