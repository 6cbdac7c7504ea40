import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasRole, type Role } from '@registry/auth';
import { ForbiddenError } from '../common/errors.js';
import { requestOf } from '../common/request-context.js';
import { ROLES_KEY } from './access.decorators.js';

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!roles || roles.length === 0) return true;
    const principal = requestOf(context).principal;
    if (!principal || !hasRole(principal, ...roles)) throw new ForbiddenError();
    return true;
  }
}
