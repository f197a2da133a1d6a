import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OutboxHandler } from '@market/server/platform';
import { TOPICS, type OrganizationDecided } from '@market/server/events';
import { Notifications } from './notifications.service';

/** Staff decided an organization's verification (机构认证): its members are told, once (dedupe key). */
@Injectable()
export class OrganizationDecidedHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: Notifications,
  ) {}

  @OutboxHandler(TOPICS.organizationDecided)
  async onDecided(e: OrganizationDecided): Promise<void> {
    await this.dataSource.transaction((m) =>
      this.notifications.toOrganization(m, e.organizationId, {
        kind: 'organization_verification',
        title: e.decision === 'approve' ? `机构认证已通过：${e.name}` : `机构认证未通过：${e.name}`,
        body: e.decision === 'approve' ? '贵单位已通过科技局认证，可以发布成果与需求、报名竞价和参与交易。' : `认证意见：${e.comment ?? '（无）'}。请核对单位信息后联系科技局。`,
        link: '/organization',
        dedupeKey: `verification-${e.organizationId}-${e.decision}`,
      }),
    );
  }
}
