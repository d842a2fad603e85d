/**
 * Subjects to the left of a cue: the nearest actor group that is neither the object of a
 * preposition nor an aside (subjectBefore), the sentence's first subject, and the subject a
 * verb coordinated after "and" shares.
 */
import type { ActorGroup, SentenceView } from './arguments.js';
import { isParenthetical } from './parentheticals.js';
import { isPreposition } from './syntax-words.js';
import { wordClasses } from './word-classes.js';

/** The subject: the nearest actor group left of `i` in [l, i) that is not the object of a preposition. */
export function subjectBefore(v: SentenceView, l: number, i: number): ActorGroup | undefined {
  for (let k = v.groups.length - 1; k >= 0; k--) {
    const g = v.groups[k];
    if (g.tokenEnd > i || g.tokenStart < l) continue;
    const prev = g.tokenStart > v.start ? v.tokens[g.tokenStart - 1].lower : '';
    const prev2 = g.tokenStart - 1 > v.start ? v.tokens[g.tokenStart - 2].lower : '';
    // "a group of Moroccan diplomats", "the government of Japan": the "of" object heads the subject
    // ("envoys from Argentina and Brazil": "from" after a noun of people names whom they speak for)
    const ofIndex = prev === 'of' || prev === 'from' ? g.tokenStart - 1 : prev === 'the' && (prev2 === 'of' || prev2 === 'from') ? g.tokenStart - 2 : -1;
    const collective = ofIndex > v.start && v.lex.collectiveNouns.has(v.tokens[ofIndex - 1].lower);
    if ((isPreposition(prev) && !((prev === 'of' || prev === 'from') && collective)) || (prev === 'the' && isPreposition(prev2) && !((prev2 === 'of' || prev2 === 'from') && collective))) continue;
    if (g.members.every((m) => m.locative || !m.actor || v.places?.has(m.id))) continue;
    if (isParenthetical(v, g, i)) continue;
    // a possessor right before the cue is handled by possessorBefore
    return g;
  }
  return undefined;
}

/** The main subject of the sentence: its first actor group that is not the object of a preposition. */
export function firstSubject(v: SentenceView, before: number, from = v.start): ActorGroup | undefined {
  for (const g of v.groups) {
    if (g.tokenEnd > before) return undefined;
    if (g.tokenStart < from) continue;
    const prev = g.tokenStart > v.start ? v.tokens[g.tokenStart - 1].lower : '';
    if (isPreposition(prev) && prev !== 'of') continue;
    if (g.members.every((m) => m.locative || !m.actor)) continue;
    return g;
  }
  return undefined;
}

const SUBORDINATORS = wordClasses().subordinators;

/**
 * The subject a verb coordinated after "and" at `ts` shares: the first subject of the clause it
 * stands in, which a subordinating conjunction opens ("Russia expelled 20 Czech staff, a day after
 * the Czech Republic expelled 18 diplomats and accused ...": the Czech Republic accused).
 */
export function coordinatedSubject(v: SentenceView, ts: number): ActorGroup | undefined {
  for (let k = ts - 2; k > v.start; k--) {
    if (!SUBORDINATORS.has(v.tokens[k].lower) || v.inMention.has(k)) continue;
    const inner = firstSubject(v, ts, k + 1);
    if (inner) return inner;
    break;
  }
  return firstSubject(v, ts);
}
