import { SetMetadata } from '@nestjs/common';
import type { OutboxPayloads, OutboxTopic } from '@market/server/events';

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
export function OutboxHandler<T extends OutboxTopic>(topic: T) {
  // typed so that the method's parameter must be the payload OutboxPayloads names for this topic
  return SetMetadata(OUTBOX_HANDLER, { topic, batch: false } satisfies OutboxHandlerMeta) as <F extends (payload: OutboxPayloads[T]) => Promise<unknown>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<F>,
  ) => void;
}

/**
 * The same for a method that takes the payloads of one claim together (an array), for effects
 * that cost the same for one item as for many, such as a search-index update that waits for its
 * task. Idempotent too; when it throws, every row of the batch is retried.
 */
export function OutboxBatchHandler<T extends OutboxTopic>(topic: T) {
  return SetMetadata(OUTBOX_HANDLER, { topic, batch: true } satisfies OutboxHandlerMeta) as <F extends (payloads: Array<OutboxPayloads[T]>) => Promise<unknown>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<F>,
  ) => void;
}
