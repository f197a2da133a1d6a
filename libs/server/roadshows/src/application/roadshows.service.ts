import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ROADSHOWS_ERRORS, type Paginated, type Roadshow, type RoadshowDetail } from '@market/contracts';
import { fail, ChangeSignals } from '@market/server/platform';
import type { AuthUser } from '@market/server/identity';
import { Notifications } from '@market/server/notifications';
import { shiftSlots, slotEnd, validEventSpan } from '../domain/slots';
import { RoadshowEntity, RoadshowRegistrationEntity, RoadshowSlotEntity } from '../infrastructure/roadshow.entities';
import { RoadshowQueries } from '../infrastructure/roadshow.queries';
import type { CreateRoadshowDto, ListRoadshowsQueryDto, UpdateRoadshowDto } from '../http/dto/roadshow.dto';
import { Reminders, type ScheduledReminder } from './reminders.service';
import { toMyRegistration, toRoadshow } from './roadshow-mapping';
import { Slots } from './slots.service';
import { formatZhDateTime, zoneName } from '@market/shared/time';

export const roadshowNotFound = () => fail(ROADSHOWS_ERRORS.NOT_FOUND);

/** Events: staff create, edit, move and cancel them; everyone lists and reads them. */
@Injectable()
export class Roadshows {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reminders: Reminders,
    private readonly slots: Slots,
    private readonly notifications: Notifications,
    private readonly queries: RoadshowQueries,
    private readonly changes: ChangeSignals,
  ) {}

  async create(user: AuthUser, dto: CreateRoadshowDto): Promise<RoadshowDetail> {
    const span = this.span(dto.startsAt, dto.endsAt);
    if (span.startsAt.getTime() <= Date.now()) throw fail(ROADSHOWS_ERRORS.START_IN_PAST);
    const repo = this.dataSource.getRepository(RoadshowEntity);
    const saved = await repo.save(
      repo.create({ ...dto, ...span, venue: dto.venue ?? null, onlineUrl: dto.onlineUrl ?? null, description: dto.description ?? null, createdBy: user.id }),
    );
    await this.changes.touch('roadshows');
    return this.get(user, saved.id);
  }

  /**
   * Edits under the row lock. Moving the start moves the programme by the same amount and the
   * unsent reminders with it; a capacity below the registrations already taken is refused.
   */
  async update(user: AuthUser, id: string, dto: UpdateRoadshowDto): Promise<RoadshowDetail> {
    let moved: ScheduledReminder[] = [];
    await this.dataSource.transaction(async (m) => {
      const row = await this.lock(m, id);
      if (row.status === 'cancelled') throw fail(ROADSHOWS_ERRORS.CANCELLED);
      const span = this.span(dto.startsAt ?? row.startsAt.toISOString(), dto.endsAt ?? row.endsAt.toISOString());
      const startMoves = span.startsAt.getTime() !== row.startsAt.getTime();
      const timesChange = startMoves || span.endsAt.getTime() !== row.endsAt.getTime();
      if (timesChange && row.startsAt.getTime() <= Date.now()) throw fail(ROADSHOWS_ERRORS.STARTED, { what: '不能改期', whatEn: 'it can no longer be rescheduled' });
      if (startMoves && span.startsAt.getTime() <= Date.now()) throw fail(ROADSHOWS_ERRORS.START_IN_PAST);
      if (dto.capacity !== undefined && dto.capacity < row.registeredCount) throw fail(ROADSHOWS_ERRORS.CAPACITY_BELOW_REGISTERED, { registered: row.registeredCount });
      if (timesChange) await this.moveProgramme(m, row, span);
      m.merge(RoadshowEntity, row, { ...dto, ...span } as Partial<RoadshowEntity>);
      await m.save(RoadshowEntity, row);
      if (startMoves) moved = await this.reminders.replan(m, id, span.startsAt);
    });
    await this.reminders.schedule(moved);
    await this.changes.touch('roadshows');
    return this.get(user, id);
  }

  /** Cancels the event, drops every unsent reminder and tells each registered user. */
  async cancel(user: AuthUser, id: string): Promise<RoadshowDetail> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.lock(m, id);
      if (row.status === 'cancelled') throw fail(ROADSHOWS_ERRORS.CANCELLED);
      if (row.endsAt.getTime() <= Date.now()) throw fail(ROADSHOWS_ERRORS.ENDED);
      await m.update(RoadshowEntity, id, { status: 'cancelled' });
      await this.reminders.dropForRoadshow(m, id);
      const users = await m.find(RoadshowRegistrationEntity, { where: { roadshowId: id, status: 'registered' }, select: { userId: true } });
      await this.notifications.toUsers(
        m,
        users.map((u) => u.userId),
        {
          kind: 'roadshow_cancelled',
          title: `活动取消：「${row.title}」`,
          body: `原定于${formatZhDateTime(row.startsAt)}（${zoneName().zh}）举行的活动已取消，给您带来不便，敬请谅解。`,
          link: `/roadshows/${id}`,
          dedupeKey: `roadshow-cancelled-${id}`,
        },
      );
    });
    await this.changes.touch('roadshows');
    return this.get(user, id);
  }

  /** Soonest first; `from`/`to` bound the start, `kind` narrows the kind. */
  async list(q: ListRoadshowsQueryDto): Promise<Paginated<Roadshow>> {
    const qb = this.dataSource.getRepository(RoadshowEntity).createQueryBuilder('r');
    if (q.from) qb.andWhere('r.starts_at >= :from', { from: new Date(q.from) });
    if (q.to) qb.andWhere('r.starts_at < :to', { to: new Date(q.to) });
    if (q.kind) qb.andWhere('r.kind = :kind', { kind: q.kind });
    const [rows, total] = await qb
      .orderBy('r.starts_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .skip((q.page - 1) * q.pageSize)
      .take(q.pageSize)
      .getManyAndCount();
    return { items: await this.withCounts(rows), total, page: q.page, pageSize: q.pageSize };
  }

  async get(user: AuthUser | undefined, id: string): Promise<RoadshowDetail> {
    const row = await this.dataSource.getRepository(RoadshowEntity).findOne({ where: { id } });
    if (!row) throw roadshowNotFound();
    const [roadshow] = await this.withCounts([row]);
    const mine = user ? await this.dataSource.getRepository(RoadshowRegistrationEntity).findOne({ where: { roadshowId: id, userId: user.id } }) : null;
    return { ...roadshow, slots: await this.slots.programme(user, id), myRegistration: mine ? toMyRegistration(mine) : null };
  }

  /** Adds the attended count, which staff record after the event. */
  async withCounts(rows: RoadshowEntity[]): Promise<Roadshow[]> {
    if (rows.length === 0) return [];
    const attended = await this.queries.attendedCounts(rows.map((r) => r.id));
    return rows.map((r) => toRoadshow(r, attended.get(r.id) ?? 0));
  }

  async lock(m: EntityManager, id: string): Promise<RoadshowEntity> {
    const row = await m.findOne(RoadshowEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw roadshowNotFound();
    return row;
  }

  private span(startsAt: string, endsAt: string): { startsAt: Date; endsAt: Date } {
    const span = { startsAt: new Date(startsAt), endsAt: new Date(endsAt) };
    if (!validEventSpan(span)) throw fail(ROADSHOWS_ERRORS.ENDS_BEFORE_START);
    return span;
  }

  /** Slots keep their distance from the start; one that would fall outside the new span blocks the move. */
  private async moveProgramme(m: EntityManager, row: RoadshowEntity, span: { startsAt: Date; endsAt: Date }): Promise<void> {
    const live = await this.slots.live(m, row.id);
    const shifted = shiftSlots(
      live.map((s) => ({ id: s.id, startsAt: s.startsAt, endsAt: slotEnd(s.startsAt, s.durationMinutes) })),
      row.startsAt,
      span.startsAt,
    );
    if (shifted.some((s) => s.startsAt < span.startsAt || s.endsAt > span.endsAt)) throw fail(ROADSHOWS_ERRORS.SLOTS_OUTSIDE);
    for (const s of shifted) await m.update(RoadshowSlotEntity, s.id, { startsAt: s.startsAt });
  }
}
