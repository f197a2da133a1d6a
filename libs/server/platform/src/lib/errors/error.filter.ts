import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { PLATFORM_ERRORS, type ApiErrorBody } from '@market/contracts';
import { isDatabaseBusy } from '../database/database-busy';
import { DomainError, fail, STATUS_OF_KIND } from './domain-error';

/** Seconds a client is asked to wait when the database is saturated. */
const BUSY_RETRY_AFTER_SECONDS = 2;

interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
}

export function isBodyParserError(e: unknown): e is BodyParserError & Error {
  return e instanceof Error && typeof (e as BodyParserError).type === 'string' && typeof (e as BodyParserError).status === 'number';
}

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * The one place where errors become HTTP answers: domain errors by their kind, Nest's HTTP
 * exceptions as they are, body-parser failures (bad JSON, too large) as 400/413, and anything
 * else as a logged 500 that reveals nothing.
 */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const res = host.switchToHttp().getResponse<Response>();
    const { status, body, headers } = errorAnswer(exception);
    if (status >= 500 && status !== 503) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (isDatabaseBusy(exception)) this.logger.warn(`answered 503 busy: ${(exception as Error).message}`);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.status(status).json(body);
  }
}

/** The HTTP answer to any error; also used where errors leave by another way (the socket's acks). */
export function errorAnswer(e: unknown): { status: number; body: ApiErrorBody; headers: Record<string, string> } {
  if (isDatabaseBusy(e)) {
    return errorAnswer(fail(PLATFORM_ERRORS.BUSY, undefined, { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS }));
  }
  if (e instanceof DomainError) {
    const status = STATUS_OF_KIND[e.kind];
    const headers: Record<string, string> = {};
    if (e.retryAfterSeconds !== undefined) headers['Retry-After'] = String(Math.max(1, Math.ceil(e.retryAfterSeconds)));
    return { status, body: { ...e.details, statusCode: status, message: e.message, error: REASON[status], code: e.code, ...(e.params ? { params: e.params } : {}) }, headers };
  }
  if (e instanceof HttpException) {
    const status = e.getStatus();
    const raw = e.getResponse();
    const body: ApiErrorBody =
      typeof raw === 'string'
        ? { statusCode: status, message: raw, error: REASON[status] }
        : { statusCode: status, error: REASON[status], ...(raw as object), message: (raw as { message?: string | string[] }).message ?? e.message };
    return { status, body, headers: {} };
  }
  if (isBodyParserError(e)) return { ...bodyParserAnswer(e), headers: {} };
  return { status: 500, body: { statusCode: 500, message: 'Internal server error', error: REASON[500] }, headers: {} };
}

/** 413 for a body over the limit, 400 for anything else the body parser refused (bad JSON). */
export function bodyParserAnswer(e: BodyParserError): { status: number; body: ApiErrorBody } {
  const { status, body } = errorAnswer(fail(e.status === HttpStatus.PAYLOAD_TOO_LARGE ? PLATFORM_ERRORS.BODY_TOO_LARGE : PLATFORM_ERRORS.BAD_JSON));
  return { status, body };
}
