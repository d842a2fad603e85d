/**
 * Structural relations from knowledge and text:
 * - affiliation of a person introduced with a title ("U.S. Secretary of State John
 *   Kerry", "Sergei Lavrov, Russia's foreign minister"): to the state written before the
 *   title, else to the actor of the catalog role with that title on the document's date;
 * - affiliation of an armed force to its state (catalog `affiliation`);
 * - deployment of a force written with its place ("American troops in Syria").
 */
import type { EntityAnalysis, Mention } from '../entities/types.js';
import type { TextDoc } from '../text/sentences.js';
import { rolesOn } from '../entities/roles.js';
import { inSkip } from '../entities/word-tests.js';
import { linkingLexicon } from '../entities/lexicon.js';
import { relationCandidate, round, type RelationCandidate, type RelationStageInput } from './candidate.js';
import { wordClasses } from '../text/word-classes.js';

const PLACE_PREPS = wordClasses().presencePreps;
const PLAIN_ARTICLES = wordClasses().plainArticles;
const INDEFINITE_ARTICLES = wordClasses().indefiniteArticles;
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
// ranks and generic titles say nothing of the state: no guess from the sentence or the dateline
const MILITARY_OR_GENERIC = wordClasses().genericTitles;
const BODY_OFFICES = wordClasses().bodyOffices;

function affiliationOfPerson(m: Mention, analysis: EntityAnalysis, date: string | null): { of: string; certainty: number } | null {
  if (m.titleOf) {
    const owner = analysis.entities.get(m.titleOf);
    // a spokesman of the State Department speaks for the United States
    // (only a state: the IAEA's own tie to the UN does not make its director general a UN official)
    if (owner?.type === 'organization' && owner.affiliation && /^[A-Z]{3}$/.test(owner.affiliation)) return { of: owner.affiliation, certainty: 0.9 };
    if (owner?.type === 'country' || owner?.type === 'organization' || owner?.type === 'military') return { of: m.titleOf, certainty: 0.95 };
  }
  const info = analysis.entities.get(m.id);
  if (!m.title) {
    // no title written here: the catalog role held on the document's date, once per person
    if (!info?.linked || !date) return null;
    const held = rolesOn(info.roles, date)[0];
    if (held) return { of: held.of, certainty: 0.7 };
    // a former office holder ("Kishida's predecessor Shinzo Abe") still belongs to the state they served
    const past = [...(info.roles ?? [])].filter((r) => !r.from || r.from <= date).sort((a, b) => (b.to ?? '9999').localeCompare(a.to ?? '9999'))[0];
    return past ? { of: past.of, certainty: 0.5 } : null;
  }
  const role = rolesOn(info?.roles, date).find((r) => r.title === m.title) ?? (info?.roles ?? []).find((r) => r.title === m.title);
  if (role) return { of: role.of, certainty: 0.9 };
  // "External Affairs Minister Jaishankar": the title as written need not be the catalog's
  const held = rolesOn(info?.roles, date)[0];
  return held ? { of: held.of, certainty: 0.8 } : null;
}

/**
 * Appositions: "Sergei Lavrov, Russia's foreign minister", "Lise Grande, the U.N.
 * humanitarian coordinator" (after the name), and "the Taliban's political chief, Mullah
 * Baradar" (before it).
 */
/** A person named within a few words from k, before a comma or "and" ("ambassador to Kiev Mikhail Zurabov"). */
function personAfter(mentions: Mention[], analysis: EntityAnalysis, t: TextDoc['tokens'], k: number): boolean {
  for (let n = k; n < k + 5 && t[n]; n++) {
    if (t[n].text === ',' || t[n].lower === 'and') return false;
    if (mentions.some((x) => x.tokenStart === n && analysis.entities.get(x.id)?.type === 'person')) return true;
  }
  return false;
}

function appositionAffiliation(m: Mention, mentions: Mention[], text: TextDoc, analysis: EntityAnalysis, roles: Set<string>): string | null {
  const t = text.tokens;
  const ownerOk = (x: Mention | undefined) => {
    const type = x && x.id !== m.id ? analysis.entities.get(x.id)?.type : undefined;
    return type === 'country' || type === 'organization' || type === 'military';
  };
  if (t[m.tokenEnd]?.text === ',') {
    let k = m.tokenEnd + 1;
    // ", commander of NATO's southern forces", ", head of the IAEA", ", an adviser to Ukraine's president"
    const r = INDEFINITE_ARTICLES.has(t[k]?.lower ?? '') ? k + 1 : k;
    if (roles.has(t[r]?.text ?? '') && (t[r + 1]?.text === 'of' || t[r + 1]?.text === 'to')) {
      let j = r + 2;
      if (PLAIN_ARTICLES.has(t[j]?.lower ?? '')) j++;
      const of = mentions.find((x) => x.tokenStart === j);
      if (of && ownerOk(of)) return of.id;
    }
    const withArticle = mentions.find((x) => x.tokenStart === k); // "the White House" starts at its article
    if (PLAIN_ARTICLES.has(t[k]?.lower ?? '')) k++;
    const owner = withArticle ?? mentions.find((x) => x.tokenStart === k);
    if (owner && ownerOk(owner)) {
      let j = owner.tokenEnd;
      if (t[j]?.text === "'s" || t[j]?.text === '’s') j++;
      for (let n = 0; n < 4 && t[j + n]; n++) {
        const w = t[j + n].text;
        // appositions write the role in lower case; "Putin, Azerbaijani President Aliyev" is a list
        // (and so is "Kuchma, Russia's ambassador to Kiev Mikhail Zurabov": the role has a name of its own)
        if (roles.has(w)) return personAfter(mentions, analysis, t, j + n + 1) ? null : owner.id;
        if (t[j + n].upper || t[j + n].kind !== 0) break;
      }
    }
  }
  let lead = titleLead(m, t);
  // ("The coalition's best-known leader, former police officer Jimmy Cherizier": a lower-case description before the name)
  let described = lead;
  while (described > 0 && lead - described < 4 && t[described - 1].kind === 0 && !t[described - 1].upper) described--;
  if (described < lead && t[described - 1]?.text === ',' && t[lead - 1]?.text !== ',' && roles.has(t[lead - 1].text)) lead = described;
  // "Iran's Minister of Roads and Urban Development, Mehrdad Bazrpash": past the office's own name to its head
  if (t[lead - 1]?.text === ',') {
    // ("the Saudi Minister of State for Foreign Affairs, Adel al-Jubeir": the first "of" after a head)
    let h = -1;
    for (let k = lead - 2; k > lead - 11 && k > 1 && (t[k].upper || /^(and|for|of)$/.test(t[k].lower)); k--) {
      if (t[k].lower === 'of' && linkingLexicon().officeHeads.has(t[k - 1].text)) h = k;
    }
    if (h > 1) {
      const before = h - 2;
      const owner = /^['’]s$/.test(t[before]?.text ?? '') ? mentions.find((x) => x.tokenEnd === before)
        : mentions.find((x) => x.tokenEnd === h - 1 && (x.kind === 'adjective' || x.kind === 'demonym'));
      if (owner && ownerOk(owner)) return owner.id;
    }
  }
  if (t[lead - 1]?.text === ',' && t.slice(Math.max(0, lead - 6), lead - 1).some((x) => roles.has(x.text))) {
    for (let k = lead - 2; k >= lead - 8 && k >= 0; k--) {
      if (t[k].text === "'s" || t[k].text === '’s') {
        const owner = mentions.find((x) => x.tokenEnd === k);
        return owner && ownerOk(owner) ? owner.id : null;
      }
      // "Moscow recalled its ambassador, Vyacheslav Kovalenko", "the Chinese ambassador, Cheng Jingye": a determiner or nationality word
      // ("the Indonesian martial law commander in the territory, Major General Kiki Syahnakri": the role a few words on)
      const owner = mentions.find((x) => x.tokenEnd === k + 1 && (x.kind === 'pronoun' || x.kind === 'adjective' || x.kind === 'demonym'));
      if (owner && ownerOk(owner) && t.slice(k + 1, Math.min(lead - 1, k + 5)).some((x) => roles.has(x.text))) return owner.id;
      // "Sudan's UN ambassador, ...", "Venezuela's envoy to the OAS, ...": names inside the role phrase are part of it
      // ("The coalition's best-known leader, ...": a hyphen inside the role phrase)
      if ((t[k].upper || (t[k].kind !== 0 && t[k].text !== '-')) && !mentions.some((x) => x.tokenStart <= k && x.tokenEnd > k)) break;
    }
  }
  return null;
}

/**
 * "Havana was unapologetic. Foreign Minister Roberto Robaina said ...": a titled person opening
 * a sentence speaks for the state (or, with a body's office, the body) that opened the sentence
 * before, as its subject; `bySentence` holds the mentions of the kind wanted.
 */
function subjectOpeningSentenceBefore(m: Mention, bySentence: Map<number, Mention[]>, text: TextDoc, skip: Array<[number, number]>, roles: Set<string>): { of: string; certainty: number } | null {
  const own = text.sentences[m.sentence];
  const before = text.sentences[m.sentence - 1];
  if (!own || !before || m.tokenStart - own.tokenStart > 5) return null;
  // only the title phrase comes before the name ("Foreign Ministry spokesman Zhu Bangzao")
  for (let k = own.tokenStart; k < m.tokenStart; k++) {
    const t = text.tokens[k];
    if (t.text !== '-' && (t.kind !== 0 || !(t.upper || roles.has(t.text)))) return null;
  }
  // (the sentence before may begin with the dateline: "WASHINGTON (Reuters) - Havana was unapologetic.")
  let opening = before.tokenStart;
  while (opening < before.tokenEnd && inSkip(skip, text.tokens[opening].start)) opening++;
  if (text.tokens[opening]?.lower === 'the') opening++;
  const subject = bySentence.get(before.index)?.find((x) => x.tokenStart === opening && !x.locative);
  // (a possessor opens a phrase about something else: "Cuba's foreign trade grew")
  return subject && !/^['’]s$/.test(text.tokens[subject.tokenEnd]?.text ?? '') ? { of: subject.id, certainty: 0.5 } : null;
}

/** Where a person's name phrase starts, its title included ("General Hulusi Akar"). */
function titleLead(m: Mention, t: TextDoc['tokens']): number {
  let k = m.tokenStart;
  while (k > 0 && t[k - 1].upper && t[k - 1].kind === 0 && k > m.tokenStart - 3) k--;
  return k;
}

/**
 * A state named beside a titled person with no state written: a place just before ("In
 * Manila, Foreign Secretary Perfecto Yasay") or a state just after ("Spokesman Ned Price
 * said Washington ...").
 */
function nearbyState(m: Mention, statesBySentence: Map<number, Mention[]>, side: 'before' | 'after', text: TextDoc): { of: string; certainty: number } | null {
  const near = statesBySentence.get(m.sentence) ?? [];
  if (side === 'before') {
    const before = near.filter((x) => x.locative && x.tokenEnd <= m.tokenStart && m.tokenStart - x.tokenEnd <= 8).pop();
    return before ? { of: before.id, certainty: 0.6 } : null;
  }
  // "Spokesman Ned Price said Washington ...": only across a verb of saying, or before a possessive ("Prime Minister
  // Garry Conille thanked Kenya" names another state)
  const after = near.find((x) => x.tokenStart >= m.tokenEnd && x.tokenStart - m.tokenEnd <= 3 && !modifiesSubject(text, x.tokenEnd)
    && (text.tokens.slice(m.tokenEnd, x.tokenStart).every((t) => SAYING.has(t.lower))
      // or its own state's things: "Foreign Minister Pekka Haavisto handed Finland's accession documents"
      || /^['’]s$/.test(text.tokens[x.tokenEnd]?.text ?? '')));
  return after ? { of: after.id, certainty: 0.55 } : null;
}

const SAYING = wordClasses().saying;
const VERB_MARKERS = wordClasses().verbMarkers;
const HAVE_BE = wordClasses().haveBeForms;

/** "said the U.S. aircraft had veered": the name at `end` modifies the noun that is the clause's subject. */
function modifiesSubject(text: TextDoc, end: number): boolean {
  const noun = text.tokens[end];
  const verb = text.tokens[end + 1]?.lower ?? '';
  return noun !== undefined && noun.kind === 0 && !noun.upper && !VERB_MARKERS.has(noun.lower) && !HAVE_BE.has(noun.lower)
    && (VERB_MARKERS.has(verb) || HAVE_BE.has(verb) || /ed$/.test(verb));
}

export function structuralRelations(input: RelationStageInput, roles: Set<string> = new Set()): RelationCandidate[] {
  const { analysis, text, date } = input;
  const out: RelationCandidate[] = [];
  const seenForce = new Set<string>();
  // state mentions by the token they end at, for "Russian state energy giant Gazprom"
  const statesEndingAt = new Map<number, Mention>();
  const statesBySentence = new Map<number, Mention[]>();
  const bodiesBySentence = new Map<number, Mention[]>();
  for (const x of analysis.mentions) {
    const type = analysis.entities.get(x.id)?.type;
    const bySentence = type === 'country' ? statesBySentence : type === 'organization' ? bodiesBySentence : undefined;
    if (!bySentence) continue;
    if (type === 'country') statesEndingAt.set(x.tokenEnd, x);
    const list = bySentence.get(x.sentence);
    if (list) list.push(x); else bySentence.set(x.sentence, [x]);
  }
  for (const m of analysis.mentions) {
    const info = analysis.entities.get(m.id);
    if (!info) continue;
    if (info.type === 'person' && m.kind !== 'pronoun' && m.kind !== 'group') {
      const owner = appositionAffiliation(m, analysis.mentions, text, analysis, roles);
      if (owner) out.push(relationCandidate(m.id, owner, 'affiliation', 'asserted', round(0.85 * m.certainty), m.sentence));
      // with no state written: a place named just before ("In New Delhi, Foreign Secretary ..."), else the
      // title's usual state, else a state named just after ("Spokesman Ned Price said Washington ..."), else the subject
      // of the sentence before ("Havana was unapologetic. Foreign Minister Roberto Robaina said"), else the dateline's
      // ("The OAS General Assembly voted ... Secretary-General Jose Miguel Insulza had flown": a body's office, the body's)
      const usual = m.title ? input.usualStates?.get(m.title) : undefined;
      const guess = !owner && m.title && BODY_OFFICES.has(m.title) ? subjectOpeningSentenceBefore(m, bodiesBySentence, text, input.skip, roles)
        : !owner && m.title && !MILITARY_OR_GENERIC.has(m.title)
        ? (nearbyState(m, statesBySentence, 'before', text) ?? (usual ? { of: usual, certainty: 0.6 } : null) ?? nearbyState(m, statesBySentence, 'after', text)
          ?? subjectOpeningSentenceBefore(m, statesBySentence, text, input.skip, roles) ?? (input.placeState ? { of: input.placeState, certainty: 0.5 } : null)) : null;
      const aff = affiliationOfPerson(m, analysis, date) ?? guess;
      if (aff && aff.of !== m.id) out.push(relationCandidate(m.id, aff.of, 'affiliation', 'asserted', round(aff.certainty * m.certainty), m.sentence));
    }
    // forces, and the armed groups and companies a state owns or runs ("Russia's Wagner Group"), belong to it
    if ((info.type === 'military' || (info.type === 'organization' && info.linked && STATE_BODIES.has(info.kind ?? ''))) && info.affiliation && !seenForce.has(m.id)) {
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
    const forceEnd = m.kind === 'force' && m.actor ? m.tokenEnd : namedForce ? forceNounEnd(text, m.tokenEnd, input.forceNouns) : 0;
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
      if (prep && PLACE_PREPS.has(prep)) {
        // "in the breakaway regions of Abkhazia and South Ossetia": a noun of territory before the place's name
        const placeAt = territoryOf(text, at + 1);
        const place = analysis.mentions.find((x) => x.sentence === m.sentence && x.tokenStart >= placeAt && x.tokenStart <= placeAt + 1
          && ['country', 'region'].includes(analysis.entities.get(x.id)?.type ?? ''));
        if (place && place.id !== m.id) out.push(relationCandidate(m.id, place.id, 'deployment', 'asserted', round(0.6 * place.certainty), m.sentence));
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
 * "ORG, the bloc formed by A, B and C", "ORG, a grouping of A and B": the states listed in an
 * apposition that names a grouping, right after the organization's name.
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
