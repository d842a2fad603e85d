/** One lookup per word for the relation stage's sentence-wide tests (src/relations/sentence-scan.ts). */
import { describe, expect, it } from 'vitest';
import { scanSentence, scanWords, SCAN_WORD } from '../../src/relations/sentence-scan.js';
import { cueTrie, domesticCueWords } from '../../src/relations/cues.js';
import { eventNounLexicon } from '../../src/relations/event-anaphora.js';
import { wordClasses } from '../../src/text/word-classes.js';
import { tokenize } from '../../src/text/tokenize.js';
import { modalityLexicon, tokenFlags, WORD_FLAG } from '../../src/relations/lexicon.js';

/** The scan of a whole text, with the words at `inMention` (token indexes) inside mentions. */
function scan(text: string, inMention: number[] = []) {
  const tokens = tokenize(text);
  const mask = new Uint8Array(tokens.length);
  for (const k of inMention) mask[k] = 1;
  const wordBits = new Uint8Array(tokens.length);
  const flags = new Uint8Array(tokens.length);
  return { tokens, wordBits, flags, ...scanSentence(tokens, 0, tokens.length, mask, wordBits, flags) };
}

describe('scanWords', () => {
  it('gives each word the bits of every list it is in, and no word a bit of a list it is not in', () => {
    const words = scanWords();
    const events = eventNounLexicon();
    const lists: Array<[Iterable<string>, number]> = [
      [cueTrie().next.keys(), SCAN_WORD.cueOpener], [events.followerFirstWords, SCAN_WORD.cueOpener | SCAN_WORD.followerFirst],
      [events.cueWords, SCAN_WORD.eventWord], [domesticCueWords(), SCAN_WORD.domesticCue], [wordClasses().verdicts, SCAN_WORD.verdict],
    ];
    const expected = new Map<string, number>();
    for (const [list, bit] of lists) for (const w of list) expected.set(w, (expected.get(w) ?? 0) | bit);
    expect(words.size).toBe(expected.size);
    const wrong = [...expected].filter(([w, bits]) => words.get(w) !== bits).map(([w]) => w);
    expect(wrong).toEqual([]);
  });
});

describe('scanSentence', () => {
  it('finds the first cue opener outside a mention and the first verdict word', () => {
    const s = scan('Japan condemned the test, calling it unacceptable, and Canada followed.');
    expect(s.tokens[s.firstOpener].lower).toBe('condemned');
    expect(s.tokens[s.firstVerdict].lower).toBe('unacceptable');
    expect(s.bits & SCAN_WORD.followerFirst).toBeTruthy();
  });

  it('skips a cue word inside a mention when it looks for the first opener', () => {
    // "Support" inside a name ("the Support Mission") opens no cue; "backed" after it does
    const s = scan('The Support Mission backed talks.', [1, 2]);
    expect(s.tokens[s.firstOpener].lower).toBe('backed');
  });

  it('writes each word’s bits where later loops read them, and nothing for other words', () => {
    const s = scan('Japan condemned the test.');
    expect(s.wordBits[1] & SCAN_WORD.cueOpener).toBeTruthy();
    expect(s.wordBits[0]).toBe(0);
    expect(s.wordBits[2]).toBe(0);
  });

  it('writes every word’s modality flags as tokenFlags reads them from the lexicon', () => {
    const s = scan('Seoul will not impose sanctions unless Tokyo says there is no indication of talks, but it denied the attack.');
    const fromLexicon = new Uint8Array(s.tokens.length);
    const expected = s.tokens.map((_, k) => tokenFlags(modalityLexicon(), s.tokens, fromLexicon, k));
    expect([...s.flags]).toEqual(expected);
    // (the sentence holds words of several kinds, so the comparison covers more than the flag every word has)
    const kinds = [WORD_FLAG.negation, WORD_FLAG.hypothetical, WORD_FLAG.sentenceMarker, WORD_FLAG.reporting, WORD_FLAG.clauseBreak];
    expect(kinds.filter((bit) => s.flags.some((f) => f & bit))).toEqual(kinds);
  });

  it('reports nothing in a sentence without any of the words', () => {
    const s = scan('The weather stayed mild.');
    expect([s.bits, s.firstOpener, s.firstVerdict]).toEqual([0, -1, -1]);
  });
});
