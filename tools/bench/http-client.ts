// The load generator's HTTP client lives with the e2e support code, which the burst test shares.
export * from '../../apps/api-e2e/src/support/http-client';
