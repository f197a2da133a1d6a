/**
 * An ILIKE pattern that finds `words` anywhere, with the pattern's own characters (`%`, `_` and
 * the escape `\`) taken literally: a search for "100%" is not a wildcard. Use with `ESCAPE '\'`.
 */
export function likeContains(words: string): string {
  return `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
