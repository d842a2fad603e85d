/**
 * Tests on the words around a coreference form: an "it" with no referent ("it is unclear"),
 * a pronoun after a noun of threat ("a direct threat to its"), a bare "both" that refers back.
 */
import { TokenKind, type Token } from '../text/tokenize.js';
import { wordClasses } from '../text/word-classes.js';

const EXPLETIVE_VERBS = wordClasses().expletiveVerbs;
const EXPLETIVE_PREDICATES = wordClasses().expletivePredicates;

/** "it is unclear", "it was not clear whether", "it remains to be seen": no referent. */
export function isExpletive(tokens: Token[], i: number, predicates: Set<string>): boolean {
  const next = tokens[i + 1]?.lower ?? '';
  const after = tokens[i + 2]?.lower ?? '';
  if (tokens[i].lower === 'its') return false;
  // "it was ready to impose sanctions": the predicate says something of the actor
  if (predicates.has(after)) return false;
  if (EXPLETIVE_VERBS.has(next)) return !/(ing|ed)$/.test(after) || EXPLETIVE_PREDICATES.has(after);
  return false;
}

/** "a direct threat to its": "to" or "against" right before i, after a noun of threat a word or two back. */
export function threatTo(tokens: Token[], i: number, threatNouns: Set<string>): boolean {
  const prep = tokens[i - 1]?.lower;
  if (prep !== 'to' && prep !== 'against') return false;
  return threatNouns.has(tokens[i - 2]?.lower ?? '') || threatNouns.has(tokens[i - 3]?.lower ?? '');
}

const BOTH_FOLLOWERS = wordClasses().bothFollowers;

/** A bare "both" refers back only before a verb or an adverb ("Both condemned", "both already"), not in "both Japan and Korea". */
export function bareBothRefers(tokens: Token[], start: number, end: number, sentenceStart: number): boolean {
  const nextWord = tokens[end]?.text ?? '';
  const prevWord = start > sentenceStart ? tokens[start - 1].lower : '';
  const opensClause = start === sentenceStart || prevWord === ',' || prevWord === 'but' || prevWord === 'while' || prevWord === 'and';
  return opensClause && (!tokens[end] || BOTH_FOLLOWERS.has(nextWord) || (/ed$/.test(nextWord) && !tokens[end].upper));
}

/** "it" at i is the object of the verb at p ("condemned it as", "accused it of"), not the subject of a clause ("warned it would"). */
export function objectOfVerb(tokens: Token[], p: number, i: number, saying: ReadonlySet<string>): boolean {
  const verb = tokens[p];
  if (!verb || verb.kind !== TokenKind.Word || verb.upper || saying.has(verb.lower) || !/(ed|ing)$/.test(verb.lower)) return false;
  const next = tokens[i + 1]?.lower ?? '';
  return !FINITE_AFTER_PRONOUN.has(next) && !/^[a-z]+ed$/.test(next);
}

/** Words after a pronoun that make it a clause's subject ("warned it would", "said it had"). */
const FINITE_AFTER_PRONOUN = wordClasses().finiteAfterPronoun;
