import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Principal } from '@registry/auth';
import type { ConsoleSession } from '../console/console-sessions.service.js';

/** What the guards learn about a request, kept on the Express request for the rest of its life. */
export interface RegistryRequest extends Request {
  principal?: Principal;
  accessPurpose?: string;
  /** set when the principal came from a console session rather than a bearer token */
  consoleSession?: ConsoleSession;
}

export function requestOf(context: ExecutionContext): RegistryRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RegistryRequest }>().req;
  }
  return context.switchToHttp().getRequest<RegistryRequest>();
}
