/** Relative asides: ", which ... ," and ", who ... ," set off by commas inside a sentence. */
import type { Token } from './tokenize.js';

/**
 * Whether tokens start..end lie in a relative aside that closes before `closeBefore`: the
 * nearest comma before them (after `floor`, ASIDE_REACH words back at most) opens "which" or
 * "who", or an apposition with a relative clause in it, and a comma follows them before
 * `closeBefore` ("Hungary, which has close ties with the Kremlin, had threatened ...": the
 * Kremlin).
 */
/** How far back the aside's opening comma may be: "Iraq, which buys rice and wheat on government-guaranteed credit and restored relations with Washington in 1984, is". */
const ASIDE_REACH = 24;

export function inRelativeAside(tokens: Token[], start: number, end: number, closeBefore: number, floor: number): boolean {
  let open = -1;
  for (let k = start - 1; k > floor && k >= start - ASIDE_REACH; k--) {
    if (tokens[k].text === ',') { open = k; break; }
  }
  if (open < 0) return false;
  let close = -1;
  for (let k = end; k < closeBefore; k++) if (tokens[k].text === ',') { close = k; break; }
  if (close < 0) return false;
  // (", the Moscow-led security bloc that includes Kyrgyzstan,": an apposition with a relative clause of its own)
  return /^(which|who)$/.test(tokens[open + 1]?.lower ?? '')
    || (/^(the|a|an)$/.test(tokens[open + 1]?.lower ?? '') && tokens.slice(open + 2, close).some((t) => /^(that|which|who)$/.test(t.lower)));
}
