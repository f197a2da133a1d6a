import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NOTIFICATION_ERRORS, type Notification, type NotificationKind, type Paginated } from '@market/contracts';
import { fail } from '@market/server/platform';
import { Directory } from '@market/server/identity';
import { NotificationEntity } from '../infrastructure/notification.entity';

export interface NewNotification {
  kind: NotificationKind;
  title: string;
  body: string;
  link?: string | null;
  /** Optional idempotency key: one notification per user and key, however often it is sent. */
  dedupeKey?: string;
}

function toNotification(e: NotificationEntity): Notification {
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    body: e.body,
    link: e.link,
    createdAt: e.createdAt.toISOString(),
    readAt: e.readAt ? e.readAt.toISOString() : null,
  };
}

/** The notification inbox: other contexts write to it inside their own transactions. */
@Injectable()
export class Notifications {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: Directory,
  ) {}

  async toUsers(manager: EntityManager, userIds: string[], n: NewNotification): Promise<void> {
    if (userIds.length === 0) return;
    await manager.query(
      `INSERT INTO notifications (user_id, kind, title, body, link, dedupe_key)
       SELECT unnest($1::uuid[]), $2, $3, $4, $5, $6
       ON CONFLICT (user_id, dedupe_key) DO NOTHING`,
      [userIds, n.kind, n.title, n.body, n.link ?? null, n.dedupeKey ?? null],
    );
  }

  /** Every member of an organization. */
  async toOrganization(manager: EntityManager, organizationId: string, n: NewNotification): Promise<void> {
    await this.toUsers(manager, await this.directory.memberIds(organizationId, manager), n);
  }

  async list(userId: string, page: number, pageSize: number): Promise<Paginated<Notification> & { unread: number }> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const [rows, total] = await repo.findAndCount({
      where: { userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const [{ unread }] = await this.dataSource.query('SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL', [userId]);
    return { items: rows.map(toNotification), total, page, pageSize, unread };
  }

  /** Only the owner may mark it; anyone else gets 404, as if it did not exist. */
  async markRead(userId: string, id: string): Promise<Notification> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const row = await repo.findOne({ where: { id, userId } });
    if (!row) throw fail(NOTIFICATION_ERRORS.NOT_FOUND);
    if (!row.readAt) await repo.update({ id, userId }, { readAt: () => 'COALESCE(read_at, now())' });
    return toNotification(await repo.findOneByOrFail({ id }));
  }
}
