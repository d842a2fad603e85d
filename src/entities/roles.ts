/** Role dates: whether a catalog role was held on a document's date. */
import type { Role } from '../model.js';

function lowerBound(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
function upperBound(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

/** True when the role was held on `date`; an undated document accepts every role. */
export function roleHeldOn(role: Role, date: string | null): boolean {
  if (!date) return true;
  if (role.from && lowerBound(role.from) > date) return false;
  if (role.to && upperBound(role.to) < date) return false;
  return true;
}

export function rolesOn(roles: Role[] | undefined, date: string | null): Role[] {
  return (roles ?? []).filter((r) => roleHeldOn(r, date));
}
