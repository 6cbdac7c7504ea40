/** The roles a token may carry, as the contract names them. */
export const ROLES = ['POLICE_REGIONAL', 'POLICE_NATIONAL', 'MUNICIPALITY', 'AUDITOR'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
