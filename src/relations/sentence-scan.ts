/**
 * What a sentence holds for the relation stage's sentence-wide tests, from one lookup per
 * word: the first word that can open a cue, whether any word belongs to an event noun or a
 * follower phrase, to a cue that targets a domestic group, whether a verdict word or a
 * follower's first word comes up. These were five scans of the sentence, each a set lookup
 * per word; one table of bits says the same from one lookup. The same lookup gives each
 * word's modality flags (lexicon.ts tokenFlags), which the clause scans of every cue in the
 * sentence read; they would otherwise look the word up again.
 */
import type { Token } from '../text/tokenize.js';
import { modalityLexicon, WORD_FLAG } from './lexicon.js';
import { wordClasses } from '../text/word-classes.js';
import { cueTrie, domesticCueWords } from './cues.js';
import { eventNounLexicon } from './event-anaphora.js';

export const SCAN_WORD = { cueOpener: 1, eventWord: 2, domesticCue: 4, verdict: 8, followerFirst: 16 } as const;

/** A table entry holds the SCAN_WORD bits in its low byte and the word's modality flags (WORD_FLAG) in the next. */
const FLAG_SHIFT = 8;

let table: Map<string, number> | null = null;

/** Word -> its SCAN_WORD bits, from the cue trie and the lexicons they are read from. */
export function scanWords(): Map<string, number> {
  const words = new Map<string, number>();
  for (const [w, entry] of scanTable()) if (entry & 0xff) words.set(w, entry & 0xff);
  return words;
}

/** Word -> SCAN_WORD bits | modality flags << FLAG_SHIFT, for every word with either. */
function scanTable(): Map<string, number> {
  if (table) return table;
  const events = eventNounLexicon();
  const words = new Map<string, number>();
  const mark = (set: Iterable<string>, bit: number) => { for (const w of set) words.set(w, (words.get(w) ?? 0) | bit); };
  // a follower phrase opens a relation as a cue does ("followed suit")
  mark(cueTrie().next.keys(), SCAN_WORD.cueOpener);
  mark(events.followerFirstWords, SCAN_WORD.cueOpener | SCAN_WORD.followerFirst);
  mark(events.cueWords, SCAN_WORD.eventWord);
  mark(domesticCueWords(), SCAN_WORD.domesticCue);
  mark(wordClasses().verdicts, SCAN_WORD.verdict);
  for (const [w, f] of modalityLexicon().wordFlags) words.set(w, (words.get(w) ?? 0) | (f << FLAG_SHIFT));
  table = words;
  return words;
}

export interface SentenceScan {
  /** The SCAN_WORD bits of all its words together. */
  bits: number;
  /** The first word outside a mention that can open a cue, or -1. */
  firstOpener: number;
  /** The first verdict word, or -1. */
  firstVerdict: number;
}

/**
 * The scan of tokens [start, end); `inMention[k]` is 1 for a token inside a mention. Each
 * word's bits go to `wordBits[k]`, so the later loops over the sentence read them there,
 * and its modality flags to `flags[k]`, as tokenFlags() would set them for modalityLexicon().
 */
export function scanSentence(tokens: Token[], start: number, end: number, inMention: Uint8Array, wordBits: Uint8Array, flags: Uint8Array): SentenceScan {
  const words = scanTable();
  let bits = 0;
  let firstOpener = -1;
  let firstVerdict = -1;
  for (let k = start; k < end; k++) {
    const entry = words.get(tokens[k].lower);
    if (entry === undefined) {
      flags[k] = WORD_FLAG.known;
      continue;
    }
    flags[k] = WORD_FLAG.known | (entry >> FLAG_SHIFT);
    const b = entry & 0xff;
    if (b === 0) continue;
    wordBits[k] = b;
    bits |= b;
    if (firstOpener < 0 && b & SCAN_WORD.cueOpener && inMention[k] !== 1) firstOpener = k;
    if (firstVerdict < 0 && b & SCAN_WORD.verdict) firstVerdict = k;
  }
  return { bits, firstOpener, firstVerdict };
}
