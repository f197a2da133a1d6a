import { Injectable } from '@nestjs/common';
import { DEALS_ERRORS, type BrokerCard, type BrokerLevel, type BrokerProfile } from '@market/contracts';
import { fail } from '@market/server/platform';
import { Directory } from '@market/server/identity';
import { BrokerQueries } from '../infrastructure/broker.queries';

/** A broker's public card: certification, organization, and what their deals add up to. */
@Injectable()
export class Brokers {
  constructor(
    private readonly queries: BrokerQueries,
    private readonly directory: Directory,
  ) {}

  /** The brokers staff may hand a deal to, by name (at most 200; the directory with records comes with brokers' credit). */
  async list(): Promise<{ items: BrokerCard[] }> {
    const brokers = await this.directory.brokers(200);
    return { items: brokers.map((b) => ({ id: b.id, name: b.name, organization: b.organization })) };
  }

  async profile(id: string): Promise<BrokerProfile> {
    const broker = await this.directory.broker(id);
    if (!broker) throw fail(DEALS_ERRORS.BROKER_NOT_FOUND);
    const row = await this.queries.figures(id);
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
    await this.queries.saveProfile(userId, patch);
    return this.profile(userId);
  }
}
