/**
 * `<input type="datetime-local">` speaks wall time without a zone. The market's staff work in
 * Beijing time, so the form reads and writes it as UTC+8 whatever the browser's own zone is.
 */
const OFFSET_MS = 8 * 3600_000;

export function toShanghaiInput(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}

export function fromShanghaiInput(value: string): string {
  const t = Date.parse(`${value.length === 16 ? `${value}:00` : value}+08:00`);
  return Number.isNaN(t) ? value : new Date(t).toISOString();
}
