import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { NotificationKind } from '@market/contracts';
import { NotificationEntity } from './notification.entity';

/** The caller's transaction (an EntityManager) or the data source itself. */
type Db = Pick<EntityManager, 'query'>;

/** The SQL of the inbox (`notifications`). */
@Injectable()
export class NotificationQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One row per user; a dedupe key already used for a user adds nothing for that user. */
  async insertForUsers(
    manager: Db,
    userIds: string[],
    n: { kind: NotificationKind; title: string; body: string; link: string | null; dedupeKey: string | null },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO notifications (user_id, kind, title, body, link, dedupe_key)
       SELECT unnest($1::uuid[]), $2, $3, $4, $5, $6
       ON CONFLICT (user_id, dedupe_key) DO NOTHING`,
      [userIds, n.kind, n.title, n.body, n.link, n.dedupeKey],
    );
  }

  /** A page of the user's inbox, newest first, with the total. */
  async page(userId: string, limit: number, offset: number): Promise<[NotificationEntity[], number]> {
    return this.dataSource.getRepository(NotificationEntity).findAndCount({
      where: { userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: limit,
    });
  }

  async unreadCount(userId: string): Promise<number> {
    const [{ unread }] = await this.dataSource.query('SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL', [userId]);
    return unread;
  }

  /** The user's unread notifications of one kind, newest first, with their count. */
  async unreadOfKind(userId: string, kind: NotificationKind, limit: number): Promise<[NotificationEntity[], number]> {
    return this.dataSource.getRepository(NotificationEntity).findAndCount({
      where: { userId, kind, readAt: IsNull() },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  /** The notification if it is the user's own. */
  async own(userId: string, id: string): Promise<NotificationEntity | null> {
    return this.dataSource.getRepository(NotificationEntity).findOne({ where: { id, userId } });
  }

  /** Marking twice keeps the first moment. */
  async markRead(userId: string, id: string): Promise<NotificationEntity> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    await repo.update({ id, userId }, { readAt: () => 'COALESCE(read_at, now())' });
    return repo.findOneByOrFail({ id });
  }

  async byId(id: string): Promise<NotificationEntity> {
    return this.dataSource.getRepository(NotificationEntity).findOneByOrFail({ id });
  }
}
