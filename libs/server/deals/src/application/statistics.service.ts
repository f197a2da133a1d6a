import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { stringify } from 'csv-stringify/sync';
import { CONTRACT_TYPE_LABELS, FIELD_LABELS, type ContractType, type Field, type StatSlice, type TransactionStats } from '@market/contracts';
import { marketTimeZone, wallDate } from '@market/shared/time';
import { completionRate, twelveMonths } from '../domain/year-stats';
import { Audit } from '@market/server/platform';
import { StatTargetEntity } from '../infrastructure/deal.entities';
import { DealViews } from './deal-view';

/**
 * The year's registered contracts in the bureau's calendar: a deal counts in the year of its
 * registration date on the market's clock (TIME_ZONE). $1 is the year, $2 the zone; the range
 * form lets Postgres use the partial index.
 */
const IN_YEAR = `d.stage IN ('registered', 'closed')
  AND d.registered_at >= make_timestamptz($1, 1, 1, 0, 0, 0, $2)
  AND d.registered_at < make_timestamptz($1 + 1, 1, 1, 0, 0, 0, $2)`;

interface SliceRow {
  key: string;
  total: string;
  contracts: number;
}

interface CsvRow {
  registration_number: string;
  registered_at: Date;
  contract_number: string | null;
  contract_type: ContractType;
  amount: string;
  field: Field;
  region: string;
  achievement_id: string;
  seller_organization_id: string;
  buyer_organization_id: string;
  broker_id: string | null;
}

const slice = (r: SliceRow): StatSlice => ({ key: r.key, total: Number(r.total), contracts: r.contracts });

/** Figures of the statistics board, all computed by Postgres aggregates. */
@Injectable()
export class Statistics {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: Audit,
    private readonly views: DealViews,
  ) {}

  async transactions(year: number): Promise<TransactionStats> {
    const q = <T>(sql: string, params: unknown[] = [year, marketTimeZone()]) => this.dataSource.query(sql, params) as Promise<T>;
    const by = (column: string) =>
      q<SliceRow[]>(`SELECT ${column} AS key, sum(d.amount)::bigint AS total, count(*)::int AS contracts FROM deals d WHERE ${IN_YEAR} GROUP BY 1 ORDER BY 2 DESC, 1`);
    const [[sums], [targetRow], byField, byRegion, byContractType, months] = await Promise.all([
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
    const total = Number(sums.total);
    const target = targetRow ? Number(targetRow.target) : null;
    return {
      year,
      target,
      total,
      completionRate: completionRate(total, target),
      contracts: sums.contracts,
      byField: byField.map(slice),
      byRegion: byRegion.map(slice),
      byContractType: byContractType.map(slice),
      byMonth: twelveMonths(months.map((m) => ({ month: m.month, total: Number(m.total), contracts: m.contracts }))),
    };
  }

  async setTarget(user: { id: string; role: string }, year: number, target: number): Promise<{ year: number; target: number }> {
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(StatTargetEntity).upsert({ year, target, updatedBy: user.id, updatedAt: new Date() }, ['year']);
      await this.audit.record(m, { actor: user, action: 'stats.set_target', subjectType: 'year', subjectId: String(year), details: { target } });
    });
    return { year, target };
  }

  /** The year's registered contracts as CSV; the BOM makes Excel read the Chinese as UTF-8. */
  async csv(year: number): Promise<string> {
    const rows: CsvRow[] = await this.dataSource.query(
      `SELECT d.registration_number, d.registered_at, d.contract_number, d.contract_type, d.amount::text AS amount, d.field, d.region,
              d.achievement_id, d.seller_organization_id, d.buyer_organization_id, d.broker_id
         FROM deals d WHERE ${IN_YEAR} ORDER BY d.registered_at, d.id`,
      [year, marketTimeZone()],
    );
    const names = await this.views.names(rows);
    const header = ['登记编号', '登记日期', '合同编号', '合同类型', '成交金额（元）', '行业领域', '地区', '成果名称', '卖方', '买方', '技术经纪人'];
    const body = rows.map((r) => [
      r.registration_number,
      wallDate(r.registered_at),
      r.contract_number ?? '',
      CONTRACT_TYPE_LABELS[r.contract_type]?.zh ?? r.contract_type,
      r.amount,
      FIELD_LABELS[r.field]?.zh ?? r.field,
      r.region,
      names.titles.get(r.achievement_id) ?? '',
      names.organizations.get(r.seller_organization_id)?.name ?? '',
      names.organizations.get(r.buyer_organization_id)?.name ?? '',
      r.broker_id ? (names.people.get(r.broker_id)?.name ?? '') : '',
    ]);
    // Names come from self-registration: a cell that starts with = + - @, tab or CR is prefixed with
    // a quote by the library, so a spreadsheet shows it as text and never runs it.
    return '\uFEFF' + stringify([header, ...body], { record_delimiter: '\r\n', escape_formulas: true });
  }
}
