/**
 * The relation stage: (text, linked mentions) -> typed, directed, modal relations with
 * evidence. candidates.ts finds relations sentence by sentence; here they are merged into the
 * contract's relations, one per (source, type, target, modality), each with the sentences that
 * state it and the attributes (date, amount) those sentences give.
 */
import type { Relation, RelationAttributes } from '../model.js';
import { isDirected } from '../relation-types.js';
import { relationAttributes, sentenceNumbers } from './attributes.js';
import type { RelationStageInput } from './candidate.js';
import { relationCandidates } from './candidates.js';

/** Merge candidates into the contract's relations: one per (source, type, target, modality). */
export function extractRelations(input: RelationStageInput): Relation[] {
  // keyed by the ordered pair's ids (catalog strings, hashed once) rather than a concatenated key built per candidate
  const merged = new Map<string, Map<string, Relation[]>>();
  const out: Relation[] = [];
  const { text } = input;
  // many relations share a sentence: its text and attributes are read once
  const sentenceText: (string | undefined)[] = new Array(text.sentences.length);
  const attributesOf = new Map<number, RelationAttributes>();
  const readAttributes = (sentence: number, body: string, withAmount: boolean): RelationAttributes => {
    const key = sentence * 2 + (withAmount ? 1 : 0);
    let attrs = attributesOf.get(key);
    if (!attrs) {
      const s = text.sentences[sentence];
      attrs = relationAttributes(body, input.date, withAmount, sentenceNumbers(text.tokens, s.tokenStart, s.tokenEnd));
      attributesOf.set(key, attrs);
    }
    return attrs;
  };
  for (const c of relationCandidates(input)) {
    const directed = isDirected(c.type);
    const a = directed || c.source <= c.target ? c.source : c.target;
    const b = a === c.source ? c.target : c.source;
    const s = text.sentences[c.sentence];
    const body = (sentenceText[c.sentence] ??= text.text.slice(s.start, s.end));
    let byTarget = merged.get(a);
    if (!byTarget) { byTarget = new Map(); merged.set(a, byTarget); }
    let pair = byTarget.get(b);
    if (!pair) { pair = []; byTarget.set(b, pair); }
    let existing: Relation | undefined;
    for (const r of pair) if (r.type === c.type && r.modality === c.modality) { existing = r; break; }
    if (existing) {
      existing.confidence = Math.max(existing.confidence, c.confidence);
      if (!existing.evidence.some((e) => e.start === s.start)) existing.evidence.push({ sentence: body, start: s.start, end: s.end });
      if (c.withAmount && existing.attributes?.amount === undefined) {
        const attrs = readAttributes(c.sentence, body, true);
        if (attrs.amount !== undefined) existing.attributes = { ...attrs };
      }
      continue;
    }
    const attributes = { ...readAttributes(c.sentence, body, c.withAmount) };
    const rel: Relation = { source: c.source, target: c.target, type: c.type, directed, modality: c.modality, confidence: c.confidence, evidence: [{ sentence: body, start: s.start, end: s.end }] };
    if (Object.keys(attributes).length) rel.attributes = attributes;
    pair.push(rel);
    out.push(rel);
  }
  return out;
}
