import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Principal } from '@registry/auth';
import type { Language } from '@registry/checker';
import type { ConsoleSession } from '../console/console-sessions.service.js';
import { preferredLanguage } from './accept-language.js';

/** What the guards learn about a request, kept on the Express request for the rest of its life. */
export interface RegistryRequest extends Request {
  principal?: Principal;
  accessPurpose?: string;
  /** The language its flag messages are worded in; set by `requestLanguage` on first use. */
  language?: Language;
  /** set when the principal came from a console session rather than a bearer token */
  consoleSession?: ConsoleSession;
}

/**
 * The request's language, from Accept-Language, decided once. An answer that reads it depends on that
 * header, and says so (Vary), so no cache hands one officer's Swedish to another's English.
 */
export function requestLanguage(req: RegistryRequest): Language {
  if (req.language === undefined) {
    req.language = preferredLanguage(req.headers['accept-language']);
    if (req.res && !req.res.headersSent) req.res.vary('Accept-Language');
  }
  return req.language;
}

export function requestOf(context: ExecutionContext): RegistryRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RegistryRequest }>().req;
  }
  return context.switchToHttp().getRequest<RegistryRequest>();
}
