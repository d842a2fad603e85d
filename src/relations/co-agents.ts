/**
 * Parties a verb's subject acts with, named after the verb: company ("imposed asset freezes
 * together with the United States") and gapping ("India pledged $1 billion and China about
 * $480 million": a second subject with a second amount after "and" repeats the verb written once).
 */
import { TokenKind } from '../text/tokenize.js';
import { wordClasses } from '../text/word-classes.js';
import type { ActorGroup, SentenceView } from './arguments.js';
import { phraseLengthAt, phraseList } from './lexicon.js';
import { groupAfter } from './objects.js';

const LATER_ADVERBS = wordClasses().laterAdverbs;
const CO_AGENT_PHRASES = phraseList(wordClasses().coAgentPhrases);

/** "together with X", "along with X", "in concert with X" after the verb: X acts too. */
export function coAgents(v: SentenceView, from: number, r: number): ActorGroup | undefined {
  for (let k = from; k + 1 < r; k++) {
    // "will buy submarines from the US and then build boats together with Britain": a later verb has its own company
    if (v.tokens[k].lower === 'and' && LATER_ADVERBS.has(v.tokens[k + 1].lower)) return undefined;
    const phrase = phraseLengthAt(CO_AGENT_PHRASES, v.tokens, k, r);
    if (phrase > 0) return groupAfter(v, k + phrase, r, 2, true);
  }
  return undefined;
}

const AMOUNT_WORDS = wordClasses().amountWords;
const HEDGES = wordClasses().amountHedges;

/** Tokens of an amount of money at k ("$1 billion", "480 million dollars"): the token after it, or k when none starts there. */
function amountEnd(v: SentenceView, k: number, r: number): number {
  let j = k;
  while (j < r && (v.tokens[j].text === '$' || v.tokens[j].kind === TokenKind.Number || AMOUNT_WORDS.has(v.tokens[j].lower))) j++;
  return j > k && v.tokens.slice(k, j).some((t) => t.kind === TokenKind.Number) ? j : k;
}

/** The subject gapped after the amount at `from` ("... $1 billion and China about $480 million"), or undefined. */
export function gappedSubject(v: SentenceView, from: number, r: number): ActorGroup | undefined {
  const first = amountEnd(v, from, r);
  if (first === from || v.tokens[first]?.lower !== 'and') return undefined;
  const second = v.groups.find((g) => g.tokenStart === first + 1 && g.members.some((m) => m.actor));
  if (!second) return undefined;
  let k = second.tokenEnd;
  // ("about", "some", "nearly", "another")
  if (HEDGES.has(v.tokens[k]?.lower ?? '')) k++;
  return amountEnd(v, k, r) > k ? second : undefined;
}
