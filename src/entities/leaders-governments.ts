/**
 * "The Reagan administration", "the Thatcher government": a leader's name before a noun of
 * government stands for the state the leader heads on the document's date, as "the Biden
 * administration" in the catalog's metonyms does. Read before coreference, so that "its"
 * after such a phrase goes back to the state ("The Reagan administration ... recalled its
 * ambassador"), not to a body named before.
 */
import type { Token } from '../text/tokenize.js';
import { wordClasses } from '../text/word-classes.js';
import type { Gazetteer } from './gazetteer.js';
import { rolesOn } from './roles.js';
import type { Mention } from './types.js';

const GOVERNMENT_NOUNS = wordClasses().governmentNouns;

/** Turns each leader's name right before a noun of government into a metonym of the leader's state, over both. */
export function leadersGovernments(mentions: Mention[], tokens: Token[], gazetteer: Gazetteer, date: string | null): void {
  for (const m of mentions) {
    if (m.kind !== 'name' || m.title) continue;
    const noun = tokens[m.tokenEnd];
    if (!noun || !GOVERNMENT_NOUNS.has(noun.lower)) continue;
    const entry = gazetteer.entries.get(m.id);
    if (entry?.type !== 'person') continue;
    const state = rolesOn(entry.roles, date).find((r) => gazetteer.entries.get(r.of)?.type === 'country')?.of;
    if (!state) continue;
    m.id = state;
    m.kind = 'metonym';
    m.tokenEnd += 1;
    m.end = noun.end;
    m.actor = true;
  }
}
