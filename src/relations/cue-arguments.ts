/**
 * From a cue to its arguments: where a cue matches, whether the cue word is read as a verb or
 * a noun here, and the checks every cue makes before its arguments are chosen (words it
 * forbids or requires, an ultimatum's condition). Which actor groups are then its source and
 * target is decided by verb-arguments.ts and noun-arguments.ts.
 */
import { TokenKind } from '../text/tokenize.js';
import { requirementAt, type CueNode, type CueSurface } from './cues.js';
import { groupOf, type ActorGroup, type SentenceView } from './arguments.js';
import { nounArguments } from './noun-arguments.js';
import { groupAfter, prepObject } from './objects.js';
import { relativeSubject } from './relatives.js';
import { actsTarget } from './reactions.js';
import { coordinatedSubject, coordinatedVerb, subjectBefore } from './subjects.js';
import { verbArguments } from './verb-arguments.js';
import { infinitiveAfter, isParticiple, isPassive } from './verb-forms.js';
import { wordClasses } from '../text/word-classes.js';
import { newMention, type Mention } from '../entities/types.js';
import { linkingLexicon } from '../entities/lexicon.js';
import { isStateId } from './clues.js';

const PREPOSITIONS = wordClasses().prepositions;

const NOUN_DETERMINERS = wordClasses().nounDeterminers;
const ARTICLES = wordClasses().articles;
const VERB_MARKERS = wordClasses().verbMarkers;
// "Russia, Ukraine sign separate deals": each side acts with someone else
const SEPARATE_WORDS = wordClasses().separateWords;

export function cueMatchAt(root: CueNode, v: SentenceView, i: number): { length: number; surfaces: CueSurface[] } | null {
  let node: CueNode | undefined = root;
  let length = 0;
  let surfaces: CueSurface[] | undefined;
  for (let j = i; j < v.end && node; j++) {
    node = node.next.get(v.tokens[j].lower);
    if (!node) break;
    if (node.surfaces) { length = j - i + 1; surfaces = node.surfaces; }
  }
  return surfaces ? { length, surfaces } : null;
}

const POSSESSIVE_DETERMINERS = wordClasses().possessiveDeterminers;

function countVerbs(surfaces: CueSurface[]): number {
  let n = 0;
  for (const s of surfaces) if (s.cue.pos === 'verb') n++;
  return n;
}

/** "an attack" is a noun, "Russia attacked" a verb; "sanctions on Iran" a noun. */
export function chooseSurface(surfaces: CueSurface[], v: SentenceView, i: number, length: number): CueSurface[] {
  const prev = i > v.start ? v.tokens[i - 1].lower : '';
  // most cue words are only verbs or only nouns: nothing to choose, and no lists to build
  const verbCount = countVerbs(surfaces);
  if (verbCount === surfaces.length) {
    // "the State Department's work", "a strike": a base verb form after a determiner is a noun we have no cue for
    // (and so is one closing an apposition: "Britain and Germany, the summit host, said")
    return (ARTICLES.has(prev) || appositionPhrase(v, i, i + length)) && surfaces.every((s) => s.form === 'base' || s.form === 'third') ? [] : surfaces;
  }
  if (verbCount === 0) return surfaces;
  const verbs = surfaces.filter((s) => s.cue.pos === 'verb');
  const nouns = surfaces.filter((s) => s.cue.pos === 'noun');
  const next = v.tokens[i + length]?.lower ?? '';
  if (NOUN_DETERMINERS.has(prev) && !verbs.some((s) => s.form === 'past' || s.form === 'participle')) return nouns;
  // "a separate meeting", "the long talks": an article and one modifier before the form make it a noun
  if (i - 2 >= v.start && ARTICLES.has(v.tokens[i - 2].lower) && !verbs.some((s) => s.form === 'past' || s.form === 'participle')) return nouns;
  if (verbs.some((s) => s.form === 'past' || s.form === 'participle' || s.form === 'ing')) return verbs;
  // "Could talks between Japan and North Korea resume?": a preposition only the noun takes decides
  const nounPrep = nouns.some((s) => s.cue.targetPreps.includes(next) || s.cue.sourcePreps.includes(next));
  if (nounPrep && !verbs.some((s) => s.cue.targetPreps.includes(next))) return nouns;
  if (VERB_MARKERS.has(prev)) return verbs;
  if (nounPrep) return nouns;
  // "in revenge for sanctions the EU imposed": after a preposition the form is a noun (a relative clause may follow it)
  if (PREPOSITIONS.has(prev) && prev !== 'to') return nouns;
  // "which supports Hezbollah": a third-person form before an actor is a verb
  if (verbs.some((s) => s.form === 'third') && v.groups.some((g) => g.tokenStart === i + length)) return verbs;
  // "its NATO allies": a name after a possessive determiner modifies the noun that follows
  const before = v.groups.find((g) => g.tokenEnd === i);
  if (before && POSSESSIVE_DETERMINERS.has(v.tokens[before.tokenStart - 1]?.lower ?? '')) return nouns;
  // "under U.S. sanctions", "despite EU sanctions": a name after a preposition modifies the noun that follows
  if (before && PREPOSITIONS.has(v.tokens[before.tokenStart - 1]?.lower ?? '')) return nouns;
  // "both close U.S. partners", "a key U.S. ally": a determiner, maybe with an adjective, opens the noun phrase
  const lead = before ? v.tokens[before.tokenStart - 1] : undefined;
  // (not "The United States and Britain strike ...": "the" right before a name opens the name, not a noun phrase around it)
  if (lead && ((PHRASE_DETERMINERS.has(lead.lower) && lead.lower !== 'the') || (!lead.upper && lead.kind === TokenKind.Word && !PHRASE_DETERMINERS.has(lead.lower)
    && PHRASE_DETERMINERS.has(v.tokens[before!.tokenStart - 2]?.lower ?? '')))) return nouns;
  return before ? verbs : nouns;
}

const PHRASE_DETERMINERS = wordClasses().phraseDeterminers;

export interface Args { sources: ActorGroup | undefined; targets: ActorGroup | undefined; pairsWithin?: ActorGroup }

// "will", "would", "is prepared to", "threatened to": what follows is promised, not done
const PROMISE_MARKERS = wordClasses().promiseMarkers;

/**
 * "Nigeria will withdraw its peacekeeping force from Chad unless Goukouni arranges a
 * ceasefire": a coercive step promised on a condition is an ultimatum, a threat from the
 * clause's subject to the subject of the condition.
 */
function ultimatumArguments(v: SentenceView, coercion: Set<string>, ts: number, te: number, l: number, r: number): Args | null {
  const marker = promisedStep(v, coercion, l, ts);
  if (!marker) return null;
  const source = subjectBefore(v, l, marker.marker);
  const target = groupAfter(v, te, r, 2, true);
  if (!source || !target || target.members.some((m) => source.members.some((x) => x.id === m.id))) return null;
  return { sources: source, targets: target };
}

/** The promise marker and the coercive verb it governs before an ultimatum's "unless", if any. */
export function promisedStep(v: SentenceView, coercion: Set<string>, l: number, ts: number): { marker: number; step: number } | undefined {
  for (let k = l; k < ts; k++) {
    if (!PROMISE_MARKERS.has(v.tokens[k].lower)) continue;
    for (let j = k + 1; j < ts && j <= k + 4; j++) if (coercion.has(v.tokens[j].lower)) return { marker: k, step: j };
    return undefined;
  }
  return undefined;
}

const ROLE_CUE_NOUNS = wordClasses().roleCueNouns;
/** Tokens between a name and the role noun in apposition to it ("Akashi, the U.N. special envoy"). */
const APPOSITION_REACH = 6;
const PLAIN_ARTICLES = wordClasses().plainArticles;

/** Whether the mention [start, end) is set beside the role noun phrase [ts, te) in commas, before or after it. */
function inApposition(v: SentenceView, start: number, end: number, ts: number, te: number): boolean {
  const noComma = (a: number, b: number) => !v.tokens.slice(a, b).some((t) => t.text === ',');
  if (end < ts) return v.tokens[end].text === ',' && ts - end <= APPOSITION_REACH && noComma(end + 1, ts);
  if (start >= te) return v.tokens[start - 1]?.text === ',' && start - te <= APPOSITION_REACH && noComma(te, start - 1);
  return false;
}

/** Lower-case words an apposition may hold on either side of its noun ("the summit host"). */
const APPOSITION_WORDS = 3;

/** The cue noun at [ts, te) inside ", the ... ,": an article after the comma before it, lower-case words only, and a comma after. */
function appositionPhrase(v: SentenceView, ts: number, te: number): boolean {
  if (ts <= v.start) return false;
  let k = ts - 1;
  while (k > v.start && k >= ts - APPOSITION_WORDS && v.tokens[k].kind === TokenKind.Word && !v.tokens[k].upper && !v.inMention.has(k)) k--;
  if (v.tokens[k].text !== ',' || !PLAIN_ARTICLES.has(v.tokens[k + 1]?.lower ?? '')) return false;
  let j = te;
  while (j < v.end && j < te + APPOSITION_WORDS && v.tokens[j].kind === TokenKind.Word && !v.tokens[j].upper && !v.inMention.has(j)) j++;
  return v.tokens[j]?.text === ',';
}

/** The arguments without the names in apposition to the role noun ("Akashi, the U.N. special envoy" is read as one list too). */
function withoutAppositions(v: SentenceView, args: Args, ts: number, te: number): Args | null {
  const keep = (g: ActorGroup | undefined, least: number): ActorGroup | undefined => {
    if (!g) return undefined;
    const members = g.members.filter((m) => !inApposition(v, m.tokenStart, m.tokenEnd, ts, te));
    if (members.length === g.members.length) return g;
    return members.length >= least ? groupOf(members) : undefined;
  };
  const out: Args = { sources: keep(args.sources, 1), targets: keep(args.targets, 1), pairsWithin: keep(args.pairsWithin, 2) };
  return out.sources || out.targets || out.pairsWithin ? out : null;
}

/** A person named with a state's posting title ("Russian Ambassador Nikolai Uspensky"). */
function envoyOfState(m: Mention): m is Mention & { titleOf: string } {
  if (m.titleOf === undefined || m.title === undefined || !isStateId(m.titleOf)) return false;
  const postings = linkingLexicon().postingTitles;
  return m.title.toLowerCase().split(' ').some((w) => postings.has(w));
}

/** The group with each envoy named by title replaced by the envoy's state. */
function envoysStates(g: ActorGroup): ActorGroup {
  if (!g.members.some(envoyOfState)) return g;
  return groupOf(g.members.map((m) => (envoyOfState(m)
    ? newMention(m.titleOf, 'name', m.start, m.end, m.tokenStart, m.tokenEnd, m.sentence, true, false, m.certainty) : m)));
}

/** A possessive determiner ("its", "their") standing for the subject itself. */
function ownDeterminer(v: SentenceView, g: ActorGroup, subject: ActorGroup): boolean {
  return g.tokenEnd - g.tokenStart === 1 && POSSESSIVE_DETERMINERS.has(v.tokens[g.tokenStart].lower) && g.members.every((m) => subject.members.some((x) => x.id === m.id));
}

export function findArguments(v: SentenceView, s: CueSurface, ts: number, te: number, l: number, r: number): Args | null {
  const { cue } = s;
  if (cue.coercionBefore.size) return ultimatumArguments(v, cue.coercionBefore, ts, te, l, r);
  if (cue.forbidsSet.size) for (let k = te, end = Math.min(r, te + cue.forbidsWindow); k < end; k++) if (cue.forbidsSet.has(v.tokens[k].lower)) return null;
  if (cue.requiresInfinitive && !infinitiveAfter(v, te, r)) return null;
  if (cue.forbidsBefore.length && ts > v.start && cue.forbidsBefore.some((words) => ts - words.length >= v.start && words.every((w, j) => v.tokens[ts - words.length + j].lower === w))) return null;
  // "has ruled out sending troops", "has sent troops": an auxiliary before a participle holds no cue
  if (cue.auxiliary && isParticiple(v.tokens[te]?.lower ?? '', v.tokens[te + 1]?.lower ?? '')) return null;
  let argStart = te;
  let separate = false;
  if (cue.requires.length) {
    let k = te;
    let length = 0;
    const limit = Math.min(cue.requiresAfterObject ? v.end : r, te + cue.requiresWindow);
    while (k < limit && (length = requirementAt(v.tokens, k, cue)) === 0) k++;
    if (k >= limit) {
      // a relative clause: "the sanctions the United States imposed on Russia"
      for (let b = ts - 1; b >= Math.max(v.start, ts - 8); b--) {
        if (!requirementAt(v.tokens, b, cue)) continue;
        // or a passive: "Asset freezes and travel bans were imposed on Monday by the EU on Russian officials"
        if (isPassive(v, ts)) {
          const agent = prepObject(v, te, r, ['by'])?.group;
          const patient = agent ? prepObject(v, agent.tokenEnd, r, cue.targetPreps)?.group ?? prepObject(v, te, r, cue.targetPreps)?.group : undefined;
          return agent && patient && patient !== agent ? { sources: agent, targets: patient } : null;
        }
        const subject = v.groups.find((g) => g.tokenStart > b && g.tokenEnd <= ts && ts - g.tokenEnd <= 2);
        const target = subject && prepObject(v, te, r, cue.targetPreps)?.group;
        return subject && target ? { sources: subject, targets: target } : null;
      }
      return null;
    }
    // (k now on the requirement's last word: "halted arms sales to Argentina")
    k += length - 1;
    // "expelled two Russian diplomats", "summoned the Chinese ambassador": the actor stands inside the required phrase
    const inside = v.groups.find((g) => g.tokenStart >= te && g.tokenEnd <= k + 1 && g.members.some((m) => m.actor || m.kind === 'adjective' || m.kind === 'demonym'));
    // ("called the sanctions on Russia illegal": the target of the act judged is not the one criticised)
    if (inside && (cue.type === 'criticism' || cue.type === 'support') && actsTarget(v, inside)) return null;
    // ("China buys much of Sudan's oil": a possessor inside the required phrase is the other side too)
    const possessed = inside && /^['’]s$/.test(v.tokens[inside.tokenEnd]?.text ?? '');
    // ("froze Iraqi assets": a measure whose target comes in a phrase takes the one inside when no phrase follows)
    const phraseless = inside && cue.type === 'sanction' && cue.objectVia === 'prep' && !prepObject(v, k + 1, r, cue.targetPreps, 4, false);
    // "demanded the withdrawal of U.S. troops from Syria": the forces named inside a deployment noun's phrase are deployed
    if (inside && cue.pos === 'noun' && cue.type === 'deployment') {
      const place = prepObject(v, k + 1, r, cue.targetPreps)?.group;
      return place && place !== inside ? { sources: inside, targets: place } : null;
    }
    if (inside && (cue.objectVia === 'direct' || cue.subjectIs === 'target' || possessed || phraseless)) {
      const subject = (coordinatedVerb(v, s, ts) ? coordinatedSubject(v, ts) : undefined) ?? subjectBefore(v, l, ts) ?? relativeSubject(v, l, ts);
      if (!subject) return null;
      // ("Iraq gets most of its weapons from France": a possessive determiner that is the subject's own names no party; the phrase after does)
      if (cue.subjectIs === 'target' && ownDeterminer(v, inside, subject)) return { sources: prepObject(v, k + 1, r, cue.sourcePreps)?.group, targets: subject };
      // "Kuwait hosts 250,000 American troops": the host is the target
      // ("ordered Bolivia's ambassador, Gustavo Guzman, out": whoever expels an envoy acts against the envoy's state)
      return cue.subjectIs === 'target' ? { sources: inside, targets: subject } : { sources: subject, targets: cue.type === 'sanction' ? envoysStates(inside) : inside };
    }
    if (!cue.requiresAfterObject) argStart = k + 1;
    // "Russia, Ukraine sign separate deals": each side with someone else, not with each other
    if (v.tokens.slice(te, k).some((t) => SEPARATE_WORDS.has(t.lower))) separate = true;
  }
  if (cue.pos === 'verb') {
    const args = verbArguments(v, s, ts, te, l, r, argStart, separate);
    // "summoned Japanese Ambassador Uichiro Niwa": whoever summons or expels an envoy acts against the envoy's state
    return args?.targets && (cue.type === 'criticism' || cue.type === 'sanction') ? { ...args, targets: envoysStates(args.targets) } : args;
  }
  // noun cues
  const args = nounArguments(v, s, ts, te, l, r, argStart);
  // "Yasushi Akashi, the U.N. special envoy, protested", "Britain and West Germany, the summit host, said":
  // a name beside a role noun in commas holds the role, and holds no talks with its owner by it
  const role = ROLE_CUE_NOUNS.has(v.tokens[te - 1].lower) ? te : ROLE_CUE_NOUNS.has(v.tokens[te]?.lower ?? '') ? te + 1 : -1;
  if (args && role > 0) return withoutAppositions(v, args, ts, role);
  // ("Britain and Germany, the summit organizers, said": a noun in apposition describes the names before it, and pairs none of them)
  return args?.pairsWithin && appositionPhrase(v, ts, te) ? withoutAppositions(v, args, ts, te) : args;
}
