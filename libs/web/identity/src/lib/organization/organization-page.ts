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
  regionLabel,
} from '@market/contracts';
import { formatZhDay } from '@market/shared/time';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService, TrPipe, API_ERRORS, serverMessage } from '@market/web/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../data/auth.store';
import { OrganizationsApi } from '../data/organizations.api';

const TEXT = {
  title: 'identity.organizationPage.myOrganization',
  verification: 'identity.organizationPage.verification',
  pendingHint: 'identity.organizationPage.pendingHint',
  rejectedHint: 'identity.organizationPage.rejectedHint',
  creditCode: 'identity.organizationPage.creditCode',
  members: 'identity.organizationPage.members',
  remove: 'identity.organizationPage.remove',
  confirmRemove: 'identity.organizationPage.confirmRemove',
  makeAdmin: 'identity.organizationPage.makeAdmin',
  you: 'identity.organizationPage.you',
  invitations: 'identity.organizationPage.invitations',
  invitationsLead: 'identity.organizationPage.invitationsLead',
  maxUses: 'identity.organizationPage.maxUses',
  days: 'identity.organizationPage.days',
  create: 'identity.organizationPage.create',
  newCode: 'identity.organizationPage.newCode',
  expires: 'identity.organizationPage.expires',
  used: 'identity.organizationPage.used',
  revoke: 'identity.organizationPage.revoke',
  revoked: 'identity.organizationPage.revoked',
  expired: 'identity.organizationPage.expired',
  noInvitations: 'identity.organizationPage.noInvitations',
  adminOnly: 'identity.organizationPage.adminOnly',
} satisfies Record<string, string>;

const VERIFICATION_COLORS: Record<Verification, string> = { pending: 'orange', verified: 'green', rejected: 'red' };

/** 本单位: the organization's verification, its members, and (for its admin) invitations and removals. */
@Component({
  selector: 'tm-organization-page',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzInputNumberModule, NzTagModule, TranslocoPipe, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="org" data-testid="organization-page">
      <h1>{{ text.title | transloco }}</h1>
      @if (error()) {
        <nz-alert nzType="error" nzShowIcon [nzMessage]="error()!" data-testid="organization-error" />
      }
      @if (org(); as o) {
        <div class="card">
          <h2 data-testid="organization-name" data-user-content>{{ o.name }}</h2>
          <p class="meta">{{ kindLabels[o.kind] | tr }}@if (o.region) { · {{ regionLabel(o.region) | tr }} }@if (o.creditCode) { · {{ text.creditCode | transloco }} {{ o.creditCode }} }</p>
          <p>
            {{ text.verification | transloco }}<nz-tag [nzColor]="colors[o.verification]" data-testid="organization-verification">{{ verificationLabels[o.verification] | tr }}</nz-tag>
          </p>
          @if (o.verification === 'pending') {
            <p class="hint">{{ text.pendingHint | transloco }}</p>
          }
          @if (o.verification === 'rejected' && o.verificationComment) {
            <p class="hint" data-testid="organization-verification-comment">{{ text.rejectedHint | transloco }}<span data-user-content>{{ o.verificationComment }}</span></p>
          }
        </div>

        <h2>{{ text.members | transloco }}</h2>
        <ul class="members" data-testid="members">
          @for (m of members(); track m.id) {
            <li data-testid="member">
              <span class="who"><strong data-user-content>{{ m.name }}</strong>@if (m.id === me()) {{{ text.you | transloco }}} <span class="meta">{{ m.email }} · {{ roleLabels[m.role] | tr }}</span></span>
              <nz-tag [nzColor]="m.orgRole === 'admin' ? 'blue' : 'default'">{{ orgRoleLabels[m.orgRole] | tr }}</nz-tag>
              @if (isAdmin() && m.id !== me()) {
                <span class="actions">
                  <button nz-button nzSize="small" type="button" (click)="makeAdmin(m)" [attr.data-testid]="'make-admin-' + m.email">{{ text.makeAdmin | transloco }}</button>
                  @if (removing() === m.id) {
                    <button nz-button nzSize="small" nzDanger nzType="primary" type="button" (click)="remove(m)" [attr.data-testid]="'confirm-remove-' + m.email">{{ text.confirmRemove | transloco }}</button>
                  } @else {
                    <button nz-button nzSize="small" nzDanger type="button" (click)="removing.set(m.id)" [attr.data-testid]="'remove-' + m.email">{{ text.remove | transloco }}</button>
                  }
                </span>
              }
            </li>
          }
        </ul>

        <h2>{{ text.invitations | transloco }}</h2>
        @if (isAdmin()) {
          <p class="hint">{{ text.invitationsLead | transloco }}</p>
          <form class="invite" (ngSubmit)="invite()">
            <label class="label" id="uses-label" for="invite-uses-input">{{ text.maxUses | transloco }}</label>
            <nz-input-number [(ngModel)]="maxUses" name="maxUses" nzId="invite-uses-input" [nzMin]="1" [nzMax]="100" [nzPrecision]="0" aria-labelledby="uses-label" data-testid="invite-uses" />
            <label class="label" id="days-label" for="invite-days-input">{{ text.days | transloco }}</label>
            <nz-input-number [(ngModel)]="days" name="days" nzId="invite-days-input" [nzMin]="1" [nzMax]="30" [nzPrecision]="0" aria-labelledby="days-label" data-testid="invite-days" />
            <button nz-button nzType="primary" type="submit" [nzLoading]="busy()" data-testid="invite-create">{{ text.create | transloco }}</button>
          </form>
          @if (created(); as c) {
            <div class="code" role="status">
              {{ text.newCode | transloco }}<strong data-testid="invite-code">{{ c.code }}</strong>
              <span class="meta">{{ text.expires | transloco }} {{ day(c.expiresAt) }} · {{ text.maxUses | transloco }} {{ c.maxUses }}</span>
            </div>
          }
          <ul class="invitations" data-testid="invitations">
            @for (i of invitations(); track i.id) {
              <li>
                <span>{{ day(i.createdAt) }} → {{ day(i.expiresAt) }} · {{ text.used | transloco }} {{ i.uses }}/{{ i.maxUses }}</span>
                @if (i.revokedAt) {
                  <nz-tag>{{ text.revoked | transloco }}</nz-tag>
                } @else if (isPast(i.expiresAt)) {
                  <nz-tag>{{ text.expired | transloco }}</nz-tag>
                } @else {
                  <button nz-button nzSize="small" type="button" (click)="revoke(i)" data-testid="invite-revoke">{{ text.revoke | transloco }}</button>
                }
              </li>
            } @empty {
              <li class="meta">{{ text.noInvitations | transloco }}</li>
            }
          </ul>
        } @else {
          <p class="hint">{{ text.adminOnly | transloco }}</p>
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
  protected readonly regionLabel = regionLabel;
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
