import { getNamedType, getNullableType, isScalarType, type GraphQLResolveInfo } from 'graphql';
import { isUuid } from '../common/input-rules.js';
import type { AuditResourceRule } from './audit-resource.decorator.js';

export interface AuditResourceRef {
  resourceType: string | null;
  resourceId: string | null;
}

export const NO_RESOURCE: AuditResourceRef = { resourceType: null, resourceId: null };

/** Resource type of a refusal that names no resource: the operation that was refused. */
export const OPERATION_RESOURCE_TYPE = 'operation';

const ID_ARGUMENT = /^([a-z][A-Za-z0-9]+)Id$/;

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function valueAt(args: Record<string, unknown>, path: string): unknown {
  let value: unknown = args;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function uuidOrNull(value: unknown): string | null {
  return typeof value === 'string' && isUuid(value) ? value.toLowerCase() : null;
}

/** `Case` for a field returning `Case`, `[Case!]!`, …; as a resource type, `case`. */
function returnTypeName(info: GraphQLResolveInfo): string {
  return lowerFirst(getNamedType(info.returnType).name);
}

/** The first argument of GraphQL type ID holding a UUID: `id` names the returned type, `caseId` a case. */
function idArgument(info: GraphQLResolveInfo, args: Record<string, unknown>): AuditResourceRef | null {
  const field = info.parentType.getFields()[info.fieldName];
  for (const arg of field?.args ?? []) {
    const type = getNullableType(arg.type);
    if (!isScalarType(type) || type.name !== 'ID') continue;
    const id = uuidOrNull(args[arg.name]);
    if (id === null) continue;
    if (arg.name === 'id') return { resourceType: returnTypeName(info), resourceId: id };
    const named = ID_ARGUMENT.exec(arg.name);
    if (named) return { resourceType: named[1]!, resourceId: id };
  }
  return null;
}

function resultId(result: unknown): string | null {
  return typeof result === 'object' && result !== null ? uuidOrNull((result as { id?: unknown }).id) : null;
}

/**
 * What an operation acted on, for its audit event, by the first rule that applies: the resolver's
 * @AuditResource; an ID argument; the id of the object it returned. Ids only: see AuditResource.
 */
export function resourceOf(
  info: GraphQLResolveInfo,
  args: Record<string, unknown>,
  rule: AuditResourceRule | undefined,
  result?: unknown,
): AuditResourceRef {
  if (rule) {
    const id = rule.arg === undefined ? resultId(result) : uuidOrNull(valueAt(args, rule.arg));
    return { resourceType: rule.type, resourceId: id };
  }
  const fromArgs = idArgument(info, args);
  if (fromArgs) return fromArgs;
  const id = resultId(result);
  return id === null ? NO_RESOURCE : { resourceType: returnTypeName(info), resourceId: id };
}
