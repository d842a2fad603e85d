/** Relative asides: ", which ... ," and ", who ... ," set off by commas inside a sentence. */
import type { Token } from './tokenize.js';

/**
 * Whether tokens start..end lie in a relative aside that closes before `closeBefore`: the
 * nearest comma before them (after `floor`, a dozen words back at most) opens "which" or
 * "who", and a comma follows them before `closeBefore` ("Hungary, which has close ties with
 * the Kremlin, had threatened ...": the Kremlin).
 */
export function inRelativeAside(tokens: Token[], start: number, end: number, closeBefore: number, floor: number): boolean {
  let opened = false;
  for (let k = start - 1; k > floor && k >= start - 12; k--) {
    if (tokens[k].text === ',') { opened = /^(which|who)$/.test(tokens[k + 1]?.lower ?? ''); break; }
  }
  if (!opened) return false;
  for (let k = end; k < closeBefore; k++) if (tokens[k].text === ',') return true;
  return false;
}
