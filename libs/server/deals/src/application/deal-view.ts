import { Injectable } from '@nestjs/common';
import type { Deal, DealHistoryEntry } from '@market/contracts';
import { ListingQueries } from '@market/server/catalog';
import { Directory, type OrganizationCard, type PersonCard } from '@market/server/identity';
import { DealQueries, type DealRow } from '../infrastructure/deal.queries';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The names a deal shows beside its own facts, read from the contexts that own them. */
export interface DealNames {
  titles: Map<string, string>;
  organizations: Map<string, OrganizationCard>;
  people: Map<string, PersonCard>;
}

function party(names: DealNames, id: string): Deal['seller'] {
  const org = names.organizations.get(id);
  return { id, name: org?.name ?? '', kind: org?.kind ?? 'enterprise' };
}

/** What a deal trades, in a line: its achievement's title, or the challenge's it kept. */
export function dealTitle(r: { achievement_id: string | null; subject_title: string | null }, names: Pick<DealNames, 'titles'>): string {
  return (r.achievement_id ? names.titles.get(r.achievement_id) : null) ?? r.subject_title ?? '';
}

function toDeal(r: DealRow, names: DealNames, history: DealHistoryEntry[]): Deal {
  return {
    id: r.id,
    stage: r.stage,
    source: r.source,
    needId: r.need_id,
    lotId: r.lot_id,
    title: dealTitle(r, names),
    field: r.field,
    region: r.region,
    achievement: r.achievement_id ? { id: r.achievement_id, title: names.titles.get(r.achievement_id) ?? '', field: r.field, region: r.region } : null,
    challenge: r.challenge_id ? { id: r.challenge_id, title: r.subject_title ?? '' } : null,
    seller: party(names, r.seller_organization_id),
    buyer: party(names, r.buyer_organization_id),
    broker: r.broker_id ? { id: r.broker_id, name: names.people.get(r.broker_id)?.name ?? '' } : null,
    amount: r.amount === null ? null : Number(r.amount),
    contract: r.contract_type
      ? { type: r.contract_type, number: r.contract_number, signedAt: iso(r.signed_at), registrationNumber: r.registration_number, registeredAt: iso(r.registered_at) }
      : null,
    confirmations: { seller: iso(r.seller_confirmed_at), buyer: iso(r.buyer_confirmed_at) },
    registration: r.registration_number && r.registered_at ? { number: r.registration_number, registeredAt: r.registered_at.toISOString() } : null,
    history,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** What deals' rows need from other contexts: titles, parties and people, one query each per list. */
@Injectable()
export class DealViews {
  constructor(
    private readonly deals: DealQueries,
    private readonly listings: ListingQueries,
    private readonly directory: Directory,
  ) {}

  /** The names for rows that carry an achievement, two organizations and maybe a broker and other people. */
  async names(rows: Array<{ achievement_id: string | null; seller_organization_id: string; buyer_organization_id: string; broker_id: string | null }>, otherPeople: Array<string | null> = []): Promise<DealNames> {
    const [achievements, organizations, people] = await Promise.all([
      this.listings.achievements(rows.flatMap((r) => (r.achievement_id ? [r.achievement_id] : []))),
      this.directory.organizations(rows.flatMap((r) => [r.seller_organization_id, r.buyer_organization_id])),
      this.directory.people([...rows.map((r) => r.broker_id), ...otherPeople].filter((id): id is string => id !== null)),
    ]);
    return { titles: new Map([...achievements].map(([id, a]) => [id, a.title])), organizations, people };
  }

  /** Deals with their histories (oldest entry first), in the order of the given rows. */
  async load(rows: DealRow[]): Promise<Deal[]> {
    if (rows.length === 0) return [];
    const history = await this.deals.history(rows.map((r) => r.id));
    const names = await this.names(rows, history.map((h) => h.actor_id));
    const byDeal = new Map<string, DealHistoryEntry[]>();
    for (const h of history) {
      const list = byDeal.get(h.deal_id) ?? [];
      const by = h.actor_id ? { id: h.actor_id, name: names.people.get(h.actor_id)?.name ?? '' } : null;
      list.push({ event: h.event, at: h.at.toISOString(), by, from: h.from_stage, to: h.to_stage, facts: h.facts, note: h.note });
      byDeal.set(h.deal_id, list);
    }
    return rows.map((r) => toDeal(r, names, byDeal.get(r.id) ?? []));
  }
}

