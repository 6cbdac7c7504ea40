/**
 * Holds the authorization matrix to the schema: every Query and Mutation field, and every field of every
 * object type that is not public reference data, must have a row, a row must name something the schema has,
 * and every row must have a representative call (authorization-probes.ts). Each problem is one sentence.
 */
import { getNamedType, isInterfaceType, isLeafType, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import type { OperationRow, TypeRow } from './authorization-matrix.js';
import type { OperationProbe, TypePath } from './authorization-probes.js';

export interface MatrixUnderTest {
  operations: ReadonlyMap<string, OperationRow>;
  types: ReadonlyMap<string, TypeRow>;
  publicTypes: readonly string[];
  operationProbes: Readonly<Record<string, OperationProbe>>;
  typePaths: Readonly<Record<string, TypePath>>;
}

const MATRIX = 'test/e2e/authorization/authorization-matrix.ts';
const PROBES = 'test/e2e/authorization/authorization-probes.ts';

export function coverageProblems(schema: GraphQLSchema, matrix: MatrixUnderTest): string[] {
  const problems: string[] = [];
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
    (t) => t !== null && t !== undefined,
  );
  const rootNames = new Set(roots.map((t) => t.name));

  const schemaOperations = new Set<string>();
  for (const root of roots)
    for (const name of Object.keys(root.getFields())) {
      const key = `${root.name}.${name}`;
      schemaOperations.add(key);
      if (!matrix.operations.has(key)) problems.push(`${key} is in the schema but has no row in ${MATRIX}`);
      else if (!matrix.operationProbes[key]) problems.push(`${key} has a row but no representative call in ${PROBES}`);
    }
  for (const key of matrix.operations.keys())
    if (!schemaOperations.has(key)) problems.push(`${key} has a row in ${MATRIX} but is not in the schema`);
  for (const key of Object.keys(matrix.operationProbes))
    if (!matrix.operations.has(key)) problems.push(`${key} has a call in ${PROBES} but no row in ${MATRIX}`);

  const schemaTypes = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || rootNames.has(type.name)) continue;
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    schemaTypes.add(type.name);
    const row = matrix.types.get(type.name);
    if (matrix.publicTypes.includes(type.name)) {
      if (row) problems.push(`type ${type.name} is both public (PUBLIC_TYPES) and protected (a line in the fields table)`);
      continue;
    }
    if (!row) {
      problems.push(`type ${type.name} is in the schema but is neither protected (a type line in ${MATRIX}) nor public (PUBLIC_TYPES)`);
      continue;
    }
    if (!matrix.typePaths[type.name]) problems.push(`type ${type.name} has no path in ${PROBES} to reach its fields`);
    const fields = type.getFields();
    for (const name of Object.keys(fields))
      if (!row.fields.has(name)) problems.push(`${type.name}.${name} is in the schema but has no row in ${MATRIX}`);
    for (const name of row.fields.keys())
      if (!fields[name]) problems.push(`${type.name}.${name} has a row in ${MATRIX} but is not in the schema`);
  }
  for (const name of matrix.types.keys())
    if (!schemaTypes.has(name)) problems.push(`type ${name} has lines in ${MATRIX} but is not an object type of the schema`);
  for (const name of matrix.publicTypes)
    if (!schemaTypes.has(name)) problems.push(`public type ${name} is not an object type of the schema`);
  for (const name of Object.keys(matrix.typePaths))
    if (!matrix.types.has(name)) problems.push(`type ${name} has a path in ${PROBES} but no type line in ${MATRIX}`);
  return problems;
}

/** The field as a selection: a leaf by name, an object by its `__typename` (enough to see it resolve). */
export function selectionOf(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? field.name : `${field.name} { __typename }`;
}
