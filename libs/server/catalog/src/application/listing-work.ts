import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ListingStatus, TodoEntry, TodoItem } from '@market/contracts';
import type { AuthUser } from '@market/server/identity';
import { KINDS, type ListingKind } from './listing-kinds';

/** How many entries each work-list item shows under its count. */
export const WORK_ENTRIES = 5;

/**
 * The catalog's part of `GET /api/me/todo`: staff's review queue (oldest waiting first, as the
 * queue itself), and an organization's drafts and rejected listings with the reviewer's reason.
 */
@Injectable()
export class ListingWork {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async for(user: AuthUser): Promise<TodoItem[]> {
    if (user.role === 'staff') return [await this.item('review', '/review', { status: 'pending_review' }, 'ASC')];
    if (user.role !== 'researcher' && user.role !== 'enterprise') return [];
    const mine = user.role === 'researcher' ? '/me/achievements' : '/me/needs';
    return [
      await this.item('drafts', `${mine}?status=draft`, { status: 'draft', organizationId: user.organizationId }, 'DESC'),
      await this.item('rejected', `${mine}?status=rejected`, { status: 'rejected', organizationId: user.organizationId }, 'DESC'),
    ];
  }

  /** One item over both kinds: counts added, the first entries merged by time. */
  private async item(kind: 'review' | 'drafts' | 'rejected', link: string, where: { status: ListingStatus; organizationId?: string }, order: 'ASC' | 'DESC'): Promise<TodoItem> {
    let count = 0;
    const entries: Array<TodoEntry & { time: number }> = [];
    // one kind after the other: a request holds one pooled connection at a time
    for (const listing of ['achievement', 'need'] as ListingKind[]) {
      const { entity, path } = KINDS[listing];
      const [rows, total] = await this.dataSource.getRepository(entity).findAndCount({ where, order: { updatedAt: order, id: order }, take: WORK_ENTRIES });
      count += total;
      for (const r of rows) {
        entries.push({ title: r.title, link: `/${path}/${r.id}`, note: kind === 'rejected' ? r.reviewComment : null, stage: null, at: r.updatedAt.toISOString(), time: r.updatedAt.getTime() });
      }
    }
    entries.sort((a, b) => (order === 'ASC' ? a.time - b.time : b.time - a.time));
    return { kind, count, link, entries: entries.slice(0, WORK_ENTRIES).map(({ time: _time, ...e }) => e) };
  }
}
