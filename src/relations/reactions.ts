/**
 * Acts reacted to: a noun of an act governed by a verb of reaction ("France condemned the
 * attacks on Gaza") or of halting ("moved to halt the attacks", "called for an end to the
 * strikes") is someone else's doing, so neither the clause's subject is its agent nor the
 * act's own target the reaction's target (actsTarget). Likewise an accord or a truce governed
 * by a verb of mediating is no act of the mediators (mediated).
 */
import type { ActorGroup, SentenceView } from './arguments.js';
import { eventNounLexicon } from './event-anaphora.js';
import { wordClasses } from '../text/word-classes.js';

const REACTION_VERBS = wordClasses().reactionVerbs;
const HALTING = wordClasses().haltingVerbs;
const DETERMINERS = wordClasses().determiners;
const PREPOSITIONS = wordClasses().prepositions;
const STANCE_LEADS = wordClasses().stanceLeads;
const MEDIATING = wordClasses().mediatingVerbs;
const STANCE_PREPS = wordClasses().stancePreps;

/** The word governing the noun phrase whose noun starts at `ts`, past a determiner and up to two modifiers, and whether a determiner was passed. */
const SPANS = wordClasses().spanNouns;
const NUMBER_WORDS = wordClasses().numberWords;

function governor(v: SentenceView, ts: number): { k: number; determiner: boolean } {
  let k = ts - 1;
  // "steered two weeks of talks", "after three rounds of talks": a span of time before the noun is no noun of its own
  if (v.tokens[k]?.lower === 'of' && SPANS.has(v.tokens[k - 1]?.lower ?? '')) {
    k -= 2;
    if (v.tokens[k]?.kind === 1 || NUMBER_WORDS.has(v.tokens[k]?.lower ?? '')) k--;
    return { k, determiner: false };
  }
  let determiner = false;
  // "the", "these", and up to two lower-case modifiers ("the deadly air strikes")
  for (let n = 0; n < 3 && k > v.start; n++) {
    const t = v.tokens[k];
    if (DETERMINERS.has(t.lower) || t.lower === 'these' || t.lower === 'those' || t.lower === 'such') { determiner = true; k--; break; }
    if (t.kind !== 0 || t.upper || REACTION_VERBS.has(t.lower) || HALTING.has(t.lower) || MEDIATING.has(t.lower) || PREPOSITIONS.has(t.lower)) break;
    k--;
  }
  return { k, determiner };
}

/** "Egypt and Qatar, which mediated the truce": the noun is governed by a verb of mediating, so its subject is no party to it. */
export function mediated(v: SentenceView, ts: number): boolean {
  return MEDIATING.has(v.tokens[governor(v, ts).k]?.lower ?? '');
}

/** The noun phrase starting its modifiers before `ts` is governed by a verb of reaction or halting. */
export function reactedTo(v: SentenceView, ts: number): boolean {
  const { k, determiner } = governor(v, ts);
  const w = v.tokens[k]?.lower ?? '';
  if (REACTION_VERBS.has(w)) return true;
  // "expressed concern over the sanctions", "voted against sanctions on Iran"
  if (STANCE_PREPS.has(w) && STANCE_LEADS.has(v.tokens[k - 1]?.lower ?? '')) return true;
  // "an end to the attacks", "a halt to the strikes"
  if (w === 'to' && HALTING.has(v.tokens[k - 1]?.lower ?? '')) return true;
  // "to halt the attacks" (not "halted attacks on Gaza", which may be the subject's own)
  return determiner && v.tokens[k + 1]?.lower === 'the' && HALTING.has(w);
}

const ACT_KINDS = new Set(['attack', 'sanction', 'deployment']);
const ACT_PREPS = wordClasses().actPreps;

/** "condemned the sanctions on Iran": the group is the target of an act named right before it, not of the verb. */
export function actsTarget(v: SentenceView, g: ActorGroup): boolean {
  let k = g.tokenStart - 1;
  if (v.tokens[k]?.lower === 'the') k--;
  const prep = v.tokens[k]?.lower ?? '';
  if (!ACT_PREPS.has(prep)) return false;
  const kinds = eventNounLexicon().nouns.get(v.tokens[k - 1]?.lower ?? '');
  // ("the deployment of HMS Trent": after a deployment, "of" names who is deployed, not where)
  return kinds !== undefined && kinds.some((t) => ACT_KINDS.has(t) && !(t === 'deployment' && prep === 'of'));
}
