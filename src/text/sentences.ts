/**
 * Sentence segmentation over tokens: a sentence ends at . ! ? (and a closing quote after
 * them) when the next token starts a new sentence, unless the period belongs to a known
 * abbreviation (data/lexicon/abbreviations.json). Blank lines always end a sentence, so
 * titles, bylines and datelines never run into the body.
 */
import { readJsonData } from '../util/data.js';
import { type Token, TokenKind, tokenize } from './tokenize.js';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Index range into the document token array: [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

const ABBREVIATIONS = new Set(readJsonData<{ abbreviations: string[] }>('lexicon', 'abbreviations.json').abbreviations);
const CLOSERS = new Set(['"', '”', "'", '’', ')']);

/** What the white space between two tokens holds: nothing that matters, a line break, or a blank line. */
const enum Gap { Inline = 0, LineBreak = 1, BlankLine = 2 }

/** (Read char by char, not sliced: this runs between every two tokens of every document.) */
function gapBetween(text: string, a: number, b: number): Gap {
  let newlines = 0;
  let lineBreak = false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (++newlines >= 2) return Gap.BlankLine;
      lineBreak = true;
    } else if (c !== 32 && c !== 9 && c !== 13) newlines = 0;
  }
  return lineBreak ? Gap.LineBreak : Gap.Inline;
}

/** A list item on its own line ("- ", "* ", "1. ") after a line break. */
function startsListItem(text: string, next: Token): boolean {
  return next.text === '-' || next.text === '*' || next.text === '•' || (next.kind === TokenKind.Number && text[next.end] === '.');
}

function endsSentence(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.text === '!' || t.text === '?') return true;
  if (t.text !== '.') {
    // an acronym or initial swallowed the period ("U.S."): ends a sentence only before a new paragraph (handled by caller)
    return false;
  }
  const prev = tokens[i - 1];
  if (prev && prev.end === t.start && ABBREVIATIONS.has(prev.text)) return false;
  return true;
}

export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endToken: number) => {
    if (endToken <= first) return;
    sentences.push({ index: sentences.length, start: tokens[first].start, end: tokens[endToken - 1].end, tokenStart: first, tokenEnd: endToken });
    first = endToken;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next) break;
    const gap = next.start > tokens[i].end ? gapBetween(text, tokens[i].end, next.start) : Gap.Inline;
    if (gap === Gap.BlankLine) { close(i + 1); continue; }
    // a list item on its own line starts a sentence
    if (gap === Gap.LineBreak && startsListItem(text, next)) { close(i + 1); continue; }
    if (!endsSentence(tokens, i)) continue;
    let j = i + 1;
    while (j < tokens.length && CLOSERS.has(tokens[j].text) && tokens[j].start === tokens[j - 1].end) j++;
    const after = tokens[j];
    if (!after) break;
    // a new sentence starts with a capital, a digit or an opening quote
    if (after.upper || after.kind === TokenKind.Number || after.text === '"' || after.text === '“' || after.text === '(') {
      close(j);
      i = j - 1;
    }
  }
  close(tokens.length);
  return sentences;
}

export interface TextDoc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

export function analyzeText(text: string, from = 0): TextDoc {
  const tokens = tokenize(text, from);
  return { text, tokens, sentences: splitSentences(text, tokens) };
}
