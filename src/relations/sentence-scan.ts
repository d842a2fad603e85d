/**
 * What a sentence holds for the relation stage's sentence-wide tests, from one lookup per
 * word: the first word that can open a cue, whether any word belongs to an event noun or a
 * follower phrase, to a cue that targets a domestic group, whether a verdict word or a
 * follower's first word comes up. These were five scans of the sentence, each a set lookup
 * per word; one table of bits says the same from one lookup.
 */
import type { Token } from '../text/tokenize.js';
import { wordClasses } from '../text/word-classes.js';
import { cueTrie, domesticCueWords } from './cues.js';
import { eventNounLexicon } from './event-anaphora.js';

export const SCAN_WORD = { cueOpener: 1, eventWord: 2, domesticCue: 4, verdict: 8, followerFirst: 16 } as const;

let table: Map<string, number> | null = null;

/** Word -> its SCAN_WORD bits, from the cue trie and the lexicons they are read from. */
export function scanWords(): Map<string, number> {
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
 * word's bits go to `wordBits[k]`, so the later loops over the sentence read them there.
 */
export function scanSentence(tokens: Token[], start: number, end: number, inMention: Uint8Array, wordBits: Uint8Array): SentenceScan {
  const words = scanWords();
  let bits = 0;
  let firstOpener = -1;
  let firstVerdict = -1;
  for (let k = start; k < end; k++) {
    const b = words.get(tokens[k].lower);
    if (b === undefined) continue;
    wordBits[k] = b;
    bits |= b;
    if (firstOpener < 0 && b & SCAN_WORD.cueOpener && inMention[k] !== 1) firstOpener = k;
    if (firstVerdict < 0 && b & SCAN_WORD.verdict) firstVerdict = k;
  }
  return { bits, firstOpener, firstVerdict };
}
