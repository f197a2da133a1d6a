import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { BrokerLevel, BrokerProfile } from '@market/contracts';
import { notFound } from '@market/server/platform';
import { BrokerProfileEntity } from '../infrastructure/deal.entities';

/** A broker's public card: certification, organization, and what their deals add up to. */
@Injectable()
export class Brokers {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async profile(id: string): Promise<BrokerProfile> {
    const [row] = await this.dataSource.query(
      `SELECT u.id, u.name, o.id AS org_id, o.name AS org_name, o.kind AS org_kind, p.certification_level, p.certification_number,
              (SELECT count(*)::int FROM deals d WHERE d.broker_id = u.id) AS deals_handled,
              (SELECT coalesce(sum(d.amount), 0)::bigint FROM deals d WHERE d.broker_id = u.id AND d.stage IN ('registered', 'closed')) AS volume_closed
         FROM users u JOIN organizations o ON o.id = u.organization_id LEFT JOIN broker_profiles p ON p.user_id = u.id
        WHERE u.id = $1 AND u.role = 'broker'`,
      [id],
    );
    if (!row) throw notFound('DEALS.BROKER_NOT_FOUND', '技术经纪人不存在 (broker not found)');
    return {
      id: row.id,
      name: row.name,
      organization: { id: row.org_id, name: row.org_name, kind: row.org_kind },
      certificationLevel: row.certification_level,
      certificationNumber: row.certification_number,
      dealsHandled: row.deals_handled,
      volumeClosed: Number(row.volume_closed),
    };
  }

  async updateMine(userId: string, patch: { certificationLevel?: BrokerLevel; certificationNumber?: string }): Promise<BrokerProfile> {
    const repo = this.dataSource.getRepository(BrokerProfileEntity);
    const current = (await repo.findOneBy({ userId })) ?? repo.create({ userId, certificationLevel: null, certificationNumber: null });
    await repo.save({ ...current, ...patch, updatedAt: new Date() });
    return this.profile(userId);
  }
}
