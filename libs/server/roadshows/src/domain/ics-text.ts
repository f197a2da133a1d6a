/**
 * RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma are escaped with a backslash, and line
 * breaks become `\n`. The `ics` library escapes SUMMARY, DESCRIPTION and LOCATION itself but
 * writes X-WR-CALNAME and an alarm's DESCRIPTION as given, so those two go through this first.
 */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}
