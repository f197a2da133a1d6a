import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEALS_ERRORS, type BrokerLevel, type BrokerProfile } from '@market/contracts';
import { fail } from '@market/server/platform';
import { Directory } from '@market/server/identity';
import { BrokerProfileEntity } from '../infrastructure/deal.entities';

/** A broker's public card: certification, organization, and what their deals add up to. */
@Injectable()
export class Brokers {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: Directory,
  ) {}

  async profile(id: string): Promise<BrokerProfile> {
    const broker = await this.directory.broker(id);
    if (!broker) throw fail(DEALS_ERRORS.BROKER_NOT_FOUND);
    const [row]: Array<{ certification_level: BrokerLevel | null; certification_number: string | null; deals_handled: number; volume_closed: string }> =
      await this.dataSource.query(
        `SELECT p.certification_level, p.certification_number,
                (SELECT count(*)::int FROM deals d WHERE d.broker_id = $1) AS deals_handled,
                (SELECT coalesce(sum(d.amount), 0)::bigint FROM deals d WHERE d.broker_id = $1 AND d.stage IN ('registered', 'closed')) AS volume_closed
           FROM (SELECT $1::uuid AS user_id) b LEFT JOIN broker_profiles p ON p.user_id = b.user_id`,
        [id],
      );
    return {
      id: broker.id,
      name: broker.name,
      organization: broker.organization,
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
