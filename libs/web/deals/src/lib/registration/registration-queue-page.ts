import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal, type WritableSignal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { CONTRACT_TYPES, CONTRACT_TYPE_LABELS, type ContractType, type Deal, type DealSort, FIELDS, FIELD_LABELS, type Field, type Paginated } from '@market/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, RegionsStore, TrPipe, WallTimePipe, formatAmount } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { DEAL_TEXT } from '../data/texts';
import { AdvanceDialog } from '../shared/advance-dialog';

const TEXT = {
  title: 'deals.registrationQueuePage.title',
  lead: 'deals.registrationQueuePage.lead',
  empty: 'deals.registrationQueuePage.empty',
  noMatch: 'deals.registrationQueuePage.noMatch',
  filters: 'deals.registrationQueuePage.filters',
  field: 'deals.registrationQueuePage.field',
  allFields: 'deals.registrationQueuePage.allFields',
  region: 'deals.registrationQueuePage.region',
  allRegions: 'deals.registrationQueuePage.allRegions',
  contractType: 'deals.registrationQueuePage.contractType',
  allTypes: 'deals.registrationQueuePage.allTypes',
  deal: 'deals.registrationQueuePage.deal',
  amount: 'deals.registrationQueuePage.amountColumn',
  signed: 'deals.registrationQueuePage.signedColumn',
  confirmed: 'deals.registrationQueuePage.confirmedColumn',
  actions: 'deals.registrationQueuePage.actions',
  register: 'deals.registrationQueuePage.register',
  open: 'deals.registrationQueuePage.open',
  /** `{{title}}`, `{{number}}`: the achievement and the registration number. */
  registered: 'deals.registrationQueuePage.registered',
} satisfies Record<string, string>;

const PAGE_SIZE = 20;

/**
 * Staff's 合同待登记: signed contracts both parties confirmed, which the bureau registers
 * (技术合同登记认定). A table filtered by field, region and contract type, in the order of signing
 * (oldest first, as the registry works) and paged on the server.
 */
@Component({
  selector: 'tm-registration-queue-page',
  imports: [FormsModule, RouterLink, NzButtonModule, NzEmptyModule, NzSelectModule, NzTableModule, TranslocoPipe, TrPipe, WallTimePipe, AdvanceDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="queue" data-testid="registration-queue">
      <h1>{{ text.title | transloco }}</h1>
      <p class="lead">{{ text.lead | transloco }}</p>
      <div class="filters" role="group" [attr.aria-label]="text.filters | transloco">
        <label class="market-visually-hidden" for="registration-field-input">{{ text.field | transloco }}</label>
        <nz-select nzId="registration-field-input" [ngModel]="field()" (ngModelChange)="setFilter(field, $event)" nzAllowClear
                   [nzPlaceHolder]="text.allFields | transloco" data-testid="registration-field">
          @for (f of fields; track f) {
            <nz-option [nzValue]="f" [nzLabel]="fieldLabels[f] | tr" />
          }
        </nz-select>
        <label class="market-visually-hidden" for="registration-region-input">{{ text.region | transloco }}</label>
        <nz-select nzId="registration-region-input" [ngModel]="region()" (ngModelChange)="setFilter(region, $event)" nzAllowClear
                   [nzPlaceHolder]="text.allRegions | transloco" data-testid="registration-region">
          @for (r of regions.options(); track r.value) {
            <nz-option [nzValue]="r.value" [nzLabel]="r.label | tr" />
          }
        </nz-select>
        <label class="market-visually-hidden" for="registration-type-input">{{ text.contractType | transloco }}</label>
        <nz-select nzId="registration-type-input" [ngModel]="contractType()" (ngModelChange)="setFilter(contractType, $event)" nzAllowClear
                   [nzPlaceHolder]="text.allTypes | transloco" data-testid="registration-type">
          @for (t of contractTypes; track t) {
            <nz-option [nzValue]="t" [nzLabel]="typeLabels[t] | tr" />
          }
        </nz-select>
      </div>
      @if (notice()) {
        <p class="notice" role="status" data-testid="registration-notice">{{ notice() }}</p>
      }
      @if (deals.error()) {
        <p role="alert">{{ dealText.loadError | transloco }} <button nz-button nzType="link" type="button" (click)="deals.reload()">{{ dealText.retry | transloco }}</button></p>
      } @else {
        <nz-table #table class="market-card-table" [nzData]="items()" [nzFrontPagination]="false" [nzTotal]="total()" [nzPageSize]="pageSize"
                  [nzPageIndex]="pageIndex()" [nzLoading]="deals.isLoading()" [nzHideOnSinglePage]="true" [nzNoResult]="empty"
                  (nzPageIndexChange)="pageIndex.set($event)" nzSize="middle" data-testid="registration-table">
          <thead>
            <tr>
              <th>{{ text.deal | transloco }}</th>
              <th class="narrow">{{ text.amount | transloco }}</th>
              <th class="narrow" [nzSortOrder]="sort() === 'signed_newest' ? 'descend' : 'ascend'" [nzSortFn]="true" [nzSortDirections]="['ascend', 'descend']"
                  (nzSortOrderChange)="setFilter(sort, $event === 'descend' ? 'signed_newest' : 'signed_oldest')" data-testid="registration-sort">{{ text.signed | transloco }}</th>
              <th class="narrow">{{ text.confirmed | transloco }}</th>
              <th class="narrow">{{ text.actions | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (d of table.data; track d.id) {
              <tr data-testid="registration-item" [attr.data-title]="d.title">
                <td>
                  <a class="title" [routerLink]="['/deals', d.id]" data-user-content>{{ d.title }}</a>
                  <span class="parties">
                    {{ dealText.seller | transloco }} <span data-user-content>{{ d.seller.name }}</span> · {{ dealText.buyer | transloco }} <span data-user-content>{{ d.buyer.name }}</span> ·
                    {{ dealText.broker | transloco }}
                    @if (d.broker) {
                      <span data-user-content>{{ d.broker.name }}</span>
                    } @else {
                      {{ dealText.noBroker | transloco }}
                    }
                  </span>
                </td>
                <td class="narrow" [attr.data-label]="text.amount | transloco">
                  <b class="money">{{ amount(d) }}</b><br />{{ d.contract ? (typeLabels[d.contract.type] | tr) : '' }}
                </td>
                <td class="narrow" [attr.data-label]="text.signed | transloco"><time>{{ d.contract?.signedAt | wallTime: 'date' }}</time></td>
                <td class="narrow" [attr.data-label]="text.confirmed | transloco">{{ d.confirmations.seller | wallTime: 'date' }} / {{ d.confirmations.buyer | wallTime: 'date' }}</td>
                <td class="narrow">
                  <div class="buttons">
                    <button nz-button nzType="primary" type="button" (click)="registering.set(d)" data-testid="registration-register">{{ text.register | transloco }}</button>
                    <a nz-button nzType="link" [routerLink]="['/deals', d.id]">{{ text.open | transloco }}</a>
                  </div>
                </td>
              </tr>
            }
          </tbody>
        </nz-table>
        <ng-template #empty>
          <nz-empty [nzNotFoundContent]="(filtered() ? text.noMatch : text.empty) | transloco" data-testid="registration-empty" />
        </ng-template>
      }
    </section>
    @if (registering(); as d) {
      <tm-advance-dialog [deal]="d" stage="registered" (done)="registered($event)" (cancelled)="registering.set(null)" />
    }
  `,
  styles: `
    .queue { max-width: 1200px; margin: 0 auto; padding: 24px 16px; }
    h1 { font-size: 22px; }
    .lead, .parties { color: var(--market-text-secondary); }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 12px; }
    .filters nz-select { width: 180px; }
    nz-table { display: block; border-radius: 8px; background: #fff; }
    .title { display: block; font-weight: 500; overflow-wrap: anywhere; }
    .parties { display: block; font-size: 13px; overflow-wrap: anywhere; }
    .narrow { white-space: nowrap; }
    .money { color: var(--market-warning); }
    .buttons { display: flex; flex-wrap: wrap; gap: 8px; }
    .notice { padding: 8px 12px; border-radius: 6px; background: #f6ffed; color: #237804; }
    @media (max-width: 768px) {
      .filters nz-select { flex: 1 1 40%; width: auto; }
      .narrow { white-space: normal; }
    }
  `,
})
export class RegistrationQueuePage {
  private readonly language = inject(LanguageService);
  protected readonly regions = inject(RegionsStore);
  protected readonly text = TEXT;
  protected readonly dealText = DEAL_TEXT;
  protected readonly typeLabels = CONTRACT_TYPE_LABELS;
  protected readonly fieldLabels = FIELD_LABELS;
  protected readonly fields = FIELDS;
  protected readonly contractTypes = CONTRACT_TYPES;
  protected readonly pageSize = PAGE_SIZE;
  protected readonly field = signal<Field | null>(null);
  protected readonly region = signal<string | null>(null);
  protected readonly contractType = signal<ContractType | null>(null);
  protected readonly sort = signal<DealSort>('signed_oldest');
  protected readonly pageIndex = signal(1);
  protected readonly deals = httpResource<Paginated<Deal>>(() => {
    const params: Record<string, string | number> = { awaiting: 'registration', page: this.pageIndex(), pageSize: PAGE_SIZE, sort: this.sort() };
    if (this.field()) params['field'] = this.field() as string;
    if (this.region()) params['region'] = this.region() as string;
    if (this.contractType()) params['contractType'] = this.contractType() as string;
    return { url: '/api/deals', params };
  });
  protected readonly items = computed(() => (this.deals.hasValue() ? this.deals.value().items : []));
  protected readonly total = computed(() => (this.deals.hasValue() ? this.deals.value().total : 0));
  protected readonly filtered = computed(() => !!(this.field() || this.region() || this.contractType()));
  protected readonly registering = signal<Deal | null>(null);
  protected readonly notice = signal<string | null>(null);

  constructor() {
    this.regions.load();
  }

  /** A new filter or order starts again at the first page. */
  protected setFilter<V>(filter: WritableSignal<V>, value: V): void {
    filter.set(value);
    this.pageIndex.set(1);
  }

  protected amount(d: Deal): string {
    return formatAmount(d.amount, this.language.lang());
  }

  protected registered(deal: Deal): void {
    this.registering.set(null);
    this.notice.set(this.language.t(TEXT.registered, { title: deal.title, number: deal.registration?.number ?? '' }));
    this.deals.reload();
  }
}
