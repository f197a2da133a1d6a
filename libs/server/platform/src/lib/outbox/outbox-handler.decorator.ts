import { SetMetadata } from '@nestjs/common';

export const OUTBOX_HANDLER = 'market:outbox-handler';

export interface OutboxHandlerMeta {
  topic: string;
  /** The method takes every claimed payload of its topic at once (an array) instead of one. */
  batch: boolean;
}

/**
 * Marks a provider method as the one that carries out outbox events of a topic. It must be
 * idempotent: an event may be delivered again after a crash between the effect and the mark.
 */
export const OutboxHandler = (topic: string) => SetMetadata(OUTBOX_HANDLER, { topic, batch: false } satisfies OutboxHandlerMeta);

/**
 * The same for a method that takes the payloads of one claim together (an array), for effects
 * that cost the same for one item as for many, such as a search-index update that waits for its
 * task. Idempotent too; when it throws, every row of the batch is retried.
 */
export const OutboxBatchHandler = (topic: string) => SetMetadata(OUTBOX_HANDLER, { topic, batch: true } satisfies OutboxHandlerMeta);
