import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal, type WritableSignal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ORGANIZATION_KINDS, ORGANIZATION_KIND_LABELS, type OrganizationForReview, type OrganizationKind, type Paginated, type QueueSort, ROLE_LABELS, regionLabel } from '@market/contracts';
import { formatZhDay } from '@market/shared/time';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, TrPipe, API_ERRORS, serverMessage } from '@market/web/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { OrganizationsApi } from '../data/organizations.api';

const TEXT = {
  title: 'identity.verificationQueuePage.organizationVerification',
  lead: 'identity.verificationQueuePage.newOrganizationsCannotPublish',
  empty: 'identity.verificationQueuePage.empty',
  noMatch: 'identity.verificationQueuePage.noMatch',
  searchPlaceholder: 'identity.verificationQueuePage.searchPlaceholder',
  search: 'identity.verificationQueuePage.search',
  kind: 'identity.verificationQueuePage.kind',
  allKinds: 'identity.verificationQueuePage.allKinds',
  organization: 'identity.verificationQueuePage.organization',
  creditCode: 'identity.verificationQueuePage.creditCode',
  codeValid: 'identity.verificationQueuePage.codeValid',
  codeInvalid: 'identity.verificationQueuePage.codeInvalid',
  adminColumn: 'identity.verificationQueuePage.adminColumn',
  members: 'identity.verificationQueuePage.members',
  registered: 'identity.verificationQueuePage.registeredColumn',
  decision: 'identity.verificationQueuePage.decision',
  approve: 'identity.verificationQueuePage.approve',
  reject: 'identity.verificationQueuePage.reject',
  reason: 'identity.verificationQueuePage.reason',
  confirmReject: 'identity.verificationQueuePage.confirmReject',
  approveComment: 'identity.verificationQueuePage.approveComment',
  confirmApprove: 'identity.verificationQueuePage.confirmApprove',
  needReason: 'identity.verificationQueuePage.needReason',
  cancel: 'identity.verificationQueuePage.cancel',
  approved: 'identity.verificationQueuePage.approved',
  rejected: 'identity.verificationQueuePage.rejected',
} satisfies Record<string, string>;

const PAGE_SIZE = 20;
/** The bureau's own organization is never in the queue. */
const KINDS = ORGANIZATION_KINDS.filter((k) => k !== 'bureau');

/**
 * Staff verify or reject newly registered organizations (机构认证): a table filtered by words of
 * the name or credit code and by kind, sorted by registration and paged on the server; each
 * decision confirmed, a rejection with its reason.
 */
@Component({
  selector: 'tm-verification-queue-page',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzEmptyModule, NzInputModule, NzSelectModule, NzTableModule, NzTagModule, TranslocoPipe, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="queue" data-testid="verification-queue">
      <h1>{{ text.title | transloco }}</h1>
      <p class="meta">{{ text.lead | transloco }}</p>
      <form class="filters" role="search" (ngSubmit)="setFilter(q, words.trim())">
        <input nz-input name="q" [(ngModel)]="words" maxlength="100" [placeholder]="text.searchPlaceholder | transloco"
               [attr.aria-label]="text.searchPlaceholder | transloco" data-testid="verification-search" />
        <label class="market-visually-hidden" for="verification-kind-input">{{ text.kind | transloco }}</label>
        <nz-select name="kind" nzId="verification-kind-input" [ngModel]="kind()" (ngModelChange)="setFilter(kind, $event)" nzAllowClear
                   [nzPlaceHolder]="text.allKinds | transloco" data-testid="verification-kind">
          @for (k of kinds; track k) {
            <nz-option [nzValue]="k" [nzLabel]="kindLabels[k] | tr" />
          }
        </nz-select>
        <button nz-button type="submit" data-testid="verification-search-submit">{{ text.search | transloco }}</button>
      </form>
      @if (error()) {
        <nz-alert nzType="error" nzShowIcon [nzMessage]="error()!" data-testid="verification-error" />
      }
      <nz-table #table class="market-card-table" [nzData]="visible()" [nzFrontPagination]="false" [nzTotal]="total()" [nzPageSize]="pageSize"
                [nzPageIndex]="pageIndex()" [nzLoading]="queue.isLoading()" [nzHideOnSinglePage]="true" [nzNoResult]="empty"
                (nzPageIndexChange)="pageIndex.set($event)" nzSize="middle" data-testid="verification-table">
        <thead>
          <tr>
            <th>{{ text.organization | transloco }}</th>
            <th>{{ text.creditCode | transloco }}</th>
            <th>{{ text.adminColumn | transloco }}</th>
            <th class="narrow" [nzSortOrder]="sort() === 'newest' ? 'descend' : 'ascend'" [nzSortFn]="true" [nzSortDirections]="['ascend', 'descend']"
                (nzSortOrderChange)="setFilter(sort, $event === 'descend' ? 'newest' : 'oldest')" data-testid="verification-sort">{{ text.registered | transloco }}</th>
            <th class="actions">{{ text.decision | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (o of table.data; track o.id) {
            <tr data-testid="verification-item" [attr.data-name]="o.name">
              <td>
                <b class="name" data-user-content>{{ o.name }}</b>
                <span class="meta">{{ kindLabels[o.kind] | tr }}@if (o.region) { · {{ regionLabel(o.region) | tr }} } · {{ text.members | transloco }} {{ o.members }}</span>
              </td>
              <td [attr.data-label]="text.creditCode | transloco">
                @if (o.creditCode) {
                  <code>{{ o.creditCode }}</code>
                  <nz-tag [nzColor]="o.creditCodeValid ? 'green' : 'red'">{{ (o.creditCodeValid ? text.codeValid : text.codeInvalid) | transloco }}</nz-tag>
                } @else {
                  —
                }
              </td>
              <td [attr.data-label]="text.adminColumn | transloco">
                @if (o.admin) {
                  <span data-user-content>{{ o.admin.name }}</span> · {{ roleLabels[o.admin.role] | tr }}<br /><span class="meta">{{ o.admin.email }}</span>
                }
              </td>
              <td class="narrow" [attr.data-label]="text.registered | transloco"><time>{{ day(o.createdAt) }}</time></td>
              <td class="actions">
                @if (deciding()?.id === o.id && deciding()?.decision === 'reject') {
                  <label class="reason">{{ text.reason | transloco }}
                    <textarea nz-input rows="2" maxlength="500" [(ngModel)]="reason" name="reason" data-testid="verification-reason"></textarea>
                  </label>
                  <div class="buttons">
                    <button nz-button nzDanger nzType="primary" type="button" (click)="reject(o)" [nzLoading]="busy()" data-testid="verification-confirm-reject">{{ text.confirmReject | transloco }}</button>
                    <button nz-button type="button" (click)="deciding.set(null)">{{ text.cancel | transloco }}</button>
                  </div>
                } @else if (deciding()?.id === o.id) {
                  <!-- an approval is confirmed too, with an optional comment kept in the audit log -->
                  <label class="reason">{{ text.approveComment | transloco }}
                    <textarea nz-input rows="2" maxlength="500" [(ngModel)]="reason" name="comment" data-testid="verification-comment"></textarea>
                  </label>
                  <div class="buttons">
                    <button nz-button nzType="primary" type="button" (click)="approve(o)" [nzLoading]="busy()" data-testid="verification-confirm-approve">{{ text.confirmApprove | transloco }}</button>
                    <button nz-button type="button" (click)="deciding.set(null)">{{ text.cancel | transloco }}</button>
                  </div>
                } @else {
                  <div class="buttons">
                    <button nz-button nzType="primary" type="button" (click)="open(o, 'approve')" data-testid="verification-approve">{{ text.approve | transloco }}</button>
                    <button nz-button nzDanger type="button" (click)="open(o, 'reject')" data-testid="verification-reject">{{ text.reject | transloco }}</button>
                  </div>
                }
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty>
        <nz-empty [nzNotFoundContent]="(filtered() ? text.noMatch : text.empty) | transloco" data-testid="verification-empty" />
      </ng-template>
    </section>
  `,
  styles: `
    .queue { max-width: 1200px; margin: 0 auto; padding: 24px 16px; }
    h1 { font-size: 22px; }
    .meta { color: var(--market-text-secondary); font-size: 13px; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 12px; }
    .filters input { flex: 1 1 240px; min-width: 0; }
    .filters nz-select { width: 160px; }
    nz-table { display: block; border-radius: 8px; background: #fff; }
    .name { display: block; overflow-wrap: anywhere; }
    code { font-size: 13px; margin-right: 4px; overflow-wrap: anywhere; }
    .narrow { white-space: nowrap; }
    .actions { width: 300px; }
    .reason { display: flex; flex-direction: column; gap: 4px; margin-bottom: 8px; }
    .buttons { display: flex; flex-wrap: wrap; gap: 8px; }
    @media (max-width: 768px) {
      .filters nz-select { flex: 1 1 40%; width: auto; }
      .actions { width: auto; }
    }
  `,
})
export class VerificationQueuePage {
  protected readonly regionLabel = regionLabel;
  private readonly api = inject(OrganizationsApi);
  private readonly language = inject(LanguageService);
  private readonly message = inject(NzMessageService);
  protected readonly text = TEXT;
  protected readonly kinds = KINDS;
  protected readonly kindLabels = ORGANIZATION_KIND_LABELS;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly pageSize = PAGE_SIZE;
  protected readonly deciding = signal<{ id: string; decision: 'approve' | 'reject' } | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected reason = '';
  protected words = '';
  protected readonly q = signal('');
  protected readonly kind = signal<OrganizationKind | null>(null);
  protected readonly sort = signal<QueueSort>('oldest');
  protected readonly pageIndex = signal(1);
  /** Decided rows leave the table at once, without waiting for a reload. */
  private readonly handled = signal<ReadonlySet<string>>(new Set());

  protected readonly queue = httpResource<Paginated<OrganizationForReview>>(() => {
    const params: Record<string, string | number> = { page: this.pageIndex(), pageSize: PAGE_SIZE, sort: this.sort() };
    if (this.q()) params['q'] = this.q();
    if (this.kind()) params['kind'] = this.kind() as string;
    return { url: '/api/organizations/verification-queue', params };
  });
  private readonly page = computed(() => (this.queue.hasValue() ? this.queue.value() : null));
  protected readonly visible = computed(() => (this.page()?.items ?? []).filter((o) => !this.handled().has(o.id)));
  protected readonly total = computed(() => Math.max(0, (this.page()?.total ?? 0) - this.handled().size));
  protected readonly filtered = computed(() => !!(this.q() || this.kind()));

  /** A new filter or order starts again at the first page. */
  protected setFilter<V>(filter: WritableSignal<V>, value: V): void {
    filter.set(value);
    this.pageIndex.set(1);
  }

  protected open(o: OrganizationForReview, decision: 'approve' | 'reject'): void {
    this.reason = '';
    this.error.set(null);
    this.deciding.set({ id: o.id, decision });
  }

  protected approve(o: OrganizationForReview): Promise<void> {
    return this.decide(o, 'approve', this.reason.trim() || undefined);
  }

  protected reject(o: OrganizationForReview): Promise<void> {
    if (!this.reason.trim()) {
      this.error.set(this.language.t(TEXT.needReason));
      return Promise.resolve();
    }
    return this.decide(o, 'reject', this.reason.trim());
  }

  /** A day as the bureau's city writes it, 2026/12/2, on the market's calendar. */
  protected readonly day = formatZhDay;

  private async decide(o: OrganizationForReview, decision: 'approve' | 'reject', comment?: string): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.api.verify(o.id, { decision, ...(comment ? { comment } : {}) }));
      this.deciding.set(null);
      this.handled.update((set) => new Set([...set, o.id]));
      this.message.success(this.language.t(decision === 'approve' ? TEXT.approved : TEXT.rejected, { name: o.name }));
    } catch (e) {
      this.error.set(serverMessage(e, this.language.lang()) ?? this.language.text(API_ERRORS.unknown));
      this.queue.reload();
    }
    this.busy.set(false);
  }
}
