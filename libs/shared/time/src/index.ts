export { DEFAULT_TIME_ZONE, isTimeZone, marketTimeZone, setMarketTimeZone, zoneName } from './lib/zone';
export * from './lib/calendar';
export * from './lib/wall-time';
