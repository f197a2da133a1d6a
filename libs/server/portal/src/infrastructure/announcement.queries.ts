import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Announcement, AnnouncementKind, AnnouncementSummary } from '@market/contracts';

type Db = DataSource | EntityManager;

interface Row {
  id: string;
  kind: AnnouncementKind;
  title: string;
  body?: string;
  excerpt: string;
  pinned: boolean;
  published_at: Date;
  updated_at: Date;
}

const SUMMARY = 'id, kind, title, excerpt, pinned, published_at, updated_at';

const summary = (r: Row): AnnouncementSummary => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  pinned: r.pinned,
  excerpt: r.excerpt,
  publishedAt: r.published_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/** The SQL of announcements: pinned first, then newest. */
@Injectable()
export class AnnouncementQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(m: Db, a: { kind: AnnouncementKind; title: string; body: string; excerpt: string; pinned: boolean; createdBy: string }): Promise<string> {
    const [{ id }] = await m.query(
      'INSERT INTO announcements (kind, title, body, excerpt, pinned, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [a.kind, a.title, a.body, a.excerpt, a.pinned, a.createdBy],
    );
    return id;
  }

  /** Sets the given fields; false when there is no such announcement. */
  async update(m: Db, id: string, a: Partial<{ kind: AnnouncementKind; title: string; body: string; excerpt: string; pinned: boolean }>): Promise<boolean> {
    const columns = Object.entries(a).filter(([, v]) => v !== undefined);
    const sets = columns.map(([k], i) => `${k} = $${i + 2}`);
    const [, count] = await m.query(`UPDATE announcements SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = $1`, [id, ...columns.map(([, v]) => v)]);
    return count > 0;
  }

  async delete(m: Db, id: string): Promise<boolean> {
    const [, count] = await m.query('DELETE FROM announcements WHERE id = $1', [id]);
    return count > 0;
  }

  async count(): Promise<number> {
    const [{ n }] = await this.dataSource.query('SELECT count(*)::int AS n FROM announcements');
    return n;
  }

  async get(id: string): Promise<Announcement | null> {
    const [row] = (await this.dataSource.query(`SELECT ${SUMMARY}, body FROM announcements WHERE id = $1`, [id])) as Row[];
    return row ? { ...summary(row), body: row.body ?? '' } : null;
  }

  async page(kind: AnnouncementKind | undefined, limit: number, offset: number): Promise<{ items: AnnouncementSummary[]; total: number }> {
    const where = kind ? 'WHERE kind = $3' : '';
    const params: unknown[] = [limit, offset, ...(kind ? [kind] : [])];
    const rows = (await this.dataSource.query(
      `SELECT ${SUMMARY}, count(*) OVER ()::int AS total FROM announcements ${where} ORDER BY pinned DESC, published_at DESC, id DESC LIMIT $1 OFFSET $2`,
      params,
    )) as Array<Row & { total: number }>;
    const total = rows.length ? rows[0].total : Number((await this.dataSource.query(`SELECT count(*)::int AS n FROM announcements ${kind ? 'WHERE kind = $1' : ''}`, kind ? [kind] : []))[0].n);
    return { items: rows.map(summary), total };
  }
}
