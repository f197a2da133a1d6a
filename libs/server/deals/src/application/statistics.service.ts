import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { stringify } from 'csv-stringify/sync';
import { CONTRACT_TYPE_LABELS, FIELD_LABELS, type StatSlice, type TransactionStats } from '@market/contracts';
import { wallDate } from '@market/shared/time';
import { completionRate, twelveMonths } from '../domain/year-stats';
import { Audit, ChangeSignals } from '@market/server/platform';
import { StatisticsQueries, type SliceRow } from '../infrastructure/statistics.queries';
import { dealTitle, DealViews } from './deal-view';

const slice = (r: SliceRow): StatSlice => ({ key: r.key, total: Number(r.total), contracts: r.contracts });

/** Figures of the statistics board, all computed by Postgres aggregates. */
@Injectable()
export class Statistics {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: Audit,
    private readonly views: DealViews,
    private readonly queries: StatisticsQueries,
    private readonly changes: ChangeSignals,
  ) {}

  async transactions(year: number): Promise<TransactionStats> {
    const { sums, target: targetRow, byField, byRegion, byContractType, months } = await this.queries.year(year);
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
      await this.queries.upsertTarget(m, { year, target, updatedBy: user.id });
      await this.audit.record(m, { actor: user, action: 'stats.set_target', subjectType: 'year', subjectId: String(year), details: { target } });
    });
    await this.changes.touch('contracts');
    return { year, target };
  }

  /** The year's registered contracts as CSV; the BOM makes Excel read the Chinese as UTF-8. */
  async csv(year: number): Promise<string> {
    const rows = await this.queries.contracts(year);
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
      dealTitle(r, names),
      names.organizations.get(r.seller_organization_id)?.name ?? '',
      names.organizations.get(r.buyer_organization_id)?.name ?? '',
      r.broker_id ? (names.people.get(r.broker_id)?.name ?? '') : '',
    ]);
    // Names come from self-registration: a cell that starts with = + - @, tab or CR is prefixed with
    // a quote by the library, so a spreadsheet shows it as text and never runs it.
    return '\uFEFF' + stringify([header, ...body], { record_delimiter: '\r\n', escape_formulas: true });
  }
}
