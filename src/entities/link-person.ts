/**
 * Linking people written as title + name ("President Bush", "Foreign Minister Wang"):
 * surname candidates from the catalog, narrowed by the title, the state the title belongs
 * to and the document date. And the best-guess type of names the catalog lacks.
 */
import type { EntityType } from '../model.js';
import type { Gazetteer } from './gazetteer.js';
import type { LinkingLexicon } from './lexicon.js';
import { rolesOn } from './roles.js';

export interface PersonLink { id: string; certainty: number }

export function resolvePersonName(gaz: Gazetteer, words: string[], title: string | undefined, titleOf: string | undefined, date: string | null): PersonLink | null {
  const surname = words[words.length - 1];
  let candidates = gaz.surnames.get(surname) ?? [];
  if (words.length > 1) {
    // a given name must agree: "George W. Bush" is not "George H.W. Bush"
    candidates = candidates.filter((id) => {
      const label = gaz.entries.get(id)?.label ?? '';
      return words.slice(0, -1).every((w) => label.includes(w));
    });
  }
  if (candidates.length === 0) return null;
  const holders = (withDate: boolean) => candidates.filter((id) => {
    const roles = gaz.entries.get(id)?.roles ?? [];
    const active = withDate ? rolesOn(roles, date) : roles;
    return active.some((r) => (!title || r.title === title) && (!titleOf || r.of === titleOf));
  });
  const dated = holders(true);
  if (dated.length === 1) return { id: dated[0], certainty: 0.9 };
  if (candidates.length === 1) return { id: candidates[0], certainty: words.length > 1 ? 0.9 : 0.7 };
  const undated = holders(false);
  if (undated.length === 1) return { id: undated[0], certainty: 0.6 };
  return null;
}

/**
 * The best-guess type of an unknown capitalised name, or null to drop it: a head noun
 * says organization or armed force, two to four name-like words say person, and a lone
 * word that is none of the lexicon's nouns is a person when a speech verb follows ("Lavrov
 * said") or `loneName` finds it a name (single-names.ts).
 */
function speechVerb(word: string): boolean {
  return word === 'says' || word === 'was' || word === 'has' || word === 'is';
}

/** "al-Anbari" → "Anbari": a name part without the lower-case particle its hyphen ties to it. */
function withoutParticle(word: string, lex: LinkingLexicon): string {
  const dash = word.indexOf('-');
  return dash > 0 && lex.connectors.has(word.slice(0, dash)) ? word.slice(dash + 1) : word;
}

export function guessUnknownType(words: string[], lex: LinkingLexicon, nextWord: string | undefined, sentenceInitial = false, loneName?: () => boolean, articleAfterNext = false): EntityType | null {
  // hyphenated parts belong to one name word: "Choe Ryong-hae"
  const content = words.join(' ').replace(/ - /g, '-').split(' ').filter((w) => !lex.connectors.has(w));
  const head = content[content.length - 1];
  if (!head || content.every((w) => lex.stopwords.has(w))) return null;
  if (lex.eventHeads.has(head) || lex.eventHeads.has(head.split('-').pop() ?? '') || lex.eventFirstWords.has(content[0])) return null;
  // "Black Hawk helicopters": a name before a plural common noun names a thing (but "Harold Keke leads a group":
  // a word in -s before an article is a verb)
  if (nextWord && /^[a-z]+s$/.test(nextWord) && !speechVerb(nextWord) && !articleAfterNext) return lex.organizationHeads.has(head) ? 'organization' : null;
  // a capitalised first word of a sentence is mostly a common noun ("Analysts said")
  if (content.length === 1 && sentenceInitial && /s$/.test(head)) return null;
  // "Movement for the Actualization of ...", "Front for the Liberation of ...": a head word then its own phrase
  if (words.some((w, k) => lex.organizationHeads.has(w) && /^(for|of)$/.test(words[k + 1] ?? ''))) return 'organization';
  // ("The Army has moved battalions": a head word alone names no body)
  if (content.length === 1 && (lex.militaryHeads.has(head) || lex.organizationHeads.has(head))) return null;
  if (content.length > 1 && lex.organizationFirstWords.has(content[0])) return 'organization';
  if (lex.militaryHeads.has(head)) return 'military';
  if (lex.organizationHeads.has(head)) return 'organization';
  if (content.some((w) => lex.stopwords.has(w))) return null;
  const speech = nextWord === 'said' || nextWord === 'says' || nextWord === 'told';
  if (content.length === 1) return !lex.commonNouns.has(head.toLowerCase()) && (speech || loneName?.() === true) ? 'person' : null;
  // (a capital inside a name after Mc, Mac, De, Le, O': "Cameron MacKay", "Ron DeSantis")
  // ("Abdul Amir al-Anbari", "Ahmed el-Tayeb": a particle tied to a name part by its hyphen)
  if (content.length <= 4 && content.every((w) => /^(?:Mc|Mac|De|Di|Du|Le|La|O['’])?\p{Lu}[\p{Ll}\p{M}'’.-]*$/u.test(withoutParticle(w, lex)))) return 'person';
  return null;
}
