import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ROADSHOWS_ERRORS, type RoadshowSlot } from '@market/contracts';
import { fail } from '@market/server/platform';
import { Directory, type AuthUser } from '@market/server/identity';
import { Listings } from '@market/server/catalog';
import { Notifications } from '@market/server/notifications';
import { slotEnd, slotProblem } from '../domain/slots';
import { RoadshowEntity, RoadshowSlotEntity } from '../infrastructure/roadshow.entities';
import { RoadshowQueries } from '../infrastructure/roadshow.queries';
import type { ProposeSlotDto } from '../http/dto/roadshow.dto';
import { toSlot } from './roadshow-mapping';

const slotNotFound = () => fail(ROADSHOWS_ERRORS.SLOT_NOT_FOUND);

/**
 * The programme of an event: slots presenting achievements in order. Staff place slots directly;
 * an achievement's owner proposes one, which waits for staff. Pending and approved slots both hold
 * their time, so approving never creates an overlap.
 */
/** Pending slot proposals one organization may have in one event at a time. */
export const MAX_PENDING_SLOTS = 3;

@Injectable()
export class Slots {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly listings: Listings,
    private readonly notifications: Notifications,
    private readonly directory: Directory,
    private readonly queries: RoadshowQueries,
  ) {}

  async propose(user: AuthUser, roadshowId: string, dto: ProposeSlotDto): Promise<RoadshowSlot> {
    const achievement = await this.listings.current('achievement', dto.achievementId);
    if (!achievement) throw fail(ROADSHOWS_ERRORS.ACHIEVEMENT_NOT_FOUND);
    const staff = user.role === 'staff';
    if (!staff && user.organizationId !== achievement.organization.id) throw fail(ROADSHOWS_ERRORS.NOT_ACHIEVEMENT_OWNER);
    if (achievement.status !== 'published') throw fail(ROADSHOWS_ERRORS.ACHIEVEMENT_NOT_PUBLISHED);
    const saved = await this.dataSource.transaction(async (m) => {
      // The event's row lock serializes slot changes of one event: the overlap check stays true.
      const event = await m.findOne(RoadshowEntity, { where: { id: roadshowId }, lock: { mode: 'pessimistic_write' } });
      if (!event) throw fail(ROADSHOWS_ERRORS.NOT_FOUND);
      if (event.status === 'cancelled') throw fail(ROADSHOWS_ERRORS.CANCELLED);
      if (event.endsAt.getTime() <= Date.now()) throw fail(ROADSHOWS_ERRORS.ENDED);
      const startsAt = new Date(dto.startsAt);
      const span = { startsAt, endsAt: slotEnd(startsAt, dto.durationMinutes) };
      const others = (await this.live(m, roadshowId)).map((s) => ({ startsAt: s.startsAt, endsAt: slotEnd(s.startsAt, s.durationMinutes) }));
      // An organization may hold a few pending proposals per event, so no one can fill an
      // event's programme with pending slots that staff must then work around.
      if (!staff) {
        const n = await this.queries.pendingSlotsOf(m, roadshowId, achievement.organization.id);
        if (n >= MAX_PENDING_SLOTS) throw fail(ROADSHOWS_ERRORS.TOO_MANY_PENDING, { pending: n, max: MAX_PENDING_SLOTS });
      }
      const problem = slotProblem(span, event, others);
      if (problem === 'outside_event') throw fail(ROADSHOWS_ERRORS.SLOT_OUTSIDE_EVENT);
      if (problem === 'overlap') throw fail(ROADSHOWS_ERRORS.SLOT_OVERLAP);
      return m.save(
        RoadshowSlotEntity,
        m.create(RoadshowSlotEntity, {
          roadshowId,
          achievementId: achievement.id,
          achievementTitle: achievement.title,
          organizationId: achievement.organization.id,
          startsAt,
          durationMinutes: dto.durationMinutes,
          status: staff ? 'approved' : 'pending',
          proposedBy: user.id,
        }),
      );
    });
    return this.one(saved.id);
  }

  /** Staff decide on a pending slot; the owner's organization hears the result. */
  async decide(roadshowId: string, slotId: string, decision: 'approved' | 'rejected'): Promise<RoadshowSlot> {
    await this.dataSource.transaction(async (m) => {
      const slot = await m.findOne(RoadshowSlotEntity, { where: { id: slotId, roadshowId }, lock: { mode: 'pessimistic_write' } });
      if (!slot) throw slotNotFound();
      if (slot.status !== 'pending') throw fail(ROADSHOWS_ERRORS.SLOT_NOT_PENDING);
      await m.update(RoadshowSlotEntity, slotId, { status: decision });
      await this.notifications.toOrganization(m, slot.organizationId, {
        kind: 'review_result',
        title: decision === 'approved' ? `路演时段已通过：${slot.achievementTitle}` : `路演时段未通过：${slot.achievementTitle}`,
        body: decision === 'approved' ? '您申请的路演时段已由科技局确认，请按时参加。' : '您申请的路演时段未获通过，可改选其他时间重新申请。',
        link: `/roadshows/${roadshowId}`,
        dedupeKey: `roadshow-slot-${slotId}-${decision}`,
      });
    });
    return this.one(slotId);
  }

  /** Slots that hold time: pending and approved. */
  live(m: EntityManager, roadshowId: string): Promise<RoadshowSlotEntity[]> {
    return m.find(RoadshowSlotEntity, { where: { roadshowId, status: In(['pending', 'approved']) }, order: { startsAt: 'ASC' } });
  }

  /** In order. Everyone sees approved slots; staff see all, an organization also its own proposals. */
  async programme(user: AuthUser | undefined, roadshowId: string): Promise<RoadshowSlot[]> {
    const rows = await this.withOrganizations(await this.dataSource.getRepository(RoadshowSlotEntity).find({ where: { roadshowId }, order: { startsAt: 'ASC' } }));
    return rows.filter((s) => s.status === 'approved' || user?.role === 'staff' || user?.organizationId === s.organizationId);
  }

  private async one(slotId: string): Promise<RoadshowSlot> {
    const row = await this.dataSource.getRepository(RoadshowSlotEntity).findOneByOrFail({ id: slotId });
    return (await this.withOrganizations([row]))[0];
  }

  private async withOrganizations(rows: RoadshowSlotEntity[]): Promise<RoadshowSlot[]> {
    if (rows.length === 0) return [];
    const orgs = await this.directory.organizations(rows.map((r) => r.organizationId));
    return rows.map((r) => toSlot(r, orgs.get(r.organizationId)?.name ?? ''));
  }
}
