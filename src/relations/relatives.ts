/**
 * Relative clauses: the name a relative pronoun stands for ("Russia, which ...", "the
 * vessels, which it accused ..."), as the subject of the clause or the object of its
 * preposition ("X, with which ...").
 */
import type { ActorGroup, SentenceView } from './arguments.js';
import { wordClasses } from '../text/word-classes.js';

export const PERSONAL_PRONOUNS = wordClasses().personalPronouns;
const OWN_SUBJECT_OPENERS = wordClasses().ownSubjectOpeners;
const OBJECT_RELATIVES = wordClasses().objectRelatives;

/** The name a relative clause opening at `l` ("..., which ...") is about, when the relative pronoun is the subject of the verb at `ts`. */
export function relativeSubject(v: SentenceView, l: number, ts = l): ActorGroup | undefined {
  if (l <= v.start || !/^(which|who|that)$/i.test(v.tokens[l - 1].text)) return undefined;
  // "the vessels, which it accused", "Russia, which NATO criticized": a subject of its own makes the relative the object
  // ("the UAE, which the army accuses of ...": a noun phrase of its own after the relative, named or not)
  const own = l < ts && (PERSONAL_PRONOUNS.has(v.tokens[l].lower) || OWN_SUBJECT_OPENERS.has(v.tokens[l].lower)
    || v.groups.some((g) => g.tokenStart === l || (g.tokenStart === l + 1 && v.tokens[l].lower === 'the')));
  return own ? undefined : antecedent(v, l);
}

/** "X, with which ...", "Y, with whom ...": the name before a preposition of `preps` and a relative pronoun opening the clause at l. */
export function prepositionalAntecedent(v: SentenceView, l: number, preps: string[]): ActorGroup | undefined {
  if (l - 2 <= v.start || !OBJECT_RELATIVES.has(v.tokens[l - 1].lower) || !preps.includes(v.tokens[l - 2].lower)) return undefined;
  const end = v.tokens[l - 3]?.text === ',' ? l - 3 : l - 2;
  const g = v.groups.find((x) => x.tokenEnd === end);
  // "the strategy of President Pastrana, to which ...": a name owned by a noun before it is not what the relative is about
  const start = g ? Math.min(...g.members.map((m) => m.titleStart ?? m.tokenStart)) : 0;
  return g && v.tokens[start - 1]?.lower !== 'of' ? g : undefined;
}

/** The name right before a relative pronoun at l - 1 (", whom", " which"). */
export function antecedent(v: SentenceView, l: number): ActorGroup | undefined {
  const end = v.tokens[l - 2]?.text === ',' ? l - 2 : l - 1;
  // ("the Philippine vessels, which": a nationality word heading the noun before the relative)
  return v.groups.find((g) => g.tokenEnd === end)
    // (things only: "the Belgian foreign minister who chairs the OSCE" is a person, not Belgium)
    ?? (v.tokens[l - 1]?.lower !== 'which' ? undefined : v.groups.find((g) => g.tokenEnd < end && g.tokenEnd >= end - 2
      && v.tokens.slice(g.tokenEnd, end).every((t) => t.kind === 0 && !t.upper) && g.members.every((m) => m.kind === 'adjective' || m.kind === 'demonym')));
}
