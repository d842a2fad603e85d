/**
 * Goods a measure is laid on: "tariffs on imports from China", "a levy on most Canadian and
 * Mexican goods". The state the goods come from is the one the measure hits, whether a "from"
 * phrase or a nationality word before the goods names it.
 */
import { TokenKind } from '../text/tokenize.js';
import { wordClasses } from '../text/word-classes.js';
import type { ActorGroup, SentenceView } from './arguments.js';
import { AMOUNT_TOKENS } from './attributes.js';

const GOODS_NOUNS = wordClasses().goodsNouns;
/** Tokens an amount may take, its figure in parentheses included ("C$155 billion ($106.6 billion)"). */
const MAX_AMOUNT = 10;

/** "US$", "C$": a short capitalised prefix written right before a currency symbol. */
function currencyPrefix(v: SentenceView, k: number): boolean {
  const t = v.tokens[k];
  const next = v.tokens[k + 1];
  return t.upper && t.text.length <= 3 && next !== undefined && next.start === t.end && AMOUNT_TOKENS.has(next.text);
}

/**
 * The token after an amount of the goods and its "of" ("on C$155 billion ($106.6 billion) of
 * American goods", "$34 billion worth of"), or `from` when no amount opens the phrase.
 */
function pastAmount(v: SentenceView, from: number, r: number): number {
  let k = from;
  let figure = false;
  for (; k < r && k < from + MAX_AMOUNT; k++) {
    const t = v.tokens[k];
    if (t.kind === TokenKind.Number) figure = true;
    else if (t.text === '(' && figure) {
      // the same amount again in another currency
      let close = k + 1;
      while (close < r && close < k + MAX_AMOUNT && v.tokens[close].text !== ')') close++;
      if (v.tokens[close]?.text !== ')') return from;
      k = close;
    } else if (!AMOUNT_TOKENS.has(t.lower) && !currencyPrefix(v, k)) break;
  }
  if (!figure) return from;
  if (v.tokens[k]?.lower === 'worth') k++;
  return v.tokens[k]?.lower === 'of' ? k + 1 : from;
}
/** Words that may open the goods' phrase: an article, a quantity, a few lower-case modifiers ("most", "all", "25%"). */
const MAX_OPENERS = 4;

/** The state whose goods the phrase at `from` names, as an acting group, or undefined. */
export function goodsOrigin(v: SentenceView, at: number, r: number): ActorGroup | undefined {
  const from = pastAmount(v, at, r);
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
