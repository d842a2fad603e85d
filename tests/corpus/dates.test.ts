import { describe, expect, it } from 'vitest';
import { isoDate, normaliseMetadataDate, parseDateParts, parseNewsDate, parseYear } from '../../src/corpus/dates.js';

describe('parseNewsDate: dated forms', () => {
  const cases: [string, string | null][] = [
    ['2014/03/14 03:28', '2014-03-14'],
    ['2014-03-14', '2014-03-14'],
    ['2014.03.14', '2014-03-14'],
    ['2014-3-4', '2014-03-04'],
    ['2014-03-14T03:28:00+09:00', '2014-03-14'],
    ['2014-03-13T18:28:00Z', '2014-03-13'],
    ['2014/03/14 03:28 KST', '2014-03-14'],
    ['20140314', '2014-03-14'],
    ['March 14, 2014', '2014-03-14'],
    ['March 14 2014', '2014-03-14'],
    ['Mar. 14, 2014', '2014-03-14'],
    ['Sept. 3, 2013', '2013-09-03'],
    ['Friday, March 14, 2014', '2014-03-14'],
    ['March 14th, 2014', '2014-03-14'],
    ['March 14, 2014 3:28 p.m.', '2014-03-14'],
    ['14 March 2014', '2014-03-14'],
    ['14 Mar 2014', '2014-03-14'],
    ['3rd of June 2020', '2020-06-03'],
    ['Fri, 14 Mar 2014 03:28:00 +0900', '2014-03-14'],
    ['14/03/2014', '2014-03-14'],
    ['03/14/2014', '2014-03-14'],
    ['05/05/2014', '2014-05-05'],
    // Ambiguous, impossible, incomplete or not a date: null, never a guess.
    ['03/04/2014', null],
    ['February 30, 2014', null],
    ['2014-13-01', null],
    ['2014-02-29', null],
    ['2016-02-29', '2016-02-29'],
    ['March 2014', null],
    ['sometime last spring', null],
    ['', null],
    ['14 March', null],
    ['Thursday', null],
  ];
  it.each(cases)('%j -> %j', (input, expected) => {
    expect(parseNewsDate(input)).toBe(expected);
  });
});

describe('parseNewsDate: yearless and relative forms need a reference', () => {
  const cases: [string, { reference?: string; referenceYear?: number }, string | null][] = [
    ['March 13', { referenceYear: 2014 }, '2014-03-13'],
    ['14 March', { referenceYear: 2014 }, '2014-03-14'],
    ['March 13', { reference: '2014-03-14' }, '2014-03-13'],
    // A December day read in early January belongs to the year before.
    ['Dec. 31', { reference: '2015-01-02' }, '2014-12-31'],
    ['Jan. 2', { reference: '2014-12-30' }, '2015-01-02'],
    ['Feb. 29', { referenceYear: 2015 }, null],
    ['yesterday', { reference: '2014-03-01' }, '2014-02-28'],
    ['today', { reference: '2014-03-14' }, '2014-03-14'],
    // 2014-03-14 was a Friday; "Thursday" is the day before.
    ['Thursday', { reference: '2014-03-14' }, '2014-03-13'],
    ['Friday', { reference: '2014-03-14' }, '2014-03-14'],
    ['yesterday', { referenceYear: 2014 }, null],
  ];
  it.each(cases)('%j with %j -> %j', (input, options, expected) => {
    expect(parseNewsDate(input, options)).toBe(expected);
  });
});

describe('date helpers', () => {
  it('isoDate validates calendar days', () => {
    expect(isoDate(2014, 3, 14)).toBe('2014-03-14');
    expect(isoDate(2014, 4, 31)).toBeNull();
    expect(isoDate(14, 3, 14)).toBeNull();
  });

  it('parseDateParts keeps a missing year missing', () => {
    expect(parseDateParts('Jan. 5')).toEqual({ year: null, month: 1, day: 5 });
    expect(parseDateParts('5 January 2020')).toEqual({ year: 2020, month: 1, day: 5 });
  });

  it('parseYear reads a bare year only', () => {
    expect(parseYear(2019)).toBe(2019);
    expect(parseYear('2019')).toBe(2019);
    expect(parseYear('2019-01-01')).toBeNull();
  });

  it('normaliseMetadataDate accepts Date objects and reports what does not parse', () => {
    expect(normaliseMetadataDate(new Date('2014-03-14T00:00:00Z'))).toEqual({ date: '2014-03-14', unparsed: null });
    expect(normaliseMetadataDate('next week')).toEqual({ date: null, unparsed: 'next week' });
    expect(normaliseMetadataDate(undefined)).toEqual({ date: null, unparsed: null });
  });
});
