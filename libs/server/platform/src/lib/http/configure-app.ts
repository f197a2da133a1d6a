import { INestApplication, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AppExceptionFilter, bodyParserAnswer, errorAnswer, isBodyParserError } from '../errors/error.filter';
import type { NextFunction, Request, Response } from 'express';
import { inputProblem, inputRefusal, pathProblem } from './input-guard';
import { validationException } from './validation-errors';

export const API_PREFIX = 'api';

/**
 * Everything that makes the HTTP surface what the contract says: prefix, validation, errors,
 * limits, headers, logs and the OpenAPI document. main.ts and every HTTP test call it, so tests
 * see exactly what users see.
 */
export function configureApp(app: INestApplication): INestApplication {
  const config = app.get<AppConfig>(APP_CONFIG);
  const express = app as NestExpressApplication;
  express.useLogger(app.get(Logger));
  express.set('trust proxy', parseTrustProxy(config.trustProxy));
  express.useBodyParser('json', { limit: config.bodyLimit });
  express.useBodyParser('urlencoded', { limit: config.bodyLimit, extended: false });
  // Body-parser failures happen before routing, out of reach of exception filters: answer them here.
  express.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (!isBodyParserError(err)) return next(err);
    const { status, body } = bodyParserAnswer(err);
    res.status(status).json(body);
  });
  // The input guard (input-guard.ts): after parsing, before routing, validation and every handler.
  express.use((req: Request, res: Response, next: NextFunction) => {
    const problem = pathProblem(req.path) ?? inputProblem(req.query, 'query') ?? inputProblem(req.body);
    if (!problem) return next();
    const { status, body } = errorAnswer(inputRefusal(problem));
    res.status(status).json(body);
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // ng-zorro and Angular set inline styles; scripts stay same-origin only.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'", 'ws:', 'wss:'],
          scriptSrc: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  app.enableCors(config.corsOrigin ? { origin: config.corsOrigin.split(',').map((o) => o.trim()), credentials: false } : { origin: false });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new AppExceptionFilter());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('网上技术市场 3.0 — Online Technology Market API')
      .setDescription('The public HTTP contract of the online technology market. Money is integer yuan; times are ISO 8601 UTC.')
      .setVersion('1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
  return app;
}

/**
 * The validation every request body, query and parameter gets; also used where input arrives
 * another way (the live room's socket messages), so both answer the same 400s.
 */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // Unknown nested properties are refused too, and messages name the field.
    forbidUnknownValues: true,
    // A field's first failing rule answers: a size check placed first spares the costly ones
    // (an O(n²) uniqueness check never runs on a 120,000-item array).
    stopAtFirstError: true,
    // Chinese messages that name the field by its name and path (PLATFORM.VALIDATION)
    exceptionFactory: validationException,
  });
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
