import type { Achievement, Need, Role } from '@market/contracts';
import type { ListingKind } from '@market/server/events';
import { AchievementEntity, NeedEntity } from '../infrastructure/listing.entities';

// a listing's kind is named once, with the outbox payloads that carry it (libs/server/events)
export type { ListingKind };

export interface KindInfo {
  entity: typeof AchievementEntity | typeof NeedEntity;
  creatorRole: Role;
  /** Chinese noun for messages: 成果 / 需求. */
  noun: string;
  path: 'achievements' | 'needs';
}

export const KINDS: Record<ListingKind, KindInfo> = {
  achievement: { entity: AchievementEntity, creatorRole: 'researcher', noun: '成果', path: 'achievements' },
  need: { entity: NeedEntity, creatorRole: 'enterprise', noun: '需求', path: 'needs' },
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** `org` is the owner's card from identity's directory (catalog does not read identity's tables). */
export function toAchievement(e: AchievementEntity, org: Achievement['organization']): Achievement {
  return {
    id: e.id,
    title: e.title,
    summary: e.summary,
    field: e.field,
    keywords: e.keywords,
    maturity: e.maturity,
    transferModes: e.transferModes,
    askingPrice: e.askingPrice,
    patents: e.patents,
    region: e.region,
    inventors: e.inventors,
    status: e.status,
    reviewComment: e.reviewComment,
    organization: { id: org.id, name: org.name, kind: org.kind },
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    publishedAt: iso(e.publishedAt),
  };
}

export function toNeed(e: NeedEntity, org: Need['organization']): Need {
  return {
    id: e.id,
    title: e.title,
    description: e.description,
    field: e.field,
    keywords: e.keywords,
    budgetMin: e.budgetMin,
    budgetMax: e.budgetMax,
    deadline: e.deadline.toISOString(),
    region: e.region,
    cooperationModes: e.cooperationModes,
    status: e.status,
    reviewComment: e.reviewComment,
    organization: { id: org.id, name: org.name, kind: org.kind },
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    publishedAt: iso(e.publishedAt),
  };
}
