/**
 * Affiliation of a person introduced with a title or a role: the state or body written in an
 * apposition ("Sergei Lavrov, Russia's foreign minister", "the Taliban's political chief,
 * Mullah Baradar") or before the title ("U.S. Secretary of State John Kerry"), else the
 * actor of the catalog role with that title on the document's date, else one guessed from
 * the text around the name, and last from the dateline.
 */
import type { EntityAnalysis, Mention } from '../entities/types.js';
import type { TextDoc } from '../text/sentences.js';
import { rolesOn } from '../entities/roles.js';
import { inSkip } from '../entities/word-tests.js';
import { linkingLexicon } from '../entities/lexicon.js';
import { relationCandidate, round, type RelationCandidate, type RelationStageInput } from './candidate.js';
import { wordClasses } from '../text/word-classes.js';
import { isStateId } from './clues.js';

const PLAIN_ARTICLES = wordClasses().plainArticles;
const INDEFINITE_ARTICLES = wordClasses().indefiniteArticles;

/** Mentions of states and of bodies, by sentence. */
export interface NamedBySentence {
  states: Map<number, Mention[]>;
  bodies: Map<number, Mention[]>;
  people: Map<number, Mention[]>;
}

/** The affiliation candidates of person mention `m`. */
export function personAffiliations(m: Mention, input: RelationStageInput, roles: Set<string>, named: NamedBySentence): RelationCandidate[] {
  const { analysis, text, date } = input;
  const out: RelationCandidate[] = [];
  const owner = appositionAffiliation(m, analysis.mentions, text, analysis, roles, date) ?? bodyOfTitledPerson(m, analysis, text);
  if (owner) out.push(relationCandidate(m.id, owner, 'affiliation', 'asserted', round(0.85 * m.certainty), m.sentence));
  // with no state written: a place named just before ("In New Delhi, Foreign Secretary ..."), else the
  // title's usual state, else a state named just after ("Spokesman Ned Price said Washington ..."), else the subject
  // of the sentence before ("Havana was unapologetic. Foreign Minister Roberto Robaina said"), else the dateline's
  // ("The OAS General Assembly voted ... Secretary-General Jose Miguel Insulza had flown": a body's office, the body's)
  // ("Foreign Secretary Raul Manglapus" in a story from Manila: a state with an office of that name is the dateline's)
  const usualState = m.title ? input.usualStates?.get(m.title) : undefined;
  const usual = usualState && input.placeState && usualState.alsoOf.has(input.placeState) ? input.placeState : usualState?.of;
  // (the guesses read the sentences around; only a person the catalog does not place needs them)
  const guess = (title: string) => (BODY_OFFICES.has(title) ? subjectOpeningSentenceBefore(m, named.bodies, text, input.skip, roles)
    : MILITARY_OR_GENERIC.has(title) ? null
    : listedWith(m, named.people, analysis, text, date) ?? nearbyState(m, named.states, 'before', text) ?? (usual ? { of: usual, certainty: 0.6 } : null)
      ?? stateAfterUnlessAway(m, named.states, text, input.placeState)
      ?? subjectOpeningSentenceBefore(m, named.states, text, input.skip, roles) ?? speakerStateBefore(m, named.people, input, roles)
      ?? (input.placeState ? { of: input.placeState, certainty: 0.5 } : null));
  const aff = affiliationOfPerson(m, analysis, date, !owner) ?? (owner || usualState ? null : catalogStateOf(m, analysis))
    ?? (owner || !m.title ? null : guess(m.title));
  if (aff && aff.of !== m.id) out.push(relationCandidate(m.id, aff.of, 'affiliation', 'asserted', round(aff.certainty * m.certainty), m.sentence));
  return out;
}

/**
 * "the assets of Defence Minister Hulusi Akar, Interior Minister Suleyman Soylu and ...": a titled person listed after
 * another's comma, whose state is known, serves the same state.
 */
function listedWith(m: Mention, people: Map<number, Mention[]>, analysis: EntityAnalysis, text: TextDoc, date: string | null): { of: string; certainty: number } | null {
  const head = m.titleStart ?? m.tokenStart;
  // (a comma of a list only: "Prime Minister Rajiv Gandhi and President Junius Jayewardene" are two states' leaders)
  if (text.tokens[head - 1]?.text !== ',') return null;
  const before = people.get(m.sentence)?.find((p) => p.tokenEnd === head - 1 && p.title !== undefined && p !== m);
  const of = before ? affiliationOfPerson(before, analysis, date)?.of : undefined;
  return of && isStateId(of) ? { of, certainty: 0.6 } : null;
}

/**
 * A state named just after the person ("Spokesman Ned Price said Washington ..."), unless the story is datelined in
 * another state: "TALLINN - Foreign Minister Urmas Paet said Russia was failing" is the dateline's minister speaking of Russia.
 */
function stateAfterUnlessAway(m: Mention, states: Map<number, Mention[]>, text: TextDoc, placeState: string | null | undefined): { of: string; certainty: number } | null {
  const after = nearbyState(m, states, 'after', text);
  return after && placeState && after.of !== placeState ? null : after;
}

// ranks and generic titles say nothing of the state: no guess from the sentence or the dateline
const MILITARY_OR_GENERIC = wordClasses().genericTitles;
const BODY_OFFICES = wordClasses().bodyOffices;

function affiliationOfPerson(m: Mention, analysis: EntityAnalysis, date: string | null, pastToo = true): { of: string; certainty: number } | null {
  if (m.titleOf) {
    const owner = analysis.entities.get(m.titleOf);
    // "Congolese President Denis Sassou Nguesso" in 1987: the catalog's office with that title on the date
    // tells which of the states a shared nationality word stands for
    const office = owner?.type === 'country' && date && m.title ? rolesOn(analysis.entities.get(m.id)?.roles, date).find((r) => r.title === m.title) : undefined;
    if (office && office.of !== m.titleOf && isStateId(office.of)) return { of: office.of, certainty: 0.9 };
    // a spokesman of the State Department speaks for the United States
    // (only a state: the IAEA's own tie to the UN does not make its director general a UN official)
    if (owner?.type === 'organization' && owner.affiliation && isStateId(owner.affiliation)) return { of: owner.affiliation, certainty: 0.9 };
    if (owner?.type === 'country' || owner?.type === 'organization' || owner?.type === 'military') return { of: m.titleOf, certainty: 0.95 };
  }
  const info = analysis.entities.get(m.id);
  if (!m.title) {
    // no title written here: the catalog role held on the document's date, once per person
    if (!info?.linked || !date) return null;
    const held = rolesOn(info.roles, date)[0];
    if (held) return { of: held.of, certainty: 0.7 };
    // a former office holder ("Kishida's predecessor Shinzo Abe") still belongs to the state they served
    // (unless the text gives them another owner: "Khieu Samphan, the nominal leader of the Khmer Rouge")
    if (!pastToo) return null;
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
 * "Vice Premier Deng Xiaoping" in 1979: no office of the catalog's on that date, but a state's
 * office written and every office the catalog knows him in one state's, a better guess than the
 * dateline's. Not for a rank or a body's office: "Major-General Paul Kagame" in 1994 led rebels.
 */
function catalogStateOf(m: Mention, analysis: EntityAnalysis): { of: string; certainty: number } | null {
  const info = analysis.entities.get(m.id);
  if (!m.title || !info?.linked || BODY_OFFICES.has(m.title) || MILITARY_OR_GENERIC.has(m.title)) return null;
  const of = info.roles?.[0]?.of;
  return of && isStateId(of) && info.roles!.every((r) => r.of === of) ? { of, certainty: 0.6 } : null;
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

/**
 * "his Italian and Portuguese counterparts, Gianni De Michelis and Joao de Deus Pinheiro":
 * two people in apposition to a role with two nationality words take them in order.
 */
function respectiveAffiliation(m: Mention, mentions: Mention[], t: TextDoc['tokens'], roles: Set<string>): string | null {
  let first = m;
  const lead = titleLead(m, t);
  if (t[lead - 1]?.lower === 'and') {
    const before = mentions.find((x) => x.tokenEnd === lead - 1 && x.id !== m.id && x.kind !== 'pronoun');
    if (!before) return null;
    first = before;
  }
  const comma = first === m ? lead - 1 : titleLead(first, t) - 1;
  if (t[comma]?.text !== ',' || !roles.has(t[comma - 1]?.text ?? '')) return null;
  const nationality = (x: Mention) => x.kind === 'adjective' || x.kind === 'demonym';
  const second = mentions.find((x) => x.tokenEnd === comma - 1 && nationality(x));
  if (!second || t[second.tokenStart - 1]?.lower !== 'and') return null;
  const one = mentions.find((x) => x.tokenEnd === second.tokenStart - 1 && nationality(x));
  // (the pair of people is joined by "and" right after the first: "A and B")
  if (!one || one.id === second.id) return null;
  if (first !== m) return second.id;
  return t[m.tokenEnd]?.lower === 'and' ? one.id : null;
}

function appositionAffiliation(m: Mention, mentions: Mention[], text: TextDoc, analysis: EntityAnalysis, roles: Set<string>, date: string | null): string | null {
  const t = text.tokens;
  const respective = respectiveAffiliation(m, mentions, t, roles);
  if (respective) return respective;
  const ownerOk = (x: Mention | undefined) => {
    const type = x && x.id !== m.id ? analysis.entities.get(x.id)?.type : undefined;
    return type === 'country' || type === 'organization' || type === 'military';
  };
  const modifiers = linkingLexicon().titleModifiers;
  // "led by Yoon Duk-yong of South Korea": a state right after "of"
  if (t[m.tokenEnd]?.lower === 'of') {
    const of = mentions.find((x) => x.tokenStart === m.tokenEnd + 1 && x.kind === 'name');
    if (of && analysis.entities.get(of.id)?.type === 'country' && !/^['’]s$/.test(t[of.tokenEnd]?.text ?? '')) return of.id;
  }
  // "International Monetary Fund chief Christine Lagarde": a role noun in lower case between a body's name and the person's
  // (not a posting, "Russia's U.N. ambassador Vitaly Churkin", nor a state's own body: "State Department spokesman" is the state's)
  const lead0 = titleLead(m, t);
  const role = t[lead0 - 1]?.text ?? '';
  if (lead0 === m.tokenStart && roles.has(role) && !linkingLexicon().postingTitles.has(role)) {
    const owner = mentions.find((x) => x.tokenEnd === lead0 - 1 && x.kind === 'name');
    const stateBody = owner && isStateId(analysis.entities.get(owner.id)?.affiliation ?? '');
    if (owner && ownerOk(owner) && !stateBody && !/^['’]s$/.test(t[owner.tokenStart - 1]?.text ?? '')) return owner.id;
  }
  if (t[m.tokenEnd]?.text === ',') {
    let k = m.tokenEnd + 1;
    // ", commander of NATO's southern forces", ", head of the IAEA", ", an adviser to Ukraine's president"
    // (", vice chairman of Vietnam's National Boundary Committee": a modifier or two before the role)
    // (", the nominal leader of the Khmer Rouge": any article, and lower-case modifiers of the role)
    let r = INDEFINITE_ARTICLES.has(t[k]?.lower ?? '') || PLAIN_ARTICLES.has(t[k]?.lower ?? '') ? k + 1 : k;
    // (", deputy chief of Russia's general staff": a role before another is its modifier)
    while (r < k + 4 && (modifiers.has(t[r]?.text ?? '') || (t[r]?.kind === 0 && !t[r].upper)) && (!roles.has(t[r]?.text ?? '') || roles.has(t[r + 1]?.text ?? ''))) r++;
    if (roles.has(t[r]?.text ?? '') && (t[r + 1]?.text === 'of' || t[r + 1]?.text === 'to')) {
      let j = r + 2;
      if (PLAIN_ARTICLES.has(t[j]?.lower ?? '')) j++;
      const of = mentions.find((x) => x.tokenStart === j);
      if (of && ownerOk(of)) return of.id;
    }
    const withArticle = mentions.find((x) => x.tokenStart === k); // "the White House" starts at its article
    if (PLAIN_ARTICLES.has(t[k]?.lower ?? '')) k++;
    // (", a senior Chinese foreign ministry official": a modifier or two before the nationality word)
    while (!withArticle && k < m.tokenEnd + 4 && modifiers.has(t[k]?.text ?? '') && !mentions.some((x) => x.tokenStart === k)) k++;
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
      if (owner && t.slice(k + 1, Math.min(lead - 1, k + 5)).some((x) => roles.has(x.text))) {
        if (ownerOk(owner)) return owner.id;
        // ("President Milan Kucan ... His defence minister, Janez Jansa": the state the leader holds office in)
        const held = owner.kind === 'pronoun' ? rolesOn(analysis.entities.get(owner.id)?.roles, date)[0]?.of : undefined;
        if (held && isStateId(held)) return held;
      }
      // "Sudan's UN ambassador, ...", "Venezuela's envoy to the OAS, ...": names inside the role phrase are part of it
      // ("The coalition's best-known leader, ...": a hyphen inside the role phrase)
      if ((t[k].upper || (t[k].kind !== 0 && t[k].text !== '-')) && !mentions.some((x) => x.tokenStart <= k && x.tokenEnd > k)) break;
    }
  }
  return null;
}

/**
 * "the Khmer People's National Liberation Front of former prime minister Son Sann", "the
 * People's Armed Forces (FAP) of former president Goukouni Oueddei": a body named with "of"
 * and a titled person is that person's.
 */
function bodyOfTitledPerson(m: Mention, analysis: EntityAnalysis, text: TextDoc): string | null {
  if (m.titleStart === undefined || m.titleOf) return null;
  const t = text.tokens;
  const modifiers = linkingLexicon().titleModifiers;
  let k = m.titleStart - 1;
  while (k > 0 && !t[k].upper && modifiers.has(t[k].lower)) k--;
  if (t[k]?.lower !== 'of') return null;
  k--;
  // (an acronym in brackets after the body's name)
  if (t[k]?.text === ')' && t[k - 2]?.text === '(') k -= 3;
  const body = analysis.mentions.find((x) => x.tokenEnd === k + 1 && x.sentence === m.sentence && x.kind !== 'pronoun');
  const type = body ? analysis.entities.get(body.id)?.type : undefined;
  return body && (type === 'organization' || type === 'military') ? body.id : null;
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

/**
 * "Fabius said in Paris that ... Defence Minister Charles Hernu resigned": a titled person
 * opening a sentence serves the state of the official who opened the sentence before.
 */
function speakerStateBefore(m: Mention, people: Map<number, Mention[]>, input: RelationStageInput, roles: Set<string>): { of: string; certainty: number } | null {
  const subject = subjectOpeningSentenceBefore(m, people, input.text, input.skip, roles);
  if (!subject || subject.of === m.id) return null;
  const state = stateOfPerson(subject.of, input.analysis, input.date);
  return state ? { of: state, certainty: 0.5 } : null;
}

/** The state a person holds a title of in this document, else on the document's date in the catalog. */
function stateOfPerson(id: string, analysis: EntityAnalysis, date: string | null): string | null {
  for (const x of analysis.mentions) if (x.id === id && x.titleOf && isStateId(x.titleOf)) return x.titleOf;
  const held = date ? rolesOn(analysis.entities.get(id)?.roles, date)[0]?.of : undefined;
  return held && isStateId(held) ? held : null;
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
    if (before) return { of: before.id, certainty: 0.6 };
    // ("In Khartoum, President Omar al-Bashir told ..., and army spokesman Al-Sawarmi Khalid Saad said": a place phrase
    // opening the sentence sets it in that state, however far on the titled person stands)
    const start = text.sentences[m.sentence]?.tokenStart ?? -1;
    const opening = near.find((x) => x.locative && x.tokenStart === start + 1 && text.tokens[start]?.lower === 'in' && text.tokens[x.tokenEnd]?.text === ',');
    return opening && opening.tokenEnd <= m.tokenStart ? { of: opening.id, certainty: 0.55 } : null;
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
const RELATIVES = wordClasses().relatives;

/** "said the U.S. aircraft had veered": the name at `end` modifies the noun that is the clause's subject. */
function modifiesSubject(text: TextDoc, end: number): boolean {
  const noun = text.tokens[end];
  const verb = text.tokens[end + 1]?.lower ?? '';
  // (a verb, not a relative pronoun or "to": "said on Tehran radio that Iran would answer" names where he spoke)
  const verbLike = (VERB_MARKERS.has(verb) && !RELATIVES.has(verb) && verb !== 'to') || HAVE_BE.has(verb) || /ed$/.test(verb);
  return noun !== undefined && noun.kind === 0 && !noun.upper && !VERB_MARKERS.has(noun.lower) && !HAVE_BE.has(noun.lower) && verbLike;
}

