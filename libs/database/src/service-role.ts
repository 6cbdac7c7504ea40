import type { DataSource, EntityManager } from 'typeorm';
import { MIGRATION_LOCK } from './schema.js';

/**
 * Two database roles: the migration role owns the schema (tables, triggers, functions) and runs
 * `npm run migrate`; the service's role only reads and writes rows. The audit tables are append-only for the
 * service (SELECT and INSERT); only an owner or a superuser can disable their triggers, and the service is
 * neither.
 *
 * Grants are worked out from the catalog and applied in full after every migration run, rather than by
 * ALTER DEFAULT PRIVILEGES: a default would hand UPDATE and DELETE on a new append-only table to the service
 * until someone remembered to revoke them, while this derives "append-only" from the table's own triggers
 * and cannot fall behind the schema.
 */

/** The migrations table: the service reads it to know whether its schema is current, and never writes it. */
const MIGRATIONS_TABLE = 'schema_migrations';

/** A table is append-only when the database itself refuses to rewrite it (migration 1732300002000). */
const APPEND_ONLY_SQL = `EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_proc f ON f.oid = t.tgfoid
                                  WHERE t.tgrelid = c.oid AND f.proname = 'audit_refuse_change')`;

export class ServiceRoleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServiceRoleError';
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

interface TableRow {
  name: string;
  append_only: boolean;
}

/**
 * Everything that would let `role` change the audit log other than by appending to it, or change the schema:
 * empty when the role is fit to run the service. Read from the catalog as the role's effective rights
 * (grants through membership included).
 */
export async function serviceRoleFaults(m: EntityManager | DataSource, role: string): Promise<string[]> {
  const [found] = (await m.query('SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = $1', [role])) as {
    rolsuper: boolean;
    rolcreaterole: boolean;
  }[];
  if (!found) return [`role ${role} does not exist`];
  const faults: string[] = [];
  if (found.rolsuper) faults.push(`${role} is a superuser`);
  // Before PostgreSQL 16, CREATEROLE may grant itself membership in any role that is not a superuser's.
  if (found.rolcreaterole) faults.push(`${role} may create roles (CREATEROLE)`);
  const [database] = (await m.query('SELECT pg_has_role($1, datdba, $2) AS owner FROM pg_database WHERE datname = current_database()', [
    role,
    'MEMBER',
  ])) as { owner: boolean }[];
  if (database?.owner) faults.push(`${role} owns the database (or is a member of its owner)`);
  const [schema] = (await m.query("SELECT has_schema_privilege($1, 'public', 'CREATE') AS can_create", [role])) as {
    can_create: boolean;
  }[];
  if (schema?.can_create) faults.push(`${role} may create objects in schema public`);
  const owned = (await m.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'S', 'v', 'm') AND pg_has_role($1, c.relowner, 'MEMBER')
      ORDER BY 1 LIMIT 5`,
    [role],
  )) as { name: string }[];
  if (owned.length > 0) faults.push(`${role} owns (or is a member of the owner of) ${owned.map((row) => row.name).join(', ')}`);
  const rewritable = (await m.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND ${APPEND_ONLY_SQL}
        AND (has_table_privilege($1, c.oid, 'UPDATE') OR has_table_privilege($1, c.oid, 'DELETE')
             OR has_table_privilege($1, c.oid, 'TRUNCATE') OR has_table_privilege($1, c.oid, 'TRIGGER')
             OR has_table_privilege($1, c.oid, 'REFERENCES'))
      ORDER BY 1`,
    [role],
  )) as { name: string }[];
  if (rewritable.length > 0) {
    faults.push(`${role} may update, delete, truncate or add triggers on ${rewritable.map((row) => row.name).join(', ')}`);
  }
  return faults;
}

/**
 * Gives `role` exactly the service's rights on the current schema, as the migration role (which owns the
 * tables): SELECT and INSERT on append-only tables, SELECT on the migrations table, SELECT, INSERT, UPDATE
 * and DELETE on the others, sequences to draw ids from; no TRUNCATE, REFERENCES or TRIGGER anywhere, no
 * CREATE in the schema. Whatever else the role held on these objects is revoked first, so running it again
 * converges. Refuses a role that could alter the log whatever it is granted (a superuser, the owner).
 */
export async function grantServiceRole(dataSource: DataSource, role: string): Promise<{ tables: number; appendOnly: string[] }> {
  const [me] = (await dataSource.query('SELECT current_user AS name')) as { name: string }[];
  if (role === me?.name) throw new ServiceRoleError(`the service role must not be the migration role (${role})`);
  return dataSource.transaction(async (m) => {
    // Grants and revokes from two migration jobs at once would collide on the catalog rows.
    await m.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const r = quoteIdentifier(role);
    const [exists] = (await m.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])) as unknown[];
    if (!exists) throw new ServiceRoleError(`role ${role} does not exist: create it first (docs/operations.md)`);
    // Through PostgreSQL 14, every role may create in schema public; the service must not.
    await m.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
    await m.query(`REVOKE ALL ON SCHEMA public FROM ${r}`);
    await m.query(`GRANT USAGE ON SCHEMA public TO ${r}`);
    await m.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${r}`);
    await m.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${r}`);
    const tables = (await m.query(
      `SELECT c.relname AS name, ${APPEND_ONLY_SQL} AS append_only
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
    )) as TableRow[];
    const appendOnly: string[] = [];
    for (const table of tables) {
      const t = quoteIdentifier(table.name);
      if (table.name === MIGRATIONS_TABLE) {
        await m.query(`GRANT SELECT ON ${t} TO ${r}`);
      } else if (table.append_only) {
        appendOnly.push(table.name);
        await m.query(`GRANT SELECT, INSERT ON ${t} TO ${r}`);
      } else {
        await m.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${t} TO ${r}`);
      }
    }
    await m.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`);
    const faults = await serviceRoleFaults(m, role);
    if (faults.length > 0) throw new ServiceRoleError(`refusing to run the service as ${role}: ${faults.join('; ')}`);
    return { tables: tables.length, appendOnly };
  });
}

/** What is wrong with the role this data source connects as, for running the service. */
export async function connectedRoleFaults(dataSource: DataSource): Promise<string[]> {
  const [me] = (await dataSource.query('SELECT current_user AS name')) as { name: string }[];
  return serviceRoleFaults(dataSource, me!.name);
}
