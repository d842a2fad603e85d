/**
 * Asides set off by commas: the relative or naming aside a cue may follow ("The alliance,
 * which has stepped up ..., expressed"), and a name between commas that is no subject
 * (", a close Hezbollah ally,", ", led by Nabih Berri,").
 */
import { TokenKind } from '../text/tokenize.js';
import type { ActorGroup, SentenceView } from './arguments.js';
import { wordClasses } from '../text/word-classes.js';
import { isVerbAfterName } from './verb-forms.js';

const ASIDE_OPENERS = wordClasses().asideOpeners;
const VERB_ADVERBS = wordClasses().verbAdverbs;
const POSSESSIVE_MARKERS = wordClasses().possessiveMarkers;
const SUBJECT_QUANTIFIERS = wordClasses().subjectQuantifiers;

/**
 * "The alliance, which has stepped up its cooperation with Kiev since 2014, expressed ...":
 * a cue right after an aside closed by a comma continues the clause before the aside, whatever
 * conjunctions the aside holds. Returns the position of the comma opening the aside.
 */
export function asideStart(v: SentenceView, cue: number): number | undefined {
  // ("The United States, which regards Habre as a bulwark, has given Chad ...": auxiliaries after the closing comma)
  let i = cue;
  while (i - 1 > v.start && VERB_ADVERBS.has(v.tokens[i - 1].lower) && v.tokens[i - 1].kind === TokenKind.Word) i--;
  // "each accused": a quantifier after the closing comma belongs to the subject
  const close = v.tokens[i - 1]?.text === ',' ? i - 1 : SUBJECT_QUANTIFIERS.has(v.tokens[i - 1]?.lower ?? '') && v.tokens[i - 2]?.text === ',' ? i - 2 : -1;
  if (close <= v.start) return undefined;
  for (let k = close - 1; k > v.start; k--) {
    const t = v.tokens[k];
    if (t.text === ',' || t.text === ';' || v.quoteBreaks.has(k)) return undefined;
    // ", which ...", ", who ...", ", known as Hemedti,", ", also called ..."
    if (ASIDE_OPENERS.has(t.lower) && (v.tokens[k - 1]?.text === ',' || (v.tokens[k - 1]?.lower === 'also' && v.tokens[k - 2]?.text === ','))) return v.tokens[k - 1].text === ',' ? k - 1 : k - 2;
    // ", but not Germany,": a name set aside
    if (t.lower === 'not' && /^(but|and)$/.test(v.tokens[k - 1]?.lower ?? '') && v.tokens[k - 2]?.text === ',') return k - 2;
  }
  return undefined;
}

/** ", a close Hezbollah ally," or ", led by Nabih Berri,": an aside between commas is no subject. */
export function isParenthetical(v: SentenceView, g: ActorGroup, cue: number): boolean {
  // inside a relative aside that closes right before the cue: "Beijing, which regards the island as ..., downgraded"
  const aside = asideStart(v, cue);
  if (aside !== undefined && g.tokenStart > aside && g.tokenEnd < cue) return true;
  let open = -1;
  for (let k = g.tokenStart - 1; k >= v.start && k >= g.tokenStart - 5; k--) if (v.tokens[k].text === ',') { open = k; break; }
  if (open < 0) return insideAside(v, g, cue);
  // "..., and General Ratko Mladic, commander of the army, has warned": a name after ", and" opens a clause of its own
  // (but ", but not Germany," sets a name aside: "Britain and France, but not Germany, joined the strikes")
  const joiner = v.tokens[open + 1]?.lower;
  if ((joiner === 'and' || joiner === 'but') && v.tokens[open + 2]?.lower !== 'not') return false;
  // "Kim Jong Un's sister, Kim Yo Jong, accused ...", "Their military commander, Paul Kagame, accused ...":
  // the name in commas is who the possessor's noun before them is
  if (possessedNounBefore(v, open)) return false;
  // "Russia's foreign minister, Sergei Lavrov, met ...": the name in commas completes the title before them
  if (g.members.some((m) => m.titleStart !== undefined && m.titleStart < open)) return false;
  // ("Sidhoum, Algeria's leading human rights activist, staged": a possessor's phrase runs longer)
  // ("the operation, which the Revolutionary Guards code-named True Promise, was": a relative aside runs to its comma)
  const relative = /^(which|who|whom)$/.test(v.tokens[open + 1]?.lower ?? '');
  const reach = relative ? 12 : /^['’]s$/.test(v.tokens[g.tokenEnd]?.text ?? '') ? 8 : 4;
  for (let k = g.tokenEnd; k < cue && k <= g.tokenEnd + reach; k++) if (v.tokens[k].text === ',') return true;
  return false;
}

/** Words an aside may run before and after a name inside it. */
const ASIDE_REACH = 12;

/** The "which", "who" or "known" after a comma that opens the aside holding the word at `at`, or -1. */
export function asideOpenerBefore(v: SentenceView, at: number): number {
  for (let k = at - 1; k > v.start && k >= at - ASIDE_REACH; k--) {
    const t = v.tokens[k];
    if (t.text === ',' || t.text === ';' || v.quoteBreaks.has(k)) return -1;
    if (ASIDE_OPENERS.has(t.lower) && v.tokens[k - 1].text === ',') return k;
  }
  return -1;
}

/**
 * The comma that closes an aside before the cue at i, with the clause's verb right after it
 * (", is the largest supplier"), searched back to `from`; a comma of a list ("soldiers,
 * paratroopers and Marines invaded") closes none.
 */
export function asideClosedBefore(v: SentenceView, from: number, i: number): boolean {
  for (let k = i - 1; k >= from; k--) if (v.tokens[k].text === ',') return isVerbAfterName(v.tokens[k + 1].lower);
  return false;
}

/**
 * "Norway, which is not a member of the EU, is the largest supplier": a name further into a
 * relative or naming aside than the comma search above looks, the aside closing before the cue.
 */
function insideAside(v: SentenceView, g: ActorGroup, cue: number): boolean {
  return asideOpenerBefore(v, g.tokenStart) >= 0 && cue - g.tokenEnd <= ASIDE_REACH && asideClosedBefore(v, g.tokenEnd, cue);
}

/** A possessive ("'s", "their") and up to two lower-case words right before the comma at `open`: "Their military commander,". */
function possessedNounBefore(v: SentenceView, open: number): boolean {
  for (let k = open - 1; k >= v.start && k >= open - 3; k--) {
    const t = v.tokens[k];
    if (t.kind !== TokenKind.Word || t.upper) return false;
    if (k > v.start && POSSESSIVE_MARKERS.has(v.tokens[k - 1].lower)) return true;
  }
  return false;
}
