import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OutboxHandler, WorkSignals } from '@market/server/platform';
import { Challenges } from '@market/server/challenges';
import { ChallengeIndex } from '@market/server/search';
import { TOPICS, type ChallengeChanged } from '@market/server/events';
import { Notifications } from '@market/server/notifications';
import { challengeAsNeed } from '../domain/challenge-demand';
import { Matcher } from './matcher';
import { NEW_MATCH_THRESHOLD } from './new-match-notifier';

/** At most this many organizations hear of one challenge. */
const MAX_ORGANIZATIONS = 10;

/**
 * When a challenge opens, the organizations whose published achievements fit it hear of it
 * (`challenge_published`), once per organization: the one matcher scores the challenge as the
 * demand it is (challengeAsNeed), with the same threshold as a need's new matches.
 */
@Injectable()
export class ChallengeMatchNotifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly challenges: Challenges,
    private readonly index: ChallengeIndex,
    private readonly matcher: Matcher,
    private readonly notifications: Notifications,
    private readonly work: WorkSignals,
  ) {}

  @OutboxHandler(TOPICS.challengePublished)
  async onPublished({ id }: ChallengeChanged): Promise<void> {
    const c = await this.challenges.current(id);
    if (!c || c.status !== 'open') return; // withdrawn or already closed: nothing to announce
    await this.index.indexNow(c);
    const best = new Map<string, { title: string; score: number; reasons: string[] }>();
    for (const m of await this.matcher.achievementsFor(challengeAsNeed(c), c.organization.id)) {
      if (m.score < NEW_MATCH_THRESHOLD || best.has(m.achievement.organization.id)) continue;
      best.set(m.achievement.organization.id, { title: m.achievement.title, score: m.score, reasons: m.reasons });
      if (best.size === MAX_ORGANIZATIONS) break;
    }
    await this.dataSource.transaction(async (manager) => {
      for (const [organizationId, m] of best) {
        await this.notifications.toOrganization(manager, organizationId, {
          kind: 'challenge_published',
          title: `新榜单与您的成果相符：${c.title}`,
          body: `悬赏 ${c.bounty.toLocaleString('zh-CN')} 元，与您的成果「${m.title}」匹配度 ${(m.score * 100).toFixed(0)}%：${m.reasons.slice(0, 3).join('；')}`,
          link: `/challenges/${c.id}`,
          dedupeKey: `challenge-published-${c.id}-${organizationId}`,
        });
      }
    });
    await this.work.nudge(...[...best.keys()].map((organization) => ({ organization })));
  }
}
