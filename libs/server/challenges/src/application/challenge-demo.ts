import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, runsWorkers } from '@market/server/platform';
import { Directory, type AuthUser, type PersonCard } from '@market/server/identity';
import { DEMO_CHALLENGES, DEMO_MILESTONES, type DemoChallenge } from '../demo/demo-challenges.data';
import { ChallengeQueries } from '../infrastructure/challenge.queries';
import { ChallengeApplications } from './applications.service';
import { ChallengeAwards } from './awards.service';
import { ChallengeMoments } from './challenge-moments';
import { Challenges } from './challenges.service';

const DAY_MS = 24 * 3600_000;
/** The catalog's demo seeder creates the accounts; this waits for them at most so long. */
const WAIT_FOR_ACCOUNTS_MS = 60_000;

const user = (p: PersonCard): AuthUser => ({ id: p.id, role: p.role, organizationId: p.organization.id });

/**
 * With the demo market (DEMO_SEED), a 揭榜挂帅 hall with one challenge in each state: open (one
 * with an application), evaluating with scores, announced, and awarded with its deal — each
 * taken there through the services and the clock, as a real one would be (only the deadline and
 * the announcement's end are moved into the past instead of waited for). Only on a market
 * without challenges, and once the catalog's demo accounts exist.
 */
@Injectable()
export class ChallengeDemo implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queries: ChallengeQueries,
    private readonly challenges: Challenges,
    private readonly applications: ChallengeApplications,
    private readonly awards: ChallengeAwards,
    private readonly moments: ChallengeMoments,
    private readonly directory: Directory,
  ) {}

  onApplicationBootstrap(): void {
    // the process that runs the clock seeds (one of them, with ROLE=all's two threads)
    if (!this.config.demoSeed || !runsWorkers(this.config)) return;
    // not awaited: the accounts may come from a module that starts after this one
    void this.seedWhenReady().catch((e: Error) => this.logger.warn(`demo challenges not loaded: ${e.message}`));
  }

  private async seedWhenReady(): Promise<void> {
    const t0 = Date.now();
    while (Date.now() - t0 < WAIT_FOR_ACCOUNTS_MS) {
      if ((await this.queries.count()) > 0) return;
      const staff = await this.directory.firstStaff();
      const last = await this.directory.personByEmail(DEMO_CHALLENGES[DEMO_CHALLENGES.length - 1].publisher);
      if (staff && last) {
        await this.seed(user(staff));
        return;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  async seed(staff: AuthUser): Promise<void> {
    for (const demo of DEMO_CHALLENGES) await this.one(staff, demo);
  }

  private async one(staff: AuthUser, demo: DemoChallenge): Promise<void> {
    const publisher = await this.directory.personByEmail(demo.publisher);
    if (!publisher) return;
    const deadline = new Date(Date.now() + (demo.stage === 'open' ? demo.deadlineInDays * DAY_MS : 3600_000)).toISOString();
    const created = await this.challenges.create(user(publisher), { ...demo.body, deadline });
    await this.challenges.submit(user(publisher), created.id);
    await this.challenges.review(staff, created.id, 'approve', '揭榜指标明确，同意发布（演示）');
    const applicationIds: string[] = [];
    for (const a of demo.applicants) {
      const person = await this.directory.personByEmail(a.email);
      if (!person) continue;
      const milestones = DEMO_MILESTONES.map((m) => ({ title: m.title, dueAt: new Date(Date.now() + m.months * 30 * DAY_MS).toISOString().slice(0, 10) }));
      const app = await this.applications.apply(user(person), created.id, { approach: a.approach, team: a.team, milestones, ...(a.price ? { price: a.price } : {}) });
      applicationIds.push(app.id);
    }
    if (demo.stage === 'open') return;
    await this.queries.demoMoveMoment(created.id, 'deadline', new Date(Date.now() - 1000));
    await this.moments.close(created.id);
    for (const [email, perApplication] of Object.entries(demo.scores ?? {})) {
      const reviewer = await this.directory.personByEmail(email);
      if (!reviewer) continue;
      await this.applications.addReviewers(staff, created.id, [reviewer.id]);
      for (const [i, scores] of perApplication.entries()) {
        if (applicationIds[i]) await this.applications.score(user(reviewer), created.id, applicationIds[i], { scores, comment: '方案与技术指标对应清楚（演示评语）' });
      }
    }
    if (demo.winner === undefined || !applicationIds[demo.winner]) return;
    await this.awards.award(staff, created.id, applicationIds[demo.winner], new Date(Date.now() + 5 * DAY_MS).toISOString());
    if (demo.stage !== 'awarded') return;
    await this.queries.demoMoveMoment(created.id, 'announcement_ends_at', new Date(Date.now() - 1000));
    await this.moments.finalize(created.id);
  }
}
