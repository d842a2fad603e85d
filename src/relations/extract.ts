/**
 * The relation stage: (text, linked mentions) -> typed, directed, modal relations with
 * evidence. Sentence by sentence, every cue of data/cues/ is matched once (token trie),
 * its arguments are found by the rules of arguments.ts, its modality by modality.ts, and
 * structural relations (affiliation, deployment) come from titles and the catalog.
 *
 * Confidence = cue strength × argument distance × linking certainty:
 *   strength  — how unambiguous the cue is (data/cues, 0.55 for "call", 0.9 for "alliance");
 *   distance  — 1 / (1 + 0.04 · tokens between the cue and its farthest argument);
 *   certainty — the weaker of the two mentions' linking certainty (1 for a catalog name,
 *               0.75 for a pronoun, 0.5 for an unknown name).
 */
import type { Modality, Relation, RelationAttributes, RelationType } from '../model.js';
import { isDirected } from '../relation-types.js';
import type { TextDoc } from '../text/sentences.js';
import { TokenKind, type Token } from '../text/tokenize.js';
import { scratchBytes } from '../util/scratch.js';
import type { EntityAnalysis, Mention } from '../entities/types.js';
import { cueTrie, domesticCueWords, type Cue, type CueSurface } from './cues.js';
import { modalityLexicon, type ModalityLexicon } from './lexicon.js';
import { cueModality, sentenceMarkers, type SentenceMarker } from './modality.js';
import { actorGroups, clauseWindow, quoteBreaks, groupAfter, firstSubject, prepObject, subjectBefore, type ActorGroup, type SentenceView, type TokenSet } from './arguments.js';
import { chooseSurface, cueMatchAt, findArguments, promisedStep } from './cue-arguments.js';
import { relationAttributes } from './attributes.js';
import { forceNounEnd, structuralRelations } from './structural.js';
import { eventAgents, eventNounLexicon, eventObjectAt, followedRelation, followerAt, type EventNounLexicon } from './event-anaphora.js';
import { collectiveDefenceOrganizations } from './lexicon.js';
import { rolesOn } from '../entities/roles.js';
import { wordClasses } from './word-classes.js';
import { PLACE_TYPES, regionAfterPlace, abortedAfter, agentAfter, hasMoney, hostAfter, hostedBefore, forGrievance, isDescription, isStateId, joinedPair, reciprocalAt, stateAfterPlace, struckIn, targetOf } from './clues.js';

export interface RelationStageInput {
  text: TextDoc;
  analysis: EntityAnalysis;
  date: string | null;
  skip: Array<[number, number]>;
  /** Role nouns of appositions ("Russia's foreign minister"). */
  roleNouns?: Set<string>;
  /** The state of the dateline's place, for titled people whose state the text leaves unsaid. */
  placeState?: string | null;
  /** Title -> the state it usually belongs to (data/lexicon/titles.json `usualOf`). */
  usualStates?: Map<string, string>;
  /** Nouns of armed forces as token sequences ("troops", "armed forces"). */
  forceNouns?: string[][];
  /** Nouns of places struck ("targets", "positions"). */
  targetNouns?: Set<string>;
  /** Words of state ownership ("state-owned"). */
  stateOwnership?: Set<string>;
  /** Verbs of staging talks ("hosted", "brokered"). */
  hostingVerbs?: Set<string>;
}

/** A relation found at one place in the text, before merging. */
export interface RelationCandidate {
  source: string;
  target: string;
  type: RelationType;
  modality: Modality;
  confidence: number;
  sentence: number;
  withAmount: boolean;
  /** The cue's first word, lower case ("shelled"), for nouns that refer back to the event. */
  cue?: string;
}

/** Types whose parties are never mere places (a place can be struck, visited, garrisoned, funded or threatened). */
const REGION_SHY = new Set<RelationType>(['criticism', 'support', 'alliance', 'cooperation', 'trade']);

/** An event named by a noun is one step further from its agent than a name would be. */
const EVENT_ANAPHORA_FACTOR = 0.8;

function distanceFactor(ts: number, te: number, groups: (ActorGroup | undefined)[]): number {
  let gap = 0;
  for (const g of groups) {
    if (!g) continue;
    gap = Math.max(gap, g.tokenStart >= te ? g.tokenStart - te : ts - g.tokenEnd);
  }
  return 1 / (1 + 0.04 * Math.max(0, gap));
}

const NO_MENTIONS: Mention[] = [];

let openerSet: Set<string> | null = null;

/** First words of every cue and of the follower phrases ("followed suit"): a sentence without one relates nothing. */
function cueOpeners(trie: ReturnType<typeof cueTrie>, followers: Set<string>): Set<string> {
  openerSet ??= new Set([...trie.next.keys(), ...followers]);
  return openerSet;
}

export function relationCandidates(input: RelationStageInput): RelationCandidate[] {
  const { text, analysis } = input;
  const lex = modalityLexicon();
  const trie = cueTrie();
  const events = eventNounLexicon();
  const protestWords = domesticCueWords();
  const collectiveDefence = collectiveDefenceOrganizations();
  const openers = cueOpeners(trie, events.followerFirstWords);
  const bySentence: Mention[][] = new Array(text.sentences.length);
  for (const m of analysis.mentions) (bySentence[m.sentence] ??= []).push(m);
  const out: RelationCandidate[] = [];
  // a self-ruled place (a breakaway region) acts as a state does: "Somaliland signed a port deal with Ethiopia"
  // (each entity's type read once per document: the rules below ask for it many times)
  const selfRuled = wordClasses().selfRuledKinds;
  const types = new Map<string, string>();
  const places = new Set<string>();
  for (const [id, e] of analysis.entities) {
    types.set(id, e.type === 'region' && e.kind !== undefined && selfRuled.has(e.kind) ? 'country' : e.type);
    if (e.type === 'region') places.add(id);
  }
  const typeOf = (id: string) => types.get(id);
  // tokens inside a mention, for the whole document at once
  const mask = scratchBytes('relations.mask', text.tokens.length);
  // (a title before a name too: "Finance Minister Lim" holds no cue "finance", "Trade Minister" no "trade")
  for (const m of analysis.mentions) mask.fill(1, m.titleStart !== undefined && m.titleStart < m.tokenStart ? m.titleStart : m.tokenStart, m.tokenEnd);
  const documentMask: TokenSet = { has: (k: number) => mask[k] === 1 };
  const flags = scratchBytes('relations.flags', text.tokens.length);
  for (const s of text.sentences) {
    const mentions = bySentence[s.index] ?? NO_MENTIONS;
    // a relation needs an actor and a second entity in its sentence, or an event reported earlier
    if (!mentions.some((m) => m.actor)) continue;
    const single = !mentions.some((m) => m.id !== mentions[0].id);
    if (input.skip.some(([a, b]) => s.start >= a && s.end <= b)) continue;
    // with one entity only a reaction to an earlier event or a follower can relate it: look no further without one
    if (single && !mentionsWord(text, s.tokenStart, s.tokenEnd, events.cueWords) && !mentionsWord(text, s.tokenStart, s.tokenEnd, protestWords)) continue;
    // "Kishida told the committee that the decision was extremely unjust and absolutely unacceptable"
    if (!single || mentionsWord(text, s.tokenStart, s.tokenEnd, events.cueWords)) verdictOnEvent(text, s, mentions, documentMask, events, out);
    // most sentences hold no cue word at all: look for one before building the sentence's groups and views
    let firstCue = -1;
    for (let k = s.tokenStart; k < s.tokenEnd && firstCue < 0; k++) {
      if (mask[k] !== 1 && openers.has(text.tokens[k].lower)) firstCue = k;
    }
    if (firstCue < 0) continue;
    const covered = documentMask;
    const groups = actorGroups(text.tokens, mentions);
    const breaks = quoteBreaks(text.tokens, s.tokenStart, s.tokenEnd);
    const v: SentenceView = { tokens: text.tokens, start: s.tokenStart, end: s.tokenEnd, groups, lex, quoteBreaks: breaks, inMention: covered, places, flags };
    // a deployment goes to the place itself ("sent troops to Georgia's breakaway South Ossetia"): the same view without places
    const placeView: SentenceView = { tokens: text.tokens, start: s.tokenStart, end: s.tokenEnd, groups, lex, quoteBreaks: breaks, inMention: covered, places: undefined, flags };
    const isQuestion = text.tokens[s.tokenEnd - 1]?.text === '?';
    let markers: SentenceMarker[] | undefined;
    for (let i = firstCue; i < s.tokenEnd; i++) {
      if (covered.has(i)) continue;
      // "on March 10", "in March": the month, not a protest march
      if (text.tokens[i].text === 'March' && (text.tokens[i + 1]?.kind === TokenKind.Number || /^(on|in|of|since|until|by|from|early|late|mid|last|next|this)$/i.test(text.tokens[i - 1]?.text ?? ''))) continue;
      const match = cueMatchAt(trie, v, i);
      if (!match) continue;
      if (single && !match.surfaces.some((x) => events.reactions.has(x.cue.type) || x.cue.domesticTarget)) { i += match.length - 1; continue; }
      const te = i + match.length;
      // "nuclear-armed", "U.S.-backed": a participle in a hyphenated compound is an adjective
      if (i > s.tokenStart && text.tokens[i - 1].text === '-' && text.tokens[i - 1].end === text.tokens[i].start) {
        compoundRelation(v, mentions, match.surfaces, i, te, s.index, out);
        i = te - 1;
        continue;
      }
      // most cue words that need a companion word ("hold" + "talks") have none near them: skip those before the clause is built
      let companion = false;
      for (const x of match.surfaces) if (!x.cue.compoundOnly && (x.cue.requiresSet.size === 0 || companionNear(text, x.cue, i, te, s.tokenStart, s.tokenEnd))) { companion = true; break; }
      if (!companion) { i = te - 1; continue; }
      // "called the crisis an attack on the EU": a noun that only names what someone calls a thing
      const described = isDescription(text, i, s.tokenStart);
      const [l, r] = clauseWindow(v, i);
      for (const surface of chooseSurface(match.surfaces, v, i, match.length)) {
        if (surface.cue.compoundOnly) continue;
        if (single && !events.reactions.has(surface.cue.type) && !surface.cue.domesticTarget) continue;
        // (but calling someone an ally or a partner is the relation: "which it described as a regional ally")
        if (described && surface.cue.pos === 'noun' && surface.cue.type !== 'criticism' && !surface.cue.relational) continue;
        // "imposed sanctions on Belarus, targeting the country's potash industry": a participle after a comma spells out the act
        // before it, so a target of sanctions is no attack
        if (surface.cue.type === 'attack' && surface.form === 'ing' && text.tokens[i - 1]?.text === ',' && out.length > 0 && out[out.length - 1].sentence === s.index && out[out.length - 1].type === 'sanction') continue;
        const args = findArguments(surface.cue.placeTarget || surface.cue.type === 'deployment' ? placeView : v, surface, i, te, l, r);
        // nothing can come of a cue with no parties (only a hosted talks noun finds its own)
        if (!args || (!args.sources && !args.pairsWithin && !(surface.cue.type === 'negotiation' && surface.cue.pos === 'noun'))) continue;
        // "NATO peacekeeping troops have arrived in Bosnia", "Kenyan police officers arrived": forces arriving are a deployment,
        // not a visit (see emit); nor does a state host talks with forces or people it hosts ("hosts 54,000 U.S. military personnel", "hosts 2.7 million Syrians")
        const arriving = surface.cue.type === 'negotiation' && surface.cue.placeTarget && forcesOf(text, args.sources, input.forceNouns);
        if (surface.cue.type === 'negotiation' && !surface.cue.placeTarget && surface.cue.objectVia === 'direct' && (forcesOf(text, args.targets, input.forceNouns) || args.targets?.members.every((m) => m.kind === 'demonym' && /s$/.test(text.tokens[m.tokenEnd - 1].text)))) continue;
        if (args.targets && surface.cue.forbidsAfterObject.includes(text.tokens[args.targets.tokenEnd]?.lower ?? '') && /ing$/.test(text.tokens[args.targets.tokenEnd + 1]?.text ?? '')) continue;
        const { cue } = surface;
        if (cue.requiresAmount && !hasMoney(text.text.slice(text.tokens[l].start, text.tokens[r - 1].end))) continue;
        let judged = cueModality(lex, { tokens: text.tokens, flags, sentenceStart: s.tokenStart, clauseStart: l, cueStart: i, cueEnd: te, sentenceEnd: s.tokenEnd, isNoun: cue.pos === 'noun', isQuestion, sentenceMarkers: (markers ??= sentenceMarkers(lex, text.tokens, s.tokenStart, s.tokenEnd, flags)), conditionFollows: cue.type === 'threat', finiteVerb: cue.pos === 'verb' && (surface.form === 'third' || (surface.form === 'past' && !/^(have|has|had|be|been|was|were|is|are)$/.test(text.tokens[i - 1]?.lower ?? ''))) });
        // "lifted an arms embargo on Turkey", "eased sanctions on Venezuela": a measure ended is no measure taken
        if (lex.reliefTypes.has(cue.type) && judged.modality === 'asserted') {
          for (let k = i - 1; k >= Math.max(l, i - lex.reliefWindow); k--) {
            if (text.tokens[k].text === ',') break;
            if (lex.reliefMarkers.has(text.tokens[k].lower)) { judged = { modality: 'negated', marker: text.tokens[k].lower }; break; }
          }
        }
        // "India's potential threat number one": a threat is a potential harm, so "potential" names it rather than hedging it
        if (cue.type === 'threat' && cue.pos === 'noun' && judged.modality === 'hypothetical' && (judged.marker === 'potential' || judged.marker === 'possible')
          && (text.tokens[i - 1]?.lower === judged.marker || text.tokens[i - 2]?.lower === judged.marker)) judged = { modality: 'asserted', marker: null };
        // an ultimatum stands as made unless its step is refused ("would not withdraw unless"); its own "if"/"unless" do not hedge it
        if (cue.coercionBefore.size) {
          const step = promisedStep(v, cue.coercionBefore, l, i)!;
          const refused = text.tokens.slice(step.marker, step.step).some((t) => lex.negation.some((seq) => seq.length === 1 && seq[0] === t.lower));
          judged = { modality: refused ? 'negated' : isQuestion ? 'hypothetical' : 'asserted', marker: refused ? 'not' : null };
        }
        // the promise of consequences is itself the threat, whatever mood the promised consequence is in
        // and a pledge of support is the support ("vowed to defend Niamey")
        const pledged = judged.marker !== null && lex.pledgeMarkers.has(judged.marker) && lex.pledgeTypes.has(cue.type);
        // "who had been flying to Washington for talks with Gore, ordered his plane to turn back"
        if (judged.modality === 'asserted' && lex.abortTypes.has(cue.type) && abortedAfter(text, te, s.tokenEnd, lex.abortMarkers)) judged = { modality: 'negated', marker: 'aborted' };
        const modality = cue.presupposed || (((cue.speakerSource && cue.type === 'threat') || pledged) && judged.modality === 'hypothetical') ? 'asserted' : judged.modality;
        const base = cue.strength * distanceFactor(i, te, [args.sources, args.targets]);
        // "Thailand and Cambodia agreed to a ceasefire": the parties to a truce have been fighting each other
        // (not a visitor "to press for a ceasefire")
        const truce = cue.type === 'negotiation' && !cue.placeTarget && !cue.mediator && modality !== 'negated' && mentionsWord(text, i, Math.min(r, te + 8), TRUCE_NOUNS);
        let mediating = false;
        // whether the act gives its grievance ("over the downed jet"), read once for all its pairs
        let grievance: boolean | undefined;
        // "Russia suspended peace treaty talks with Japan": halting relations with someone is a sanction on them (CAMEO 16)
        const halted = modality === 'negated' && judged.marker !== null && lex.haltMarkers.has(judged.marker) && lex.haltTypes.has(cue.type);
        const demanded = modality === 'hypothetical' && judged.marker !== null && lex.demandMarkers.has(judged.marker) && lex.demandTypes.has(cue.type);
        // "said they would boycott all contact with the United States": announcing a coercive step threatens its target
        const intended = modality === 'hypothetical' && !isQuestion && judged.marker !== null && lex.intentionMarkers.has(judged.marker) && lex.intentionTypes.has(cue.type) && !lex.intentionExceptCues.has(cue.lemma)
          && (cue.pos === 'verb' || objectOfMarkedVerb(text, judged.marker!, i));
        // "warned that Washington would not conclude trade agreements with either country": a warned refusal threatens
        const warned = modality === 'negated' && lex.warningTypes.has(cue.type) && warnedRefusal(text, lex, l, i);
        const emit = (a: Mention, b: Mention) => {
          // a person is no party to a relation with the state they serve ("Moon warned that his government would respond")
          // (nor is a state to one with its own leader: "Lula visited Beijing and met Xi Jinping")
          // (but a state's people may turn against its leader: "Young Algerians ... press their demands on President Bouteflika")
          const people = a.kind === 'demonym' && /s$/.test(text.tokens[a.tokenEnd - 1].text);
          if (cue.type !== 'affiliation' && !people && (servesState(a, b, mentions, analysis, input.date) || servesState(b, a, mentions, analysis, input.date))) return;
          // troops arriving somewhere are a deployment, not a visit
          const type = cue.placeTarget && cue.type === 'negotiation' && (arriving || isForce(a, analysis)) ? 'deployment' : cue.type;
          if (a.id === b.id || !a.actor || typeOf(a.id) === 'region') return;
          // a place after "in" is only a target of visits and deployments ("arrived in Amman", "troops in Syria")
          // ... and of strikes on targets there ("struck targets inside Libya")
          if (!b.actor && !cue.placeTarget && cue.type !== 'deployment' && !(cue.infinitiveTarget && b.locative) && !(cue.type === 'attack' && PLACE_TYPES.has(typeOf(b.id) ?? '') && struckIn(text, b, s.tokenStart, input.targetNouns))) return;
          if (cue.targetTypes.length && !cue.targetTypes.includes(typeOf(b.id) ?? '')) return;
          // a place is criticised or backed only through who governs it ("demonstrated in Kirkuk ... against Iraq")
          if (typeOf(b.id) === 'region' && (REGION_SHY.has(cue.type) || (cue.type === 'negotiation' && !cue.placeTarget))) return;
          if (cue.sourceTypes.length && !cue.sourceTypes.includes(typeOf(a.id) ?? '')) return;
          if (cue.type === 'deployment' && !['country', 'region'].includes(typeOf(b.id) ?? '')) return;
          // "Syrian rebels pushed into Afrin": a state's own domestic group moving inside it is no deployment
          if (type === 'deployment' && domesticTo(analysis, a.id, b.id)) return;
          const confidence = round(base * Math.min(a.certainty, b.certainty));
          const cueWord = text.tokens[i].lower;
          // one object shape for every candidate keeps the hot loop monomorphic
          const candidate = (source: string, target: string, t: RelationType, m: Modality, conf: number): RelationCandidate =>
            ({ source, target, type: t, modality: m, confidence: conf, sentence: s.index, withAmount: t === 'funding', cue: cueWord });
          out.push(candidate(a.id, b.id, type, modality, confidence));
          // "went to war with Eritrea", "fighting with the RSF": fighting "with" someone is fighting each other
          if (cue.mutual || (type === 'attack' && withBefore(text.tokens, b.tokenStart))) out.push(candidate(b.id, a.id, type, modality, confidence));
          // "to the Hmeimim air base in Syria": a deployment to a place is one to the state named with it
          // (or the state the catalog places it in: "Turkish troops at the Bashiqa camp near Mosul")
          if (type === 'deployment' && typeOf(b.id) === 'region') {
            const state = stateAfterPlace(text, b, mentions, typeOf) ?? analysis.entities.get(b.id)?.state;
            if (state && state !== a.id && !domesticTo(analysis, a.id, state)) out.push(candidate(a.id, state, type, modality, round(confidence * 0.9)));
          }
          // "Russian missiles struck Kharkiv": a strike on a city is one on its state, unless the attacker is that state's own
          if (type === 'attack' && typeOf(b.id) === 'region') {
            const state = analysis.entities.get(b.id)?.state;
            const own = state && (a.id === state || analysis.entities.get(a.id)?.affiliation === state || servesStateId(a, state, mentions, analysis, input.date));
            if (state && !own) out.push(candidate(a.id, state, type, modality, round(confidence * 0.9)));
            // ... and on the region named as holding it ("the airports of Bahir Dar and Gondar in the Amhara region")
            const region = regionAfterPlace(text, b, mentions, typeOf);
            if (region) out.push(candidate(a.id, region, type, modality, round(confidence * 0.9)));
          }
          // an attack on a state's armed service is an attack on that state ("seized three Ukrainian navy ships")
          const served = type === 'attack' ? analysis.entities.get(b.id) : undefined;
          if (served?.type === 'military' && served.affiliation && isStateId(served.affiliation) && served.affiliation !== a.id) {
            out.push(candidate(a.id, served.affiliation, type, modality, round(confidence * 0.9)));
          }
          // "recalled its ambassadors ... in protest", "sanctions on Turkey over the downed jet": the measure voices criticism too, and so does calling for one
          if (((type === 'sanction' && modality !== 'negated') || halted) && (grievance ??= forGrievance(text, te, r, lex, flags)) || demanded) out.push(candidate(a.id, b.id, 'criticism', 'asserted', confidence));
          if ((intended || warned) && b.actor) out.push(candidate(a.id, b.id, 'threat', 'asserted', round(confidence * 0.9)));
          if (halted && b.actor && !mediating) out.push(candidate(a.id, b.id, 'sanction', 'asserted', round(confidence * 0.8)));
          if (truce && !mediating && b.actor) { out.push(candidate(a.id, b.id, 'attack', 'asserted', round(confidence * 0.8))); out.push(candidate(b.id, a.id, 'attack', 'asserted', round(confidence * 0.8))); }
          // a state joining NATO enters its alliance
          if (type === 'affiliation' && collectiveDefence.has(b.id) && typeOf(a.id) === 'country') out.push(candidate(a.id, b.id, 'alliance', modality, confidence));
        };
        // "The White House condemned the shelling", "provided support for the operation": the target
        // is the agent of the event, reported earlier
        const objectAt = cue.pos === 'verb' ? te : cue.targetPreps.includes(text.tokens[te]?.lower ?? '') ? te + 1 : -1;
        const eventKinds = objectAt >= 0 && events.reactions.has(cue.type) && args.sources && !args.targets ? eventObjectAt(v, objectAt, r, events) : null;
        if (eventKinds && args.sources) {
          for (const a of args.sources.members) {
            if (!a.actor) continue;
            for (const source of eventAgents(out, eventKinds.kinds, eventKinds.noun, a.id)) {
              // the agent's state answers for its forces ("condemned the patrols" of U.S. Navy warships)
              const info = analysis.entities.get(source);
              const agent = (info?.type === 'military' && info.affiliation) || source;
              if (agent === a.id || servesStateId(a, agent, mentions, analysis, input.date)) continue;
              out.push({ source: a.id, target: agent, type: cue.type, modality, confidence: round(base * EVENT_ANAPHORA_FACTOR * a.certainty), sentence: s.index, withAmount: false });
            }
          }
          i = te - 1;
          break;
        }
        // "The two sides blamed each other", "each accused the other": both directions within the subject
        if (args.sources && reciprocalAt(text, te, r)) {
          // "Army chief General Burhan and RSF commander General Dagalo, known as Hemedti, each accused the other":
          // titles and asides keep the pair apart, "and" joins them
          const pair = args.sources.members.length > 1 ? args.sources : joinedPair(v, args.sources, l);
          if (pair) {
            args.pairsWithin = pair;
            args.sources = undefined;
            args.targets = undefined;
          }
        }
        // "Iraqi Kurds demonstrated in Kirkuk": a protest with no target named is against the protesters' own state
        // or the leader the clause names ("... to demand the resignation of President Suharto")
        // "demonstrations against violations by the Israeli military": the agent of what is protested
        const protested = cue.type === 'criticism' && args.sources && !args.targets ? agentAfter(v, te, r) : undefined;
        if (protested) args.targets = protested;
        if (cue.domesticTarget && args.sources && !args.targets) {
          for (const a of args.sources.members) {
            // a domestic group's state, or the people of a state ("Young Algerians") against their leader only
            // ("Tokyo lodged a protest ..., Chief Cabinet Secretary Kihara told reporters": a government protests no leader of its own)
            const people = typeOf(a.id) === 'country' && (a.kind === 'demonym' || a.kind === 'adjective' || a.kind === 'group');
            if (typeOf(a.id) === 'country' && !people) continue;
            const state = people ? a.id : analysis.entities.get(a.id)?.affiliation;
            if (!state || !isStateId(state)) continue;
            const leader = mentions.find((m) => m.tokenStart >= te && m.tokenStart < r && typeOf(m.id) === 'person' && servesStateId(m, state, mentions, analysis, input.date));
            const target = leader?.id ?? (people ? undefined : state);
            if (target) out.push({ source: a.id, target, type: cue.type, modality, confidence: round(base * EVENT_ANAPHORA_FACTOR * a.certainty), sentence: s.index, withAmount: false });
          }
        }
        // "struck targets inside Libya", "captured a village in eastern Ukraine": the state around the struck targets
        if (cue.type === 'attack' && cue.pos === 'verb' && args.sources && !args.targets) {
          const near = v.groups.find((g) => g.tokenStart >= te && g.tokenStart <= te + 5 && g.tokenStart < r && g.members.every((m) => (PLACE_TYPES.has(typeOf(m.id) ?? '') || typeOf(m.id) === 'country') && struckIn(text, m, te, input.targetNouns)))
            // "shelled positions of the Palestinian security forces", "attacked a military base used by U.S. forces"
            ?? v.groups.find((g) => g.tokenStart >= te + 2 && g.tokenStart <= te + 7 && g.tokenStart < r && targetOf(text, g.tokenStart, te, input.targetNouns))
            // "has also struck repeatedly in Burkina Faso": a one-sided strike with no object hits the state it strikes in
            // (a past form only: "Houthi targets in Yemen", "strikes in Syria" are nouns)
            ?? (cue.mutual || (surface.form !== 'past' && surface.form !== 'participle') ? undefined : v.groups.find((g) => g.tokenStart > te && g.tokenStart < r && g.members.every((m) => typeOf(m.id) === 'country' && m.locative) && struckDirectlyIn(text, te, g.tokenStart)));
          if (near) args.targets = near;
        }
        // "agreed to restore ties after talks hosted by China": the host talked with the sentence's parties
        const host = cue.type === 'negotiation' && cue.pos === 'noun' ? hostAfter(v, te, r, input.hostingVerbs) : undefined;
        if (host) {
          const parties = firstSubject(v, i);
          mediating = true;
          if (parties && parties !== host) for (const a of host.members) for (const b of parties.members) emit(a, b);
          mediating = false;
        }
        // "Turkey, Albania and Afghanistan also extended recognition": "also" repeats the latest act of its type on its target
        if (args.sources && !args.targets && isDirected(cue.type) && alsoBefore(text, args.sources.tokenEnd, i)) {
          const own = new Set(args.sources.members.map((m) => m.id));
          let earlier: RelationCandidate | undefined;
          for (let k = out.length - 1; k >= 0 && !earlier; k--) {
            const c = out[k];
            if (c.type === cue.type && c.modality === 'asserted' && !own.has(c.source) && !own.has(c.target) && c.sentence >= s.index - 2) earlier = c;
          }
          const target = earlier ? mentions.find((m) => m.id === earlier.target) ?? analysis.mentions.find((m) => m.id === earlier.target) : undefined;
          if (target) for (const a of args.sources.members) emit(a, target);
        }
        if (args.sources && args.targets) {
          for (const a of args.sources.members) for (const b of args.targets.members) emit(a, b);
          // "The United States and Britain bombed targets in Yemen": states striking together cooperate
          if (JOINT_TYPES.has(cue.type) && modality === 'asserted' && args.sources.members.length > 1) jointAction(args.sources.members, args.targets.members, typeOf, s.index, round(base * 0.8), out);
        } else if (args.pairsWithin && args.pairsWithin.members.length > 1) {
          const ms = args.pairsWithin.members;
          const both = !cue.mutual && isDirected(cue.type);
          // emit() adds the reverse of mutual cues; a reciprocal object gives it to directed ones
          for (let x = 0; x < ms.length; x++) for (let y = x + 1; y < ms.length; y++) { emit(ms[x], ms[y]); if (both) emit(ms[y], ms[x]); }
          // a mediator talks with both sides: "X launched a mediation effort between Y and Z"
          // and so does a host: "Iraq and Oman hosted several rounds of talks between Saudi and Iranian officials"
          const hosted = cue.type === 'negotiation' && hostedBefore(text, i, l, input.hostingVerbs);
          const mediator = cue.mediator || hosted ? subjectBefore(v, l, i) : undefined;
          mediating = true;
          if (mediator && mediator !== args.pairsWithin) for (const a of mediator.members) for (const b of ms) emit(a, b);
          mediating = false;
        }
      }
      i = te - 1;
    }
    followers(v, s.index, out, events);
  }
  return [...out, ...structuralRelations(input, input.roleNouns)];
}

function mentionsWord(text: TextDoc, from: number, to: number, words: Set<string>): boolean {
  for (let k = from; k < to; k++) if (words.has(text.tokens[k].lower)) return true;
  return false;
}

/** "also" (or "too") between a subject and its verb: "X also extended recognition". */
function alsoBefore(text: TextDoc, from: number, cue: number): boolean {
  if (cue - from > 4) return false;
  for (let k = from; k < cue; k++) if (text.tokens[k].lower === 'also' || text.tokens[k].lower === 'too') return true;
  return false;
}

/** "..., and Canada and Colombia quickly followed": the subjects repeat the latest relation. */
function followers(v: SentenceView, sentence: number, out: RelationCandidate[], events: ReturnType<typeof eventNounLexicon>): void {
  for (let k = v.start + 1; k < v.end; k++) {
    if (v.inMention.has(k) || !events.followerFirstWords.has(v.tokens[k].lower)) continue;
    const length = followerAt(v, k, events);
    if (!length) continue;
    const subject = subjectBefore(v, clauseWindow(v, k)[0], k);
    if (!subject) continue;
    const ids = new Set(subject.members.filter((m) => m.actor).map((m) => m.id));
    const followed = followedRelation(out, ids);
    if (!followed) continue;
    for (const m of subject.members) {
      if (!m.actor) continue;
      out.push({ source: m.id, target: followed.target, type: followed.type, modality: 'asserted', confidence: round(followed.confidence * EVENT_ANAPHORA_FACTOR * m.certainty), sentence, withAmount: false });
    }
  }
}

function isForce(m: Mention, analysis: EntityAnalysis): boolean {
  return m.kind === 'force' || analysis.entities.get(m.id)?.type === 'military';
}

function servesState(a: Mention, b: Mention, mentions: Mention[], analysis: EntityAnalysis, date: string | null): boolean {
  return servesStateId(a, b.id, mentions, analysis, date);
}

function servesStateId(a: Mention, state: string, mentions: Mention[], analysis: EntityAnalysis, date: string | null): boolean {
  const person = analysis.entities.get(a.id);
  if (person?.type !== 'person' || analysis.entities.get(state)?.type !== 'country') return false;
  if (mentions.some((m) => m.id === a.id && m.titleOf === state)) return true;
  return rolesOn(person.roles, date).some((r) => r.of === state);
}

/** "Russian-backed separatists": support from the modifier to the noun phrase's head actor. */
function compoundRelation(v: SentenceView, mentions: Mention[], surfaces: CueSurface[], i: number, te: number, sentence: number, out: RelationCandidate[]): void {
  const verb = surfaces.find((x) => x.cue.pos === 'verb' && (x.form === 'past' || x.form === 'participle'));
  // the modifier of a compound is no actor of its own sentence ("Iran-backed"), so look among all mentions
  const modifier = mentions.filter((m) => m.tokenEnd === i - 1);
  const head = groupAfter(v, te, v.end, 2, true);
  // "signed a Norwegian-brokered truce", "the Qatar-brokered deal between Israel and Hamas": the broker talked with both sides
  const mediator = surfaces.find((x) => x.cue.mediator && (x.form === 'past' || x.form === 'participle'));
  if (mediator && modifier.length && !head) {
    const parties = prepObject(v, te, v.end, ['between'], 4, false)?.group ?? firstSubject(v, i);
    if (parties && parties.members.length > 1) for (const a of modifier) for (const b of parties.members) {
      if (a.id !== b.id && b.actor) out.push({ source: a.id, target: b.id, type: mediator.cue.type, modality: 'asserted', confidence: round(mediator.cue.strength * 0.9 * Math.min(a.certainty, b.certainty)), sentence, withAmount: false });
    }
    return;
  }
  if (!verb || !modifier.length || !head) return;
  // "the Somalia-based group": the head is based in the modifier, which deploys nothing
  if (verb.cue.type === 'deployment') return;
  // "al-Qaeda-linked al-Shabab": the head belongs to the modifier
  const belongs = verb.cue.type === 'affiliation';
  for (const a of modifier) for (const b of head.members) {
    if (belongs && a.id !== b.id) { out.push({ source: b.id, target: a.id, type: 'affiliation', modality: 'asserted', confidence: round(verb.cue.strength * 0.9 * Math.min(a.certainty, b.certainty)), sentence, withAmount: false }); continue; }
    if (a.id !== b.id) out.push({ source: a.id, target: b.id, type: verb.cue.type, modality: 'asserted', confidence: round(verb.cue.strength * 0.9 * Math.min(a.certainty, b.certainty)), sentence, withAmount: false });
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Merge candidates into the contract's relations: one per (source, type, target, modality). */
export function extractRelations(input: RelationStageInput): Relation[] {
  // keyed by the ordered pair's ids (catalog strings, hashed once) rather than a concatenated key built per candidate
  const merged = new Map<string, Map<string, Relation[]>>();
  const out: Relation[] = [];
  const { text } = input;
  // many relations share a sentence: its text and attributes are read once
  const sentenceText = new Map<number, string>();
  const attributesOf = new Map<number, RelationAttributes>();
  const readAttributes = (sentence: number, body: string, withAmount: boolean): RelationAttributes => {
    const key = sentence * 2 + (withAmount ? 1 : 0);
    let attrs = attributesOf.get(key);
    if (!attrs) {
      const s = text.sentences[sentence];
      attrs = relationAttributes(body, input.date, withAmount, hasNumber(text, s.tokenStart, s.tokenEnd));
      attributesOf.set(key, attrs);
    }
    return attrs;
  };
  for (const c of relationCandidates(input)) {
    const directed = isDirected(c.type);
    const [a, b] = directed || c.source <= c.target ? [c.source, c.target] : [c.target, c.source];
    const s = text.sentences[c.sentence];
    let body = sentenceText.get(c.sentence);
    if (body === undefined) { body = text.text.slice(s.start, s.end); sentenceText.set(c.sentence, body); }
    const evidence = { sentence: body, start: s.start, end: s.end };
    let byTarget = merged.get(a);
    if (!byTarget) { byTarget = new Map(); merged.set(a, byTarget); }
    let pair = byTarget.get(b);
    if (!pair) { pair = []; byTarget.set(b, pair); }
    const existing = pair.find((r) => r.type === c.type && r.modality === c.modality);
    if (existing) {
      existing.confidence = Math.max(existing.confidence, c.confidence);
      if (!existing.evidence.some((e) => e.start === evidence.start)) existing.evidence.push(evidence);
      if (c.withAmount && existing.attributes?.amount === undefined) {
        const attrs = readAttributes(c.sentence, body, true);
        if (attrs.amount !== undefined) existing.attributes = { ...attrs };
      }
      continue;
    }
    const attributes = { ...readAttributes(c.sentence, body, c.withAmount) };
    const rel: Relation = { source: c.source, target: c.target, type: c.type, directed, modality: c.modality, confidence: c.confidence, evidence: [evidence] };
    if (Object.keys(attributes).length) rel.attributes = attributes;
    pair.push(rel);
    out.push(rel);
  }
  return out;
}

/** A group that names forces: a force noun as its last word or right after it ("Kenyan police officers", "U.S. military personnel"). */
function forcesOf(text: TextDoc, g: ActorGroup | undefined, forceNouns: string[][] | undefined): boolean {
  if (!g) return false;
  for (let k = g.tokenEnd - 2; k <= g.tokenEnd + 1; k++) if (k >= g.tokenStart - 1 && forceNounEnd(text, k, forceNouns) >= g.tokenEnd) return true;
  return false;
}

/** Whether a sentence holds a number token: amounts and years need one. */
function hasNumber(text: TextDoc, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.tokens[k].kind === TokenKind.Number) return true;
  return false;
}

/** Words that put a noun outside the object of the verb before it ("would apply to armed attacks on X"). */
const NOT_OBJECT = new Set(['to', 'on', 'of', 'for', 'against', 'in', 'with', 'by', 'at', 'from', 'that', 'which', ',']);

/** A noun cue is the object of the verb the marker governs ("would tighten the naval blockade of Serbia"). */
function objectOfMarkedVerb(text: TextDoc, marker: string, cueStart: number): boolean {
  const last = marker.slice(marker.lastIndexOf(' ') + 1);
  for (let k = cueStart - 1; k >= Math.max(0, cueStart - 6); k--) {
    if (text.tokens[k].lower === last) return true;
    if (NOT_OBJECT.has(text.tokens[k].lower)) return false;
  }
  return false;
}


/** Acts whose joint agents work together against a third party (parallel sanctions are often separate measures). */
const JOINT_TYPES = new Set<RelationType>(['attack']);

/** Cooperation between every two states or bodies acting together on a target none of them is. */
function jointAction(agents: Mention[], targets: Mention[], typeOf: (id: string) => string | undefined, sentence: number, confidence: number, out: RelationCandidate[]): void {
  const ids = [...new Set(agents.filter((m) => m.actor && (typeOf(m.id) === 'country' || typeOf(m.id) === 'organization')).map((m) => m.id))];
  if (ids.length < 2 || targets.some((t) => ids.includes(t.id))) return;
  for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) {
    out.push({ source: ids[x], target: ids[y], type: 'cooperation', modality: 'asserted', confidence, sentence, withAmount: false });
  }
}

/** "struck (repeatedly) in X": a place preposition right after the verb, past adverbs only. */
function struckDirectlyIn(text: TextDoc, te: number, placeAt: number): boolean {
  let k = te;
  while (k < placeAt && (/ly$/.test(text.tokens[k].lower) || VERB_ADVERBS.has(text.tokens[k].lower))) k++;
  return k === placeAt - 1 && /^(in|inside|across|throughout)$/.test(text.tokens[k].lower);
}

/**
 * Whether a cue's required word can be found where findArguments looks for it: after the cue
 * (within its window, or anywhere after for requirements past the object) or a few words
 * before it (a relative clause: "the sanctions the United States imposed"). A cue without
 * requirements always can.
 */
function companionNear(text: TextDoc, cue: Cue, ts: number, te: number, start: number, end: number): boolean {
  if (cue.requiresSet.size === 0) return true;
  const limit = cue.requiresAfterObject ? end : Math.min(end, te + cue.requiresWindow);
  for (let k = te; k < limit; k++) if (cue.requiresSet.has(text.tokens[k].lower)) return true;
  for (let k = ts - 1; k >= Math.max(start, ts - 8); k--) if (cue.requiresSet.has(text.tokens[k].lower)) return true;
  return false;
}

const VERDICTS = wordClasses().verdicts;
const TRUCE_NOUNS = wordClasses().truceNouns;
const VERB_ADVERBS = wordClasses().verbAdverbs;
const VERDICT_ADVERBS = wordClasses().verdictAdverbs;

/**
 * "X said the decision was extremely unjust and absolutely unacceptable": a verdict after
 * "was" or "is" on an event named right before it criticises that event's agent; the
 * sentence's first actor, who gives the verdict, is the source.
 */
function verdictOnEvent(text: TextDoc, s: { index: number; tokenStart: number; tokenEnd: number }, mentions: Mention[], inMention: TokenSet, events: EventNounLexicon, out: RelationCandidate[]): void {
  const t = text.tokens;
  for (let k = s.tokenStart + 2; k < s.tokenEnd; k++) {
    if (!VERDICTS.has(t[k].lower)) continue;
    let c = k - 1;
    while (c > s.tokenStart && VERDICT_ADVERBS.has(t[c].lower)) c--;
    if (!/^(was|is|were|are)$/.test(t[c].lower)) continue;
    // the event noun phrase right before the copula: "the decision", "the strikes", "Tuesday's raids"
    let d = c - 1;
    while (d > s.tokenStart && c - d <= 3 && !events.determiners.has(t[d].lower)) d--;
    const speaker = mentions.find((m) => m.actor && !m.locative && m.tokenEnd <= d);
    if (!speaker) continue;
    const event = eventObjectAt({ tokens: t, inMention }, d, c, events);
    if (!event) continue;
    for (const agent of eventAgents(out, event.kinds, event.noun, speaker.id)) {
      if (agent !== speaker.id) out.push({ source: speaker.id, target: agent, type: 'criticism', modality: 'asserted', confidence: round(0.6 * EVENT_ANAPHORA_FACTOR * speaker.certainty), sentence: s.index, withAmount: false });
    }
    return;
  }
}

/** "with" or "with the" right before token k. */
function withBefore(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1]?.lower;
  return prev === 'with' || (prev === 'the' && tokens[k - 2]?.lower === 'with');
}

/** Whether `group` is a domestic group (a role "Group" of a state) of `place`'s state or of `place` itself. */
function domesticTo(analysis: EntityAnalysis, group: string, place: string): boolean {
  const info = analysis.entities.get(group);
  const home = info?.roles.length ? info.roles.find((r) => r.title === 'Group')?.of : undefined;
  return home !== undefined && (home === place || analysis.entities.get(place)?.state === home);
}

/** A clause from l reported by a verb of warning ("warned that ..."), with a future auxiliary before a negation ahead of the cue at i. */
function warnedRefusal(text: TextDoc, lex: ModalityLexicon, l: number, i: number): boolean {
  const t = text.tokens;
  const verb = t[l - 1]?.lower === 'that' ? t[l - 2] : t[l - 1];
  if (!verb || !lex.warningVerbs.has(verb.lower)) return false;
  for (let k = l; k + 1 < i; k++) if (lex.warningAuxiliaries.has(t[k].lower) && /^(not|n't|never|no)$/.test(t[k + 1].lower)) return true;
  return false;
}
