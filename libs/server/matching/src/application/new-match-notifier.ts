import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OutboxHandler, WorkSignals } from '@market/server/platform';
import { Listings } from '@market/server/catalog';
import { CatalogIndex } from '@market/server/search';
import { TOPICS, type ListingChanged } from '@market/server/events';
import { Notifications } from '@market/server/notifications';
import { Matcher } from './matcher';

/**
 * Above this score a pair is worth a person's attention. On the development set
 * (npm run eval:matching) 18 of the 21 pairs graded "solves the need" score 0.5 or more, at about
 * 2 notified pairs per need, 72% of them graded ≥ 2; 0.6 would raise precision to 0.92 but lose
 * 7 of the 21 real fits, and a missed fit costs more than a skimmed notification.
 */
export const NEW_MATCH_THRESHOLD = 0.5;
const MAX_NOTIFIED = 10;

/** When an item is published, the owners of the best-fitting items on the other side hear of it, once per pair. */
@Injectable()
export class NewMatchNotifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly listings: Listings,
    private readonly index: CatalogIndex,
    private readonly matcher: Matcher,
    private readonly notifications: Notifications,
    private readonly work: WorkSignals,
  ) {}

  @OutboxHandler(TOPICS.catalogPublished)
  async onPublished({ kind, id }: ListingChanged): Promise<void> {
    if (kind === 'achievement') {
      const a = await this.listings.current('achievement', id);
      if (!a || a.status !== 'published') return; // gone or archived meanwhile: nothing to say
      // Without this an achievement and a need published a moment apart could each be matched
      // before the other was searchable, and neither owner would ever hear of the pair.
      await this.index.indexNow('achievement', a);
      const matches = (await this.matcher.needsFor(a, a.organization.id)).filter((m) => m.score >= NEW_MATCH_THRESHOLD).slice(0, MAX_NOTIFIED);
      await this.dataSource.transaction(async (manager) => {
        for (const m of matches) {
          await this.notifications.toOrganization(manager, m.need.organization.id, {
            kind: 'new_match',
            title: `新的匹配成果：${a.title}`,
            body: `与您的需求「${m.need.title}」匹配度 ${(m.score * 100).toFixed(0)}%：${m.reasons.slice(0, 3).join('；')}`,
            link: `/achievements/${a.id}`,
            dedupeKey: `match-${m.need.id}-${a.id}`,
          });
        }
      });
      await this.work.nudge(...matches.map((m) => ({ organization: m.need.organization.id })));
    } else {
      const n = await this.listings.current('need', id);
      if (!n || n.status !== 'published') return;
      await this.index.indexNow('need', n);
      const matches = (await this.matcher.achievementsFor(n, n.organization.id)).filter((m) => m.score >= NEW_MATCH_THRESHOLD).slice(0, MAX_NOTIFIED);
      await this.dataSource.transaction(async (manager) => {
        for (const m of matches) {
          await this.notifications.toOrganization(manager, m.achievement.organization.id, {
            kind: 'new_match',
            title: `新的潜在需求方：${n.title}`,
            body: `与您的成果「${m.achievement.title}」匹配度 ${(m.score * 100).toFixed(0)}%：${m.reasons.slice(0, 3).join('；')}`,
            link: `/needs/${n.id}`,
            dedupeKey: `match-${n.id}-${m.achievement.id}`,
          });
        }
      });
      await this.work.nudge(...matches.map((m) => ({ organization: m.achievement.organization.id })));
    }
  }
}
