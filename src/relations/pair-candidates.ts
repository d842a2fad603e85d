/**
 * The candidates one cue occurrence gives for one pair of parties: the relation itself,
 * after the checks on who can hold it, and what follows from it (the reverse of a mutual
 * act, a strike on a city's state, the criticism a sanction voices, a state joining a
 * defence alliance, …).
 */
import { rolesOn } from '../entities/roles.js';
import type { EntityAnalysis, Mention } from '../entities/types.js';
import type { RelationType } from '../model.js';
import type { TextDoc } from '../text/sentences.js';
import type { Token } from '../text/tokenize.js';
import { relationCandidate, round, type RelationCandidate } from './candidate.js';
import { forGrievance, isStateId, PLACE_TYPES, regionAfterPlace, stateAfterPlace, struckIn } from './clues.js';
import { forceNounEnd } from './structural.js';
import { wordClasses } from '../text/word-classes.js';
import type { CueJudgement } from './cue-judgement.js';
import type { Cue } from './cues.js';
import type { ModalityLexicon } from './lexicon.js';

/** One cue occurrence, with what the rules for its parties read. */
export interface CueScope {
  text: TextDoc;
  analysis: EntityAnalysis;
  /** The sentence's mentions. */
  mentions: Mention[];
  date: string | null;
  /** Each entity's type, a self-ruled region counting as a country. */
  typeOf: (id: string) => string | undefined;
  sentence: number;
  sentenceStart: number;
  targetNouns: Set<string> | undefined;
  /** Force nouns ("army", "armed forces") as token sequences, for "Habré's army". */
  forceNouns: string[][] | undefined;
  collectiveDefence: Set<string>;
  lex: ModalityLexicon;
  flags: Uint8Array;
  cue: Cue;
  /** The cue's tokens [i, te), its clause ending at r. */
  i: number;
  te: number;
  r: number;
  /** Cue strength × argument distance. */
  base: number;
  judgement: CueJudgement;
  /** Forces arriving somewhere: a deployment, not a visit. */
  arriving: boolean;
  /** Whether the act gives its grievance ("over the downed jet"), read once for all its pairs. */
  grievance: boolean | undefined;
  /** The pairs of a mediator or a host: the relation only, nothing derived from it. */
  mediating: boolean;
  /** How many parties a truce joins (counted for truces only, 2 otherwise): a truce between two says they fought, one agreed among four does not ("the leaders of Russia, Ukraine, Germany and France agreed on a ceasefire"). */
  sides: number;
  out: RelationCandidate[];
}

const MEASURE_NOUNS = wordClasses().measureNouns;

/** Types whose parties are never mere places (a place can be struck, visited, garrisoned, funded or threatened). */
const REGION_SHY = new Set<RelationType>(['criticism', 'support', 'alliance', 'cooperation', 'trade']);

/** A candidate of the cue in `o`: funding reads an amount, and the cue's first word is kept for nouns that refer back to the event. */
function cueCandidate(o: CueScope, source: string, target: string, type: RelationType, modality: RelationCandidate['modality'], confidence: number): RelationCandidate {
  return relationCandidate(source, target, type, modality, confidence, o.sentence, type === 'funding', o.text.tokens[o.i].lower);
}

export function emitPair(o: CueScope, first: Mention, second: Mention): void {
  const { text, analysis, mentions, cue, typeOf, out } = o;
  // "Habré's army drove the Libyans out of Fada": a leader's forces are the forces of the state the leader serves
  const sender = leadersForce(o, first);
  const b = leadersForce(o, second);
  const { modality, halted, demanded, intended, warned, truce } = o.judgement;
  // troops arriving somewhere are a deployment, not a visit
  const type = cue.placeTarget && cue.type === 'negotiation' && (o.arriving || isForce(sender, analysis)) ? 'deployment' : cue.type;
  // ("The Pentagon said it was sending 3,000 soldiers to Kuwait": a state's organ deploys the state's forces)
  const a = type === 'deployment' ? organsState(analysis, sender) : sender;
  // a person is no party to a relation with the state they serve ("Moon warned that his government would respond")
  // (nor is a state to one with its own leader: "Lula visited Beijing and met Xi Jinping")
  // (but a state's people may turn against its leader: "Young Algerians ... press their demands on President Bouteflika")
  const people = a.kind === 'demonym' && /s$/.test(text.tokens[a.tokenEnd - 1].text);
  if (cue.type !== 'affiliation' && !people && (servesState(a, b, mentions, analysis, o.date) || servesState(b, a, mentions, analysis, o.date))) return;
  if (a.id === b.id || !a.actor || typeOf(a.id) === 'region') return;
  // "U.S. Marines ... retook the seized American merchant ship": a state's own forces do not attack it
  if (type === 'attack' && analysis.entities.get(a.id)?.type === 'military' && analysis.entities.get(a.id)?.affiliation === b.id) return;
  // "condemns Cuba embargo": a state's name before a measure is what the measure is on, not whom the protest is against
  // (an abbreviation or a nationality word names who imposes it: "condemned U.S. sanctions", "Western sanctions")
  if (cue.type === 'criticism' && b.kind === 'name' && typeOf(b.id) === 'country' && MEASURE_NOUNS.has(text.tokens[b.tokenEnd]?.lower ?? '')
    && /[a-z]/.test(text.text.slice(b.start, b.end))) return;
  // a place after "in" is only a target of visits and deployments ("arrived in Amman", "troops in Syria")
  // ... and of strikes on targets there ("struck targets inside Libya")
  if (!b.actor && !cue.placeTarget && cue.type !== 'deployment' && !(cue.infinitiveTarget && b.locative) && !(cue.type === 'attack' && PLACE_TYPES.has(typeOf(b.id) ?? '') && struckIn(text, b, o.sentenceStart, o.targetNouns))) return;
  if (cue.targetTypes.length && !cue.targetTypes.includes(typeOf(b.id) ?? '')) return;
  // a place is criticised or backed only through who governs it ("demonstrated in Kirkuk ... against Iraq")
  if (typeOf(b.id) === 'region' && (REGION_SHY.has(cue.type) || (cue.type === 'negotiation' && !cue.placeTarget))) return;
  if (cue.sourceTypes.length && !cue.sourceTypes.includes(typeOf(a.id) ?? '')) return;
  // a deployment goes to a state or a place
  if (cue.type === 'deployment' && !PLACE_TYPES.has(typeOf(b.id) ?? '')) return;
  // "Syrian rebels pushed into Afrin": a state's own domestic group moving inside it is no deployment
  if (type === 'deployment' && domesticTo(analysis, a.id, b.id)) return;
  const confidence = round(o.base * Math.min(a.certainty, b.certainty));
  out.push(cueCandidate(o, a.id, b.id, type, modality, confidence));
  // "went to war with Eritrea", "fighting with the RSF": fighting "with" someone is fighting each other
  // (but fighting "against" someone is one side's act: "sent soldiers to fight alongside the coalition against Yemen's Houthis")
  // (a place fought over fights no one: "fighting for the border towns of Ras al-Ain and Tel Abyad")
  const fightsBack = typeOf(b.id) !== 'region';
  if (fightsBack && ((cue.mutual && !againstBefore(text.tokens, b.tokenStart)) || (type === 'attack' && withBefore(text.tokens, b.tokenStart)))) out.push(cueCandidate(o, b.id, a.id, type, modality, confidence));
  // "to the Hmeimim air base in Syria": a deployment to a place is one to the state named with it
  // (or the state the catalog places it in: "Turkish troops at the Bashiqa camp near Mosul")
  if (type === 'deployment' && typeOf(b.id) === 'region') {
    const state = stateAfterPlace(text, b, mentions, typeOf) ?? analysis.entities.get(b.id)?.state;
    if (state && state !== a.id && !domesticTo(analysis, a.id, state)) out.push(cueCandidate(o, a.id, state, type, modality, round(confidence * 0.9)));
  }
  // "Russian missiles struck Kharkiv": a strike on a city is one on its state, unless the attacker is that state's own
  if (type === 'attack' && typeOf(b.id) === 'region') {
    const state = analysis.entities.get(b.id)?.state;
    const own = state && (a.id === state || analysis.entities.get(a.id)?.affiliation === state || servesStateId(a, state, mentions, analysis, o.date));
    if (state && !own) out.push(cueCandidate(o, a.id, state, type, modality, round(confidence * 0.9)));
    // ... and on the region named as holding it ("the airports of Bahir Dar and Gondar in the Amhara region")
    const region = regionAfterPlace(text, b, mentions, typeOf);
    if (region) out.push(cueCandidate(o, a.id, region, type, modality, round(confidence * 0.9)));
  }
  // an attack on a state's armed service is an attack on that state ("seized three Ukrainian navy ships")
  const served = type === 'attack' ? analysis.entities.get(b.id) : undefined;
  if (served?.type === 'military' && served.affiliation && isStateId(served.affiliation) && served.affiliation !== a.id) {
    out.push(cueCandidate(o, a.id, served.affiliation, type, modality, round(confidence * 0.9)));
  }
  // "recalled its ambassadors ... in protest", "sanctions on Turkey over the downed jet": the measure voices criticism too, and so does calling for one
  if (((type === 'sanction' && modality !== 'negated') || halted) && (o.grievance ??= forGrievance(text, o.te, o.r, o.lex, o.flags)) || demanded) out.push(cueCandidate(o, a.id, b.id, 'criticism', 'asserted', confidence));
  if ((intended || warned) && b.actor) out.push(cueCandidate(o, a.id, b.id, 'threat', 'asserted', round(confidence * 0.9)));
  if (halted && b.actor && !o.mediating) out.push(cueCandidate(o, a.id, b.id, 'sanction', 'asserted', round(confidence * 0.8)));
  // (sides, not their leaders: "Putin and Poroshenko agreed a truce" says their states fought)
  if (truce && !o.mediating && o.sides === 2 && b.actor && typeOf(a.id) !== 'person' && typeOf(b.id) !== 'person') { out.push(cueCandidate(o, a.id, b.id, 'attack', 'asserted', round(confidence * 0.8))); out.push(cueCandidate(o, b.id, a.id, 'attack', 'asserted', round(confidence * 0.8))); }
  // "Britain, another NATO ally": a state the name of a defence body calls an ally is the body's member
  if (type === 'alliance' && o.cue.pos === 'noun' && b.tokenEnd === o.i && o.collectiveDefence.has(b.id) && typeOf(a.id) === 'country') out.push(cueCandidate(o, a.id, b.id, 'affiliation', modality, confidence));
  // a state joining NATO enters its alliance
  if (type === 'affiliation' && o.collectiveDefence.has(b.id) && typeOf(a.id) === 'country') out.push(cueCandidate(o, a.id, b.id, 'alliance', modality, confidence));
}

/** Acts whose joint agents work together against a third party (parallel sanctions are often separate measures). */
export const JOINT_TYPES = new Set<RelationType>(['attack']);

/** Cooperation between every two states or bodies acting together on a target none of them is. */
export function jointAction(agents: Mention[], targets: Mention[], typeOf: (id: string) => string | undefined, sentence: number, confidence: number, out: RelationCandidate[]): void {
  const ids = [...new Set(agents.filter((m) => m.actor && (typeOf(m.id) === 'country' || typeOf(m.id) === 'organization')).map((m) => m.id))];
  if (ids.length < 2 || targets.some((t) => ids.includes(t.id))) return;
  for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) {
    out.push(relationCandidate(ids[x], ids[y], 'cooperation', 'asserted', confidence, sentence));
  }
}

function isForce(m: Mention, analysis: EntityAnalysis): boolean {
  return m.kind === 'force' || analysis.entities.get(m.id)?.type === 'military';
}

function servesState(a: Mention, b: Mention, mentions: Mention[], analysis: EntityAnalysis, date: string | null): boolean {
  return servesStateId(a, b.id, mentions, analysis, date);
}

const DEPLOYING_KINDS = wordClasses().deployingKinds;

/** A state organ's mention read as its state's (a deployment's sender); any other mention as it is. */
function organsState(analysis: EntityAnalysis, m: Mention): Mention {
  const info = analysis.entities.get(m.id);
  return info?.type === 'organization' && DEPLOYING_KINDS.has(info.kind ?? '') && info.affiliation && isStateId(info.affiliation)
    ? { ...m, id: info.affiliation } : m;
}

/** A person's mention before "'s" and a force noun stands for the state the person serves, when that is known. */
function leadersForce(o: CueScope, m: Mention): Mention {
  const { text, analysis } = o;
  const after = text.tokens[m.tokenEnd]?.text;
  if ((after !== "'s" && after !== '’s') || m.kind === 'pronoun' || analysis.entities.get(m.id)?.type !== 'person') return m;
  if (!forceNounEnd(text, m.tokenEnd + 1, o.forceNouns)) return m;
  const titled = analysis.mentions.find((x) => x.id === m.id && x.titleOf && isStateId(x.titleOf))?.titleOf;
  const state = titled ?? rolesOn(analysis.entities.get(m.id)?.roles, o.date).find((r) => isStateId(r.of))?.of;
  return state ? { ...m, id: state, kind: 'name', actor: true, locative: false } : m;
}

/** Whether the person named by `a` holds a role of `state` (titled so in the sentence, or by the catalog on the date). */
export function servesStateId(a: Mention, state: string, mentions: Mention[], analysis: EntityAnalysis, date: string | null): boolean {
  const person = analysis.entities.get(a.id);
  if (person?.type !== 'person' || analysis.entities.get(state)?.type !== 'country') return false;
  if (mentions.some((m) => m.id === a.id && m.titleOf === state)) return true;
  return rolesOn(person.roles, date).some((r) => r.of === state);
}

/** "with" or "with the" right before token k. */
function withBefore(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1]?.lower;
  return prev === 'with' || (prev === 'the' && tokens[k - 2]?.lower === 'with');
}

/** "against X", "against the X", "against Yemen's X": the phrase that names the side acted against. */
function againstBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    const t = tokens[j];
    if (t.lower === 'against') return true;
    if (t.lower !== 'the' && t.text !== "'s" && t.text !== '’s' && !t.upper) return false;
  }
  return false;
}

/** Whether `group` is a domestic group (a role "Group" of a state) of `place`'s state or of `place` itself. */
function domesticTo(analysis: EntityAnalysis, group: string, place: string): boolean {
  const info = analysis.entities.get(group);
  const home = info?.roles.length ? info.roles.find((r) => r.title === 'Group')?.of : undefined;
  return home !== undefined && (home === place || analysis.entities.get(place)?.state === home);
}
