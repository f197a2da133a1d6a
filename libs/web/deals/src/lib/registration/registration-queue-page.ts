import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CONTRACT_TYPE_LABELS, Deal, Paginated } from '@market/contracts';
import { LanguageService, Localized, TrPipe, WallTimePipe, formatAmount } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { DEAL_TEXT } from '../data/texts';
import { AdvanceDialog } from '../shared/advance-dialog';

const TEXT = {
  title: { zh: '合同待登记', en: 'Contracts to register' },
  lead: {
    zh: '经纪人已录入、成果方与买方均已确认的技术合同。核对合同后登记：登记编号可留空，由平台按年份与地区代码自动编号。',
    en: 'Signed contracts that both parties confirmed. Check each one and register it; leave the number empty to have the platform issue the next one.',
  },
  empty: { zh: '没有等待登记的合同', en: 'No contracts are waiting' },
  signedAt: { zh: '签约', en: 'Signed' },
  confirmed: { zh: '双方确认', en: 'Confirmed' },
  register: { zh: '登记', en: 'Register' },
  open: { zh: '查看交易', en: 'Open the deal' },
  registered: { zh: '已登记', en: 'Registered' },
} satisfies Record<string, Localized>;

/** Staff's 合同待登记 list: signed, confirmed contracts the bureau registers (技术合同登记认定). */
@Component({
  selector: 'tm-registration-queue-page',
  imports: [RouterLink, NzButtonModule, NzSpinModule, TrPipe, WallTimePipe, AdvanceDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="queue" data-testid="registration-queue">
      <h1>{{ text.title | tr }}</h1>
      <p class="lead">{{ text.lead | tr }}</p>
      @if (notice()) {
        <p class="notice" role="status" data-testid="registration-notice">{{ notice() }}</p>
      }
      @if (deals.error()) {
        <p role="alert">{{ dealText.loadError | tr }} <button nz-button nzType="link" type="button" (click)="deals.reload()">{{ dealText.retry | tr }}</button></p>
      } @else if (!deals.hasValue()) {
        <nz-spin nzSimple />
      } @else {
        @for (d of deals.value().items; track d.id) {
          <article class="item" data-testid="registration-item" [attr.data-title]="d.achievement.title">
            <h2><a [routerLink]="['/deals', d.id]">{{ d.achievement.title }}</a></h2>
            <p class="parties">{{ dealText.seller | tr }} {{ d.seller.name }} · {{ dealText.buyer | tr }} {{ d.buyer.name }} · {{ dealText.broker | tr }} {{ d.broker?.name ?? (dealText.noBroker | tr) }}</p>
            <p>
              <b class="money">{{ amount(d) }}</b> · {{ d.contract ? (typeLabels[d.contract.type] | tr) : '' }}
              · {{ text.signedAt | tr }} {{ d.contract?.signedAt | wallTime: 'date' }}
              · {{ text.confirmed | tr }} {{ d.confirmations.seller | wallTime: 'date' }} / {{ d.confirmations.buyer | wallTime: 'date' }}
            </p>
            <div class="actions">
              <button nz-button nzType="primary" type="button" (click)="registering.set(d)" data-testid="registration-register">{{ text.register | tr }}</button>
              <a nz-button nzType="link" [routerLink]="['/deals', d.id]">{{ text.open | tr }}</a>
            </div>
          </article>
        } @empty {
          <p class="lead" data-testid="registration-empty">{{ text.empty | tr }}</p>
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
    this.notice.set(`${this.language.text(TEXT.registered)}：${deal.achievement.title} · ${deal.registration?.number ?? ''}`);
    this.deals.reload();
  }
}
