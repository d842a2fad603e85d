/**
 * The state a document's dateline place belongs to: "WASHINGTON" is the United States,
 * "KABUL, Afghanistan" Afghanistan. Both stages read it: recognition for the names a body
 * goes by at home ("Congress"), the relation stage for a person's likely state.
 */
import { tokenize } from '../text/tokenize.js';
import type { Gazetteer } from './gazetteer.js';
import { longestMatch } from './match.js';

const placeStates = new WeakMap<Gazetteer, Map<string, string | null>>();

/** "WASHINGTON" -> USA, "KABUL, Afghanistan" -> AFG: the state a dateline place belongs to (remembered: datelines repeat). */
export function stateOfPlace(gazetteer: Gazetteer, place: string): string | null {
  let known = placeStates.get(gazetteer);
  if (!known) { known = new Map(); placeStates.set(gazetteer, known); }
  const cached = known.get(place);
  if (cached !== undefined) return cached;
  const state = findStateOfPlace(gazetteer, place);
  // (bounded: a corpus of wire copy names a few hundred dateline places, a stream of junk could name millions)
  if (known.size < 10_000) known.set(place, state);
  return state;
}

function findStateOfPlace(gazetteer: Gazetteer, place: string): string | null {
  for (const part of place.split(',').map((p) => p.trim()).reverse()) {
    const title = part.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    const tokens = tokenize(title);
    const m = tokens.length ? longestMatch(gazetteer.root, tokens, 0, tokens.length) : null;
    if (m && m.length === tokens.length) {
      const s = m.surfaces.find((x) => gazetteer.entries.get(x.id)?.type === 'country');
      if (s) return s.id;
    }
  }
  return null;
}
