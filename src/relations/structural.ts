/**
 * Structural relations from knowledge and text:
 * - affiliation of a person introduced with a title or a role (person-affiliation.ts);
 * - affiliation of an armed force to its state (catalog `affiliation`);
 * - deployment of a force written with its place ("American troops in Syria").
 */
import type { EntityAnalysis, Mention } from '../entities/types.js';
import type { TextDoc } from '../text/sentences.js';
import { TokenKind } from '../text/tokenize.js';
import { relationCandidate, round, type RelationCandidate, type RelationStageInput } from './candidate.js';
import { personAffiliations, type NamedBySentence } from './person-affiliation.js';
import { linkingLexicon } from '../entities/lexicon.js';
import { wordClasses } from '../text/word-classes.js';

const PLACE_PREPS = wordClasses().presencePreps;
const NEARNESS_PREPS = wordClasses().nearnessPreps;
const PLAIN_ARTICLES = wordClasses().plainArticles;
const POSSESSIVES = wordClasses().statePossessives;
// words between a force and its place that keep it there ("troops were in Sudan", "forces remain in Iraq")
const PRESENCE_VERBS = wordClasses().presenceWords;

const BODY_BREAKS = wordClasses().bodyBreaks;

/** The state written a few words before a body with a word of state ownership between ("Russian state ... Gazprom"). */
function stateOwner(m: Mention, endingAt: Map<number, Mention>, text: TextDoc, ownership: Set<string> | undefined): string | undefined {
  if (!ownership) return undefined;
  let owned = false;
  for (let k = m.tokenStart - 1; k >= Math.max(0, m.tokenStart - 5); k--) {
    const t = text.tokens[k];
    if (ownership.has(t.lower)) { owned = true; continue; }
    if (t.text === '-') continue;
    // "state banks from EU capital markets", "the Washington state tax break for Boeing": another phrase
    if (BODY_BREAKS.has(t.lower)) return undefined;
    const state = endingAt.get(k + 1);
    if (state && state.sentence === m.sentence) return owned ? state.id : undefined;
    if (t.upper || t.kind !== 0) { if (t.text !== "'s" && t.text !== '’s') return undefined; }
  }
  return undefined;
}

/** End of a force noun ("troops", "armed forces") starting at `k`, or 0. */
const forceFirstWords = new WeakMap<string[][], Set<string>>();

export function forceNounEnd(text: TextDoc, k: number, forceNouns: string[][] | undefined): number {
  if (!forceNouns) return 0;
  let first = forceFirstWords.get(forceNouns);
  if (!first) { first = new Set(forceNouns.map((w) => w[0])); forceFirstWords.set(forceNouns, first); }
  if (!first.has(text.tokens[k]?.lower ?? '')) return 0;
  const hit = forceNouns.find((words) => words.every((w, j) => text.tokens[k + j]?.lower === w));
  return hit ? k + hit.length : 0;
}

export function structuralRelations(input: RelationStageInput, roles: Set<string> = new Set()): RelationCandidate[] {
  const { analysis, text } = input;
  const out: RelationCandidate[] = [];
  const seenForce = new Set<string>();
  // state mentions by the token they end at, for "Russian state energy giant Gazprom"
  const statesEndingAt = new Map<number, Mention>();
  const named: NamedBySentence = { states: new Map(), bodies: new Map(), people: new Map() };
  for (const x of analysis.mentions) {
    const type = analysis.entities.get(x.id)?.type;
    const bySentence = type === 'country' ? named.states : type === 'organization' ? named.bodies
      : type === 'person' && x.kind !== 'pronoun' ? named.people : undefined;
    if (!bySentence) continue;
    if (type === 'country') statesEndingAt.set(x.tokenEnd, x);
    const list = bySentence.get(x.sentence);
    if (list) list.push(x); else bySentence.set(x.sentence, [x]);
  }
  for (const m of analysis.mentions) {
    const info = analysis.entities.get(m.id);
    if (!info) continue;
    if (info.type === 'person' && m.kind !== 'pronoun' && m.kind !== 'group') out.push(...personAffiliations(m, input, roles, named));
    // forces, and the armed groups and companies a state owns or runs ("Russia's Wagner Group"), belong to it
    // (and a company the catalog does not know, named after its state: "Nepal Oil Corporation")
    if ((info.type === 'military' || (info.type === 'organization' && (info.linked || info.kind === 'company') && STATE_BODIES.has(info.kind ?? ''))) && info.affiliation && !seenForce.has(m.id)) {
      seenForce.add(m.id);
      out.push(relationCandidate(m.id, info.affiliation, 'affiliation', 'asserted', round(0.9 * m.certainty), m.sentence));
    }
    // "Russian state energy giant Gazprom", "Ukraine's state energy company Naftogaz": the state's own body
    if (info.type === 'organization' && !seenForce.has(m.id)) {
      const owner = stateOwner(m, statesEndingAt, text, input.stateOwnership);
      if (owner) {
        seenForce.add(m.id);
        out.push(relationCandidate(m.id, owner, 'affiliation', 'asserted', round(0.75 * m.certainty), m.sentence));
      }
    }
    // "Mercosur, the bloc formed by Brazil, Argentina, Paraguay and Uruguay": each named state belongs to it
    if (info.type === 'organization' && m.kind === 'name') {
      for (const member of blocMembers(m, analysis, text)) {
        out.push(relationCandidate(member.id, m.id, 'affiliation', 'asserted', round(0.8 * member.certainty), m.sentence));
      }
    }
    // "American troops in Syria", "its troops were in Sudan", "their forces remain in Iraq"
    // "African Union soldiers now in Darfur": a state or body named before a force noun
    const namedForce = (m.kind === 'name' && (info.type === 'organization' || info.type === 'country'))
      || (m.kind === 'pronoun' && POSSESSIVES.has(text.tokens[m.tokenStart].lower) && info.type === 'country');
    // ("its 3,500 soldiers in Mali": a number may stand between the owner and its force)
    const forceAt = namedForce && text.tokens[m.tokenEnd]?.kind === TokenKind.Number ? m.tokenEnd + 1 : m.tokenEnd;
    const forceEnd = m.kind === 'force' && m.actor ? m.tokenEnd : namedForce ? forceNounEnd(text, forceAt, input.forceNouns) : 0;
    if (forceEnd) {
      let at = forceEnd;
      while (at < forceEnd + 2 && PRESENCE_VERBS.has(text.tokens[at]?.lower ?? '')) at++;
      // "Fijian soldiers guard United Nations staff in Iraq": forces in the present tense doing something in a place are there
      if (!PLACE_PREPS.has(text.tokens[at]?.lower ?? '') && STANDING_VERBS.has(text.tokens[at]?.lower ?? '')) {
        for (let k = at + 1; k < at + 8 && k < text.tokens.length; k++) {
          const w = text.tokens[k].lower;
          if (w === 'in' || w === 'inside') { at = k; break; }
          if (w === ',' || w === ';' || w === 'and' || w === 'but' || w === 'which' || w === 'who' || w === 'that' || w === '.') break;
        }
      }
      const prep = text.tokens[at]?.lower;
      // ("remained in and around the Georgian town of Gori": two prepositions of one place)
      if (prep && PLACE_PREPS.has(prep) && text.tokens[at + 1]?.lower === 'and' && NEARNESS_PREPS.has(text.tokens[at + 2]?.lower ?? '')) at += 2;
      if (prep && PLACE_PREPS.has(prep)) {
        // "in the breakaway regions of Abkhazia and South Ossetia": a noun of territory before the place's name
        const placeAt = territoryOf(text, at + 1);
        const place = analysis.mentions.find((x) => x.sentence === m.sentence && x.tokenStart >= placeAt && x.tokenStart <= placeAt + 1
          && ['country', 'region'].includes(analysis.entities.get(x.id)?.type ?? ''));
        // ("no Soviet troops remained on Afghan soil": none are there)
        const modality = text.tokens[m.tokenStart - 1]?.lower === 'no' ? 'negated' : 'asserted';
        if (place && place.id !== m.id) out.push(relationCandidate(m.id, place.id, 'deployment', modality, round(0.6 * place.certainty), m.sentence));
      }
    }
  }
  return out;
}

const STATE_BODIES = wordClasses().stateBodies;

// verbs of what standing forces do where they are ("guard", "patrol", "train"), in the present tense
const STANDING_VERBS = wordClasses().standingVerbs;

const TERRITORY_NOUNS = wordClasses().territoryNouns;

/** Where the place's name starts after "in" at k: past "the breakaway regions of" when such a phrase stands there. */
function territoryOf(text: TextDoc, k: number): number {
  const t = text.tokens;
  if (t[k]?.lower !== 'the') return k;
  for (let j = k + 1; j <= k + 3 && j < t.length; j++) {
    if (TERRITORY_NOUNS.has(t[j].lower) && t[j + 1]?.lower === 'of') return j + 2;
    if (t[j].upper || t[j].kind !== 0) break;
  }
  return k;
}

/**
 * "ORG, the bloc formed by A, B and C", "ORG, a grouping of A and B", "ORG, which groups A and B":
 * the states listed in an apposition that names a grouping, or in a relative clause, right after
 * the organization's name.
 */
function blocMembers(m: Mention, analysis: EntityAnalysis, text: TextDoc): Mention[] {
  const lex = linkingLexicon();
  const t = text.tokens;
  let k = m.tokenEnd;
  if (t[k]?.text !== ',') return [];
  k++;
  if (PLAIN_ARTICLES.has(t[k]?.lower ?? '')) k++;
  // up to three modifiers before the bloc noun ("a Moscow-led military alliance", "the South American trade bloc")
  let noun = -1;
  for (let j = k; j < k + 5 && j < t.length; j++) if (lex.blocNouns.has(t[j].lower)) { noun = j; break; }
  // ("the Shanghai Cooperation Organisation, which groups China, Russia ...": the relative right after the name)
  if (noun < 0 && (t[k]?.lower === 'which' || t[k]?.lower === 'that')) noun = k - 1;
  if (noun < 0) return [];
  const link = lex.blocLinks.find((words) => words.every((w, j) => t[noun + 1 + j]?.lower === w));
  if (!link) return [];
  const from = noun + 1 + link.length;
  const members: Mention[] = [];
  let expect = from;
  for (const x of analysis.mentions) {
    if (x.sentence !== m.sentence || x.tokenStart < from) continue;
    // the list goes on through commas and "and": anything else ends it
    const gap = t.slice(expect, x.tokenStart).map((w) => w.lower);
    if (x.tokenStart > expect + 2 || !gap.every((w) => w === ',' || w === 'and' || w === 'the')) break;
    if (analysis.entities.get(x.id)?.type !== 'country') break;
    members.push(x);
    expect = x.tokenEnd;
  }
  return members;
}
