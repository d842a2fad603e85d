/**
 * News dates to ISO (YYYY-MM-DD). The parser accepts the forms found in news
 * pages and wire copy, and returns null rather than guess: an ambiguous numeric
 * date (03/04/2014), a date without a day (March 2014) or an impossible one
 * (February 30) gives null. Yearless and weekday forms resolve only against a
 * reference date or year.
 */

/** What a date expression states; `year` is null when the text leaves it out. */
export interface DateParts {
  year: number | null;
  month: number;
  day: number;
}

export interface DateParseOptions {
  /** ISO date the text was written near; resolves "March 13", "Thursday", "yesterday". */
  reference?: string | null;
  /** Year for yearless forms when no full reference date is known. */
  referenceYear?: number | null;
}

// Calendar names are part of the date grammar itself, not tunable cue words.
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const WEEKDAYS: Record<string, number> = {
  sun: 0, sunday: 0, mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6,
};
const RELATIVE_DAYS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };

/** Month-name alternation for building regexes (longest names first). */
export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const WEEKDAY_PATTERN =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?';
// "03:28", "3:28 p.m.", "03:28:00 +0900", "3:28 PM KST", "T03:28:00Z" — dropped, the day is what counts.
const TIME_SUFFIX =
  '(?:,?\\s*(?:at\\s+)?\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[ap]\\.?\\s?m\\.?)?' +
  '(?:\\s*\\(?(?:[A-Z]{2,5}|GMT[+-]\\d{1,2}|UTC[+-]\\d{1,2})\\)?)?(?:\\s*[+-]\\d{2}:?\\d{2}|\\s*Z)?)?';
const ORDINAL = '(?:st|nd|rd|th)?';

const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\.?(?:(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5}|\(?[A-Z]{2,5}\)?))?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_FIRST = new RegExp(
  `^(?:${WEEKDAY_PATTERN},?\\s+)?(${MONTH_PATTERN})\\s+(\\d{1,2})${ORDINAL}(?:,?\\s+(\\d{4}))?${TIME_SUFFIX}$`, 'i');
const DAY_FIRST = new RegExp(
  `^(?:${WEEKDAY_PATTERN},?\\s+)?(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH_PATTERN}),?(?:\\s+(\\d{4}))?${TIME_SUFFIX}$`, 'i');
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const WEEKDAY_ONLY = new RegExp(`^(?:on\\s+)?(${WEEKDAY_PATTERN})$`, 'i');

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO string for a calendar day, or null when the day does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parseIso(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isoDate(year, month, day) ? { year, month, day } : null;
}

function shiftIso(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

/**
 * The calendar parts a date expression states, without resolving a missing
 * year. Null when the text is not a date of a known form or is ambiguous.
 */
export function parseDateParts(input: string): DateParts | null {
  const s = input.trim().replace(/\s+/g, ' ');
  let m = ISO_LIKE.exec(s) ?? COMPACT.exec(s);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = MONTH_FIRST.exec(s);
  if (m) {
    const month = monthNumber(m[1]);
    return month ? { year: m[3] ? Number(m[3]) : null, month, day: Number(m[2]) } : null;
  }
  m = DAY_FIRST.exec(s);
  if (m) {
    const month = monthNumber(m[2]);
    return month ? { year: m[3] ? Number(m[3]) : null, month, day: Number(m[1]) } : null;
  }
  m = NUMERIC.exec(s);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // 03/04/2014 is March 4 in one country and April 3 in another: no guess.
    if (a > 12 && b <= 12) return { year, month: b, day: a };
    if (b > 12 && a <= 12) return { year, month: a, day: b };
    if (a === b) return { year, month: a, day: b };
    return null;
  }
  return null;
}

/** Picks the year that puts month/day nearest the reference date (a December dateline read in January). */
function nearestYear(month: number, day: number, reference: string): string | null {
  const ref = parseIso(reference);
  if (!ref) return null;
  let best: string | null = null;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const iso = isoDate(year, month, day);
    if (iso && (!best || Math.abs(dayNumber(iso) - dayNumber(reference)) < Math.abs(dayNumber(best) - dayNumber(reference)))) {
      best = iso;
    }
  }
  return best;
}

/** Resolves parts to an ISO date; a missing year comes from the options or the result is null. */
export function resolveDateParts(parts: DateParts, options: DateParseOptions = {}): string | null {
  if (parts.year !== null) return isoDate(parts.year, parts.month, parts.day);
  if (options.reference && parseIso(options.reference)) return nearestYear(parts.month, parts.day, options.reference);
  if (options.referenceYear) return isoDate(options.referenceYear, parts.month, parts.day);
  return null;
}

/** The most recent given weekday on or before the reference: news speaks of the past week. */
function weekdayBefore(weekday: number, reference: string): string {
  const refDay = new Date(`${reference}T00:00:00Z`).getUTCDay();
  return shiftIso(reference, -((refDay - weekday + 7) % 7));
}

/** Parses a news date to ISO YYYY-MM-DD, or null when it is not a definite calendar day. */
export function parseNewsDate(input: string, options: DateParseOptions = {}): string | null {
  const s = input.trim().replace(/\s+/g, ' ');
  if (!s || s.length > 80) return null;
  const parts = parseDateParts(s);
  if (parts) return resolveDateParts(parts, options);
  const reference = options.reference && parseIso(options.reference) ? options.reference : null;
  if (!reference) return null;
  const relative = RELATIVE_DAYS[s.toLowerCase()];
  if (relative !== undefined) return shiftIso(reference, relative);
  const weekday = WEEKDAY_ONLY.exec(s);
  if (weekday) {
    const n = WEEKDAYS[weekday[1].toLowerCase().replace(/\.$/, '')];
    return n === undefined ? null : weekdayBefore(n, reference);
  }
  return null;
}

/** The year alone ("2014", 2014) when a value states only a year; front matter sometimes does. */
export function parseYear(value: unknown): number | null {
  const s = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return /^\d{4}$/.test(s) ? Number(s) : null;
}

/**
 * A metadata date (front matter, JSON field, HTML meta) to ISO. YAML may hand
 * over a Date; an ISO timestamp keeps the calendar day as written.
 */
export function normaliseMetadataDate(value: unknown): { date: string | null; unparsed: string | null } {
  if (value === null || value === undefined || value === '') return { date: null, unparsed: null };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? { date: null, unparsed: String(value) }
      : { date: value.toISOString().slice(0, 10), unparsed: null };
  }
  const text = String(value);
  const date = parseNewsDate(text);
  return date ? { date, unparsed: null } : { date: null, unparsed: text };
}
