/**
 * Reactions to an event already reported: "North Korea shelled the island ... The White
 * House condemned the shelling" is criticism of North Korea. When a criticism or support
 * verb takes a noun that names an event (data/lexicon/event-nouns.json) and no actor, its
 * target is the agent of the latest asserted relation of a matching type earlier in the
 * document.
 */
import type { RelationType } from '../model.js';
import { readJsonData } from '../util/data.js';
import type { SentenceView } from './arguments.js';
import { wordClasses } from '../text/word-classes.js';

interface EventNounsFile {
  reactions: RelationType[];
  followers: string[];
  determiners: string[];
  nouns: Record<string, RelationType[]>;
}

export interface EventNounLexicon {
  /** Cue types that may react to an event ("condemned", "welcomed"). */
  reactions: Set<RelationType>;
  determiners: Set<string>;
  /** Noun (one or two words, lower case) -> the relation types of the events it names. */
  nouns: Map<string, RelationType[]>;
  /** Verb phrases by which new actors repeat the latest relation ("followed suit"), longest first. */
  followers: string[][];
  followerFirstWords: Set<string>;
  /** Every word of an event noun or a follower phrase: a sentence without one needs no second look. */
  cueWords: Set<string>;
}

let cached: EventNounLexicon | null = null;

export function eventNounLexicon(): EventNounLexicon {
  if (cached) return cached;
  const f = readJsonData<EventNounsFile>('lexicon', 'event-nouns.json');
  const followers = f.followers.map((x) => x.split(' ')).sort((a, b) => b.length - a.length);
  cached = {
    reactions: new Set(f.reactions), determiners: new Set(f.determiners), nouns: new Map(Object.entries(f.nouns)),
    followers, followerFirstWords: new Set(followers.map((w) => w[0])),
    cueWords: new Set([...Object.keys(f.nouns).flatMap((n) => n.split(' ')), ...followers.map((w) => w[0])]),
  };
  return cached;
}

/** Up to two modifiers between the determiner and the event noun ("the latest deadly strikes"). */
const MAX_MODIFIERS = 2;
/** The noun eventObjectAt gives for "it": the latest act of the kinds asked for. */
const LATEST = 'it';
const PLAIN_ARTICLES = wordClasses().plainArticles;

/**
 * The event kinds named by the object right after a verb ("the shelling", "Tuesday's
 * raids"), or null when the object is anything else or contains a mention of its own.
 */
export function eventObjectAt(v: Pick<SentenceView, 'tokens' | 'inMention'>, from: number, r: number, lex: EventNounLexicon): { kinds: RelationType[]; noun: string } | null {
  let k = from;
  const t0 = v.tokens[k];
  if (!t0 || k >= r) return null;
  if (lex.determiners.has(t0.lower)) k++;
  // "Tuesday's raids"
  else if (t0.upper && /^['’]s$/.test(v.tokens[k + 1]?.text ?? '') && !v.inMention.has(k)) k += 2;
  // "denounced it as aggression", "condemned it as an act of war": what the act is called says its kind, and "it" the latest act
  else if (t0.lower === 'it' && v.tokens[k + 1]?.lower === 'as' && !v.inMention.has(k)) k += PLAIN_ARTICLES.has(v.tokens[k + 2]?.lower ?? '') ? 3 : 2;
  else return null;
  const pronoun = t0.lower === 'it';
  for (let m = 0; m <= MAX_MODIFIERS && k < r; m++, k++) {
    if (v.inMention.has(k)) return null;
    const one = v.tokens[k].lower;
    // (nouns of up to three words: "air strikes", "use of force")
    const two = k + 1 < r ? `${one} ${v.tokens[k + 1].lower}` : '';
    const three = k + 2 < r ? `${two} ${v.tokens[k + 2].lower}` : '';
    const noun = lex.nouns.has(three) ? three : lex.nouns.has(two) ? two : one;
    const kinds = lex.nouns.get(noun);
    if (kinds) return { kinds, noun: pronoun ? nounBefore(v.tokens, from, lex) ?? LATEST : noun };
    if (v.tokens[k].kind !== 0 || v.tokens[k].upper) return null;
  }
  return null;
}

/** Words back from an "it" to the act it may name: "Havana condemned the landing, and Moscow denounced it". */
const PRONOUN_REACH = 10;

/** The event noun after a determiner a few words before `at` in its sentence, if any. */
function nounBefore(tokens: SentenceView['tokens'], at: number, lex: EventNounLexicon): string | undefined {
  for (let k = at - 1; k > 0 && k >= at - PRONOUN_REACH; k--) {
    if (tokens[k].text === '.') return undefined;
    if (lex.nouns.has(tokens[k].lower) && lex.determiners.has(tokens[k - 1].lower)) return tokens[k].lower;
  }
  return undefined;
}

/** Letters a noun and the verb of its event share: "shelling" / "shelled", "invasion" / "invaded" (not five: "invas", "invad"). */
const STEM_LENGTH = 4;

/**
 * The event a noun refers back to, among the earlier asserted relations of one of `kinds`
 * by someone other than `reactor` and against none of `notAgainst`: the latest told with the noun's own word ("condemned
 * the shelling" is the shelling, not the return fire reported after it), else the first,
 * which in news copy is the story's own event ("called the attack a mistake").
 */
export function eventAgents<C extends { source: string; target?: string; type: RelationType; modality: string; sentence: number; cue?: string }>(earlier: C[], kinds: RelationType[], noun: string, reactor: string, notAgainst: string[] = []): string[] {
  const stem = noun.split(' ').pop()!.slice(0, STEM_LENGTH);
  let event: C | undefined;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const c = earlier[k];
    if (c.modality !== 'asserted' || !kinds.includes(c.type) || c.source === reactor) continue;
    if (c.target !== undefined && notAgainst.includes(c.target)) continue;
    if (noun === LATEST || (stem.length === STEM_LENGTH && c.cue?.startsWith(stem))) { event = c; break; }
    event = c;
  }
  if (!event) return [];
  // "U.S. and British warplanes struck ...": every agent of that one event
  const same = earlier.filter((c) => c.sentence === event.sentence && c.cue === event.cue && c.type === event.type && c.modality === 'asserted');
  // (both sides of a joint act: "Seoul and Washington began their exercises ... Pyongyang denounced the drills")
  const agents = same.flatMap((c) => (c.type === 'cooperation' && c.target ? [c.source, c.target] : [c.source])).filter((id) => id !== reactor);
  return [...new Set(agents)];
}

/** Relations that cannot be repeated by another actor ("followed" says nothing of membership). */
const NOT_FOLLOWED = new Set<RelationType>(['affiliation']);

const FOLLOWER_TIME_WORDS = wordClasses().followerTimeWords;

/**
 * "Trump recognized Guaido, and Canada and Colombia quickly followed": the follower phrase
 * at token `at` (its length, or 0) when it ends its clause, so the subjects before it
 * repeat the latest relation.
 */
export function followerAt(v: SentenceView, at: number, lex: EventNounLexicon): number {
  for (const words of lex.followers) {
    if (!words.every((w, k) => v.tokens[at + k]?.lower === w)) continue;
    const next = v.tokens[at + words.length];
    // "followed by", "followed the talks": a verb with its own object is no ellipsis
    if (next && next.kind === 0 && !/ly$/.test(next.lower) && !FOLLOWER_TIME_WORDS.has(next.lower)) return 0;
    return words.length;
  }
  return 0;
}

/** The relation the followers repeat: the latest asserted, directed one. */
export function followedRelation<C extends { source: string; target: string; type: RelationType; modality: string }>(earlier: C[], followers: Set<string>): C | undefined {
  for (let k = earlier.length - 1; k >= 0; k--) {
    const c = earlier[k];
    if (c.modality === 'asserted' && !NOT_FOLLOWED.has(c.type) && !followers.has(c.source) && !followers.has(c.target)) return c;
  }
  return undefined;
}
