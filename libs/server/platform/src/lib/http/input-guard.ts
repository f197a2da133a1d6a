import { PLATFORM_ERRORS } from '@market/contracts';
import { fail, type DomainError } from '../errors/domain-error';

/**
 * The one input guard of the whole API (HTTP bodies, queries, paths and live-room socket
 * messages). It runs before any validation and costs one pass over the parsed input, so hostile
 * input is refused with a 400 that names the field before anything expensive (class-validator,
 * class-transformer, the database, Meilisearch) sees it:
 * - NUL and other control characters (tab, newline and carriage return are text), DEL and C1
 *   controls, bidi embedding/override/isolate characters (U+202A–U+202E, U+2066–U+2069, the
 *   "Trojan Source" family), and unpaired UTF-16 surrogates;
 * - nesting deeper than MAX_DEPTH;
 * - numbers that are not finite or beyond the safe integer range;
 * - arrays longer than MAX_ARRAY and objects with more than MAX_KEYS keys.
 * The walk uses an explicit stack, so no input can overflow the call stack.
 */
export const INPUT_LIMITS = { MAX_DEPTH: 32, MAX_ARRAY: 1000, MAX_KEYS: 1000 } as const;

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface InputProblem {
  /** Where, as a dotted path (`lots.0.title`), or the part of the request (`query`, `path`). */
  field: string;
  message: string;
}

function describe(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code >= 0xd800 && code <= 0xdfff) return `an unpaired surrogate (${hex})`;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return `a bidirectional control character (${hex})`;
  return `a control character (${hex})`;
}

/** What is wrong with a string, or null. */
export function stringProblem(value: string): string | null {
  const m = FORBIDDEN.exec(value);
  return m ? `contains ${describe(m[0])}, which is not allowed (含有不允许的不可见字符)` : null;
}

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** The first problem of a parsed JSON value (or query object), or null when it is clean. */
export function inputProblem(input: unknown, root = ''): InputProblem | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: input, path: root, depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    const field = path || 'body';
    if (typeof value === 'string') {
      const problem = stringProblem(value);
      if (problem) return { field, message: `${field} ${problem}` };
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
        return { field, message: `${field} must be a number within ±${Number.MAX_SAFE_INTEGER} (数值超出范围)` };
      }
    } else if (value !== null && typeof value === 'object') {
      if (depth >= INPUT_LIMITS.MAX_DEPTH) return { field, message: `${field} is nested deeper than ${INPUT_LIMITS.MAX_DEPTH} levels (嵌套层级过深)` };
      if (Array.isArray(value)) {
        if (value.length > INPUT_LIMITS.MAX_ARRAY) return { field, message: `${field} has more than ${INPUT_LIMITS.MAX_ARRAY} items (条目过多)` };
        for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: join(path, i), depth: depth + 1 });
      } else {
        const keys = Object.keys(value);
        if (keys.length > INPUT_LIMITS.MAX_KEYS) return { field, message: `${field} has more than ${INPUT_LIMITS.MAX_KEYS} properties (字段过多)` };
        for (let i = keys.length - 1; i >= 0; i--) {
          const key = keys[i];
          const keyProblem = stringProblem(key);
          if (keyProblem) return { field, message: `a property name in ${field} ${keyProblem}` };
          stack.push({ value: (value as Record<string, unknown>)[key], path: join(path, key), depth: depth + 1 });
        }
      }
    }
  }
  return null;
}

/** The request path's problem: undecodable percent escapes or forbidden characters once decoded. */
export function pathProblem(path: string): InputProblem | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return { field: 'path', message: 'the path has a malformed percent escape (路径编码错误)' };
  }
  const problem = stringProblem(decoded);
  return problem ? { field: 'path', message: `path ${problem}` } : null;
}

/**
 * The 400 for a problem (PLATFORM.INVALID_INPUT): the catalogue's message naming the field, and
 * the field itself in the body; the problem's own wording stays on the server.
 */
export function inputRefusal(problem: InputProblem): DomainError {
  return fail(PLATFORM_ERRORS.INVALID_INPUT, { field: problem.field }, { details: { field: problem.field } });
}
