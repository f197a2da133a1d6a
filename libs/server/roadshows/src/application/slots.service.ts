import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { RoadshowSlot } from '@market/contracts';
import { conflict, forbidden, invalid, notFound } from '@market/server/platform';
import { Directory, type AuthUser } from '@market/server/identity';
import { Listings } from '@market/server/catalog';
import { Notifications } from '@market/server/notifications';
import { slotEnd, slotProblem } from '../domain/slots';
import { RoadshowEntity, RoadshowSlotEntity } from '../infrastructure/roadshow.entities';
import type { ProposeSlotDto } from '../http/dto/roadshow.dto';
import { toSlot } from './roadshow-mapping';

const slotNotFound = () => notFound('ROADSHOWS.SLOT_NOT_FOUND', '路演时段不存在 (slot not found)');

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
  ) {}

  async propose(user: AuthUser, roadshowId: string, dto: ProposeSlotDto): Promise<RoadshowSlot> {
    const achievement = await this.listings.current('achievement', dto.achievementId);
    if (!achievement) throw notFound('ROADSHOWS.ACHIEVEMENT_NOT_FOUND', '成果不存在 (achievement not found)');
    const staff = user.role === 'staff';
    if (!staff && user.organizationId !== achievement.organization.id) {
      throw forbidden('ROADSHOWS.NOT_ACHIEVEMENT_OWNER', '只有成果所属单位或科技局可以申请路演时段');
    }
    if (achievement.status !== 'published') throw conflict('ROADSHOWS.ACHIEVEMENT_NOT_PUBLISHED', '只有已发布的成果可以路演');
    const saved = await this.dataSource.transaction(async (m) => {
      // The event's row lock serializes slot changes of one event: the overlap check stays true.
      const event = await m.findOne(RoadshowEntity, { where: { id: roadshowId }, lock: { mode: 'pessimistic_write' } });
      if (!event) throw notFound('ROADSHOWS.NOT_FOUND', '活动不存在 (event not found)');
      if (event.status === 'cancelled') throw conflict('ROADSHOWS.CANCELLED', '活动已取消 (event is cancelled)');
      if (event.endsAt.getTime() <= Date.now()) throw conflict('ROADSHOWS.ENDED', '活动已结束 (event already ended)');
      const startsAt = new Date(dto.startsAt);
      const span = { startsAt, endsAt: slotEnd(startsAt, dto.durationMinutes) };
      const others = (await this.live(m, roadshowId)).map((s) => ({ startsAt: s.startsAt, endsAt: slotEnd(s.startsAt, s.durationMinutes) }));
      // An organization may hold a few pending proposals per event, so no one can fill an
      // event's programme with pending slots that staff must then work around.
      if (!staff) {
        const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM roadshow_slots WHERE roadshow_id = $1 AND organization_id = $2 AND status = 'pending'`, [roadshowId, achievement.organization.id]);
        if (n >= MAX_PENDING_SLOTS) throw conflict('ROADSHOWS.TOO_MANY_PENDING', `贵单位在本活动已有 ${n} 个待审核的时段申请，请等待科技局审核 (at most ${MAX_PENDING_SLOTS} pending slots per organization and event)`);
      }
      const problem = slotProblem(span, event, others);
      if (problem === 'outside_event') throw invalid('ROADSHOWS.SLOT_OUTSIDE_EVENT', 'startsAt/durationMinutes: the slot must lie within the event (时段须在活动时间内)');
      if (problem === 'overlap') throw conflict('ROADSHOWS.SLOT_OVERLAP', '该时段与已有路演时段重叠 (slot overlaps another)');
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
      if (slot.status !== 'pending') throw conflict('ROADSHOWS.SLOT_NOT_PENDING', '该时段已处理 (slot is not pending)');
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
