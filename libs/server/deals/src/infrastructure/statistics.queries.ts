import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ContractType, Field } from '@market/contracts';
import { marketTimeZone } from '@market/shared/time';
import { StatTargetEntity } from './deal.entities';

/**
 * The year's registered contracts in the bureau's calendar: a deal counts in the year of its
 * registration date on the market's clock (TIME_ZONE). $1 is the year, $2 the zone; the range
 * form lets Postgres use the partial index.
 */
const IN_YEAR = `d.stage IN ('registered', 'closed')
  AND d.registered_at >= make_timestamptz($1, 1, 1, 0, 0, 0, $2)
  AND d.registered_at < make_timestamptz($1 + 1, 1, 1, 0, 0, 0, $2)`;

export interface SliceRow {
  key: string;
  total: string;
  contracts: number;
}

export interface CsvRow {
  registration_number: string;
  registered_at: Date;
  contract_number: string | null;
  contract_type: ContractType;
  amount: string;
  field: Field;
  region: string;
  achievement_id: string | null;
  subject_title: string | null;
  seller_organization_id: string;
  buyer_organization_id: string;
  broker_id: string | null;
}

export interface YearRows {
  sums: { total: string; contracts: number };
  target: { target: string } | undefined;
  byField: SliceRow[];
  byRegion: SliceRow[];
  byContractType: SliceRow[];
  months: Array<SliceRow & { month: number }>;
}

/** The statistics board's SQL: Postgres aggregates over the year's registered contracts, and the targets. */
@Injectable()
export class StatisticsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every figure of the year, the queries run side by side. */
  async year(year: number): Promise<YearRows> {
    const q = <T>(sql: string, params: unknown[] = [year, marketTimeZone()]) => this.dataSource.query(sql, params) as Promise<T>;
    const by = (column: string) =>
      q<SliceRow[]>(`SELECT ${column} AS key, sum(d.amount)::bigint AS total, count(*)::int AS contracts FROM deals d WHERE ${IN_YEAR} GROUP BY 1 ORDER BY 2 DESC, 1`);
    const [[sums], [target], byField, byRegion, byContractType, months] = await Promise.all([
      q<Array<{ total: string; contracts: number }>>(`SELECT coalesce(sum(d.amount), 0)::bigint AS total, count(*)::int AS contracts FROM deals d WHERE ${IN_YEAR}`),
      q<Array<{ target: string }>>('SELECT target FROM stat_targets WHERE year = $1', [year]),
      by('d.field'),
      by('d.region'),
      by('d.contract_type'),
      q<Array<SliceRow & { month: number }>>(
        `SELECT extract(month FROM d.registered_at AT TIME ZONE $2)::int AS month, sum(d.amount)::bigint AS total, count(*)::int AS contracts
           FROM deals d WHERE ${IN_YEAR} GROUP BY 1 ORDER BY 1`,
      ),
    ]);
    return { sums, target, byField, byRegion, byContractType, months };
  }

  async upsertTarget(m: EntityManager, t: { year: number; target: number; updatedBy: string }): Promise<void> {
    await m.getRepository(StatTargetEntity).upsert({ year: t.year, target: t.target, updatedBy: t.updatedBy, updatedAt: new Date() }, ['year']);
  }

  /** The year's registered contracts, in registration order. */
  async contracts(year: number): Promise<CsvRow[]> {
    return this.dataSource.query(
      `SELECT d.registration_number, d.registered_at, d.contract_number, d.contract_type, d.amount::text AS amount, d.field, d.region,
              d.achievement_id, d.subject_title, d.seller_organization_id, d.buyer_organization_id, d.broker_id
         FROM deals d WHERE ${IN_YEAR} ORDER BY d.registered_at, d.id`,
      [year, marketTimeZone()],
    );
  }
}
