import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { BrokerLevel } from '@market/contracts';
import { BrokerProfileEntity } from './deal.entities';

export interface BrokerFiguresRow {
  certification_level: BrokerLevel | null;
  certification_number: string | null;
  deals_handled: number;
  volume_closed: string;
}

/** A broker's profile row and what their deals add up to. */
@Injectable()
export class BrokerQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Always one row: a broker without a profile has null certification. */
  async figures(brokerId: string): Promise<BrokerFiguresRow> {
    const [row]: BrokerFiguresRow[] = await this.dataSource.query(
      `SELECT p.certification_level, p.certification_number,
                (SELECT count(*)::int FROM deals d WHERE d.broker_id = $1) AS deals_handled,
                (SELECT coalesce(sum(d.amount), 0)::bigint FROM deals d WHERE d.broker_id = $1 AND d.stage IN ('registered', 'closed')) AS volume_closed
           FROM (SELECT $1::uuid AS user_id) b LEFT JOIN broker_profiles p ON p.user_id = b.user_id`,
      [brokerId],
    );
    return row;
  }

  /** Writes the patch over the broker's profile, creating it when there is none. */
  async saveProfile(userId: string, patch: { certificationLevel?: BrokerLevel; certificationNumber?: string }): Promise<void> {
    const repo = this.dataSource.getRepository(BrokerProfileEntity);
    const current = (await repo.findOneBy({ userId })) ?? repo.create({ userId, certificationLevel: null, certificationNumber: null });
    await repo.save({ ...current, ...patch, updatedAt: new Date() });
  }
}
