// The server's internal messages: outbox topics and job names, each with its payload type.
// Server-only (the browser imports libs/contracts, never this), and it imports nothing.
export * from './lib/outbox-topics';
export * from './lib/jobs';
