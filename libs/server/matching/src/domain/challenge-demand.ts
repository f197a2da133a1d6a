import { TRANSFER_MODES, type Challenge, type Need } from '@market/contracts';

/**
 * A challenge read as the demand it is, so that the one matcher scores achievements against it
 * exactly as against a need: its technical indicators join the description (what a solution must
 * reach is what it is matched on), the bounty is the budget, any way of transfer will do.
 */
export function challengeAsNeed(c: Challenge): Need {
  return {
    id: c.id,
    title: c.title,
    description: [c.description, ...c.requirements].join('\n'),
    field: c.field,
    keywords: [],
    budgetMin: 0,
    budgetMax: c.bounty,
    deadline: c.deadline,
    region: c.region,
    cooperationModes: [...TRANSFER_MODES],
    status: 'published',
    organization: c.organization,
    reviewComment: null,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    publishedAt: c.publishedAt,
  };
}
