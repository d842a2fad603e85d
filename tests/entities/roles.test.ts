import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/model.js';
import { roleHeldOn, rolesOn } from '../../src/entities/roles.js';

const role = (from?: string, to?: string): Role => ({ title: 'President', of: 'FRA', ...(from ? { from } : {}), ...(to ? { to } : {}) });

/** The bound a year or a month stands for, written out: the reference the comparisons must agree with. */
const first = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const last = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

describe('roleHeldOn', () => {
  it('takes a year or a month as the whole of it, at both ends', () => {
    expect(roleHeldOn(role('2014', '2016'), '2014-01-01')).toBe(true);
    expect(roleHeldOn(role('2014', '2016'), '2016-12-31')).toBe(true);
    expect(roleHeldOn(role('2014', '2016'), '2013-12-31')).toBe(false);
    expect(roleHeldOn(role('2014', '2016'), '2017-01-01')).toBe(false);
    expect(roleHeldOn(role('2014-03', '2014-05'), '2014-05-31')).toBe(true);
    expect(roleHeldOn(role('2014-03', '2014-05'), '2014-06-01')).toBe(false);
    expect(roleHeldOn(role('2014-03', '2014-05'), '2014-02-28')).toBe(false);
  });

  it('agrees with the bounds written out, for every kind of bound and date', () => {
    const bounds = [undefined, '2013', '2014', '2014-02', '2014-03', '2014-03-09', '2014-03-10', '2014-03-11', '2015'];
    const dates = ['2013-12-31', '2014-01-01', '2014-02-28', '2014-03-01', '2014-03-09', '2014-03-10', '2014-03-11', '2014-03-31', '2014-12-31', '2015-01-01', '2014', '2014-03'];
    const disagreements: string[] = [];
    for (const from of bounds) {
      for (const to of bounds) {
        for (const date of dates) {
          const expected = !(from && first(from) > date) && !(to && last(to) < date);
          if (roleHeldOn(role(from, to), date) !== expected) disagreements.push(`${from ?? '-'}..${to ?? '-'} on ${date}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('accepts every role in an undated document', () => {
    expect(roleHeldOn(role('2014', '2015'), null)).toBe(true);
  });
});

describe('rolesOn', () => {
  it('keeps the roles held on the date, in order', () => {
    const roles = [role('2010', '2012'), role('2013'), role(undefined, '2011')];
    expect(rolesOn(roles, '2014-06-01')).toEqual([roles[1]]);
    expect(rolesOn(roles, '2011-06-01')).toEqual([roles[0], roles[2]]);
  });

  it('hands back the list itself when every role was held, and an empty one for none', () => {
    const roles = [role('2010'), role(undefined, '2020')];
    expect(rolesOn(roles, '2014-06-01')).toBe(roles);
    expect(rolesOn(undefined, '2014-06-01')).toEqual([]);
  });
});
