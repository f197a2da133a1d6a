import { HttpErrorResponse } from '@angular/common/http';
import { errorMessage, fieldName, PLATFORM_ERRORS, WORDS, type ErrorParams } from '@market/contracts';
import { Lang, Localized } from '../i18n/localized';

/** The sentences for a failed call when the answer itself says nothing the reader can use. */
export const API_ERRORS: Readonly<Record<'network' | 'unknown' | 'forbidden' | 'conflict', Localized>> = WORDS.clientErrors;

/** The error body's fields we read, as far as they are there (ApiErrorBody, or a socket's answer). */
interface ErrorBodyFields {
  message?: unknown;
  code?: unknown;
  params?: unknown;
  fields?: unknown;
}

function errorBody(error: unknown): ErrorBodyFields | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body: unknown = error.error;
  return typeof body === 'object' && body !== null ? (body as ErrorBodyFields) : null;
}

const isParams = (v: unknown): v is ErrorParams => typeof v === 'object' && v !== null && Object.values(v).every((x) => typeof x === 'string' || typeof x === 'number');

interface FieldProblem {
  field: string;
  problem: string;
  problemEn: string;
}
const isFieldProblem = (v: unknown): v is FieldProblem =>
  typeof v === 'object' && v !== null && ['field', 'problem', 'problemEn'].every((k) => typeof (v as Record<string, unknown>)[k] === 'string');

/** A validation answer's fields in the reader's language: each named by its label and path. */
function validationMessage(body: ErrorBodyFields, lang: Lang): string | null {
  if (body.code !== PLATFORM_ERRORS.VALIDATION.code || !Array.isArray(body.fields)) return null;
  const lines = body.fields.filter(isFieldProblem).map((f) => {
    const label = fieldName(f.field, lang);
    const problem = lang === 'zh' ? f.problem : f.problemEn;
    if (!label) return lang === 'zh' ? `${f.field}：${problem}` : `${f.field}: ${problem}`;
    return errorMessage(PLATFORM_ERRORS.VALIDATION.code, lang, { field: f.field, label, labelEn: label, problem: f.problem, problemEn: f.problemEn });
  });
  return lines.length ? lines.join(lang === 'zh' ? '；' : '; ') : null;
}

/** The HTTP status of a failed call; 0 when the server was not reached, -1 for anything not HTTP. */
export function errorStatus(error: unknown): number {
  return error instanceof HttpErrorResponse ? error.status : -1;
}

/** The catalogue's words for the answer's `code` (`errorMessage` in @market/contracts), if it has any. */
function catalogueMessage(error: unknown, lang: Lang): string | undefined {
  const body = errorBody(error);
  if (typeof body?.code !== 'string') return undefined;
  const text = errorMessage(body.code, lang, isParams(body.params) ? body.params : undefined);
  // a parameter the answer did not carry (an older server) would show as {name}: use its words instead
  return text && !/\{\w+\}/.test(text) ? text : undefined;
}

/**
 * What the answer of a failed call tells the reader, in their language, or null when it says
 * nothing usable:
 * - a validation answer (PLATFORM.VALIDATION) names each field by its label and path in the
 *   reader's language; any other list of messages keeps the server's words, joined with '；';
 * - otherwise the error catalogue's message for the body's `code`, written for users in both
 *   languages;
 * - otherwise the server's message.
 */
export function serverMessage(error: unknown, lang: Lang): string | null {
  const body = errorBody(error);
  if (!body) return null;
  const validation = validationMessage(body, lang);
  if (validation) return validation;
  const { message } = body;
  if (Array.isArray(message)) {
    const joined = message.filter((m): m is string => typeof m === 'string').join('；');
    return joined.trim() ? joined : null;
  }
  const catalogued = catalogueMessage(error, lang);
  if (catalogued) return catalogued;
  return typeof message === 'string' && message.trim() ? message : null;
}

/**
 * A whole sentence for a failed action: no connection, the answer's own words for a refusal (4xx),
 * else a sentence for the status. A server failure (5xx) shows the catalogue's words for its code
 * (such as a busy database) and otherwise the general sentence, never a raw internal message.
 */
export function describeError(error: unknown, lang: Lang): string {
  const status = errorStatus(error);
  if (status === 0) return API_ERRORS.network[lang];
  if (status === 403) return serverMessage(error, lang) ?? API_ERRORS.forbidden[lang];
  if (status === 409) return serverMessage(error, lang) ?? API_ERRORS.conflict[lang];
  if (status >= 400 && status < 500) return serverMessage(error, lang) ?? API_ERRORS.unknown[lang];
  return catalogueMessage(error, lang) ?? API_ERRORS.unknown[lang];
}
