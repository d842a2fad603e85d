/**
 * Relational nouns name one side of a relation and point at the other: "its ally
 * Azerbaijan", "a treaty ally of the Philippines", "its NATO allies", "the U.S. ally
 * Japan", "Islamabad's most important economic partner". Their arguments are the owner
 * (possessor), a modifier between owner and noun, the name right after the noun, the
 * object of "of", and the head of an apposition ("The United States, a treaty ally of …").
 */
import type { ActorGroup, SentenceView } from './arguments.js';
import { possessorBefore, prepObject } from './arguments.js';

const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'both', 'two', 'all']);

export interface RelationalArgs { sources: ActorGroup; targets: ActorGroup }

/** Pairs (owner or apposition head) × (named partner), or null when the noun names only one side. */
export function relationalNounArgs(v: SentenceView, ts: number, te: number, l: number, r: number): RelationalArgs | null {
  const owner = possessorBefore(v, ts, l);
  // a modifier between the owner and the noun: "its NATO allies", "the U.S. ally"
  const modifier = v.groups.find((g) => g !== owner && g.tokenEnd <= ts && g.tokenStart >= (owner?.tokenEnd ?? ts - 3) && ts - g.tokenEnd <= 2);
  const after = v.groups.find((g) => g.tokenStart === te || (g.tokenStart === te + 1 && v.tokens[te].text === ','));
  // "an ally of Japan", "partner to the Philippines" — not "partners to exclude Russian banks", an infinitive
  const prep = prepObject(v, te, r, ['of', 'to'], 4, false);
  const ofObject = prep && prep.group.tokenStart - prep.prepAt <= 2 ? prep.group : undefined;
  const head = appositionHead(v, ts, l);
  const first = owner ?? modifier;
  const second = after ?? ofObject;
  if (first && second && first !== second) return { sources: first, targets: second };
  // "China remains Vietnam's biggest trading partner": the subject of a copula is the other side
  const subject = owner ? copulaSubject(v, owner.tokenStart, l) : undefined;
  if (owner && subject && subject !== owner) return { sources: subject, targets: owner };
  if (owner && modifier) return { sources: owner, targets: modifier };
  if (head && (second ?? first) && head !== (second ?? first)) return { sources: head, targets: (second ?? first)! };
  return null;
}

const COPULA = new Set(['is', 'are', 'was', 'were', 'remains', 'remained', 'remain', 'became', 'becomes', 'become', 'has', 'have', 'had', 'been', 'now', 'still', 'also', 'already', 'long']);

/** The name before "is", "remains", "has become" ... that ends right before `at`. */
function copulaSubject(v: SentenceView, at: number, l: number): ActorGroup | undefined {
  let k = at - 1;
  while (k > l && COPULA.has(v.tokens[k].lower)) k--;
  if (k === at - 1 || !v.tokens.slice(k + 1, at).some((t) => /^(is|are|was|were|remains|remained|remain|became|becomes|become)$/.test(t.lower))) return undefined;
  return v.groups.find((g) => g.tokenEnd === k + 1 && g.tokenStart >= l);
}

/** "The United States, a treaty ally of …": the name before ", a …" that the noun phrase describes. */
function appositionHead(v: SentenceView, ts: number, l: number): ActorGroup | undefined {
  let k = ts - 1;
  while (k > l && k >= ts - 5 && v.tokens[k].text !== ',') k--;
  if (k <= l || v.tokens[k].text !== ',' || !APPOSITION_OPENERS.has(v.tokens[k + 1]?.lower ?? '')) return undefined;
  return v.groups.find((g) => g.tokenEnd === k);
}
