import { JOBS, type JobName } from '@market/server/events';

export type JobFn = (payload: unknown) => Promise<string | void>;

export interface DiscoveredHandler {
  name: string;
  owner: string;
  fn: JobFn;
}

/** Checks that every job name has exactly one handler and that no handler names an unknown job. */
export function buildJobRegistry(found: DiscoveredHandler[], known: readonly string[] = Object.values(JOBS), opts: { requireAll?: boolean } = {}): Map<JobName, JobFn> {
  const requireAll = opts.requireAll ?? true;
  const problems: string[] = [];
  const byName = new Map<string, DiscoveredHandler[]>();
  for (const h of found) byName.set(h.name, [...(byName.get(h.name) ?? []), h]);
  for (const name of known) {
    const handlers = byName.get(name) ?? [];
    if (handlers.length === 0 && requireAll) problems.push(`job "${name}" has no handler`);
    if (handlers.length > 1) problems.push(`job "${name}" has ${handlers.length} handlers (${handlers.map((h) => h.owner).join(', ')})`);
  }
  for (const name of byName.keys()) if (!known.includes(name)) problems.push(`handler for unknown job "${name}"`);
  if (problems.length) throw new Error(`Job handlers are wrong: ${problems.join('; ')}`);
  return new Map(found.map((h) => [h.name as JobName, h.fn]));
}
