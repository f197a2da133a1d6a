import { SetMetadata } from '@nestjs/common';
import type { JobName, JobPayloads } from '@market/server/events';

export const JOB_HANDLER = 'market:job-handler';

/**
 * Marks a provider method as the processor of one job name. Exactly one method per job name must
 * exist: the queue module refuses to start otherwise, so a job can never sit unprocessed.
 * The method gets the job's payload and returns a short result ("done", "skipped: gone", ...).
 */
export function JobHandler<N extends JobName>(name: N) {
  // typed so that the method's parameter must be the payload JobPayloads names for this job
  return SetMetadata(JOB_HANDLER, name) as <F extends (payload: JobPayloads[N]) => Promise<string | void>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<F>,
  ) => void;
}
