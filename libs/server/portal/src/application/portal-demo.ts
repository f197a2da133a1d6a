import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Directory } from '@market/server/identity';
import { APP_CONFIG, type AppConfig } from '@market/server/platform';
import { DEMO_ANNOUNCEMENTS } from '../demo/demo-announcements.data';
import { AnnouncementQueries } from '../infrastructure/announcement.queries';
import { Announcements } from './announcements.service';

/** With the demo market (DEMO_SEED), a few 通知公告 and 政策法规, written by the demo staff, into an empty table. */
@Injectable()
export class PortalDemo implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queries: AnnouncementQueries,
    private readonly announcements: Announcements,
    private readonly directory: Directory,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoSeed || (await this.queries.count()) > 0) return;
    const staff = await this.directory.firstStaff();
    if (!staff) return;
    const author = { id: staff.id, role: staff.role, organizationId: staff.organization.id };
    // oldest first, so the list's newest is the last one written
    for (const a of DEMO_ANNOUNCEMENTS) await this.announcements.create(author, a);
    this.logger.log(`demo announcements loaded (${DEMO_ANNOUNCEMENTS.length})`);
  }
}
