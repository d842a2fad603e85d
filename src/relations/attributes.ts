/**
 * Relation attributes read from the evidence sentence: money amounts with their currency
 * as written and, when the text gives it in parentheses, the USD figure ("920 billion won
 * ($870 million)"); the year; and the event date ("on Thursday") against the document date.
 */
import { readJsonData } from '../util/data.js';
import type { RelationAttributes } from '../model.js';
import { wordClasses } from '../text/word-classes.js';
import { isDigit, TokenKind, type Token } from '../text/tokenize.js';

interface CurrencyFile { symbols: Record<string, string>; words: Record<string, string>; scales: Record<string, number> }
const CUR = readJsonData<CurrencyFile>('lexicon', 'currencies.json');
/** The words and marks an amount of money is written with: symbols, currency words, scales ("C$155 billion", "480 million euros"). */
export const AMOUNT_TOKENS: ReadonlySet<string> = new Set([...Object.keys(CUR.symbols), ...Object.keys(CUR.words), ...Object.keys(CUR.scales)]);

const SCALE = Object.keys(CUR.scales).join('|');
const SYMBOL = Object.keys(CUR.symbols).map((s) => s.replace(/[$]/g, '\\$')).sort((a, b) => b.length - a.length).join('|');
const WORD = Object.keys(CUR.words).sort((a, b) => b.length - a.length).join('|');
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SYMBOL_RE = new RegExp(String.raw`(${SYMBOL})\s?(${NUM})(?:\s?(${SCALE})\b)?`, 'g');
const WORD_RE = new RegExp(String.raw`\b(${NUM})(?:\s?(${SCALE}))?\s(${WORD})\b`, 'g');

// "hundreds of millions of dollars": sums written in words carry no figure but are money all the same
export const MONEY_IN_WORDS = new RegExp(String.raw`\b(?:hundreds of |tens of )?(?:millions|billions|trillions) of (?:${WORD})\b`, 'i');

export interface Amount { value: number; currency: string; text: string; index: number; end: number }

function toNumber(num: string, scale: string | undefined): number {
  // round away binary artefacts of the scale multiplication (8.3 * 1e6 = 8300000.000000001)
  return Math.round(Number(num.replace(/,/g, '')) * (scale ? CUR.scales[scale] ?? 1 : 1) * 100) / 100;
}

export function findAmounts(sentence: string): Amount[] {
  const out: Amount[] = [];
  // exec over the shared expressions rather than matchAll, which copies its expression at every call
  SYMBOL_RE.lastIndex = 0;
  for (let m = SYMBOL_RE.exec(sentence); m; m = SYMBOL_RE.exec(sentence)) {
    out.push({ value: toNumber(m[2], m[3]), currency: CUR.symbols[m[1]], text: m[0], index: m.index, end: m.index + m[0].length });
  }
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(sentence); m; m = WORD_RE.exec(sentence)) {
    out.push({ value: toNumber(m[1], m[2]), currency: CUR.words[m[3]], text: m[0], index: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Document date -> weekday -> its date, looking back and looking forward. */
const weekdayDates = new Map<string, [past: Map<string, string | null>, future: Map<string, string | null>]>();

/**
 * "on Thursday" in a story dated 2014-03-14 is 2014-03-13: the latest such weekday not
 * after the date; in a sentence about the future ("will fly to Tokyo on Thursday") the
 * next one.
 */
export function weekdayDate(weekday: string, documentDate: string, future = false): string | null {
  // few distinct (weekday, date) pairs in a corpus, asked for in every sentence that names a
  // day: kept by document date, then by weekday (no key string made per question)
  let byDay = weekdayDates.get(documentDate);
  if (!byDay) {
    if (weekdayDates.size > 10_000) weekdayDates.clear();
    byDay = [new Map(), new Map()];
    weekdayDates.set(documentDate, byDay);
  }
  const days = byDay[future ? 1 : 0];
  let date = days.get(weekday);
  if (date === undefined) {
    date = computeWeekdayDate(weekday, documentDate, future);
    days.set(weekday, date);
  }
  return date;
}

function computeWeekdayDate(weekday: string, documentDate: string, future: boolean): string | null {
  const wd = WEEKDAYS.indexOf(weekday.toLowerCase());
  const d = new Date(`${documentDate}T00:00:00Z`);
  if (wd < 0 || Number.isNaN(d.getTime())) return null;
  const shift = future ? (wd - d.getUTCDay() + 7) % 7 || 7 : -((d.getUTCDay() - wd + 7) % 7);
  d.setUTCDate(d.getUTCDate() + shift);
  return d.toISOString().slice(0, 10);
}

// a weekday in a sentence about what is to come counts forward from the document's date
const FUTURE_RE = new RegExp(`\\b(?:${[...wordClasses().futureMarkers].join('|')})\\b`, 'i');

/** What a sentence's number tokens allow: an amount or a year at all, and a year ("in 1998"). */
export interface SentenceNumbers { any: boolean; year: boolean }

const ANY_NUMBERS: SentenceNumbers = { any: true, year: true };

/**
 * The number tokens of tokens [start, end). A year the search below finds follows white
 * space, so it opens a number token: one whose first four characters are 19.. or 20...
 */
export function sentenceNumbers(tokens: Token[], start: number, end: number): SentenceNumbers {
  let any = false;
  for (let k = start; k < end; k++) {
    const t = tokens[k];
    if (t.kind !== TokenKind.Number) continue;
    any = true;
    const w = t.text;
    if (w.length >= 4 && isDigit(w.charCodeAt(2)) && isDigit(w.charCodeAt(3))
      && ((w.charCodeAt(0) === 49 && w.charCodeAt(1) === 57) || (w.charCodeAt(0) === 50 && w.charCodeAt(1) === 48))) return { any, year: true };
  }
  return { any, year: false };
}

/** `numbers` (sentenceNumbers) says which searches can find anything: without digits no amount and no year. */
export function relationAttributes(sentence: string, documentDate: string | null, withAmount: boolean, numbers: SentenceNumbers = ANY_NUMBERS): RelationAttributes {
  const attrs: RelationAttributes = {};
  if (withAmount && numbers.any) {
    const amounts = findAmounts(sentence);
    const first = amounts[0];
    if (first) {
      attrs.amount = first.value;
      attrs.currency = first.currency;
      attrs.amountText = first.text;
      if (first.currency === 'USD') attrs.amountUsd = first.value;
      else {
        // a USD figure right after it, in parentheses: "920 billion won ($870 million)"
        const usd = amounts.find((a) => a.currency === 'USD' && a.index > first.end && /^\s*\(\s*$/.test(sentence.slice(first.end, a.index)));
        if (usd) attrs.amountUsd = usd.value;
      }
    }
  }
  const year = numbers.year ? /\b(?:in|for|during|of|since|by)\s+((?:19|20)\d{2})\b/.exec(sentence) : null;
  if (year) attrs.year = Number(year[1]);
  else if (documentDate && withAmount) attrs.year = Number(documentDate.slice(0, 4));
  // every weekday name ends in "day": most sentences need neither search
  const day = !sentence.includes('day') ? null : /\b(?:on|last)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.exec(sentence)
    ?? /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.exec(sentence);
  if (day && documentDate) {
    const date = weekdayDate(day[1], documentDate, FUTURE_RE.test(sentence));
    if (date) attrs.date = date;
  }
  return attrs;
}
