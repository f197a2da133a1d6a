import type { ErrorEntry } from './define';

export * from './define';

/** Every catalogue, by code. Filled in by each context's catalogue below. */
const ALL: ReadonlyArray<Record<string, ErrorEntry>> = [];

const BY_CODE: ReadonlyMap<string, ErrorEntry> = new Map(ALL.flatMap((c) => Object.values(c).map((e) => [e.code, e] as const)));

/** The catalogue entry for an API error code, if the code is one of ours. */
export function errorEntry(code: string | undefined | null): ErrorEntry | undefined {
  return code ? BY_CODE.get(code) : undefined;
}

/** The message users read for an API error code, in their language; undefined for an unknown code. */
export function errorMessage(code: string | undefined | null, lang: 'zh' | 'en'): string | undefined {
  const entry = errorEntry(code);
  return entry ? entry[lang] : undefined;
}
