/**
 * Goods a measure is laid on: "tariffs on imports from China", "a levy on most Canadian and
 * Mexican goods". The state the goods come from is the one the measure hits, whether a "from"
 * phrase or a nationality word before the goods names it.
 */
import { TokenKind } from '../text/tokenize.js';
import { wordClasses } from '../text/word-classes.js';
import type { ActorGroup, SentenceView } from './arguments.js';

const GOODS_NOUNS = wordClasses().goodsNouns;
/** Words that may open the goods' phrase: an article, a quantity, a few lower-case modifiers ("most", "all", "25%"). */
const MAX_OPENERS = 4;

/** The state whose goods the phrase at `from` names, as an acting group, or undefined. */
export function goodsOrigin(v: SentenceView, from: number, r: number): ActorGroup | undefined {
  // (most phrases after "on" name no goods: look for the noun before looking for groups)
  let noun = -1;
  for (let k = from; k < r && k <= from + MAX_OPENERS + 1 && noun < 0; k++) if (GOODS_NOUNS.has(v.tokens[k].lower)) noun = k;
  if (noun < 0) return undefined;
  for (let k = from; k < r && k <= from + MAX_OPENERS; k++) {
    const group = v.groups.find((g) => g.tokenStart === k);
    if (group) {
      const nationalities = group.members.every((m) => m.kind === 'adjective' || m.kind === 'demonym');
      if (!nationalities || !GOODS_NOUNS.has(v.tokens[group.tokenEnd]?.lower ?? '')) return undefined;
      // (a nationality word modifying goods does not act; the state it names is hit)
      return { ...group, members: group.members.map((m) => ({ ...m, actor: true, locative: false })) };
    }
    const t = v.tokens[k];
    if (GOODS_NOUNS.has(t.lower)) {
      if (v.tokens[k + 1]?.lower !== 'from') return undefined;
      const at = v.tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
      return v.groups.find((g) => g.tokenStart === at && g.tokenStart < r && g.members.some((m) => m.actor));
    }
    if (t.upper || (t.kind === TokenKind.Punct && t.text !== '%')) return undefined;
  }
  return undefined;
}
