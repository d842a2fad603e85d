/**
 * The layout of wire copy in plain text: a navigation line left over from the
 * web page, the title line, a date line, a byline, then the body whose first
 * paragraph opens with a dateline ("WASHINGTON, March 13 (Yonhap) --").
 * Navigation lines are removed from the text; everything else stays, and
 * `bodyStart` tells the extractor where the article proper begins.
 */
import { readJsonData } from '../util/data.js';
import { MONTH_PATTERN, monthNumber, parseNewsDate, resolveDateParts, type DateParseOptions } from './dates.js';

interface BoilerplateLexicon {
  navigation: {
    words: string[]; maxWords: number; minWords: number; minCueRatio: number; sentencePunctuation: string[];
    menuSeparators: string[]; maxWordsPerMenuItem: number;
  };
  dateLineLabels: string[];
  bylineOpeners: string[];
}
interface AgencyLexicon {
  agencies: { source: string; names: string[] }[];
}

let boilerplate: {
  lexicon: BoilerplateLexicon; navWords: Set<string>; separatorPattern: RegExp; labelPattern: RegExp; bylinePattern: RegExp;
} | null = null;
let agencyIndex: Map<string, string> | null = null;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function lexicon() {
  if (!boilerplate) {
    const lex = readJsonData<BoilerplateLexicon>('lexicon', 'boilerplate.json');
    const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    boilerplate = {
      lexicon: lex,
      navWords: new Set(lex.navigation.words.map((w) => w.toLowerCase())),
      separatorPattern: new RegExp(`\\s+(?:${alternation(lex.navigation.menuSeparators)})\\s+`),
      labelPattern: new RegExp(`^(?:${alternation(lex.dateLineLabels)})\\s*(?:on|at)?\\s*[:：]?\\s*`, 'i'),
      bylinePattern: new RegExp(`^(?:${alternation(lex.bylineOpeners)})\\s+(?=\\p{Lu})`, 'iu'),
    };
  }
  return boilerplate;
}

/** The canonical source for an agency as written in a dateline; unknown agencies keep their name. */
export function canonicalAgency(name: string): string {
  if (!agencyIndex) {
    agencyIndex = new Map();
    for (const agency of readJsonData<AgencyLexicon>('lexicon', 'agencies.json').agencies) {
      for (const alias of agency.names) agencyIndex.set(alias.toLowerCase(), agency.source);
      agencyIndex.set(agency.source.toLowerCase(), agency.source);
    }
  }
  const trimmed = name.trim().replace(/\s+/g, ' ');
  return agencyIndex.get(trimmed.toLowerCase()) ?? trimmed;
}

/**
 * A menu line: short, no sentence punctuation, and either made mostly of
 * navigation words or a row of short items between separators (breadcrumbs).
 */
export function isNavigationLine(line: string): boolean {
  const { lexicon: lex, navWords, separatorPattern } = lexicon();
  const trimmed = line.trim();
  if (!trimmed || lex.navigation.sentencePunctuation.some((p) => trimmed.includes(p))) return false;
  const items = trimmed.split(separatorPattern);
  const shortItems = items.every((item) => item.split(/\s+/).length <= lex.navigation.maxWordsPerMenuItem);
  // Two items ("Seoul | Yonhap") could be a terse headline; a nav word ("Home > World") or a third item settles it.
  if (shortItems && (items.length >= 3 || (items.length === 2 && items.some((item) => navWords.has(item.toLowerCase()))))) {
    return trimmed.split(/\s+/).length <= lex.navigation.maxWords;
  }
  const words = trimmed.split(/\s+/);
  if (words.length < lex.navigation.minWords || words.length > lex.navigation.maxWords) return false;
  const cues = words.filter((w) => navWords.has(w.toLowerCase())).length;
  return cues / words.length >= lex.navigation.minCueRatio;
}

/** A line that is only a date (with an optional label and time): the page's date line. */
export function parseDateLine(line: string, options: DateParseOptions = {}): string | null {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > 80) return null;
  return parseNewsDate(trimmed.replace(lexicon().labelPattern, ''), options);
}

/** The author named by a byline ("By Lee Chi-dong"), or null when the line is not one. */
export function parseByline(line: string): string | null {
  const trimmed = line.trim();
  const opener = lexicon().bylinePattern.exec(trimmed);
  if (!opener) return null;
  const name = trimmed.slice(opener[0].length).trim();
  const words = name.split(/\s+/);
  if (words.length > 12 || /[.!?]$/.test(name) && !/\b[A-Z]\.$/.test(name)) return null;
  return name;
}

export interface Dateline {
  /** The place as written: "WASHINGTON", "KYIV, Ukraine". */
  place: string;
  /** Month and day when the dateline states them; year only if it does too. */
  month: number | null;
  day: number | null;
  year: number | null;
  /** Canonical agency ("Yonhap", "AP") or null when the dateline names none. */
  agency: string | null;
  /** Length of the dateline including the dash and the space after it. */
  length: number;
}

// "MEXICO CITY/WASHINGTON": joint datelines join places with a slash
const CAPS_PLACE = "[A-Z][A-Z'’.\\-]*[A-Z.](?:[\\s/][A-Z][A-Z'’.\\-]*[A-Z.]){0,4}";
const MIXED_PLACE = "[A-Z][A-Za-z'’.\\-]+(?:\\s[A-Z][A-Za-z'’.\\-]+){0,3}";
const DATELINE = new RegExp(
  `^(?<place>${CAPS_PLACE}|${MIXED_PLACE})` +
  `(?:,\\s*(?<region>(?!${MONTH_PATTERN}\\b)[A-Z][A-Za-z.'’\\-]*(?:\\s[A-Z][A-Za-z.'’\\-]*){0,2}))?` +
  `(?:,?\\s*(?<date>${MONTH_PATTERN}\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+${MONTH_PATTERN}(?:\\s+\\d{4})?))?` +
  '(?:\\s*\\((?<agency>[^()\\n]{2,40})\\))?' +
  '(?<dash>\\s*(?:--|—|–)\\s*|\\s+-\\s+)(?=\\S)',
);
const CAPS_ONLY = new RegExp(`^${CAPS_PLACE}$`);
// a dateline's date, "March 5, 2014" or "5 March 2014"
const MONTH_FIRST = new RegExp(`^(${MONTH_PATTERN})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?$`);
const DAY_FIRST = new RegExp(`^(\\d{1,2})\\s+(${MONTH_PATTERN})(?:\\s+(\\d{4}))?$`);

/** Reads the dateline at the start of a paragraph, or null when it has none. */
export function parseDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m?.groups) return null;
  const { place, region, date, agency } = m.groups;
  const capsPlace = CAPS_ONLY.test(place);
  // A mixed-case opener ("Secretary Kerry -- ") is a dateline only when an agency vouches for it.
  if (!capsPlace && !agency) return null;
  if (capsPlace && !agency && !date && place.replace(/[^A-Z]/g, '').length < 3) return null;
  let month: number | null = null;
  let day: number | null = null;
  let year: number | null = null;
  if (date) {
    const monthFirst = MONTH_FIRST.exec(date);
    const dayFirst = DAY_FIRST.exec(date);
    if (monthFirst) [month, day, year] = [monthNumber(monthFirst[1]), Number(monthFirst[2]), monthFirst[3] ? Number(monthFirst[3]) : null];
    else if (dayFirst) [month, day, year] = [monthNumber(dayFirst[2]), Number(dayFirst[1]), dayFirst[3] ? Number(dayFirst[3]) : null];
  }
  return {
    place: region ? `${place}, ${region}` : place,
    month,
    day,
    year,
    agency: agency ? canonicalAgency(agency) : null,
    length: m[0].length,
  };
}

export interface WireHints {
  /** Title known from metadata; without a dateline, only a line matching it counts as the title line. */
  title?: string | null;
  /** Year for a dateline that gives only month and day (front matter, a catalog). */
  year?: number | null;
  /** Date the text was written near, to resolve yearless datelines. */
  reference?: string | null;
}

export interface WireLayout {
  /** The text with navigation lines removed: what every offset refers to. */
  text: string;
  title: string | null;
  /** The date line's date, else the dateline's date when its year is known. */
  date: string | null;
  source: string | null;
  place: string | null;
  byline: string | null;
  bodyStart: number;
}

interface Line {
  text: string;
  start: number;
}

// Wire headers are a handful of short lines; a dateline further down is a quote, not a layout.
const HEADER_MAX_LINES = 12;
const HEADER_LINE_MAX_CHARS = 300;
const TITLE_MAX_WORDS = 30;

function nonEmptyLines(text: string, limit: number): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length && lines.length < limit) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const content = text.slice(start, end);
    if (content.trim()) lines.push({ text: content, start });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** Removes header lines and the blank lines that follow each of them. */
function removeLines(text: string, drop: Line[]): string {
  let out = '';
  let cursor = 0;
  for (const line of drop) {
    out += text.slice(cursor, line.start);
    const rest = /^[^\n]*(?:\n[ \t]*(?=\n))*\n?/.exec(text.slice(line.start, line.start + line.text.length + 4096));
    cursor = line.start + (rest ? rest[0].length : line.text.length);
  }
  return out + text.slice(cursor);
}

/** Where the trailing menu lines ("Go to top", "Back to list") after the article begin, if any. */
function trailingNavigationStart(text: string, after: number): number | null {
  let cut: number | null = null;
  let end = text.trimEnd().length;
  while (end > after) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (start <= after) break;
    const content = text.slice(start, end);
    if (content.trim()) {
      if (!isNavigationLine(content)) break;
      cut = start;
    }
    end = start - 1;
  }
  return cut;
}

function isTitleLike(line: string): boolean {
  const t = line.trim();
  return t.length <= HEADER_LINE_MAX_CHARS && t.split(/\s+/).length <= TITLE_MAX_WORDS && !/[.,;:]$/.test(t);
}

function sameTitle(line: string, title: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const [a, b] = [norm(line), norm(title)];
  return a.length > 0 && (a === b || b.includes(a) || a.includes(b));
}

function isHeaderLine(line: string): boolean {
  return isNavigationLine(line) || isTitleLike(line) || parseDateLine(line) !== null || parseByline(line) !== null;
}

/** The index of the dateline paragraph among the leading lines, when only header lines precede it. */
function findDatelineIndex(header: Line[]): number {
  for (let i = 0; i < header.length; i++) {
    if (parseDateline(header[i].text.trim())) return i;
    if (!isHeaderLine(header[i].text)) return -1;
  }
  return -1;
}

/** Recognises the wire layout of a text; a text without one gets bodyStart 0 unless a title line leads it. */
export function recognizeWireLayout(input: string, hints: WireHints = {}): WireLayout {
  const header = nonEmptyLines(input, HEADER_MAX_LINES);
  const datelineIndex = findDatelineIndex(header);
  // Menus are dropped only from the header: a short line inside the body stays text.
  const firstBody = header.findIndex((line) => !isHeaderLine(line.text));
  const headerEnd = datelineIndex !== -1 ? datelineIndex : firstBody === -1 ? header.length : firstBody;
  const nav = header.slice(0, headerEnd).filter((line) => isNavigationLine(line.text));
  let text = nav.length ? removeLines(input, nav) : input;
  const firstContent = nonEmptyLines(text, HEADER_MAX_LINES)[datelineIndex === -1 ? 0 : datelineIndex - nav.length];
  const trailing = firstContent ? trailingNavigationStart(text, firstContent.start + firstContent.text.length) : null;
  if (trailing !== null) text = text.slice(0, trailing).trimEnd() + '\n';
  return datelineIndex === -1 ? plainLayout(text, hints) : wireLayout(text, hints);
}

function wireLayout(text: string, hints: WireHints): WireLayout {
  const header = nonEmptyLines(text, HEADER_MAX_LINES);
  const index = findDatelineIndex(header);
  const bodyLine = header[index];
  const dateline = parseDateline(bodyLine.text.trim())!;
  let dateLineDate: string | null = null;
  let byline: string | null = null;
  const others: string[] = [];
  for (const line of header.slice(0, index)) {
    const date: string | null = dateLineDate ? null : parseDateLine(line.text, { reference: hints.reference, referenceYear: hints.year });
    if (date) dateLineDate = date;
    else if (!byline && parseByline(line.text)) byline = parseByline(line.text);
    else others.push(line.text.trim());
  }
  // A section label ("National") may precede the headline; the headline is the first line of some length.
  const title = others.find((t) => t.split(/\s+/).length >= 3) ?? others[0] ?? null;
  let date = dateLineDate;
  if (!date && dateline.month !== null && dateline.day !== null) {
    date = resolveDateParts({ year: dateline.year, month: dateline.month, day: dateline.day }, { reference: hints.reference, referenceYear: hints.year });
  }
  const leading = bodyLine.text.length - bodyLine.text.trimStart().length;
  return { text, title, date, source: dateline.agency, place: dateline.place, byline, bodyStart: bodyLine.start + leading };
}

function plainLayout(text: string, hints: WireHints): WireLayout {
  const header = nonEmptyLines(text, HEADER_MAX_LINES);
  let title: string | null = null;
  let date: string | null = null;
  let byline: string | null = null;
  let bodyIndex = 0;
  for (; bodyIndex < header.length; bodyIndex++) {
    const line = header[bodyIndex].text;
    const isLast = bodyIndex === header.length - 1;
    if (isLast) break;
    const lineDate: string | null = date ? null : parseDateLine(line, { reference: hints.reference, referenceYear: hints.year });
    if (lineDate) { date = lineDate; continue; }
    const author: string | null = byline ? null : parseByline(line);
    if (author) { byline = author; continue; }
    const titleLine = !title && (hints.title ? sameTitle(line, hints.title) : isTitleLike(line));
    if (titleLine && bodyIndex <= 2) { title = line.trim(); continue; }
    break;
  }
  // Without a title, date or byline ahead of it, the text is all body.
  const found = title !== null || date !== null || byline !== null;
  const bodyLine = found ? header[bodyIndex] : undefined;
  const bodyStart = bodyLine ? bodyLine.start + (bodyLine.text.length - bodyLine.text.trimStart().length) : 0;
  return { text, title, date, source: null, place: null, byline, bodyStart };
}
