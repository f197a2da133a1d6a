import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, Outbox } from '@market/server/platform';
import { Accounts } from '@market/server/identity';
import { DEMO_ACHIEVEMENTS, DEMO_NEEDS, DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_PENDING, DEMO_USERS } from '../demo/demo-market.data';
import { AchievementEntity, NeedEntity } from '../infrastructure/listing.entities';
import { TOPICS } from '@market/server/events';

export const DEMO_STAFF_EMAIL = 'staff@demo.market';

/**
 * Loads the demo market into an empty database (local mode, or DEMO_SEED=true): organizations,
 * one account per role, achievements and needs in every review state. Published items go through
 * the outbox like any other, so search sees them the normal way.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: Accounts,
    private readonly outbox: Outbox,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoSeed) return;
    const seeded = await this.seedIfEmpty();
    if (this.config.localMode) {
      this.logger.log(
        `demo accounts (password ${DEMO_PASSWORD}): ${[DEMO_STAFF_EMAIL, ...DEMO_USERS.slice(0, 3).map((u) => u.email)].join(', ')}` +
          (seeded ? ' — demo market loaded' : ''),
      );
    }
  }

  /** True when it loaded the demo; false when the database already had listings or users. */
  async seedIfEmpty(): Promise<boolean> {
    const [{ n }] = await this.dataSource.query('SELECT (SELECT count(*) FROM achievements) + (SELECT count(*) FROM needs) AS n');
    if (Number(n) > 0) return false;
    await this.accounts.ensureStaff(DEMO_STAFF_EMAIL, DEMO_PASSWORD, '科技局演示账号');
    const orgIds = new Map<string, string>();
    for (const org of DEMO_ORGANIZATIONS) orgIds.set(org.key, await this.accounts.ensureOrganization(org.name, org.kind, org.region, org.creditCode ?? null));
    const firstUserOf = new Map<string, string>();
    for (const u of DEMO_USERS) {
      const orgId = orgIds.get(u.organizationKey);
      if (!orgId) throw new Error(`demo user ${u.email} names unknown organization ${u.organizationKey}`);
      // each organization's first user is its admin, as the membership migration makes them
      const orgRole = firstUserOf.has(u.organizationKey) ? 'member' : 'admin';
      const id = await this.accounts.ensureUser({ email: u.email, password: DEMO_PASSWORD, name: u.name, role: u.role, organizationId: orgId, orgRole });
      if (!firstUserOf.has(u.organizationKey)) firstUserOf.set(u.organizationKey, id);
    }
    // one organization waiting in the staff's verification queue
    const pending = await this.accounts.ensureOrganization(DEMO_PENDING.name, 'enterprise', DEMO_PENDING.region, DEMO_PENDING.creditCode, 'pending');
    await this.accounts.ensureUser({ email: DEMO_PENDING.email, password: DEMO_PASSWORD, name: DEMO_PENDING.person, role: 'enterprise', organizationId: pending, orgRole: 'admin' });
    const owner = (key: string) => {
      const organizationId = orgIds.get(key);
      const createdBy = firstUserOf.get(key);
      if (!organizationId || !createdBy) throw new Error(`demo item names organization ${key} without a user`);
      return { organizationId, createdBy };
    };
    const day = 24 * 3600 * 1000;
    await this.dataSource.transaction(async (manager) => {
      for (const [i, { organizationKey, status, ...a }] of DEMO_ACHIEVEMENTS.entries()) {
        const publishedAt = status === 'published' ? new Date(Date.now() - (i % 60) * day) : null;
        const row = await manager.save(AchievementEntity, manager.create(AchievementEntity, { ...a, ...owner(organizationKey), status, publishedAt }));
        if (status === 'published') await this.outbox.add(manager, TOPICS.catalogChanged, { kind: 'achievement', id: row.id });
      }
      for (const [i, { organizationKey, status, deadlineInDays, ...n }] of DEMO_NEEDS.entries()) {
        const publishedAt = status === 'published' ? new Date(Date.now() - (i % 45) * day) : null;
        const deadline = new Date(Date.now() + deadlineInDays * day);
        const row = await manager.save(NeedEntity, manager.create(NeedEntity, { ...n, deadline, ...owner(organizationKey), status, publishedAt }));
        if (status === 'published') await this.outbox.add(manager, TOPICS.catalogChanged, { kind: 'need', id: row.id });
      }
    });
    await this.outbox.kick('demo seed');
    return true;
  }
}
