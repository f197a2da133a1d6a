import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NOTIFICATION_ERRORS, type Notification, type NotificationKind, type Paginated, type Role, type TodoItem } from '@market/contracts';
import { fail } from '@market/server/platform';
import { Directory } from '@market/server/identity';
import type { NotificationEntity } from '../infrastructure/notification.entity';
import { NotificationQueries } from '../infrastructure/notification.queries';

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
    private readonly queries: NotificationQueries,
    private readonly directory: Directory,
  ) {}

  async toUsers(manager: EntityManager, userIds: string[], n: NewNotification): Promise<void> {
    if (userIds.length === 0) return;
    await this.queries.insertForUsers(manager, userIds, { kind: n.kind, title: n.title, body: n.body, link: n.link ?? null, dedupeKey: n.dedupeKey ?? null });
  }

  /** Every member of an organization. */
  async toOrganization(manager: EntityManager, organizationId: string, n: NewNotification): Promise<void> {
    await this.toUsers(manager, await this.directory.memberIds(organizationId, manager), n);
  }

  async list(userId: string, page: number, pageSize: number): Promise<Paginated<Notification> & { unread: number }> {
    const [rows, total] = await this.queries.page(userId, pageSize, (page - 1) * pageSize);
    const unread = await this.queries.unreadCount(userId);
    return { items: rows.map(toNotification), total, page, pageSize, unread };
  }

  /**
   * The inbox's part of `GET /api/me/todo`: unread new matches, for the people who list (staff and
   * brokers follow matches in 撮合工作台 instead). Reading the notification takes it off the list.
   */
  async workFor(user: { id: string; role: Role }, entries: number): Promise<TodoItem[]> {
    if (user.role !== 'researcher' && user.role !== 'enterprise') return [];
    const [rows, count] = await this.queries.unreadOfKind(user.id, 'new_match', entries);
    const link = user.role === 'researcher' ? '/me/achievements' : '/me/needs';
    return [{ kind: 'matches', count, link, entries: rows.map((r) => ({ title: r.title, link: r.link ?? link, note: null, stage: null, at: r.createdAt.toISOString() })) }];
  }

  /** Only the owner may mark it; anyone else gets 404, as if it did not exist. */
  async markRead(userId: string, id: string): Promise<Notification> {
    const row = await this.queries.own(userId, id);
    if (!row) throw fail(NOTIFICATION_ERRORS.NOT_FOUND);
    return toNotification(row.readAt ? await this.queries.byId(id) : await this.queries.markRead(userId, id));
  }
}
