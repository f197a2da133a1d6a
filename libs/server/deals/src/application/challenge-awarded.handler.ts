import { Injectable } from '@nestjs/common';
import { TOPICS, type ChallengeAwarded } from '@market/server/events';
import { OutboxHandler } from '@market/server/platform';
import { Deals } from './deals.service';

/** Challenges announce an award that became final through the outbox; the deal opens here, once per challenge. */
@Injectable()
export class ChallengeAwardedHandler {
  constructor(private readonly deals: Deals) {}

  @OutboxHandler(TOPICS.challengeAwarded)
  async onChallengeAwarded(payload: ChallengeAwarded): Promise<void> {
    await this.deals.openFromChallenge(payload);
  }
}
