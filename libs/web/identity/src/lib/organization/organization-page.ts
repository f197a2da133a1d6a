import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  Invitation,
  InvitationSummary,
  Member,
  ORG_ROLE_LABELS,
  ORGANIZATION_KIND_LABELS,
  Organization,
  ROLE_LABELS,
  VERIFICATION_LABELS,
  Verification,
} from '@market/contracts';
import { formatZhDay } from '@market/shared/time';
import { LanguageService, Localized, TrPipe, API_ERRORS, serverMessage } from '@market/web/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../data/auth.store';
import { OrganizationsApi } from '../data/organizations.api';

const TEXT = {
  title: { zh: '本单位', en: 'My organization' },
  verification: { zh: '机构认证', en: 'Verification' },
  pendingHint: {
    zh: '科技局核实单位信息后即完成认证。认证前可以编写和提交成果与需求草稿，但暂不能发布、报名竞价或参与交易。',
    en: 'The bureau verifies the organization’s details. Until then you can write and submit drafts, but nothing is published, and you cannot bid or trade.',
  },
  rejectedHint: { zh: '认证意见', en: 'The bureau’s reason' },
  creditCode: { zh: '统一社会信用代码', en: 'Credit code' },
  members: { zh: '成员', en: 'Members' },
  remove: { zh: '移出单位', en: 'Remove' },
  confirmRemove: { zh: '确认移出', en: 'Confirm removal' },
  makeAdmin: { zh: '设为管理员', en: 'Make admin' },
  you: { zh: '（我）', en: ' (you)' },
  invitations: { zh: '邀请同事', en: 'Invite colleagues' },
  invitationsLead: { zh: '同事凭邀请码注册即加入本单位。邀请码只显示这一次，请及时转告。', en: 'Colleagues join by registering with a code. The code is shown only once.' },
  maxUses: { zh: '可用人数', en: 'Uses' },
  days: { zh: '有效天数', en: 'Valid for (days)' },
  create: { zh: '生成邀请码', en: 'Create a code' },
  newCode: { zh: '新的邀请码', en: 'New invitation code' },
  expires: { zh: '有效期至', en: 'Valid until' },
  used: { zh: '已使用', en: 'Used' },
  revoke: { zh: '撤销', en: 'Revoke' },
  revoked: { zh: '已撤销', en: 'Revoked' },
  expired: { zh: '已过期', en: 'Expired' },
  noInvitations: { zh: '暂无邀请码', en: 'No codes yet' },
  adminOnly: { zh: '邀请同事、移出成员由本单位管理员操作。', en: 'Your organization’s admin invites and removes members.' },
} satisfies Record<string, Localized>;

const VERIFICATION_COLORS: Record<Verification, string> = { pending: 'orange', verified: 'green', rejected: 'red' };

/** 本单位: the organization's verification, its members, and (for its admin) invitations and removals. */
@Component({
  selector: 'tm-organization-page',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzInputNumberModule, NzTagModule, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="org" data-testid="organization-page">
      <h1>{{ text.title | tr }}</h1>
      @if (error()) {
        <nz-alert nzType="error" nzShowIcon [nzMessage]="error()!" data-testid="organization-error" />
      }
      @if (org(); as o) {
        <div class="card">
          <h2 data-testid="organization-name">{{ o.name }}</h2>
          <p class="meta">{{ kindLabels[o.kind] | tr }}@if (o.region) { · {{ o.region }} }@if (o.creditCode) { · {{ text.creditCode | tr }} {{ o.creditCode }} }</p>
          <p>
            {{ text.verification | tr }}：<nz-tag [nzColor]="colors[o.verification]" data-testid="organization-verification">{{ verificationLabels[o.verification] | tr }}</nz-tag>
          </p>
          @if (o.verification === 'pending') {
            <p class="hint">{{ text.pendingHint | tr }}</p>
          }
          @if (o.verification === 'rejected' && o.verificationComment) {
            <p class="hint" data-testid="organization-verification-comment">{{ text.rejectedHint | tr }}：{{ o.verificationComment }}</p>
          }
        </div>

        <h2>{{ text.members | tr }}</h2>
        <ul class="members" data-testid="members">
          @for (m of members(); track m.id) {
            <li data-testid="member">
              <span class="who"><strong>{{ m.name }}</strong>@if (m.id === me()) {{{ text.you | tr }}} <span class="meta">{{ m.email }} · {{ roleLabels[m.role] | tr }}</span></span>
              <nz-tag [nzColor]="m.orgRole === 'admin' ? 'blue' : 'default'">{{ orgRoleLabels[m.orgRole] | tr }}</nz-tag>
              @if (isAdmin() && m.id !== me()) {
                <span class="actions">
                  <button nz-button nzSize="small" type="button" (click)="makeAdmin(m)" [attr.data-testid]="'make-admin-' + m.email">{{ text.makeAdmin | tr }}</button>
                  @if (removing() === m.id) {
                    <button nz-button nzSize="small" nzDanger nzType="primary" type="button" (click)="remove(m)" [attr.data-testid]="'confirm-remove-' + m.email">{{ text.confirmRemove | tr }}</button>
                  } @else {
                    <button nz-button nzSize="small" nzDanger type="button" (click)="removing.set(m.id)" [attr.data-testid]="'remove-' + m.email">{{ text.remove | tr }}</button>
                  }
                </span>
              }
            </li>
          }
        </ul>

        <h2>{{ text.invitations | tr }}</h2>
        @if (isAdmin()) {
          <p class="hint">{{ text.invitationsLead | tr }}</p>
          <form class="invite" (ngSubmit)="invite()">
            <span class="label" id="uses-label">{{ text.maxUses | tr }}</span>
            <nz-input-number [(ngModel)]="maxUses" name="maxUses" [nzMin]="1" [nzMax]="100" [nzPrecision]="0" aria-labelledby="uses-label" data-testid="invite-uses" />
            <span class="label" id="days-label">{{ text.days | tr }}</span>
            <nz-input-number [(ngModel)]="days" name="days" [nzMin]="1" [nzMax]="30" [nzPrecision]="0" aria-labelledby="days-label" data-testid="invite-days" />
            <button nz-button nzType="primary" type="submit" [nzLoading]="busy()" data-testid="invite-create">{{ text.create | tr }}</button>
          </form>
          @if (created(); as c) {
            <div class="code" role="status">
              {{ text.newCode | tr }}：<strong data-testid="invite-code">{{ c.code }}</strong>
              <span class="meta">{{ text.expires | tr }} {{ day(c.expiresAt) }} · {{ text.maxUses | tr }} {{ c.maxUses }}</span>
            </div>
          }
          <ul class="invitations" data-testid="invitations">
            @for (i of invitations(); track i.id) {
              <li>
                <span>{{ day(i.createdAt) }} → {{ day(i.expiresAt) }} · {{ text.used | tr }} {{ i.uses }}/{{ i.maxUses }}</span>
                @if (i.revokedAt) {
                  <nz-tag>{{ text.revoked | tr }}</nz-tag>
                } @else if (isPast(i.expiresAt)) {
                  <nz-tag>{{ text.expired | tr }}</nz-tag>
                } @else {
                  <button nz-button nzSize="small" type="button" (click)="revoke(i)" data-testid="invite-revoke">{{ text.revoke | tr }}</button>
                }
              </li>
            } @empty {
              <li class="meta">{{ text.noInvitations | tr }}</li>
            }
          </ul>
        } @else {
          <p class="hint">{{ text.adminOnly | tr }}</p>
        }
      }
    </section>
  `,
  styles: `
    .org { max-width: 960px; margin: 0 auto; padding: 24px 16px; }
    h1 { font-size: 22px; }
    h2 { font-size: 17px; margin-top: 20px; }
    .card { padding: 16px; border: 1px solid #f0f0f0; border-radius: 8px; background: #fff; }
    .card h2 { margin: 0 0 4px; }
    .meta { color: rgba(0, 0, 0, 0.6); font-size: 13px; }
    .hint { color: rgba(0, 0, 0, 0.65); }
    .members, .invitations { list-style: none; padding: 0; margin: 0; }
    .members li, .invitations li { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding: 8px 0; border-bottom: 1px solid #f0f0f0; }
    .who { flex: 1 1 240px; }
    .actions { display: flex; gap: 6px; }
    .invite { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
    .code { margin: 12px 0; padding: 12px; border-radius: 6px; background: #f6ffed; border: 1px solid #b7eb8f; }
    .code strong { font-family: monospace; font-size: 16px; letter-spacing: 1px; }
  `,
})
export class OrganizationPage implements OnInit {
  private readonly api = inject(OrganizationsApi);
  private readonly store = inject(AuthStore);
  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly kindLabels = ORGANIZATION_KIND_LABELS;
  protected readonly verificationLabels = VERIFICATION_LABELS;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly orgRoleLabels = ORG_ROLE_LABELS;
  protected readonly colors = VERIFICATION_COLORS;

  protected readonly org = signal<Organization | null>(null);
  protected readonly members = signal<Member[]>([]);
  protected readonly invitations = signal<InvitationSummary[]>([]);
  protected readonly created = signal<Invitation | null>(null);
  protected readonly removing = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly me = computed(() => this.store.user()?.id ?? null);
  protected readonly isAdmin = computed(() => this.members().some((m) => m.id === this.me() && m.orgRole === 'admin'));
  protected maxUses = 1;
  protected days = 7;

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  protected async invite(): Promise<void> {
    await this.run(async () => {
      this.created.set(await firstValueFrom(this.api.invite({ maxUses: this.maxUses, expiresInDays: this.days })));
    });
  }

  protected async revoke(i: InvitationSummary): Promise<void> {
    await this.run(() => firstValueFrom(this.api.revokeInvitation(i.id)));
  }

  protected async remove(m: Member): Promise<void> {
    this.removing.set(null);
    await this.run(() => firstValueFrom(this.api.removeMember(m.id)));
  }

  protected async makeAdmin(m: Member): Promise<void> {
    await this.run(() => firstValueFrom(this.api.transferAdmin(m.id)));
  }

  /** A day as the bureau's city writes it, 2026/12/2, on the market's calendar. */
  protected readonly day = formatZhDay;

  protected isPast(iso: string): boolean {
    return Date.parse(iso) <= Date.now();
  }

  /** Runs an action, then shows the organization as it now is; a refusal shows the server's reason. */
  private async run(action: () => Promise<unknown>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await action();
    } catch (e) {
      this.error.set(serverMessage(e, this.language.lang()) ?? this.language.text(API_ERRORS.unknown));
    }
    this.busy.set(false);
    await this.load();
  }

  private async load(): Promise<void> {
    try {
      const [org, members] = await Promise.all([firstValueFrom(this.api.mine()), firstValueFrom(this.api.members())]);
      this.org.set(org);
      this.members.set(members);
      if (members.some((m) => m.id === this.me() && m.orgRole === 'admin')) this.invitations.set(await firstValueFrom(this.api.invitations()));
    } catch (e) {
      this.error.set(serverMessage(e, this.language.lang()) ?? this.language.text(API_ERRORS.unknown));
    }
  }
}
