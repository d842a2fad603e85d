/**
 * Gapping: "India pledged $1 billion and China about $480 million": a second subject with a
 * second amount after "and" repeats the verb, which is written only once.
 */
import { TokenKind } from '../text/tokenize.js';
import { wordClasses } from '../text/word-classes.js';
import type { ActorGroup, SentenceView } from './arguments.js';

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
