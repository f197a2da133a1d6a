// Challenges' public face: the module, its migrations, and the service search, matching and the
// portal read challenges through (ChallengeMoments for tests and tools that drive the clock).
export { ChallengesModule, CHALLENGES_MIGRATIONS } from './challenges.module';
export { Challenges } from './application/challenges.service';
export { ChallengeMoments } from './application/challenge-moments';
