import { SetMetadata } from '@nestjs/common';

export const OUTBOX_HANDLER = 'market:outbox-handler';

/**
 * Marks a provider method as the one that carries out outbox events of a topic. It must be
 * idempotent: an event may be delivered again after a crash between the effect and the mark.
 */
export const OutboxHandler = (topic: string) => SetMetadata(OUTBOX_HANDLER, topic);
