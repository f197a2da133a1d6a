import type { MyRoadshowRegistration, Roadshow, RoadshowSlot } from '@market/contracts';
import { slotEnd } from '../domain/slots';
import type { RoadshowEntity, RoadshowRegistrationEntity, RoadshowSlotEntity } from '../infrastructure/roadshow.entities';

export function toRoadshow(e: RoadshowEntity, attendedCount = 0): Roadshow {
  return {
    id: e.id,
    title: e.title,
    kind: e.kind,
    description: e.description,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    venue: e.venue,
    onlineUrl: e.onlineUrl,
    capacity: e.capacity,
    registeredCount: e.registeredCount,
    attendedCount,
    status: e.status,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

export function toSlot(e: RoadshowSlotEntity, organizationName: string): RoadshowSlot {
  return {
    id: e.id,
    roadshowId: e.roadshowId,
    achievementId: e.achievementId,
    achievementTitle: e.achievementTitle,
    organizationId: e.organizationId,
    organizationName,
    startsAt: e.startsAt.toISOString(),
    endsAt: slotEnd(e.startsAt, e.durationMinutes).toISOString(),
    durationMinutes: e.durationMinutes,
    status: e.status,
  };
}

export function toMyRegistration(e: RoadshowRegistrationEntity): MyRoadshowRegistration {
  return { id: e.id, status: e.status, attended: e.attended, createdAt: e.createdAt.toISOString() };
}
