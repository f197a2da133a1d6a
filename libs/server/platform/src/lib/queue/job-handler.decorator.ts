import { SetMetadata } from '@nestjs/common';
import type { JobName } from '@market/contracts';

export const JOB_HANDLER = 'market:job-handler';

/**
 * Marks a provider method as the processor of one job name. Exactly one method per job name must
 * exist: the queue module refuses to start otherwise, so a job can never sit unprocessed.
 * The method gets the job's payload and returns a short result ("done", "skipped: gone", ...).
 */
export const JobHandler = (name: JobName) => SetMetadata(JOB_HANDLER, name);
