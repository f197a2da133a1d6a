import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface AuditEntry {
  actor: { id: string; role: string };
  /** e.g. `catalog.review`, `auction.create`, `auction.confirm_deposit`, `stats.set_target`. */
  action: string;
  subjectType: string;
  subjectId: string;
  details?: Record<string, unknown>;
}

export interface AuditRecord {
  id: number;
  at: string;
  actorId: string;
  actorRole: string;
  action: string;
  subjectType: string;
  subjectId: string;
  details: Record<string, unknown>;
}

/**
 * Writes staff actions to the append-only audit log, inside the caller's transaction so that the
 * action and its record commit together or not at all.
 */
@Injectable()
export class Audit {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(manager: Pick<EntityManager, 'query'>, e: AuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor_id, actor_role, action, subject_type, subject_id, details) VALUES ($1, $2, $3, $4, $5, $6)`,
      [e.actor.id, e.actor.role, e.action, e.subjectType, e.subjectId, JSON.stringify(e.details ?? {})],
    );
  }

  async list(page: number, pageSize: number, filter: { action?: string; subjectId?: string } = {}): Promise<{ items: AuditRecord[]; total: number; page: number; pageSize: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.action) where.push(`action = $${params.push(filter.action)}`);
    if (filter.subjectId) where.push(`subject_id = $${params.push(filter.subjectId)}`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const rows: Array<{ id: string; at: Date; actor_id: string; actor_role: string; action: string; subject_type: string; subject_id: string; details: Record<string, unknown>; total: string }> =
      await this.dataSource.query(`SELECT *, count(*) OVER () AS total FROM audit_log ${clause} ORDER BY id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [
        ...params,
        pageSize,
        (page - 1) * pageSize,
      ]);
    return {
      items: rows.map((r) => ({ id: Number(r.id), at: r.at.toISOString(), actorId: r.actor_id, actorRole: r.actor_role, action: r.action, subjectType: r.subject_type, subjectId: r.subject_id, details: r.details })),
      total: rows.length ? Number(rows[0].total) : 0,
      page,
      pageSize,
    };
  }
}
