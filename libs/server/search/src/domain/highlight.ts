// Meilisearch wraps matches in the tags we choose but does not escape the text around them. We
// choose control characters that cannot appear in listings, escape everything, then turn them into
// <mark>, so the web app can render the snippet as HTML safely.
export const PRE = '\u0002';
export const POST = '\u0003';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function markHighlight(formatted: string): string {
  return formatted
    .replace(/[&<>"']/g, (c) => ESCAPES[c])
    .split(PRE)
    .join('<mark>')
    .split(POST)
    .join('</mark>');
}
