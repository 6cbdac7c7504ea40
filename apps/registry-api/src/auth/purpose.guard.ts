import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PurposeRequiredError } from '../common/errors.js';
import { hasVisibleContent, isPlainText } from '../common/plain-text.js';
import { requestOf } from '../common/request-context.js';
import { PURPOSE_KEY } from './access.decorators.js';

export const PURPOSE_HEADER = 'x-access-purpose';
const MIN_PURPOSE = 3;
const MAX_PURPOSE = 200;

/** Every read or write of protected data states why; the reason is stored with the audit event. */
export function parsePurpose(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  // Node hands header bytes over as Latin-1; clients send UTF-8 ("uppföljning"), so decode them as such.
  return validPurpose(Buffer.from(header, 'latin1').toString('utf8'));
}

/** A purpose given as text (the console's stored purpose), by the header's rule: trimmed, or undefined if it fails. */
export function validPurpose(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const purpose = text.trim();
  if (purpose.length < MIN_PURPOSE || purpose.length > MAX_PURPOSE) return undefined;
  // Stored in the audit log: no control characters (forged lines in exports), no bidirectional or other
  // invisible formatting (a purpose that reads otherwise than it is), and something a reader can see,
  // so three zero-width spaces do not pass for a reason.
  if (!isPlainText(purpose) || !hasVisibleContent(purpose)) return undefined;
  return purpose;
}

@Injectable()
export class PurposeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<boolean>(PURPOSE_KEY, [context.getHandler(), context.getClass()]);
    const request = requestOf(context);
    const purpose = parsePurpose(request.headers[PURPOSE_HEADER]);
    if (purpose) request.accessPurpose = purpose;
    if (required && !purpose) throw new PurposeRequiredError();
    return true;
  }
}
