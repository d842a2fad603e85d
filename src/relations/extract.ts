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
import type { Modality, Relation, RelationType } from '../model.js';
import { isDirected } from '../relation-types.js';
import type { TextDoc } from '../text/sentences.js';
import type { EntityAnalysis, Mention } from '../entities/types.js';
import { cueTrie, type CueNode, type CueSurface } from './cues.js';
import { modalityLexicon } from './lexicon.js';
import { cueModality } from './modality.js';
import { actorGroups, clauseWindow, firstSubject, quoteBreaks, groupAfter, isPassive, isReducedRelative, possessorBefore, prepObject, subjectBefore, type ActorGroup, type SentenceView } from './arguments.js';
import { findAmounts, relationAttributes } from './attributes.js';
import { structuralRelations } from './structural.js';
import { relationalNounArgs } from './relational-nouns.js';
import { rolesOn } from '../entities/roles.js';

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
}

const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'any', 'no', 'further', 'new', 'fresh', 'deadly', 'major', 'first', 'latest', 'recent', 'possible', 'such', "'s", '’s', 'of', 'joint', 'military', 'nuclear', 'economic', 'financial', 'more', 'additional', 'massive', 'large-scale', 'direct']);
// words before an -ing verb that do not make it a noun modifier ("is attacking", "after meeting", "began arriving")
const NON_NOUNS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', 'after', 'before', 'while', 'by', 'for', 'of', 'in', 'on', 'without', 'since', 'from', 'into', 'about', 'against', 'began', 'begun', 'started', 'continued', 'kept', 'stopped', 'resumed', 'keep', 'continue', 'also', 'not', 'and', 'or', 'then', 'still', 'again', 'repeatedly', 'reportedly', 'allegedly', 'jointly', 'publicly', 'openly', 'strongly', 'sharply', 'firmly', 'increasingly', 'now', 'later', 'already', 'both', 'upon', 'with', 'through', 'despite']);
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', "'s", '’s', 'this', 'that']);
const VERB_MARKERS = new Set(['which', 'who', 'that', 'to', 'will', 'would', 'may', 'might', 'could', 'can', 'should', 'must', 'not', "n't", 'did', 'does', 'do', 'has', 'have', 'had', 'also', 'then', 'jointly', 'repeatedly', 'reportedly', 'allegedly']);

function cueMatchAt(root: CueNode, v: SentenceView, i: number): { length: number; surfaces: CueSurface[] } | null {
  let node: CueNode | undefined = root;
  let best: { length: number; surfaces: CueSurface[] } | null = null;
  for (let j = i; j < v.end && node; j++) {
    node = node.next.get(v.tokens[j].lower);
    if (!node) break;
    if (node.surfaces) best = { length: j - i + 1, surfaces: node.surfaces };
  }
  return best;
}

/** "an attack" is a noun, "Russia attacked" a verb; "sanctions on Iran" a noun. */
function chooseSurface(surfaces: CueSurface[], v: SentenceView, i: number, length: number): CueSurface[] {
  const verbs = surfaces.filter((s) => s.cue.pos === 'verb');
  const nouns = surfaces.filter((s) => s.cue.pos === 'noun');
  const prev = i > v.start ? v.tokens[i - 1].lower : '';
  // "the State Department's work", "a strike": a base verb form after a determiner is a noun we have no cue for
  if (!nouns.length && ARTICLES.has(prev) && verbs.every((s) => s.form === 'base' || s.form === 'third')) return [];
  if (!verbs.length || !nouns.length) return surfaces;
  const next = v.tokens[i + length]?.lower ?? '';
  if (NOUN_DETERMINERS.has(prev) && !verbs.some((s) => s.form === 'past' || s.form === 'participle')) return nouns;
  if (verbs.some((s) => s.form === 'past' || s.form === 'participle' || s.form === 'ing')) return verbs;
  // "Could talks between Japan and North Korea resume?": a preposition only the noun takes decides
  const nounPrep = nouns.some((s) => s.cue.targetPreps.includes(next) || s.cue.sourcePreps.includes(next));
  if (nounPrep && !verbs.some((s) => s.cue.targetPreps.includes(next))) return nouns;
  if (VERB_MARKERS.has(prev)) return verbs;
  if (nounPrep) return nouns;
  // "which supports Hezbollah": a third-person form before an actor is a verb
  if (verbs.some((s) => s.form === 'third') && v.groups.some((g) => g.tokenStart === i + length)) return verbs;
  return v.groups.some((g) => g.tokenEnd === i) ? verbs : nouns;
}

interface Args { sources: ActorGroup | undefined; targets: ActorGroup | undefined; pairsWithin?: ActorGroup }

function findArguments(v: SentenceView, s: CueSurface, ts: number, te: number, l: number, r: number): Args | null {
  const { cue } = s;
  if (cue.forbids.length && v.tokens.slice(te, Math.min(r, te + 4)).some((t) => cue.forbids.includes(t.lower))) return null;
  let argStart = te;
  let separate = false;
  if (cue.requires.length) {
    let k = te;
    const limit = Math.min(cue.requiresAfterObject ? v.end : r, te + cue.requiresWindow);
    while (k < limit && !cue.requires.includes(v.tokens[k].lower)) k++;
    if (k >= limit) {
      // a relative clause: "the sanctions the United States imposed on Russia"
      for (let b = ts - 1; b >= Math.max(v.start, ts - 8); b--) {
        if (!cue.requires.includes(v.tokens[b].lower)) continue;
        const subject = v.groups.find((g) => g.tokenStart > b && g.tokenEnd <= ts && ts - g.tokenEnd <= 2);
        const target = subject && prepObject(v, te, r, cue.targetPreps)?.group;
        return subject && target ? { sources: subject, targets: target } : null;
      }
      return null;
    }
    // "expelled two Russian diplomats", "summoned the Chinese ambassador": the actor stands inside the required phrase
    const inside = v.groups.find((g) => g.tokenStart >= te && g.tokenEnd <= k + 1 && g.members.some((m) => m.actor || m.kind === 'adjective' || m.kind === 'demonym'));
    if (inside && cue.objectVia === 'direct') {
      const subject = subjectBefore(v, l, ts);
      if (!subject) return null;
      // "Kuwait hosts 250,000 American troops": the host is the target
      return cue.subjectIs === 'target' ? { sources: inside, targets: subject } : { sources: subject, targets: inside };
    }
    if (!cue.requiresAfterObject) argStart = k + 1;
    // "Russia, Ukraine sign separate deals": each side with someone else, not with each other
    if (v.tokens.slice(te, k).some((t) => /^(separate|parallel|respective)$/i.test(t.text))) separate = true;
  }
  if (cue.pos === 'verb') {
    // "an executive order targeting seven officials": a participle after a common noun modifies that noun
    const prevTok = v.tokens[ts - 1];
    if (s.form === 'ing' && prevTok && prevTok.kind === 0 && !prevTok.upper && !v.inMention.has(ts - 1) && !NON_NOUNS.has(prevTok.lower) && !/(ed|ing)$/.test(prevTok.text)) return null;
    const passive = (s.form === 'participle' || s.form === 'past') && isPassive(v, ts);
    const reduced = !passive && (s.form === 'participle' || s.form === 'past') ? isReducedRelative(v, ts) : undefined;
    if (cue.passiveOnly && !passive && !reduced) return null;
    if (cue.type === 'deployment' && (passive || reduced)) {
      return { sources: reduced ?? subjectBefore(v, l, ts), targets: prepObject(v, argStart, r, cue.targetPreps)?.group };
    }
    // "supplies to troops stationed on a warship": a bare participle modifies a noun that is no actor of ours
    if (cue.type === 'deployment' && s.form === 'participle' && ts > v.start && !/^(has|have|had)$/i.test(v.tokens[ts - 1].text)) return null;
    // "Armenia is allied with Russia": an adjectival participle with a partner and no agent
    if (passive && !isDirected(cue.type) && !prepObject(v, argStart, r, ['by'])) {
      const partner = prepObject(v, argStart, r, cue.targetPreps.length ? cue.targetPreps : ['with'])?.group;
      const subj = subjectBefore(v, l, ts);
      if (partner && subj) return { sources: subj, targets: partner };
      if (subj && subj.members.length > 1) return { sources: subj, targets: undefined, pairsWithin: subj };
    }
    if (passive) {
      // the patient may sit in a prepositional phrase: "a camp for Congolese refugees was attacked by ..."
      const patient = subjectBefore(v, l, ts) ?? v.groups.filter((g) => g.tokenEnd <= ts && g.tokenStart >= l && g.members.some((m) => m.actor)).pop();
      return { sources: prepObject(v, argStart, r, ['by'])?.group, targets: patient };
    }
    let subject = subjectBefore(v, l, ts);
    // ", accusing Putin of ...": a participle after a comma takes the sentence's subject
    if (s.form === 'ing' && ts > v.start && v.tokens[ts - 1].text === ',') subject = firstSubject(v, ts) ?? subject;
    // "Turkey, which has firmly backed its ally": a relative clause's subject is the name before it
    if (!subject && l > v.start && /^(which|who|that)$/i.test(v.tokens[l - 1].text)) {
      const end = v.tokens[l - 2]?.text === ',' ? l - 2 : l - 1;
      subject = v.groups.find((g) => g.tokenEnd === end);
    }
    // "Japan said ... and lodged a protest": a verb coordinated with the reporting verb shares its subject
    if (!subject && /^(and|but)$/i.test(v.tokens[ts - 1]?.text ?? '')) subject = firstSubject(v, ts);
    // "threatened to cut off electricity to Nakhichevan": the target of the threatened act
    // "threatened (again) to cut off electricity to Nakhichevan": the first other actor of the infinitive clause
    const to = [argStart, argStart + 1, argStart + 2].find((k) => v.tokens[k]?.lower === 'to' && k < r);
    if (cue.infinitiveTarget && to !== undefined) {
      const own = new Set(subject?.members.map((m) => m.id));
      const target = v.groups.find((g) => g.tokenStart > to && g.tokenStart < r && g.tokenStart - to <= 20 && g.members.some((m) => (m.actor || m.locative) && !own.has(m.id)));
      if (target) return { sources: subject, targets: target };
    }
    // "saying Japan would bear responsibility": a consequence promised by the speaker to the clause's subject
    if (cue.speakerSource) {
      const target = subjectBefore(v, l, ts);
      const speaker = firstSubject(v, l) ?? v.groups.filter((g) => g.tokenEnd <= l).pop();
      return target && speaker && target !== speaker ? { sources: speaker, targets: target } : null;
    }
    if (cue.subjectIs === 'target') return { sources: prepObject(v, argStart, r, cue.sourcePreps)?.group, targets: subject };
    let targets: ActorGroup | undefined;
    if (cue.objectVia === 'direct' || cue.objectVia === 'either') targets = groupAfter(v, argStart, r, 4, true);
    if (!targets && (cue.objectVia === 'prep' || cue.objectVia === 'either')) targets = prepObject(v, argStart, r, cue.targetPreps)?.group;
    // "sent forces to fight in Iraq": an infinitive of purpose says nothing of fighting each other
    const infinitive = ts > v.start && v.tokens[ts - 1].lower === 'to';
    if (cue.objectVia === 'none' || (!targets && (!isDirected(cue.type) || (cue.mutual && !infinitive)))) return { sources: subject, targets, pairsWithin: separate ? undefined : subject };
    if (!targets && cue.targetFallback) {
      // not the subject again under another name ("X and Y criticized the zone, which overlaps with their own")
      const own = new Set(subject?.members.map((m) => m.id));
      const other = (g: ActorGroup) => g !== subject && g.members.some((m) => m.actor && !m.locative) && !g.members.some((m) => own.has(m.id));
      // near the verb, or in the speaker's own follow-up ("..., saying Japan would bear responsibility")
      const saying = v.tokens.findIndex((t, k) => k > te && k < v.end && /^(saying|adding|accusing|warning|calling)$/i.test(t.text));
      // a threat's target is most often the one already named in its clause ("hits Niger with sanctions, threatens force")
      const named = cue.type === 'threat' ? v.groups.filter((g) => g.tokenStart >= (subject?.tokenEnd ?? l) && g.tokenEnd <= ts && other(g)).pop() : undefined;
      targets = named ?? v.groups.find((g) => g.tokenStart >= argStart && other(g) && (g.tokenStart - argStart <= 8 || (saying > 0 && g.tokenStart > saying)))
        ?? (cue.type === 'threat' ? v.groups.filter((g) => g.tokenEnd <= (subject?.tokenStart ?? ts) && other(g)).pop() : undefined);
    }
    return { sources: subject, targets };
  }
  // noun cues
  const toPrep = prepObject(v, argStart, r, cue.targetPreps, 14, false);
  // the source phrase may follow the target phrase ("aid to Ukraine from Germany") or a passive ("were imposed by the EU")
  const fromPrep = prepObject(v, argStart, r, cue.sourcePreps, 14, false)
    ?? (toPrep ? prepObject(v, toPrep.group.tokenEnd, r, cue.sourcePreps, 4, false) : undefined)
    ?? passiveAgent(v, argStart, r);
  if (toPrep && /^(between|among|amongst)$/.test(v.tokens[toPrep.prepAt].lower)) return { sources: undefined, targets: undefined, pairsWithin: toPrep.group };
  if (cue.sourceAdjacent) {
    // ", a member of NATO", "is a member of the EU", "Croatia's membership of the EU", "becomes NATO's 31st member"
    const possessor = possessorBefore(v, ts, l);
    // only a possessive owns a membership ("NATO's member"); "Chinese leaders" is no membership of China
    const owner = possessor && /^['’]s$/.test(v.tokens[possessor.tokenEnd]?.text ?? '') ? possessor : undefined;
    const head = adjacentSource(v, owner ? owner.tokenStart : ts, l);
    if (head && head !== owner && (toPrep || owner)) return { sources: head, targets: toPrep?.group ?? owner! };
    return owner && toPrep ? { sources: owner, targets: toPrep.group } : null;
  }
  if (cue.relational) {
    const pair = relationalNounArgs(v, ts, te, l, r);
    if (pair) return pair;
  }
  if (cue.needsTarget && !toPrep) {
    // "The United States and South Korea are treaty allies": a copula joins the pair
    const subj = subjectBefore(v, l, ts);
    const copula = subj && v.tokens.slice(subj.tokenEnd, ts).some((t) => v.lex.be.has(t.lower));
    return subj && copula && subj.members.length > 1 ? { sources: subj, targets: undefined, pairsWithin: subj } : null;
  }
  const owner = possessorBefore(v, ts, l);
  // "Iran's backing of the Houthis": after a possessor, the "of" phrase is the target
  if (owner && fromPrep && v.tokens[fromPrep.prepAt].lower === 'of' && isDirected(cue.type)) return { sources: owner, targets: fromPrep.group };
  let subject = subjectBefore(v, l, ts);
  // "Americans were wounded in the assault": the patient of a passive is no source
  if (subject && passiveAfter(v, subject.tokenEnd, ts)) subject = undefined;
  if (fromPrep && fromPrep.group !== toPrep?.group) {
    return { sources: fromPrep.group, targets: toPrep?.group ?? owner ?? subject };
  }
  const sources = owner ?? subject;
  if (!toPrep && !isDirected(cue.type) && owner) return { sources: owner, targets: undefined, pairsWithin: owner };
  if (!toPrep && !isDirected(cue.type)) {
    // "X is trying to assure Y of its commitment to extended deterrence": the clause's first actor and the nearest one
    // the clause's first actor, a possessor excepted ("Kishida's predecessor Shinzo Abe ...")
    const first = v.groups.find((g) => g.tokenStart >= l && g.tokenEnd <= ts && !/^['’]s$/.test(v.tokens[g.tokenEnd]?.text ?? ''));
    if (first && sources && first !== sources && ts - sources.tokenEnd <= 6) return { sources: first, targets: sources };
    return { sources, targets: undefined, pairsWithin: sources };
  }
  return { sources, targets: toPrep?.group };
}

const APPOSITION_FILLERS = new Set([',', 'a', 'an', 'the', 'is', 'was', 'are', 'were', 'became', 'become', 'becomes', 'its', 'their', 'founding', 'full', 'key', 'permanent', 'new', 'now', 'also', 'longtime', 'senior', 'top']);

function adjacentSource(v: SentenceView, ts: number, l: number): ActorGroup | undefined {
  for (const g of v.groups) {
    if (g.tokenEnd > ts || g.tokenStart < l || ts - g.tokenEnd > 4) continue;
    let ok = true;
    for (let k = g.tokenEnd; k < ts; k++) if (!APPOSITION_FILLERS.has(v.tokens[k].lower)) ok = false;
    if (ok) return g;
  }
  return undefined;
}

/** "Sanctions on Iran were imposed by the European Union": the agent of the passive verb after a noun cue. */
function passiveAgent(v: SentenceView, from: number, r: number): { group: ActorGroup; prepAt: number } | undefined {
  for (let k = from; k < Math.min(r, from + 8); k++) {
    if (v.lex.be.has(v.tokens[k].lower) && /ed$/.test(v.tokens[k + 1]?.text ?? '') && v.tokens[k + 2]?.lower === 'by') {
      const group = v.groups.find((g) => g.tokenStart >= k + 3 && g.tokenStart <= k + 5);
      return group ? { group, prepAt: k + 2 } : undefined;
    }
  }
  return undefined;
}

function passiveAfter(v: SentenceView, from: number, limit: number): boolean {
  for (let k = from; k < Math.min(limit, from + 3); k++) {
    if (v.lex.be.has(v.tokens[k].lower) && /ed$/.test(v.tokens[k + 1]?.text ?? '')) return true;
  }
  return false;
}

function distanceFactor(ts: number, te: number, groups: (ActorGroup | undefined)[]): number {
  let gap = 0;
  for (const g of groups) {
    if (!g) continue;
    gap = Math.max(gap, g.tokenStart >= te ? g.tokenStart - te : ts - g.tokenEnd);
  }
  return 1 / (1 + 0.04 * Math.max(0, gap));
}

export function relationCandidates(input: RelationStageInput): RelationCandidate[] {
  const { text, analysis } = input;
  const lex = modalityLexicon();
  const trie = cueTrie();
  const bySentence = new Map<number, Mention[]>();
  for (const m of analysis.mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const out: RelationCandidate[] = [];
  const typeOf = (id: string) => analysis.entities.get(id)?.type;
  for (const s of text.sentences) {
    const mentions = bySentence.get(s.index) ?? [];
    if (mentions.filter((m) => m.actor).length < 1) continue;
    if (input.skip.some(([a, b]) => s.start >= a && s.end <= b)) continue;
    const covered = new Set<number>();
    for (const m of mentions) for (let k = m.tokenStart; k < m.tokenEnd; k++) covered.add(k);
    const v: SentenceView = { tokens: text.tokens, start: s.tokenStart, end: s.tokenEnd, groups: actorGroups(text.tokens, mentions), lex, quoteBreaks: quoteBreaks(text.tokens, s.tokenStart, s.tokenEnd), inMention: covered };
    const isQuestion = text.tokens[s.tokenEnd - 1]?.text === '?';
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (covered.has(i)) continue;
      const match = cueMatchAt(trie, v, i);
      if (!match) continue;
      const te = i + match.length;
      // "nuclear-armed", "U.S.-backed": a participle in a hyphenated compound is an adjective
      if (i > s.tokenStart && text.tokens[i - 1].text === '-' && text.tokens[i - 1].end === text.tokens[i].start) {
        compoundRelation(v, mentions, match.surfaces, i, te, s.index, out);
        i = te - 1;
        continue;
      }
      for (const surface of chooseSurface(match.surfaces, v, i, match.length)) {
        const [l, r] = clauseWindow(v, i);
        const args = findArguments(v, surface, i, te, l, r);
        if (!args) continue;
        if (args.targets && surface.cue.forbidsAfterObject.includes(text.tokens[args.targets.tokenEnd]?.lower ?? '') && /ing$/.test(text.tokens[args.targets.tokenEnd + 1]?.text ?? '')) continue;
        const { cue } = surface;
        if (cue.requiresAmount && findAmounts(text.text.slice(text.tokens[l].start, text.tokens[r - 1].end)).length === 0) continue;
        const judged = cueModality(lex, { tokens: text.tokens, sentenceStart: s.tokenStart, clauseStart: l, cueStart: i, cueEnd: te, sentenceEnd: s.tokenEnd, isNoun: cue.pos === 'noun', isQuestion });
        // the promise of consequences is itself the threat, whatever mood the promised consequence is in
        const modality = cue.speakerSource && judged.modality === 'hypothetical' ? 'asserted' : judged.modality;
        const base = cue.strength * distanceFactor(i, te, [args.sources, args.targets]);
        const emit = (a: Mention, b: Mention) => {
          // a person is no party to a relation with the state they serve ("Moon warned that his government would respond")
          if (cue.type !== 'affiliation' && servesState(a, b, mentions, analysis, input.date)) return;
          // troops arriving somewhere are a deployment, not a visit
          const type = cue.placeTarget && cue.type === 'negotiation' && isForce(a, analysis) ? 'deployment' : cue.type;
          if (a.id === b.id || !a.actor || typeOf(a.id) === 'region') return;
          // a place after "in" is only a target of visits and deployments ("arrived in Amman", "troops in Syria")
          if (!b.actor && !cue.placeTarget && cue.type !== 'deployment') return;
          if (cue.targetTypes.length && !cue.targetTypes.includes(typeOf(b.id) ?? '')) return;
          if (cue.sourceTypes.length && !cue.sourceTypes.includes(typeOf(a.id) ?? '')) return;
          if (cue.type === 'deployment' && !['country', 'region'].includes(typeOf(b.id) ?? '')) return;
          const confidence = round(base * Math.min(a.certainty, b.certainty));
          const c = { type, modality, confidence, sentence: s.index, withAmount: type === 'funding' };
          out.push({ source: a.id, target: b.id, ...c });
          if (cue.mutual) out.push({ source: b.id, target: a.id, ...c });
        };
        if (args.sources && args.targets) {
          for (const a of args.sources.members) for (const b of args.targets.members) emit(a, b);
        } else if (args.pairsWithin && args.pairsWithin.members.length > 1) {
          const ms = args.pairsWithin.members;
          for (let x = 0; x < ms.length; x++) for (let y = x + 1; y < ms.length; y++) emit(ms[x], ms[y]); // emit() adds the reverse of mutual cues
          // a mediator talks with both sides: "X launched a mediation effort between Y and Z"
          const mediator = cue.mediator ? subjectBefore(v, l, i) : undefined;
          if (mediator && mediator !== args.pairsWithin) for (const a of mediator.members) for (const b of ms) emit(a, b);
        }
      }
      i = te - 1;
    }
  }
  return [...out, ...structuralRelations(input, input.roleNouns)];
}

function isForce(m: Mention, analysis: EntityAnalysis): boolean {
  return m.kind === 'force' || analysis.entities.get(m.id)?.type === 'military';
}

function servesState(a: Mention, b: Mention, mentions: Mention[], analysis: EntityAnalysis, date: string | null): boolean {
  const person = analysis.entities.get(a.id);
  if (person?.type !== 'person' || analysis.entities.get(b.id)?.type !== 'country') return false;
  if (mentions.some((m) => m.id === a.id && m.titleOf === b.id)) return true;
  return rolesOn(person.roles, date).some((r) => r.of === b.id);
}

/** "Russian-backed separatists": support from the modifier to the noun phrase's head actor. */
function compoundRelation(v: SentenceView, mentions: Mention[], surfaces: CueSurface[], i: number, te: number, sentence: number, out: RelationCandidate[]): void {
  const verb = surfaces.find((x) => x.cue.pos === 'verb' && (x.form === 'past' || x.form === 'participle'));
  // the modifier of a compound is no actor of its own sentence ("Iran-backed"), so look among all mentions
  const modifier = mentions.filter((m) => m.tokenEnd === i - 1);
  const head = groupAfter(v, te, v.end, 2, true);
  if (!verb || !modifier.length || !head) return;
  for (const a of modifier) for (const b of head.members) {
    if (a.id !== b.id) out.push({ source: a.id, target: b.id, type: verb.cue.type, modality: 'asserted', confidence: round(verb.cue.strength * 0.9 * Math.min(a.certainty, b.certainty)), sentence, withAmount: false });
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Merge candidates into the contract's relations: one per (source, type, target, modality). */
export function extractRelations(input: RelationStageInput): Relation[] {
  const merged = new Map<string, Relation>();
  const { text } = input;
  for (const c of relationCandidates(input)) {
    const directed = isDirected(c.type);
    const [a, b] = directed || c.source <= c.target ? [c.source, c.target] : [c.target, c.source];
    const key = `${a}|${c.type}|${b}|${c.modality}`;
    const s = text.sentences[c.sentence];
    const evidence = { sentence: text.text.slice(s.start, s.end), start: s.start, end: s.end };
    const existing = merged.get(key);
    if (existing) {
      existing.confidence = Math.max(existing.confidence, c.confidence);
      if (!existing.evidence.some((e) => e.start === evidence.start)) existing.evidence.push(evidence);
      if (c.withAmount && existing.attributes?.amount === undefined) {
        const attrs = relationAttributes(evidence.sentence, input.date, true);
        if (attrs.amount !== undefined) existing.attributes = attrs;
      }
      continue;
    }
    const attributes = relationAttributes(evidence.sentence, input.date, c.withAmount);
    const rel: Relation = { source: c.source, target: c.target, type: c.type, directed, modality: c.modality, confidence: c.confidence, evidence: [evidence] };
    if (Object.keys(attributes).length) rel.attributes = attributes;
    merged.set(key, rel);
  }
  return [...merged.values()];
}
