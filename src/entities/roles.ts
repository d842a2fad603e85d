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
  if (date.length === 10) {
    // a full date against a year, a month or a day, compared as written (no bound string made
    // per test): a year or a month that the date falls in is neither before nor after it
    if (role.from && role.from > date) return false;
    if (role.to && role.to < date && !date.startsWith(role.to)) return false;
    return true;
  }
  if (role.from && lowerBound(role.from) > date) return false;
  if (role.to && upperBound(role.to) < date) return false;
  return true;
}

const NO_ROLES: readonly Role[] = [];

/** The roles held on `date`: the list itself when all of them were (most lists: no copy). */
export function rolesOn(roles: readonly Role[] | undefined, date: string | null): readonly Role[] {
  if (!roles) return NO_ROLES;
  let k = 0;
  while (k < roles.length && roleHeldOn(roles[k], date)) k++;
  return k === roles.length ? roles : roles.filter((r) => roleHeldOn(r, date));
}
