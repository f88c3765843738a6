/** The operator roles the hub knows, lowest to highest. */
export const ROLES = ['viewer', 'operator', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

/** Whether `role` is at least `need`. */
export function roleAtLeast(role: Role, need: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(need);
}
