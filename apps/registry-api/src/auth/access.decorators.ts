import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Principal, Role } from '@registry/auth';
import { requestOf } from '../common/request-context.js';

export const PUBLIC_KEY = 'registry:public';
export const ROLES_KEY = 'registry:roles';
export const PURPOSE_KEY = 'registry:purpose';

/** No token needed: health and metrics only. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/** The caller needs at least one of these roles. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/** The operation reads or writes protected data: X-Access-Purpose is required and goes to the audit log. */
export const RequiresPurpose = (): MethodDecorator & ClassDecorator => SetMetadata(PURPOSE_KEY, true);

export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = requestOf(context).principal;
  if (!principal) throw new Error('CurrentPrincipal used on an operation without authentication');
  return principal;
});

export const AccessPurpose = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const purpose = requestOf(context).accessPurpose;
  if (!purpose) throw new Error('AccessPurpose used on an operation without @RequiresPurpose');
  return purpose;
});
