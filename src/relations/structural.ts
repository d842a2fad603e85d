/**
 * Structural relations from knowledge and text:
 * - affiliation of a person introduced with a title ("U.S. Secretary of State John
 *   Kerry", "Sergei Lavrov, Russia's foreign minister"): to the state written before the
 *   title, else to the actor of the catalog role with that title on the document's date;
 * - affiliation of an armed force to its state (catalog `affiliation`);
 * - deployment of a force written with its place ("American troops in Syria").
 */
import type { EntityAnalysis, Mention } from '../entities/types.js';
import type { TextDoc } from '../text/sentences.js';
import { rolesOn } from '../entities/roles.js';
import type { RelationCandidate, RelationStageInput } from './extract.js';

const PLACE_PREPS = new Set(['in', 'on', 'at', 'inside', 'across']);

function affiliationOfPerson(m: Mention, analysis: EntityAnalysis, date: string | null): { of: string; certainty: number } | null {
  if (m.titleOf) {
    const type = analysis.entities.get(m.titleOf)?.type;
    if (type === 'country' || type === 'organization') return { of: m.titleOf, certainty: 0.95 };
  }
  const info = analysis.entities.get(m.id);
  if (!m.title) {
    // no title written here: the catalog role held on the document's date, once per person
    if (!info?.linked || !date) return null;
    const held = rolesOn(info.roles, date)[0];
    return held ? { of: held.of, certainty: 0.7 } : null;
  }
  const role = rolesOn(info?.roles, date).find((r) => r.title === m.title) ?? (info?.roles ?? []).find((r) => r.title === m.title);
  return role ? { of: role.of, certainty: 0.9 } : null;
}

/** "Sergei Lavrov, Russia's foreign minister": person, comma, state + 's, a role noun. */
function appositionAffiliation(m: Mention, mentions: Mention[], text: TextDoc, analysis: EntityAnalysis, roleNouns: Set<string>): string | null {
  const t = text.tokens;
  if (t[m.tokenEnd]?.text !== ',') return null;
  let k = m.tokenEnd + 1;
  if (t[k]?.text.toLowerCase() === 'the') k++;
  const owner = mentions.find((x) => x.tokenStart === k && x.id !== m.id);
  if (!owner) return null;
  const type = analysis.entities.get(owner.id)?.type;
  if (type !== 'country' && type !== 'organization') return null;
  let j = owner.tokenEnd;
  if (t[j]?.text === "'s" || t[j]?.text === '’s') j++;
  for (let len = 3; len >= 1; len--) {
    const words = t.slice(j, j + len).map((x) => x.text.toLowerCase()).join(' ');
    if (roleNouns.has(words)) return owner.id;
    // "Russia's top diplomat", "the group's leader"
    if (len === 1 && /^(minister|secretary|president|leader|chief|head|spokesman|spokeswoman|envoy|ambassador|diplomat|commander|premier|chancellor)$/.test(words)) return owner.id;
  }
  return null;
}

export function structuralRelations(input: RelationStageInput, roleNouns: Set<string> = new Set()): RelationCandidate[] {
  const { analysis, text, date } = input;
  const out: RelationCandidate[] = [];
  const seenForce = new Set<string>();
  for (const m of analysis.mentions) {
    const info = analysis.entities.get(m.id);
    if (!info) continue;
    if (info.type === 'person' && m.kind !== 'pronoun' && m.kind !== 'group') {
      const aff = affiliationOfPerson(m, analysis, date);
      if (aff && aff.of !== m.id) out.push({ source: m.id, target: aff.of, type: 'affiliation', modality: 'asserted', confidence: round(aff.certainty * m.certainty), sentence: m.sentence, withAmount: false });
      const owner = appositionAffiliation(m, analysis.mentions, text, analysis, roleNouns);
      if (owner) out.push({ source: m.id, target: owner, type: 'affiliation', modality: 'asserted', confidence: round(0.85 * m.certainty), sentence: m.sentence, withAmount: false });
    }
    if (info.type === 'military' && info.affiliation && !seenForce.has(m.id)) {
      seenForce.add(m.id);
      out.push({ source: m.id, target: info.affiliation, type: 'affiliation', modality: 'asserted', confidence: round(0.9 * m.certainty), sentence: m.sentence, withAmount: false });
    }
    if (m.kind === 'force' && m.actor) {
      const prep = text.tokens[m.tokenEnd]?.text.toLowerCase();
      if (prep && PLACE_PREPS.has(prep)) {
        const place = analysis.mentions.find((x) => x.sentence === m.sentence && x.tokenStart >= m.tokenEnd + 1 && x.tokenStart <= m.tokenEnd + 2
          && ['country', 'region'].includes(analysis.entities.get(x.id)?.type ?? ''));
        if (place && place.id !== m.id) out.push({ source: m.id, target: place.id, type: 'deployment', modality: 'asserted', confidence: round(0.6 * place.certainty), sentence: m.sentence, withAmount: false });
      }
    }
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
