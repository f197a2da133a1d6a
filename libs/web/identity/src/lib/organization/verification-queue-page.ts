import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ORGANIZATION_KIND_LABELS, OrganizationForReview, ROLE_LABELS, regionLabel } from '@market/contracts';
import { formatZhDay } from '@market/shared/time';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, TrPipe, API_ERRORS, serverMessage } from '@market/web/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { OrganizationsApi } from '../data/organizations.api';

const TEXT = {
  title: 'identity.verificationQueuePage.organizationVerification',
  lead: 'identity.verificationQueuePage.newOrganizationsCannotPublish',
  empty: 'identity.verificationQueuePage.empty',
  creditCode: 'identity.verificationQueuePage.creditCode',
  codeValid: 'identity.verificationQueuePage.codeValid',
  codeInvalid: 'identity.verificationQueuePage.codeInvalid',
  admin: 'identity.verificationQueuePage.admin',
  members: 'identity.verificationQueuePage.members',
  registered: 'identity.verificationQueuePage.registered',
  approve: 'identity.verificationQueuePage.approve',
  reject: 'identity.verificationQueuePage.reject',
  reason: 'identity.verificationQueuePage.reason',
  confirmReject: 'identity.verificationQueuePage.confirmReject',
  approveComment: 'identity.verificationQueuePage.approveComment',
  confirmApprove: 'identity.verificationQueuePage.confirmApprove',
  needReason: 'identity.verificationQueuePage.needReason',
  cancel: 'identity.verificationQueuePage.cancel',
  done: 'identity.verificationQueuePage.done',
} satisfies Record<string, string>;

/** Staff verify or reject newly registered organizations, oldest first (机构认证). */
@Component({
  selector: 'tm-verification-queue-page',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzInputModule, NzTagModule, TranslocoPipe, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="queue" data-testid="verification-queue">
      <h1>{{ text.title | transloco }}</h1>
      <p class="meta">{{ text.lead | transloco }}</p>
      @if (error()) {
        <nz-alert nzType="error" nzShowIcon [nzMessage]="error()!" data-testid="verification-error" />
      }
      @for (o of items(); track o.id) {
        <article class="item" data-testid="verification-item" [attr.data-name]="o.name">
          <h2><span data-user-content>{{ o.name }}</span> <span class="meta">{{ kindLabels[o.kind] | tr }}@if (o.region) { · {{ regionLabel(o.region) | tr }} }</span></h2>
          @if (o.creditCode) {
            <p>
              {{ text.creditCode | transloco }} <code>{{ o.creditCode }}</code>
              <nz-tag [nzColor]="o.creditCodeValid ? 'green' : 'red'">{{ (o.creditCodeValid ? text.codeValid : text.codeInvalid) | transloco }}</nz-tag>
            </p>
          }
          <p class="meta">
            @if (o.admin) { {{ text.admin | transloco }}<span data-user-content>{{ o.admin.name }}</span> · {{ o.admin.email }} · {{ roleLabels[o.admin.role] | tr }} · }
            {{ text.members | transloco }} {{ o.members }} · {{ text.registered | transloco }} {{ day(o.createdAt) }}
          </p>
          @if (deciding()?.id === o.id && deciding()?.decision === 'reject') {
            <label class="reason">{{ text.reason | transloco }}
              <textarea nz-input rows="2" maxlength="500" [(ngModel)]="reason" name="reason" data-testid="verification-reason"></textarea>
            </label>
            <div class="actions">
              <button nz-button nzDanger nzType="primary" type="button" (click)="reject(o)" [nzLoading]="busy()" data-testid="verification-confirm-reject">{{ text.confirmReject | transloco }}</button>
              <button nz-button type="button" (click)="deciding.set(null)">{{ text.cancel | transloco }}</button>
            </div>
          } @else if (deciding()?.id === o.id) {
            <!-- an approval is confirmed too, with an optional comment kept in the audit log -->
            <label class="reason">{{ text.approveComment | transloco }}
              <textarea nz-input rows="2" maxlength="500" [(ngModel)]="reason" name="comment" data-testid="verification-comment"></textarea>
            </label>
            <div class="actions">
              <button nz-button nzType="primary" type="button" (click)="approve(o)" [nzLoading]="busy()" data-testid="verification-confirm-approve">{{ text.confirmApprove | transloco }}</button>
              <button nz-button type="button" (click)="deciding.set(null)">{{ text.cancel | transloco }}</button>
            </div>
          } @else {
            <div class="actions">
              <button nz-button nzType="primary" type="button" (click)="open(o, 'approve')" data-testid="verification-approve">{{ text.approve | transloco }}</button>
              <button nz-button nzDanger type="button" (click)="open(o, 'reject')" data-testid="verification-reject">{{ text.reject | transloco }}</button>
            </div>
          }
        </article>
      } @empty {
        <p class="meta" data-testid="verification-empty">{{ text.empty | transloco }}</p>
      }
    </section>
  `,
  styles: `
    .queue { max-width: 960px; margin: 0 auto; padding: 24px 16px; }
    h1 { font-size: 22px; }
    .item { padding: 16px; margin: 12px 0; border: 1px solid #f0f0f0; border-radius: 8px; background: #fff; }
    .item h2 { font-size: 17px; margin: 0 0 6px; }
    .meta { color: rgba(0, 0, 0, 0.6); font-size: 13px; }
    code { font-size: 14px; }
    .reason { display: flex; flex-direction: column; gap: 4px; margin-bottom: 8px; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; }
  `,
})
export class VerificationQueuePage implements OnInit {
  protected readonly regionLabel = regionLabel;
  private readonly api = inject(OrganizationsApi);
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly kindLabels = ORGANIZATION_KIND_LABELS;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly items = signal<OrganizationForReview[]>([]);
  protected readonly deciding = signal<{ id: string; decision: 'approve' | 'reject' } | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected reason = '';

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  protected open(o: OrganizationForReview, decision: 'approve' | 'reject'): void {
    this.reason = '';
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
    } catch (e) {
      this.error.set(serverMessage(e, this.language.lang()) ?? this.language.text(API_ERRORS.unknown));
    }
    this.busy.set(false);
    await this.load();
  }

  private async load(): Promise<void> {
    try {
      this.items.set((await firstValueFrom(this.api.queue())).items);
    } catch (e) {
      this.error.set(serverMessage(e, this.language.lang()) ?? this.language.text(API_ERRORS.unknown));
    }
  }
}
